/**
 * Links the entities of every article into one archive: the same name (or a short form of exactly one known
 * full name) is one entity, with its facts from each article, dated, oldest first.
 */
import type { EntityType } from '../factbase/schema';
import { asPartialDate, type DateMention } from '../nlp/dates';
import { compatible } from './events';
import { normalizeName, type ArticleExtraction, type LocalEntity, type Role } from './local';
import type { ParsedArticle } from './types';

export interface GlobalEntity {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  roles: Role[];
  articles: Set<string>;
  date?: DateMention;
  place?: GlobalEntity;
  participants?: GlobalEntity[];
  description?: string;
  /** Per article id, the local entities merged into this one. */
  locals: Map<string, LocalEntity[]>;
}

export function linkArticles(items: { article: ParsedArticle; extraction: ArticleExtraction }[]): {
  entities: GlobalEntity[];
  resolve: (articleId: string, local: LocalEntity) => GlobalEntity;
} {
  const entities: GlobalEntity[] = [];
  const map = new Map<LocalEntity, GlobalEntity>();
  for (const { article, extraction } of items) {
    // events last: their places and participants must already be linked
    const order = [...extraction.entities].sort((a, b) => Number(a.type === 'event') - Number(b.type === 'event'));
    for (const local of order) {
      const participants = local.participants?.map((p) => map.get(p)!).filter(Boolean);
      let g = findGlobal(entities, local, participants);
      if (!g) {
        g = { type: local.type, name: local.name, aliases: new Set(), roles: [], articles: new Set(), locals: new Map() };
        entities.push(g);
      } else if (local.name.split(/\s+/).length > g.name.split(/\s+/).length && local.type === 'person') {
        g.aliases.add(g.name); // a surname known first, the full name later
        g.name = local.name;
      }
      map.set(local, g);
      for (const a of local.aliases) g.aliases.add(a);
      g.roles.push(...local.roles);
      g.articles.add(article.id);
      g.locals.set(article.id, [...(g.locals.get(article.id) ?? []), local]);
      if (local.description && !g.description) g.description = local.description;
      if (local.date && (!g.date || span(local.date) < span(g.date))) g.date = local.date;
      if (local.place && !g.place) g.place = map.get(local.place);
      if (participants?.length) g.participants = [...new Set([...(g.participants ?? []), ...participants])];
    }
  }
  // Second pass: a word with no evidence in its own article is the short form of a name another article
  // gives in full, when exactly one entity of the archive has it.
  for (const { article, extraction } of items) {
    for (const { word, mentions } of extraction.pending) {
      const owners = entities.filter((g) => g.type !== 'event' && g.aliases.has(word));
      if (owners.length !== 1) continue;
      const g = owners[0]!;
      const local: LocalEntity = { key: `${g.type}:${normalizeName(word)}`, type: g.type, name: word, aliases: new Set(), roles: [], mentions };
      extraction.entities.push(local);
      map.set(local, g);
      g.articles.add(article.id);
      g.locals.set(article.id, [...(g.locals.get(article.id) ?? []), local]);
    }
  }
  for (const g of entities) g.aliases.delete(g.name);
  return { entities, resolve: (_id, local) => map.get(local)! };
}

const span = (d: DateMention) => Date.parse(d.to) - Date.parse(d.from);

function findGlobal(entities: GlobalEntity[], local: LocalEntity, participants: GlobalEntity[] | undefined): GlobalEntity | undefined {
  const norm = normalizeName(local.name);
  const sameType = entities.filter((g) => g.type === local.type);
  if (local.type === 'event') {
    const dated = (g: GlobalEntity) => !local.date || !g.date || compatible(g.date, local.date);
    if (participants?.length) {
      const key = participants.map((p) => p.name).sort().join('|');
      return sameType.find((g) => g.participants?.map((p) => p.name).sort().join('|') === key && dated(g));
    }
    return sameType.find((g) => (normalizeName(g.name) === norm || g.aliases.has(local.name)) && dated(g));
  }
  const exact = sameType.find((g) => normalizeName(g.name) === norm);
  if (exact) return exact;
  const words = local.name.split(/\s+/);
  if (words.length === 1) {
    // a short form seen alone in this article: the one known full name it belongs to
    const owners = sameType.filter((g) => g.aliases.has(local.name));
    if (owners.length === 1) return owners[0];
    // an acronym the article could not type ("US" before a title) that the archive knows as another kind
    const elsewhere = entities.filter((g) => g.type !== 'event' && g.type !== local.type && g.aliases.has(local.name));
    return owners.length === 0 && /^[A-Z]{2,6}$/.test(local.name) && elsewhere.length === 1 ? elsewhere[0] : undefined;
  }
  // a full name whose short form was seen alone before
  const owners = sameType.filter((g) => g.name.split(/\s+/).length === 1 && local.aliases.has(g.name));
  return owners.length === 1 ? owners[0] : undefined;
}

export const eventDate = (g: GlobalEntity): string | undefined => (g.date ? asPartialDate(g.date) : undefined);
