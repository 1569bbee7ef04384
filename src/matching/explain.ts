/**
 * The sentence the card shows under a linked name, saying why the link was made.
 */
import type { NamedMention } from './wire';

/**
 * "“Okafor” links to Ada Okafor because “Ada Okafor” appears on this page."
 * `text` is the text the mention's offsets point into.
 */
export function explainMention(text: string, mention: NamedMention): string {
  const name = mention.name;
  const head = `“${text.slice(mention.start, mention.end)}” links to ${name}`;
  const ev = mention.evidence ?? '';
  switch (mention.reason) {
    case 'full-name':
      return `${head}: the archive knows it by this name.`;
    case 'full-name-on-page':
      return `${head} because “${ev}” appears on this page.`;
    case 'related-on-page':
      return `${head} because ${ev}, named with it in the archive, appears on this page.`;
    case 'context':
      return `${head} because of the word “${ev}” next to it.`;
    case 'event-date':
      return `${head} because the page’s date (${ev}) fits the event’s date (${mention.eventDate ?? 'unknown'}).`;
    case 'event-year':
      return `${head} because the year ${ev} written next to it is the event’s year.`;
    case 'event-day':
      return `${head} because the day written next to it (${ev}) is the event’s day.`;
    case 'event-described':
      return `${head}: the page describes the event (${ev}) near its date (${mention.eventDate ?? 'unknown'}).`;
  }
}
