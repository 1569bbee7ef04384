import type { FactBase } from './schema';

/** Counts and date range of a fact base, for the popup and the CLI summary. */
export function factBaseStats(fb: FactBase) {
  const dates = fb.articles.map((a) => a.date).sort();
  return {
    articles: fb.articles.length,
    entities: fb.entities.length,
    ...(dates.length ? { from: dates[0], to: dates[dates.length - 1] } : {}),
  };
}
