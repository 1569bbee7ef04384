/**
 * Fact base and texts → what an article's archive page shows: headline, date, dateline, its blocks sentence
 * by sentence with each sentence's anchor, and the names the archive found in it. Pure, no DOM.
 */
import { TYPE_ORDER } from '../card/labels';
import { sentenceKey } from '../factbase/sentence-key';
import type { FactBase } from '../factbase/schema';
import type { ArticleTexts, TextBlock } from '../factbase/texts';
import { indexOf, NO_READER, type ArticleRef, type EntityRef, type ReaderArticles } from './refs';

export interface SentenceView {
  text: string;
  /** The element id of the sentence: the first sentence with a key takes it, a repeated sentence none. */
  anchor?: string;
}

export interface ArticleView extends ArticleRef {
  headline?: string;
  file: string;
  words: number;
  /** Undefined when the build has no text for it (an older build): the page says so. */
  blocks?: { kind: TextBlock['kind']; sentences: SentenceView[] }[];
  /** The archive's names in the article, by kind, then name. */
  names: EntityRef[];
}

/**
 * The page of article `id`, or undefined when the archive has no such article; `reader`: the reader's articles
 * in `fb` (one of them is marked as theirs, with its address).
 */
export function articleView(fb: FactBase, texts: ArticleTexts | undefined, id: string, reader: ReaderArticles = NO_READER): ArticleView | undefined {
  const a = fb.articles.find((x) => x.id === id);
  const ref = indexOf(fb, reader).article(id);
  if (!a || !ref) return undefined;
  const text = texts?.articles.find((t) => t.id === id);
  const used = new Set<string>();
  const blocks = text?.blocks.map((b) => ({
    kind: b.kind,
    sentences: b.sentences.map((s) => {
      const key = sentenceKey(s);
      if (used.has(key)) return { text: s };
      used.add(key);
      return { text: s, anchor: key };
    }),
  }));
  const rank = (t: EntityRef['type']) => TYPE_ORDER.indexOf(t);
  const names = fb.entities
    .filter((e) => e.articles.includes(id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type }))
    .sort((x, y) => rank(x.type) - rank(y.type) || x.name.localeCompare(y.name));
  return {
    ...ref,
    ...(a.headline ? { headline: a.headline } : {}),
    file: a.file,
    words: a.words,
    ...(blocks ? { blocks } : {}),
    names,
  };
}
