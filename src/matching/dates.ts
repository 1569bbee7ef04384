/**
 * Does an event of the archive fit the page's time? Rule, in order:
 * 1. A year written within NEAR_CHARS of the mention decides: it must be the event's year
 *    ("the 2022 meeting", "COP29 in 2024"). Target years ("neutral by 2060") are ignored.
 * 2. Otherwise the page's date decides: it must fall within WINDOW_MONTHS of the event's month (or of its
 *    year, for a year-precision event). A page a year later is another edition: "OECS summit" in a
 *    November 2024 story is not the November 2023 summit.
 * 3. With neither, the event is 'undated' and not linked.
 * Before 2, a day written beside the mention that is the event's own ("on Saturday October 14") dates it on a page
 * up to a year before it.
 */
import type { Token } from './tokenize';
import { TARGET_YEAR_AFTER } from './words';

/** A year this close to a mention is read as its date. */
const NEAR_CHARS = 40;
/** Previews and looking back stay within half a year; recurring events (summits, COPs) come yearly. */
const WINDOW_MONTHS = 6;

export type DateCheck =
  | { ok: true; reason: 'event-date' | 'event-year' | 'event-day' | 'full-name'; evidence: string }
  | { ok: false; reason: 'date-mismatch' | 'undated'; evidence?: string };

const YEAR = /^(19|20)\d\d$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Month number of the first (or last) month a partial date covers. */
function month(date: string, last: boolean): number {
  const year = Number(date.slice(0, 4)) * 12;
  return date.length >= 7 ? year + Number(date.slice(5, 7)) - 1 : year + (last ? 11 : 0);
}

/** Checks an event's date (YYYY[-MM[-DD]]) against years near the mention, days written beside it ("MM-DD") and the page's date. */
export function checkEventDate(eventDate: string, years: number[], pageDate?: string, days: readonly string[] = []): DateCheck {
  if (!DATE.test(eventDate)) return { ok: false, reason: 'undated' };
  const eventYear = Number(eventDate.slice(0, 4));
  // 4. "the general election will be held on Saturday October 14", nine months ahead: the event's own day, written
  //    beside it, on a page of the year before it at most
  if (!years.length && eventDate.length === 10 && days.includes(eventDate.slice(5)) && pageDate && DATE.test(pageDate)) {
    const ahead = month(eventDate, false) - month(pageDate, false);
    if (ahead >= 0 && ahead <= 12) return { ok: true, reason: 'event-day', evidence: dayText(eventDate) };
  }
  if (years.length) {
    return years.includes(eventYear)
      ? { ok: true, reason: 'event-year', evidence: String(eventYear) }
      : { ok: false, reason: 'date-mismatch', evidence: String(years[0]) };
  }
  if (pageDate && DATE.test(pageDate)) {
    const fits = month(pageDate, true) >= month(eventDate, false) - WINDOW_MONTHS && month(pageDate, false) <= month(eventDate, true) + WINDOW_MONTHS;
    return fits ? { ok: true, reason: 'event-date', evidence: pageDate } : { ok: false, reason: 'date-mismatch', evidence: pageDate };
  }
  return { ok: false, reason: 'undated' };
}

/** Four-digit years (1900-2099) written within NEAR_CHARS of tokens i..j, target years left out. */
export function nearbyYears(tokens: Token[], i: number, j: number): number[] {
  const [a, b] = near(tokens, i, j);
  const years: number[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (YEAR.test(t.text) && !(k > 0 && TARGET_YEAR_AFTER.has(tokens[k - 1]!.lower))) years.push(Number(t.text));
  }
  return years;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The tokens within NEAR_CHARS of tokens i..j: [first, last]. */
function near(tokens: Token[], i: number, j: number): [number, number] {
  const from = tokens[i]!.start - NEAR_CHARS;
  const to = tokens[j]!.end + NEAR_CHARS;
  let a = i;
  while (a > 0 && tokens[a - 1]!.start >= from) a--;
  let b = j;
  while (b < tokens.length - 1 && tokens[b + 1]!.end <= to) b++;
  return [a, b];
}

/** Days written as "October 14" or "14 October" within NEAR_CHARS of tokens i..j, as "MM-DD". */
export function nearbyDays(tokens: Token[], i: number, j: number): string[] {
  const [a, b] = near(tokens, i, j);
  const days: string[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    const m = MONTHS.indexOf(t.lower.replace(/\.$/, ''));
    if (m < 0) continue;
    const day = [tokens[k + 1], tokens[k - 1]].find((d) => !!d && /^\d{1,2}$/.test(d.text) && Number(d.text) >= 1 && Number(d.text) <= 31);
    if (day) days.push(`${String(m + 1).padStart(2, '0')}-${day.text.padStart(2, '0')}`);
  }
  return days;
}

/** "2023-10-14" → "October 14". */
const dayText = (date: string): string => {
  const m = MONTHS[Number(date.slice(5, 7)) - 1]!;
  return `${m[0]!.toUpperCase()}${m.slice(1)} ${Number(date.slice(8, 10))}`;
};

