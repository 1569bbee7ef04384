/**
 * Events an article tells of without naming them the way the archive does: "the coup", "Saturday's election",
 * "November's general election" in a story of days when the archive holds one such event. The builder reads every
 * article once more with the matcher that pages are read with (same rules, the article's own date as the page's)
 * and files the article, and the sentence, under each event the matcher links there by its date or description.
 */
import type { Entity, Fact, FactBase } from '../factbase/schema';
import { compileMatcher, findMentions, type LinkReason } from '../matching/index';
import { storyOf } from './extract';
import type { ArticleExtraction } from './local';
import type { ParsedArticle } from './types';

/** The links that tell of an event by its date or its description, not by a name the builder read already. */
const TOLD: ReadonlySet<LinkReason> = new Set<LinkReason>(['event-date', 'event-day', 'event-described']);

/** Adds, in place, the articles and sentences that tell of each event (`entities` are `factBase`'s). */
export function fileDescribedEvents(factBase: FactBase, items: { article: ParsedArticle; extraction: ArticleExtraction }[], clip: (text: string) => string): void {
  const events = factBase.entities.filter((e) => e.type === 'event');
  if (!events.length) return;
  const matcher = compileMatcher(factBase);
  const byId = new Map(events.map((e) => [e.id, e]));
  const dates = new Map(factBase.articles.map((a) => [a.id, a.date]));
  for (const { article, extraction } of items) {
    const { text, bodyLength } = storyOf(article);
    const told = new Map<Entity, Set<number>>();
    for (const m of findMentions(matcher, text.slice(0, bodyLength), { pageDate: article.date })) {
      const event = byId.get(m.id);
      if (!event || !TOLD.has(m.reason) || event.articles.includes(article.id)) continue;
      const s = extraction.sentences.findIndex((x) => x.start <= m.start && m.start < x.end);
      if (s >= 0) told.set(event, (told.get(event) ?? new Set()).add(s));
    }
    for (const [event, sentences] of told) {
      const facts: Fact[] = [...sentences].sort((a, b) => a - b).map((s) => ({ text: clip(extraction.sentences[s]!.text), article: article.id, date: article.date, kind: 'statement' }));
      // (in the archive's order, as the builder files facts: by date, then article)
      event.facts = [...event.facts, ...facts].sort((a, b) => a.date.localeCompare(b.date) || a.article.localeCompare(b.article));
      event.articles.push(article.id);
      event.articles.sort((a, b) => (dates.get(a) ?? '').localeCompare(dates.get(b) ?? '') || a.localeCompare(b));
      event.firstSeen = dates.get(event.articles[0]!)!;
      event.lastSeen = dates.get(event.articles.at(-1)!)!;
    }
  }
}
