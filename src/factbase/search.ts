import type { EntityType, FactBase } from './schema';

/** Case- and accent-free form of a name or text, for comparing. */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();

/**
 * Archive names (and aliases) matching `query`: whole-name prefix matches first, then word-prefix matches,
 * then names containing it; at most `limit`. Accents and case do not matter.
 */
export function searchArchive(fb: FactBase, query: string, limit = 8): { id: string; name: string; type: EntityType }[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const scored: { rank: number; name: string; id: string; type: EntityType }[] = [];
  for (const e of fb.entities) {
    let best = Infinity;
    for (const form of [e.name, ...e.aliases]) {
      const f = fold(form);
      const rank = f.startsWith(q) ? 0 : f.split(/[\s-]+/).some((w) => w.startsWith(q)) ? 1 : f.includes(q) ? 2 : Infinity;
      best = Math.min(best, rank);
    }
    if (best < Infinity) scored.push({ rank: best, name: e.name, id: e.id, type: e.type });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ id, name, type }) => ({ id, name, type }));
}
