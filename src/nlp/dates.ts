/**
 * Dates in news text, resolved against the article's date with compromise-dates, plus the corrections
 * news needs: a weekday or a month in a past-tense clause is the most recent one, not the next.
 */
import { DATES_HOOK } from './engine';
import { INCIDENTS } from './lexicon';
import { simpleDate } from './simple-dates';
import type { Doc, Sentence, Token } from './tokens';
import { hasTag, isCapitalised } from './tokens';

export type Precision = 'day' | 'week' | 'month' | 'year';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** First and last day covered, YYYY-MM-DD. */
  from: string;
  to: string;
  precision: Precision;
}

interface CompromiseDate {
  text: string;
  offset: { start: number; length: number };
  dates: { start: string | null; end: string | null; unit?: string | null };
}

const SEASON = /^(spring|summer|autumn|fall|winter)$/i;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const DAY_MS = 86_400_000;
/** A time of day: "4:17 am", "10 p.m.", "0117 GMT", "16:30 local time". */
const CLOCK = /\(?\b(?:(?:at|around|about|by|until)\s+)?(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|Z|hrs|hours)\b)(?:\s+(?:local time|GMT|UTC))?\)?/gi;
const BY = /^by\b/i;
/** Two days of a month and what joins them: "26-29", "20 to 22", "12th through 14th". */
const DAY_RANGE = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|to|through|until|and)\s*\d{1,2}(?:st|nd|rd|th)?\b/i;
/** "the sixth day", "on the 10th day": a count of days, with no month. */
const ORDINAL_DAY = /^(?:on\s+)?the\s+(?:\w+th|first|second|third|\d+(?:st|nd|rd|th))\s+day$/i;
/** A count of days or weeks before or after, at the end of a date's words: ", four days before". */
const OFFSET_TAIL = /\s*[,–—-]*\s*(?:just\s+|only\s+)?(\w+)\s+(days?|weeks?)\s+(before|after)$/i;
const DURATION = /^(?:in|for|within|over|after|during)?\s*(?:a|an|one|two|three|four|five|six|\d+|several|many|few|the past|the last)\s+(?:day|week|month|year|decade)s?\b/i;

