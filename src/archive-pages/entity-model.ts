/**
 * Fact base → what an entity's archive page shows: identity, roles over time, its facts as a timeline by
 * date and article, its quotes, related names and events, and the articles that mention it. Pure, no DOM.
 */
import { formatDate } from '../card/format';
import { TYPE_LABEL } from '../card/labels';
import type { Entity, FactBase } from '../factbase/schema';
import { indexOf, NO_READER, type ArticleRef, type EntityRef, type Index, type ReaderArticles } from './refs';

export interface TimelineFact {
  kind: Entity['facts'][number]['kind'];
  /** The sentence as the archive keeps it (also its anchor in the article page). */
  text: string;
  speaker?: EntityRef;
  targets?: string[];
}

/** One day of the timeline: each article of that day with the facts it gives. */
export interface TimelineDay {
  date: string;
  iso: string;
  articles: { article: ArticleRef; facts: TimelineFact[] }[];
}

export interface QuoteItem {
  quote: string;
  speaker?: EntityRef;
  /** The sentence it is in, for the link to it. */
  sentence: string;
  article: ArticleRef;
}

export interface RoleItem {
  text: string;
  /** "9 November 2023", or "9 November 2023 – 2 March 2024" when first and last stated differ. */
  when: string;
  /** When the archive says the role ended. */
  until?: string;
}

export interface EntityView {
  id: string;
  name: string;
  type: Entity['type'];
  typeLabel: string;
  description?: string;
  aliases: string[];
  /** Events: when, where, who. */
  date?: string;
  place?: EntityRef;
  participants: EntityRef[];
  roles: RoleItem[];
  /** Oldest first. */
  timeline: TimelineDay[];
  quotes: QuoteItem[];
  /** Related names other than events, most often together first. */
  related: EntityRef[];
  /** Events it is related to, takes part in or hosts, by date. */
  events: EntityRef[];
  /** Oldest first. */
  articles: ArticleRef[];
  /** First and last archive dates it appears on. */
  seen: { first: string; last: string };
  /** Known only from the reader's own articles: the archive bundled with the extension does not name it. */
  mine?: true;
}

/** The page of entity `id`, or undefined when the archive has no such entity; `reader`: the reader's articles in `fb`. */
export function entityView(fb: FactBase, id: string, reader: ReaderArticles = NO_READER): EntityView | undefined {
  const index = indexOf(fb, reader);
  const e = fb.entities.find((x) => x.id === id);
  if (!e) return undefined;
  const refs = (ids: readonly string[]) => ids.flatMap((i) => (i === id ? [] : (index.entity(i) ?? [])));
  const related = refs(e.related.map((r) => r.id));
  const hosting = fb.entities.filter((x) => x.type === 'event' && (x.place === id || x.participants?.includes(id)));
  const eventIds = new Set([...related.filter((r) => r.type === 'event').map((r) => r.id), ...hosting.map((x) => x.id)]);
  const eventDate = new Map(fb.entities.map((x) => [x.id, x.date ?? x.firstSeen]));
  const place = index.entity(e.place);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    typeLabel: TYPE_LABEL[e.type],
    ...(e.description?.trim() ? { description: e.description.trim() } : {}),
    aliases: e.aliases,
    ...(e.date ? { date: formatDate(e.date) } : {}),
    ...(place ? { place } : {}),
    participants: refs(e.participants ?? []),
    roles: (e.roles ?? []).map((r) => ({
      text: r.text,
      when: r.from === r.to ? formatDate(r.from) : `${formatDate(r.from)} – ${formatDate(r.to)}`,
      ...(r.until ? { until: formatDate(r.until) } : {}),
    })),
    timeline: timeline(index, e),
    quotes: quotes(index, e),
    related: related.filter((r) => r.type !== 'event'),
    events: refs([...eventIds].sort((a, b) => (eventDate.get(a) ?? '').localeCompare(eventDate.get(b) ?? '') || a.localeCompare(b))),
    articles: e.articles.flatMap((a) => index.article(a) ?? []),
    seen: { first: formatDate(e.firstSeen), last: formatDate(e.lastSeen) },
    ...(e.articles.length && e.articles.every((a) => reader.has(a)) ? { mine: true as const } : {}),
  };
}

/** Facts by date, then by article in archive order; a sentence told twice in one article is shown once. */
function timeline(index: Index, e: Entity): TimelineDay[] {
  const { fb } = index;
  const order = new Map(fb.articles.map((a, i) => [a.id, i]));
  const facts = [...e.facts].sort(
    (a, b) => a.date.localeCompare(b.date) || (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0),
  );
  const days: TimelineDay[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    const key = `${f.article}\u0000${f.text}`;
    const article = index.article(f.article);
    if (seen.has(key) || !article) continue;
    seen.add(key);
    let day = days[days.length - 1];
    if (day?.iso !== f.date) {
      day = { date: formatDate(f.date), iso: f.date, articles: [] };
      days.push(day);
    }
    let group = day.articles[day.articles.length - 1];
    if (group?.article.id !== f.article) {
      group = { article, facts: [] };
      day.articles.push(group);
    }
    const speaker = f.kind === 'quote' ? index.entity(f.speaker) : undefined;
    group.facts.push({
      kind: f.kind,
      text: f.text,
      ...(speaker ? { speaker } : {}),
      ...(f.kind === 'pledge' && f.targets?.length ? { targets: [...f.targets] } : {}),
    });
  }
  return days;
}

/** Words the entity said (when it is their speaker), else quotes in the sentences that mention it; oldest first. */
function quotes(index: Index, e: Entity): QuoteItem[] {
  const all = e.facts.filter((f) => f.kind === 'quote' && f.quote);
  const own = all.filter((f) => f.speaker === e.id);
  const seen = new Set<string>();
  return (own.length ? own : all)
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((f) => {
      const article = index.article(f.article);
      const key = `${f.speaker ?? ''}\u0000${f.quote}`;
      if (!article || seen.has(key)) return [];
      seen.add(key);
      const speaker = index.entity(f.speaker);
      return [{ quote: f.quote!, ...(speaker ? { speaker } : {}), sentence: f.text, article }];
    });
}
