/** The archive's front page: every name by kind, every article newest first, and what the archive covers. Pure. */
import { TYPE_GROUP, TYPE_ORDER } from '../card/labels';
import type { EntityType, FactBase } from '../factbase/schema';
import { indexOf, type ArticleRef, type EntityRef } from './refs';

export interface HomeView {
  groups: { type: EntityType; label: string; entities: EntityRef[] }[];
  articles: ArticleRef[];
}

export function homeView(fb: FactBase): HomeView {
  const index = indexOf(fb);
  const groups = TYPE_ORDER.map((type) => ({
    type,
    label: TYPE_GROUP[type],
    entities: fb.entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, type: e.type }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.entities.length > 0);
  const articles = fb.articles
    .flatMap((a) => index.article(a.id) ?? [])
    .sort((a, b) => b.iso.localeCompare(a.iso) || a.id.localeCompare(b.id));
  return { groups, articles };
}
