/**
 * Names in an article page, marked as on the web: the same text reader (page/extract.ts), matcher, painter
 * (page/highlights.ts) and card with its hover rules (card/container.ts, page/hover.ts), over the page's own
 * rendering of the article. Everything ends with `signal`.
 */
import { createCardHost } from '../card/container';
import type { CardLinks } from '../card/links';
import { cardModel } from '../card/view-model';
import type { FactBase } from '../factbase/schema';
import { explainMention, type LoadedMatcher } from '../matching';
import { extractText } from '../page/extract';
import { createPainter, type PaintedMention } from '../page/highlights';
import { watchHover } from '../page/hover';
import { adoptMarkSheet } from '../page/mark-sheet';
import { rangesOf } from '../page/ranges';
import { annotateText } from '../page/scan';
import { chooseTheme } from '../page/theme';

/** The same pauses as the web's defaults (settings: hover delay, hide delay). */
const DWELL_MS = 150;
const HIDE_MS = 300;

export interface ArticleMarksOptions {
  /** The element holding the article's text. */
  root: Element;
  fb: FactBase;
  /** Without a matcher nothing is marked (the names are still listed). */
  matcher: LoadedMatcher | undefined;
  /** The article's date: events in it are dated by it, as on a news page. */
  date: string;
  links: CardLinks;
  signal: AbortSignal;
}

export interface ArticleMarks {
  /** The marked mentions, in text order. */
  readonly mentions: readonly PaintedMention[];
  /** Scrolls to the first mention of `id` and opens its card with focus; false when the text does not name it. */
  show(id: string): boolean;
}

export function markArticle(o: ArticleMarksOptions): ArticleMarks {
  const { root, signal } = o;
  const doc = root.ownerDocument;
  const page = extractText(doc, { root, checkVisibility: false });
  const found = o.matcher ? annotateText(o.matcher, page.text, o.date) : [];
  const painter = createPainter({ signal, doc });
  adoptMarkSheet(doc, undefined, signal);
  const pairs = rangesOf({ page, date: o.date, mentions: found }, true);
  painter.paint(pairs.map(({ range, m }) => ({ range, type: m.type, id: m.id, text: page.text.slice(m.start, m.end) })));
  const reasons = new Map(pairs.map(({ range, m }) => [range, m.reason !== 'full-name' ? explainMention(page.text, m) : undefined]));

  let pointerOnCard = false;
  let lastAnchor: { getBoundingClientRect(): DOMRect } = root;
  const card = createCardHost({
    signal,
    theme: () => chooseTheme(doc),
    links: o.links,
    onRelated: (id) => open(id, lastAnchor, true),
    onPointerEnter: () => {
      pointerOnCard = true;
      hover.keep();
    },
    onPointerLeave: () => {
      pointerOnCard = false;
      hover.release();
    },
  });
  const open = (id: string, anchor: { getBoundingClientRect(): DOMRect }, focus: boolean, why?: string) => {
    const model = cardModel(o.fb, id, why ? { reason: why } : undefined);
    if (!model || signal.aborted) return;
    lastAnchor = anchor;
    card.show(model, anchor, { focus });
  };
  const hover = watchHover({
    signal,
    painted: painter,
    dwellMs: DWELL_MS,
    hideMs: HIDE_MS,
    open: (p) => open(p.id, p.range, false, reasons.get(p.range)),
    hide: () => card.hide(),
    overCard: () => pointerOnCard,
  });

  return {
    get mentions() {
      return painter.all();
    },
    show(id) {
      const first = painter.all().find((p) => p.id === id);
      if (!first) return false;
      first.range.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
      open(id, first.range, true, reasons.get(first.range));
      return true;
    },
  };
}
