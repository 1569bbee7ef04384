/**
 * Search over the archive's facts: the sentences that contain every word of a query. A sentence is a fact of
 * each name it mentions, so it is found once, with all of those names. Pure, no DOM.
 */
import { fold } from './search';
import type { EntityType, FactBase } from './schema';

/** A sentence of the archive that matches a query. */
export interface FactHit {
  /** The sentence as the archive keeps it. */
  text: string;
  article: string;
  date: string;
  /** The names whose fact it is, in the fact base's order. */
  entities: { id: string; name: string; type: EntityType }[];
}

/** Query words shorter than this are ignored ("a", "of"); a query of only such words finds nothing. */
const MIN_WORD = 2;

/**
 * Sentences containing every word of `query` (case and accents aside), newest first, then in archive order;
 * at most `limit`. Whole-word matches rank before matches inside a longer word.
 */
export function searchFacts(fb: FactBase, query: string, limit = 20): FactHit[] {
  const words = fold(query).split(/[^\p{L}\p{N}']+/u).filter((w) => w.length >= MIN_WORD);
  if (!words.length) return [];
  const hits = new Map<string, FactHit & { rank: number; order: number }>();
  for (const e of fb.entities) {
    for (const fact of e.facts) {
      const key = `${fact.article}\u0000${fact.text}`;
      const known = hits.get(key);
      if (known) {
        known.entities.push({ id: e.id, name: e.name, type: e.type });
        continue;
      }
      const text = fold(fact.text);
      if (!words.every((w) => text.includes(w))) continue;
      const whole = words.filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, 'u').test(text)).length;
      hits.set(key, {
        text: fact.text, article: fact.article, date: fact.date,
        entities: [{ id: e.id, name: e.name, type: e.type }],
        rank: words.length - whole, order: hits.size,
      });
    }
  }
  return [...hits.values()]
    .sort((a, b) => a.rank - b.rank || b.date.localeCompare(a.date) || a.order - b.order)
    .slice(0, limit)
    .map(({ rank: _rank, order: _order, ...hit }) => hit);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
