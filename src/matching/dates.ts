/**
 * Does an event of the archive fit the page's time? Rule, in order:
 * 1. A year written within NEAR_CHARS of the mention decides: it must be the event's year
 *    ("the 2022 meeting", "COP29 in 2024"). Target years ("neutral by 2060") are ignored.
 * 2. Otherwise the page's date decides: it must fall within WINDOW_MONTHS of the event's month (or of its
 *    year, for a year-precision event). A page a year later is another edition: "OECS summit" in a
 *    November 2024 story is not the November 2023 summit.
 * 3. With neither, the event is 'undated' and not linked.
 */
import type { Token } from './tokenize';
import { TARGET_YEAR_AFTER } from './words';

/** A year this close to a mention is read as its date. */
const NEAR_CHARS = 40;
/** Previews and looking back stay within half a year; recurring events (summits, COPs) come yearly. */
const WINDOW_MONTHS = 6;

export type DateCheck =
  | { ok: true; reason: 'event-date' | 'event-year'; evidence: string }
  | { ok: false; reason: 'date-mismatch' | 'undated'; evidence?: string };

const YEAR = /^(19|20)\d\d$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Month number of the first (or last) month a partial date covers. */
function month(date: string, last: boolean): number {
  const year = Number(date.slice(0, 4)) * 12;
  return date.length >= 7 ? year + Number(date.slice(5, 7)) - 1 : year + (last ? 11 : 0);
}

/** Checks an event's date (YYYY[-MM[-DD]]) against years near the mention and the page's date. */
export function checkEventDate(eventDate: string, years: number[], pageDate?: string): DateCheck {
  if (!DATE.test(eventDate)) return { ok: false, reason: 'undated' };
  const eventYear = Number(eventDate.slice(0, 4));
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
  const from = tokens[i]!.start - NEAR_CHARS;
  const to = tokens[j]!.end + NEAR_CHARS;
  let a = i;
  while (a > 0 && tokens[a - 1]!.start >= from) a--;
  let b = j;
  while (b < tokens.length - 1 && tokens[b + 1]!.end <= to) b++;
  const years: number[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (YEAR.test(t.text) && !(k > 0 && TARGET_YEAR_AFTER.has(tokens[k - 1]!.lower))) years.push(Number(t.text));
  }
  return years;
}
