import { isExcluded } from './excluded';
import { bodyOf, queryAll } from './safe-dom';

/** Below this much paragraph text, the densest block is no better than the body. */
const MIN_DENSE_TEXT = 200;
/** A semantic candidate that does not hold the densest block must at least hold this share of its text. */
const MIN_SHARE_OF_DENSEST = 0.5;

/**
 * Picks the element whose text is the article: the top-level `<article>` (several of them,
 * as in live blogs and infinite scroll: their nearest common container), else `main` /
 * `[role=main]`, else `[itemprop=articleBody]`, else the element with the most text in its
 * `<p>` children (Readability's core idea, without its scoring), else the body. A semantic
 * candidate is trusted only when it holds the densest paragraph block, or at least half of
 * its text, so a lone `<article>` teaser card in a sidebar does not win over the story.
 */
export function chooseRoot(doc: Document): Element {
  const body = bodyOf(doc);
  const dense = densestBlock(doc);
  const fits = (el: Element | undefined): el is Element =>
    !!el && el !== body && (!dense || el.contains(dense.el) || paragraphText(el) >= dense.score * MIN_SHARE_OF_DENSEST);

  const articles = usable(queryAll(doc, 'article')).filter((a) => !a.parentElement?.closest('article'));
  let fromArticles = commonAncestor(articles);
  if (fromArticles === body || fromArticles === body?.parentElement) {
    // Articles spread over the whole page (a story plus teaser cards): the one holding the densest text.
    fromArticles = dense ? articles.find((a) => a.contains(dense.el)) : undefined;
  }
  const candidates = [
    fromArticles,
    usable(queryAll(doc, 'main, [role="main"]'))[0],
    commonAncestor(usable(queryAll(doc, '[itemprop="articleBody"]'))),
  ];
  for (const c of candidates) if (fits(c)) return c;
  if (dense && dense.score >= MIN_DENSE_TEXT) return dense.el;
  return body ?? doc.documentElement;
}

function usable(els: Element[]): Element[] {
  return els.filter((el) => !el.closest('[hidden], [aria-hidden="true"]') && !isExcluded(el));
}

/** The element with the most text in its direct `<p>` children. */
function densestBlock(doc: Document): { el: Element; score: number } | undefined {
  const scores = new Map<Element, number>();
  let best: { el: Element; score: number } | undefined;
  for (const p of queryAll(doc, 'p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const score = (scores.get(parent) ?? 0) + (p.textContent?.length ?? 0);
    scores.set(parent, score);
    if (!best || score > best.score) best = { el: parent, score };
  }
  return best;
}

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) n += p.textContent?.length ?? 0;
  return n;
}

/** Nearest element containing all of `els` (the element itself when there is one). */
export function commonAncestor(els: Element[]): Element | undefined {
  let common: Element | null | undefined = els[0];
  for (const el of els.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common ?? undefined;
}
