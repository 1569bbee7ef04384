/**
 * What the matcher reports: linked mentions with the reason for the link, and the look-alikes it
 * refused with the reason for refusing (for the popup, for debugging, for tests).
 */

/**
 * Why a mention was linked:
 * - full-name: the page writes the name, or a longer alias, in full ("Ada Okafor", "OECS summit").
 * - full-name-on-page: a short form ("Okafor") whose full name appears elsewhere on the page.
 * - related-on-page: a short form, and an entity related to it in the archive is named in full on the page.
 * - context: a short form with a fitting word next to it ("envoy Okafor", "Okafor said", "OECS summit").
 * - event-date: an event whose date fits the page's date; event-year: fits a year written next to it.
 * - event-described: a word such as "summit" or "talks" with the event's participants around it on a page
 *   dated near the event, or "the summit" after the event was named or described (event-refs.ts).
 */
export type LinkReason = 'full-name' | 'full-name-on-page' | 'related-on-page' | 'context' | 'event-date' | 'event-year' | 'event-described' | 'event-day';

/**
 * Why a match was not linked:
 * - other-name: part of a different, longer name ("Per Lindqvist", "County Okafor", "Victoria State"),
 *   or a bare form on a page whose nearest preceding full form is that other name.
 * - no-support: a short form and nothing on the page backs it.
 * - date-mismatch / undated: an event whose date disagrees with the page, or no date to check against.
 * - ambiguous: two entities fit equally well.
 * - plural: an event's name before the plural of a longer name of the archive ("Cup finals" beside "Cup
 *   final"): the page speaks of several of them, not of one.
 */
export type RejectReason = 'other-name' | 'no-support' | 'date-mismatch' | 'undated' | 'ambiguous' | 'plural';

interface Span<R> {
  /** UTF-16 offsets into the text: the name only, without possessive ’s or trailing punctuation. */
  start: number;
  end: number;
  /** Index of the entity in the matcher (and the fact base's `entities`). */
  entity: number;
  id: string;
  reason: R;
  /** What the reason rests on: the full name seen, the related entity's name, the word, the date or year. */
  evidence?: string;
}

/** A linked mention of an archive entity. */
export type Mention = Span<LinkReason>;
/** A match that was not linked. */
export type RejectedMention = Span<RejectReason>;

/** Everything the matcher decided about a text. */
export interface MatchResult {
  mentions: Mention[];
  rejected: RejectedMention[];
}

/** Options of a match: the page's date (YYYY-MM-DD; YYYY-MM or YYYY also accepted) dates its events. */
export interface MatchOptions {
  pageDate?: string;
}