const day = (iso: string) => iso.slice(0, 10);
/** The day `n` days after (before, if negative) a YYYY-MM-DD day. */
export const addDays = (iso: string, n: number): string => new Date(Date.parse(day(iso)) + n * DAY_MS).toISOString().slice(0, 10);
const addYears = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4, 10)}`;

interface DatesView {
  compute(hook: string): DatesView;
  dates(o: object): {
    json(o: object): Omit<CompromiseDate, 'offset'>[];
    docs: { offset: { start: number } }[][];
    document: unknown;
    fullPointer: unknown[];
  };
  sentences(): { filter(fn: (s: unknown, i: number) => boolean): DatesView };
}

/**
 * The resolvable dates in the document, with the tense correction applied. compromise-dates is the slowest
 * step of the builder (about half of it): pass `only` to look in just the sentences that need dates.
 */
export function findDates(doc: Doc, sentences: Sentence[], articleDate: string, only?: ReadonlySet<number>): DateMention[] {
  if (only && !only.size) return [];
  const view = doc as unknown as DatesView;
  const scope = (only ? view.sentences().filter((_, i) => only.has(i)) : view).compute(DATES_HOOK);
  const options = { today: articleDate, timezone: 'UTC' };
  const matches = scope.dates(options);
  // Offsets once for the piece: `json({ offset: true })` walks the whole document again for every date found,
  // and copies every term of it; the match's first term carries its offset.
  view.compute('offset');
  // the simplest shapes resolved without compromise-dates' parse (simple-dates.ts), the rest by it
  const texts = matches.json({ terms: false, dates: false });
  const quick = texts.map((d) => simpleDate(d.text, articleDate));
  // "by 2030" is dropped below whatever it resolves to: not worth a parse
  const rest = quick.flatMap((q, k) => (q || BY.test(texts[k]!.text) ? [] : [k]));
  const Dates = matches.constructor as new (document: unknown, pointer: unknown[], groups: null, opts: object) => typeof matches;
  const parsed = rest.length ? new Dates(matches.document, rest.map((k) => matches.fullPointer[k]), null, options).json({ terms: false }) : [];
  const parsedAt = new Map(rest.map((k, j) => [k, parsed[j]!.dates]));
  const found = texts.map(
    (d, k): CompromiseDate => ({ text: d.text, dates: quick[k] ?? parsedAt.get(k) ?? { start: null, end: null }, offset: { start: matches.docs[k]![0]!.offset.start, length: d.text.length } }),
  );
  const out: DateMention[] = [];
  const all = sentences.flatMap((s) => s.tokens);
  for (const d of found) {
    let text = d.text.replace(/[\s.,;:!?–—-]+$/u, '');
    // "this weekend's election": compromise-dates reads "this" alone as today; a determiner alone is no date
    // (the weekend is read below)
    if (/^(?:this|that|last|next|these|those|past)$/i.test(text)) continue;
    // "since Saturday's 7.9 magnitude quake": a measure after the day is no day and month of its own
    // ("7.9 on Saturday" too)
    const measure = /^(.+?)(?:['’]s)?\s+\d{1,2}\.\d{1,2}$/u.exec(text) ?? /^\d{1,2}\.\d{1,2}\s+(.+)$/u.exec(text);
    const resolved = measure ? simpleDate(measure[1]!, articleDate) : d.dates;
    if (measure) {
      d.offset.start += text.indexOf(measure[1]!);
      text = measure[1]!;
    }
    // "at 4:17 am", "(0117 GMT) on Monday": a clock time tells no day (compromise-dates gives the article's day, or
    // reads "0117" as a year); the day told beside it does
    let timed = resolved;
    const rest = text.replace(CLOCK, ' ').replace(/^[\s(),]+|[\s(),]+$/g, '').replace(/^(?:on|of)\s+/i, '');
    if (rest !== text.replace(/^[\s(),]+|[\s(),]+$/g, '')) {
      if (!/[\p{L}\d]/u.test(rest.replace(/^(?:at|around|about|by|until|from)$/i, ''))) continue;
      if (Number((resolved?.start ?? '').slice(0, 4)) < 1000) {
        timed = simpleDate(rest, articleDate);
        if (!timed) continue;
      }
    }
    const { start: s, end: e, unit } = timed ?? { start: null, end: null };
    if (!s || !e) continue;
    let shift = 0;
    // "July 11, four days before the convention": the day written is the day told; compromise-dates reads the
    // whole phrase as four days before it (the convention's day is the event finders' business)
    const tail = OFFSET_TAIL.exec(text);
    if (tail && day(s) === day(e)) {
      const n = countWord(tail[1]!);
      if (n > 0) {
        shift = n * (/^week/i.test(tail[2]!) ? 7 : 1) * (/^before$/i.test(tail[3]!) ? 1 : -1);
        text = text.slice(0, tail.index);
      }
    }
    // "by 2030" is a deadline, not when something happens; durations ("for three years") have no unit,
    // and "their first talks in a year" is a duration too, not a date a year from now.
    const ago = AGO.exec(text);
    // "from March 26-29", "November 20 to 22": a run of days, which compromise-dates gives no unit
    const days = !unit && DAY_RANGE.test(text) && MONTH.test(text) ? Math.round((Date.parse(day(e)) - Date.parse(day(s))) / 86_400_000) + 1 : 0;
    // "on the sixth day of the strike": a count of days, not a day of the month
    if (ORDINAL_DAY.test(text)) continue;
    if (BY.test(text) || (!unit && !(days > 1 && days <= 14)) || (DURATION.test(text) && !ago) || timezoneOnly(all, d.offset.start, d.offset.start + text.length)) continue;
    // "the lives of 2,012 people": a count with a thousands comma is no year
    if (/^\d{1,3}(?:,\d{3})+$/.test(text)) continue;
    if (partOfCompound(sentences, d.offset.start + text.length)) continue; // "the quarter-finals" is no quarter of the year
    let from = addDays(day(s), shift);
    let to = addDays(day(e), shift);
    const start = d.offset.start;
    if (ago) {
      // "four years ago": that year, not that day; "two months ago": that month; "a week ago": about then
      const [f, t, precision] = agoSpan(from, ago[1]!.toLowerCase());
      out.push({ text, start, end: start + text.length, from: f, to: t, precision });
      continue;
    }
    const sentence = sentences.find((x) => start >= x.start && start < x.end);
    const before = sentence?.tokens.filter((t) => t.end <= start).pop();
    if (/^this year$/i.test(text) && before?.lower === 'earlier' && articleDate.slice(5) <= EARLY_JANUARY) {
      // "Earlier this year …" in a story of January's first days was written the year before
      from = addYears(from, -1);
      to = addYears(to, -1);
    }
    // "damage wrought by Saturday's 7.9 magnitude quake": a day whose incident the story tells is behind it,
    // whatever the clause looks ahead to
    const tense = sentence && from > articleDate ? (incidentOfDay(sentence, start + text.length) ? 'past' : clauseTense(sentence, start)) : 'future';
    if (tense !== 'future') {
      // News reports what happened: a bare weekday is the last one unless the clause looks ahead.
      if ((WEEKDAY.test(text) || /\bweekend\b/i.test(text)) && !MONTH.test(text) && !/\bnext\b/i.test(text)) {
        from = addDays(from, -7);
        to = addDays(to, -7);
      } else if (tense === 'past' && MONTH.test(text) && !/\d{4}/.test(text) && !/\bnext\b/i.test(text)) {
        from = addYears(from, -1);
        to = addYears(to, -1);
      }
    }
    out.push({ text, start, end: start + text.length, from, to, precision: unit ? precisionOf(unit, from, to) : 'week' });
  }
  // compromise-dates misses some ("… its leader four years ago, setting …"): read those ourselves
  readMissed(sentences, only, AGO_PHRASE, out, (m) => {
    const n = countWord(m[1]!.toLowerCase());
    const unit = m[2]!.toLowerCase();
    const at = unit === 'year' ? addYears(articleDate, -n) : unit === 'month' ? addMonths(articleDate, -n) : addDays(articleDate, -n * (unit === 'week' ? 7 : 1));
    const [from, to, precision] = agoSpan(at, unit);
    return { from, to, precision };
  });
  // "this weekend's election", "last weekend's vote": the weekend told in the possessive, which compromise-dates
  // does not read (the one just past, unless the clause looks ahead)
  readMissed(sentences, only, WEEKEND_POSSESSIVE, out, (m, sentence, start, end) => {
    const [from, to] = weekendOf(articleDate, m[1]!.toLowerCase(), weekendAhead(sentence, start, end));
    return { from, to, precision: 'week' };
  });
  // "Hours after the interview, …": news this recent happened the day before the article or on it
  sentences.forEach((sentence, i) => {
    if (only && !only.has(i)) return;
    if (out.some((d) => d.start >= sentence.start && d.start < sentence.end)) return;
    const m = HOURS_PHRASE.exec(sentence.text);
    if (!m) return;
    const start = sentence.start + m.index;
    out.push({ text: m[0], start, end: start + m[0].length, from: addDays(articleDate, -1), to: articleDate, precision: 'week' });
  });
  // "In January, Libyan militants …": compromise reads a month before a capitalised word as a person's name
  sentences.forEach((sentence, i) => {
    if (only && !only.has(i)) return;
    for (const t of sentence.tokens) {
      const month = MONTHS.indexOf(t.lower);
      const prev = sentence.tokens[t.i - 1];
      if (month < 0 || !/^\p{Lu}/u.test(t.text) || !prev || prev.lower !== 'in' || hasTag(sentence.tokens[t.i + 1], 'Year', 'Value')) continue;
      if (out.some((d) => d.start <= t.start && t.start < d.end)) continue;
      const mm = String(month + 1).padStart(2, '0');
      let year = Number(articleDate.slice(0, 4));
      const tense = clauseTense(sentence, t.start);
      if (`${year}-${mm}` > articleDate.slice(0, 7) && tense !== 'future') year--;
      else if (`${year}-${mm}` < articleDate.slice(0, 7) && tense === 'future') year++;
      const last = new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
      out.push({ text: `${prev.text} ${t.text}`, start: prev.start, end: t.end, from: `${year}-${mm}-01`, to: last, precision: 'month' });
    }
  });
  // "in the first week of June", "the last week of March": seven days of that month, which compromise-dates reads
  // as the week around the month's first day, or not at all
  sentences.forEach((sentence, i) => {
    if (only && !only.has(i)) return;
    for (const m of sentence.text.matchAll(WEEK_OF)) {
      const month = MONTHS.indexOf(m[2]!.toLowerCase());
      if (month < 0) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const mm = String(month + 1).padStart(2, '0');
      let year = Number(m[3] ?? articleDate.slice(0, 4));
      if (!m[3]) {
        const tense = clauseTense(sentence, start);
        if (`${year}-${mm}` > articleDate.slice(0, 7) && tense === 'past') year--;
        else if (`${year}-${mm}` < articleDate.slice(0, 7) && tense === 'future') year++;
      }
      const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      const nth = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
      const first = nth >= 0 ? 1 + 7 * nth : days - 6;
      const at = (d: number) => `${year}-${mm}-${String(d).padStart(2, '0')}`;
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < end && start < out[k]!.end) out.splice(k, 1);
      out.push({ text: m[0], start, end, from: at(first), to: at(first + 6), precision: 'week' });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** "Saturday's 7.9 magnitude quake": a day in the possessive (ending at `end`) before an incident's noun, a few describing words between. */
function incidentOfDay(sentence: Sentence, end: number): boolean {
  const day = sentence.tokens.find((t) => t.end >= end && t.start < end);
  if (!day?.possessive || !WEEKDAY.test(day.text)) return false;
  for (let k = day.i + 1; k < sentence.tokens.length && k <= day.i + 4; k++) {
    const t = sentence.tokens[k]!;
    if (INCIDENTS.has(t.lower)) return true;
    if (!/^[\p{Ll}\d.-]+$/u.test(t.text) || /[,;:]/.test(t.post)) return false;
  }
  return false;
}

/**
 * Adds the dates `pattern` finds in the sentences `only` names (all when none) that compromise-dates did not read
 * (no date of `out` overlaps them), each resolved by `resolve`.
 */
function readMissed(
  sentences: Sentence[],
  only: ReadonlySet<number> | undefined,
  pattern: RegExp,
  out: DateMention[],
  resolve: (m: RegExpMatchArray, sentence: Sentence, start: number, end: number) => Pick<DateMention, 'from' | 'to' | 'precision'>,
): void {
  sentences.forEach((sentence, i) => {
    if (only && !only.has(i)) return;
    for (const m of sentence.text.matchAll(pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (out.some((d) => d.start < end && start < d.end)) continue;
      out.push({ text: m[0], start, end, ...resolve(m, sentence, start, end) });
    }
  });
}

const WEEKEND_POSSESSIVE = /\b(this|last|past)\s+weekend['’]s?(?!\p{L})/giu;

/**
 * The Saturday and Sunday `word` ("this", "last", "past") weekend means on `articleDate`: "last" is the one before
 * the weekend under way; "this" is the weekend under way on a Friday to a Sunday, and on another day the one just
 * gone unless the clause looks ahead (`ahead`).
 */
function weekendOf(articleDate: string, word: string, ahead: boolean): [string, string] {
  const weekday = new Date(`${articleDate}T00:00:00Z`).getUTCDay();
  // the Saturday of the weekend under way (Friday: the next day's)
  const current = weekday === 6 ? articleDate : weekday === 0 ? addDays(articleDate, -1) : weekday === 5 ? addDays(articleDate, 1) : undefined;
  const gone = addDays(articleDate, -(weekday + 1));
  const saturday = word === 'this' ? (current ?? (ahead ? addDays(articleDate, 6 - weekday) : gone)) : current && weekday !== 5 ? addDays(current, -7) : gone;
  return [saturday, addDays(saturday, 1)];
}

/**
 * Whether the clause of "this weekend's …" looks ahead: a "will", "to be" or "set to" after the phrase, or a clause
 * that looks ahead with no verb in the past before the phrase ("telephoned him to congratulate him on winning this
 * weekend's election" is about the weekend gone).
 */
function weekendAhead(sentence: Sentence, start: number, end: number): boolean {
  const after = sentence.tokens.filter((t) => t.start >= end);
  const stop = after.findIndex((t) => /[,;:]/.test(t.post));
  if (after.slice(0, stop < 0 ? undefined : stop + 1).some((t) => /^(?:will|'ll|shall)$/.test(t.lower) || (t.lower === 'to' && /^(?:is|are|was|set|due)$/.test(sentence.tokens[t.i - 1]?.lower ?? '')))) return true;
  const told = sentence.tokens.some((t) => t.end <= start && hasTag(t, 'PastTense') && hasTag(t, 'Verb'));
  return !told && clauseTense(sentence, start) === 'future';
}

const WEEK_OF = /\b(first|second|third|fourth|last|final)\s+week\s+of\s+(\p{L}+)(?:,?\s+((?:19|20)\d\d))?\b/giu;

/** The last day of the year's first week: "earlier this year" cannot mean the days before it. */
const EARLY_JANUARY = '01-07';
const HOURS_PHRASE = /\b(?:hours|minutes)\s+(?:after|before|later|earlier|ago)\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month's name, whatever compromise tagged it ("January" before a capitalised word reads as a name). */
export const isMonthName = (word: string): boolean => MONTHS.includes(word.toLowerCase());
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "four", "4", "a": how many; -1 for a word that is no count. */
export const countWord = (word: string): number => {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : NUMBER_WORDS.indexOf(w);
};
const AGO_PHRASE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/gi;
const addMonths = (iso: string, n: number) => {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 10);
};

/** "four years ago", "a week ago": a time before the article's date, by its unit. */
const AGO = /\b(day|week|month|year)s?\s+ago\b/i;

function agoSpan(at: string, unit: string): [string, string, Precision] {
  if (unit === 'year') return [`${at.slice(0, 4)}-01-01`, `${at.slice(0, 4)}-12-31`, 'year'];
  if (unit === 'month') return [`${at.slice(0, 7)}-01`, day(new Date(Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)), 0)).toISOString()), 'month'];
  if (unit === 'week') return [addDays(at, -3), addDays(at, 3), 'week'];
  return [at, at, 'day'];
}

/**
 * A "date" that is only a word compromise-dates takes for a time zone (the zone database has one called
 * "Factory"): "a strike against a factory" has no date in it.
 */
function timezoneOnly(all: readonly Token[], start: number, end: number): boolean {
  const first = firstFrom(all, start);
  // "the Arab Spring": a season after a capitalised word is part of a name; "Anatomy of a Fall": a capitalised
  // season after "a" is a title's word, not a time of year
  if (first > 0 && first < all.length && SEASON.test(all[first]!.text) && /^\p{Lu}/u.test(all[first]!.text) && all[first - 1]!.end === all[first]!.start - 1) {
    if (isCapitalised(all[first - 1]!) || /^an?$/i.test(all[first - 1]!.text)) return true;
  }
  const words: Token[] = [];
  for (let k = first; k < all.length && all[k]!.end <= end; k++) if (!hasTag(all[k]!, 'Preposition', 'Determiner')) words.push(all[k]!);
  return words.length > 0 && words.every((t) => hasTag(t, 'Timezone') && !hasTag(t, 'WeekDay', 'Month', 'Duration') && /^\p{Ll}/u.test(t.text));
}

/** The index of the first of `all` (tokens in text order) that starts at or after `start`; `all.length` if none. */
function firstFrom(all: readonly Token[], start: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function precisionOf(unit: string, from: string, to: string): Precision {
  // "at the end of the month" resolves to one day, but the text only promises the month
  if (unit === 'week' || unit === 'month' || unit === 'year') return from === to && unit !== 'month' && unit !== 'year' ? 'day' : unit;
  if (from === to) return 'day';
  if (from.slice(0, 7) === to.slice(0, 7)) return 'month';
  return 'year';
}

/**
 * The tense of the clause around `offset`, from the nearest verb before the date in its sentence:
 * "ended … on Wednesday" is past; "to hold the meeting on November 15" and "will meet on Monday" look ahead;
 * compromise sometimes tags no verb at all ("Madrid beat Bayern … on Saturday"): unknown.
 */
/** Verbs in the past that say the thing after "to" happened: "turned out to", "went on to", "managed to". */
const ORDINAL_OR_MOST = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|youngest|oldest)$/;

/** "became the third female director to …": a past "became", "was" or "were", "the" and an ordinal, a few words before `to`. */
function nthToDo(before: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= 2 && k >= to - 5; k--) {
    if (ORDINAL_OR_MOST.test(before[k]!.lower) && before[k - 1]!.lower === 'the') return /^(?:became|was|were)$/.test(before[k - 2]!.lower);
    // (only the office's words between them: "the first leader to announce plans to attend … on Sunday" looks ahead)
    if (before[k]!.lower === 'to' || (hasTag(before[k], 'Verb') && !hasTag(before[k], 'Noun', 'Adjective'))) return false;
  }
  return false;
}

const IMPLICATIVE = /(?:^|\s)(?:turned out|went on|managed|failed|proved|happened|got|came)$/;

/** Verbs whose simple past is written as their present. */
const SAME_FORM_PAST = new Set(['hit', 'put', 'set', 'cut', 'hurt', 'shut', 'spread', 'burst', 'cast', 'split', 'upset', 'quit', 'let', 'cost', 'beat']);

export function clauseTense(sentence: Sentence, offset: number): 'past' | 'future' | 'unknown' {
  const before = sentence.tokens.filter((t) => t.end <= offset);
  // "… ahead of Monday's inauguration": what a thing is ahead of is still to come
  if (before.at(-1)?.lower === 'of' && before.at(-2)?.lower === 'ahead') return 'future';
  // "heading into the November elections", "in the run-up to the June vote": what a time leads to is to come
  const lead = before.findLastIndex((t) => /^(?:into|to)$/.test(t.lower));
  if (lead >= before.length - 2 && lead > 0 && /^(?:heading|going|head|heads|run-up|lead-up|build-up|countdown)$/.test(before[lead - 1]!.lower) && before.slice(lead + 1).every((t) => /^(?:the|a|an)$/.test(t.lower))) return 'future';
  for (let k = before.length - 1; k >= 0; k--) {
    const t = before[k]!;
    if (/^(will|shall|'ll|upcoming|scheduled|due|next)$/i.test(t.lower)) return 'future';
    // "due to sit for the first time since the party's win in a Nov. 8 election": what a time is measured from
    // has been, whatever the clause looks ahead to
    if (t.lower === 'since') return 'past';
    // "the king is expected in Portmere on Monday" looks ahead ("analysts expected a cut", "was expected" need not)
    if (t.lower === 'expected' && /^(?:is|are|be|'s|'re)$/.test(before[k - 1]?.lower ?? '')) return 'future';
    if (!hasTag(t, 'Verb') || hasTag(t, 'Gerund', 'Particle')) continue;
    const prev = before[k - 1];
    // "at 4:17 am": the time's "am" is no verb
    if (/^[ap]m$/.test(t.lower) && /\d$/.test(prev?.text ?? '')) continue;
    // "a Japan Airlines passenger jet": a base form after an article, an adjective or one thing's name is a noun
    // (and after a number or a score: "after a 3-3 draw on Sunday")
    if (hasTag(t, 'Infinitive') && !hasTag(t, 'PastTense') && prev && (hasTag(prev, 'Determiner', 'Adjective', 'Value') || /\d$/.test(prev.text) || (hasTag(prev, 'Noun') && !hasTag(prev, 'Plural', 'Pronoun')))) continue;
    // ("former Portmere police officer X": a word before an office's noun qualifies it)
    const next = before[k + 1];
    if (!hasTag(t, 'PastTense') && next && /^\p{Ll}/u.test(next.text) && hasTag(next, 'RoleHead', 'Actor') && prev && (hasTag(prev, 'Determiner', 'Adjective') || /^\p{Lu}/u.test(prev.text))) continue;
    // ("turned out to be the winner on Sunday", "went on to win on Sunday", "managed to land on Monday": a verb
    // that says it happened, before "to", tells what did; "agreed to meet on Monday" still looks ahead)
    if (prev?.lower === 'to' && k >= 2 && IMPLICATIVE.test(`${before[k - 3]?.lower ?? ''} ${before[k - 2]!.lower}`)) return 'past';
    // ("became the third director to win the prize on Saturday": who was the nth to do it did it)
    if (prev?.lower === 'to' && nthToDo(before, k - 1)) return 'past';
    if (prev && /^(will|would|to|shall)$/i.test(prev.lower)) return 'future';
    // "will be held on December 10", "is to be played": a participle after a look-ahead's "be"
    let aux = k - 1;
    while (aux >= 0 && /^(be|been|being|have)$/.test(before[aux]!.lower)) aux--;
    if (aux < k - 1 && aux >= 0 && /^(will|would|to|shall|'ll)$/i.test(before[aux]!.lower)) return 'future';
    // "critics have called his silence on the December ceremony rude" (told in October): the present perfect tells
    // of now, not of a time gone by; a month still to come in it is this year's
    if (hasTag(t, 'PastTense') && /^(?:have|has|'ve)$/.test(prev?.lower ?? '')) return 'unknown';
    if (hasTag(t, 'PastTense')) return 'past';
    // "the storm hit the coast on Sunday": a verb whose past is its present, with no "will" or "to" before it,
    // tells what happened (news writes "will hit" or "hits" for what is to come)
    if (SAME_FORM_PAST.has(t.lower)) return 'past';
    return 'future';
  }
  // "At the forum in Dakar in May, delegations called for …": the verb comes after the date
  for (const t of sentence.tokens.filter((x) => x.start >= offset)) {
    if (!hasTag(t, 'Verb') || hasTag(t, 'Gerund', 'Particle')) continue;
    return hasTag(t, 'PastTense') ? 'past' : 'unknown';
  }
  return 'unknown';
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Whether the word ending at `end` is joined by a hyphen to a word after it ("quarter-finals", "week-long"). */
function partOfCompound(sentences: Sentence[], end: number): boolean {
  const sentence = sentences.find((x) => end > x.start && end <= x.end);
  const t = sentence?.tokens.find((x) => x.end === end);
  const next = t && sentence!.tokens[t.i + 1];
  return !!next && /^[-–]$/.test(t.post + next.pre) && /^\p{L}/u.test(next.text);
}

/**
 * "Sunday’s election", "Thursday’s semi-final": compromise-dates does not read a weekday with a possessive.
 * News means the nearest such day: the last one, unless the clause looks ahead.
 */
export function possessiveWeekday(sentence: Sentence, token: { lower: string; start: number; end: number }, articleDate: string): DateMention | undefined {
  const day = WEEKDAYS.indexOf(token.lower);
  if (day < 0) return undefined;
  const today = new Date(`${articleDate}T00:00:00Z`).getUTCDay();
  const back = (today - day + 7) % 7;
  const ahead = (day - today + 7) % 7;
  const offset = clauseTense(sentence, token.start) === 'future' && ahead !== 0 ? ahead : -back;
  const date = addDays(articleDate, offset);
  return { text: token.lower, start: token.start, end: token.end, from: date, to: date, precision: 'day' };
}

/** The date as the fact base writes it: YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text allows. */
export function asPartialDate(d: Pick<DateMention, 'from' | 'to' | 'precision'>): string {
  if (d.precision === 'day') return d.from;
  if (d.from.slice(0, 7) === d.to.slice(0, 7)) return d.from.slice(0, 7);
  // a few days across the turn of a month or a year (December 31 to January 2): the month that holds most of them
  const days = (Date.parse(d.to) - Date.parse(d.from)) / 86_400_000 + 1;
  if (d.precision !== 'year' && days <= 10) {
    const inFirst = Math.round((Date.parse(`${d.to.slice(0, 7)}-01`) - Date.parse(d.from)) / 86_400_000);
    return inFirst > days - inFirst ? d.from.slice(0, 7) : d.to.slice(0, 7);
  }
  return d.from.slice(0, 4);
}
