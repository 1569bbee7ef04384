/**
 * The archive's front page: every name by kind, the reader's own articles and the bundled ones, each newest
 * first. Pure.
 */
import { TYPE_GROUP, TYPE_ORDER } from '../card/labels';
import type { EntityType, FactBase } from '../factbase/schema';
import { indexOf, NO_READER, type ArticleRef, type EntityRef, type ReaderArticles } from './refs';

export interface HomeView {
  groups: { type: EntityType; label: string; entities: EntityRef[] }[];
  /** The articles bundled with the extension. */
  articles: ArticleRef[];
  /** The reader's own ("Your archive"): by date, then the last saved first. */
  yours: ArticleRef[];
}

export function homeView(fb: FactBase, reader: ReaderArticles = NO_READER): HomeView {
  const index = indexOf(fb, reader);
  const groups = TYPE_ORDER.map((type) => ({
    type,
    label: TYPE_GROUP[type],
    entities: fb.entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, type: e.type }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.entities.length > 0);
  const saved = (id: string) => reader.get(id)?.savedAt ?? 0;
  const all = fb.articles
    .flatMap((a) => index.article(a.id) ?? [])
    .sort((a, b) => b.iso.localeCompare(a.iso) || saved(b.id) - saved(a.id) || a.id.localeCompare(b.id));
  return { groups, articles: all.filter((a) => !a.mine), yours: all.filter((a) => a.mine) };
}
