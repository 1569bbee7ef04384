/**
 * A card's articles that are the reader's own: marked so the card says "from your archive", with the
 * headline and address the reader saved them with (the fact base keeps neither).
 */
import type { CardPayload } from '../card/payload';
import type { SavedArticle } from '../library/record';
import { safeUrl } from '../library/record';

export function citeReaderArticles(payload: CardPayload, saved: readonly SavedArticle[]): CardPayload {
  if (!saved.length) return payload;
  const mine = new Map(saved.map((a) => [a.id, a]));
  return {
    ...payload,
    articles: payload.articles.map((a) => {
      const own = mine.get(a.id);
      if (!own) return a;
      const url = safeUrl(own.url);
      return { ...a, mine: true, ...(own.headline ? { headline: own.headline.slice(0, 4000) } : {}), ...(url ? { url } : {}) };
    }),
  };
}
