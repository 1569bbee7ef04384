/**
 * Events an article names as the archive does where the builder read no event: "Saturday’s (Jan. 13) presidential
 * election" in a story of those days. The builder reads every
 * article once more with the matcher that pages are read with (same rules, the article's own date as the page's)
 * and files the article, and the sentence, under each event the matcher links there by its name and date.
 */
import type { Entity, Fact, FactBase } from '../factbase/schema';
import { compileMatcher, findMentions, type LinkReason } from '../matching/index';
import { storyOf } from './extract';
import type { ArticleExtraction } from './local';
import type { ParsedArticle } from './types';

/**
 * The links that name an event as the archive does, on a page of its days ("Saturday's (Jan. 13) presidential
 * election"); not a description ("Saturday's vote", "Velkor's election"), which may be another event of its kind.
 */
const TOLD: ReadonlySet<LinkReason> = new Set<LinkReason>(['event-date']);

/** Adds, in place, the articles and sentences that tell of each event (`entities` are `factBase`'s). */
export function fileDescribedEvents(factBase: FactBase, items: { article: ParsedArticle; extraction: ArticleExtraction }[], clip: (text: string) => string): void {
  const events = factBase.entities.filter((e) => e.type === 'event');
  if (!events.length) return;
  const matcher = compileMatcher(factBase);
  const byId = new Map(events.map((e) => [e.id, e]));
  const dates = new Map(factBase.articles.map((a) => [a.id, a.date]));
  const added = new Map<Entity, { articles: string[]; facts: Fact[] }>();
  for (const { article, extraction } of items) {
    const { text, bodyLength } = storyOf(article);
    const told = new Map<Entity, Set<number>>();
    // (mentions come left to right, and so do the sentences: one pointer walks both)
    let s = 0;
    for (const m of findMentions(matcher, text.slice(0, bodyLength), { pageDate: article.date })) {
      while (s < extraction.sentences.length && extraction.sentences[s]!.end <= m.start) s++;
      const event = byId.get(m.id);
      if (!event || !TOLD.has(m.reason) || event.articles.includes(article.id)) continue;
      const sentence = extraction.sentences[s];
      if (sentence && sentence.start <= m.start) told.set(event, (told.get(event) ?? new Set()).add(s));
    }
    for (const [event, sentences] of told) {
      const more = added.get(event) ?? { articles: [], facts: [] };
      more.articles.push(article.id);
      for (const k of [...sentences].sort((a, b) => a - b)) more.facts.push({ text: clip(extraction.sentences[k]!.text), article: article.id, date: article.date, kind: 'statement' });
      added.set(event, more);
    }
  }
  // each event's facts and articles in the archive's order (by date, then article), sorted once
  const order = (a: string, b: string) => (dates.get(a) ?? '').localeCompare(dates.get(b) ?? '') || a.localeCompare(b);
  for (const [event, more] of added) {
    event.facts = [...event.facts, ...more.facts].sort((a, b) => order(a.article, b.article));
    event.articles = [...event.articles, ...more.articles].sort(order);
    event.firstSeen = dates.get(event.articles[0]!)!;
    event.lastSeen = dates.get(event.articles.at(-1)!)!;
  }
}
