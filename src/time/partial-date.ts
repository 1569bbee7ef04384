/**
 * Dates at their own precision (YYYY, YYYY-MM or YYYY-MM-DD, the fact base's PartialDate) as the span of days
 * they cover, and how two of them order. A month-only date is not its first day: "2023-11" may be any day of
 * November, so it is before "2023-12-01", after "2023-10-31", and neither before nor after "2023-11-09".
 */

/** The first and last day a date may mean, both YYYY-MM-DD (they sort as strings). */
export interface DaySpan {
  first: string;
  last: string;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM and YYYY-MM-DD with a real month and day. */
export function isPartialDate(date: string): boolean {
  return daySpan(date) !== undefined;
}

/** The days `date` may mean; undefined for anything that is not a well-formed partial date. */
export function daySpan(date: string): DaySpan | undefined {
  const m = SHAPE.exec(date);
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (!month) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const mm = Number(month);
  if (mm < 1 || mm > 12) return undefined;
  const days = daysInMonth(Number(year), mm);
  if (!day) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(days).padStart(2, '0')}` };
  const dd = Number(day);
  return dd >= 1 && dd <= days ? { first: date, last: date } : undefined;
}

/**
 * Where `date` lies relative to `reference`: 'before' or 'after' only when every day it may mean is, else
 * 'same' (the same day, or spans that overlap: "2023-11" against "2023-11-09"). Undefined for a malformed date.
 */
export function compareDates(date: string, reference: string): 'before' | 'same' | 'after' | undefined {
  const a = daySpan(date);
  const b = daySpan(reference);
  if (!a || !b) return undefined;
  if (a.last < b.first) return 'before';
  if (a.first > b.last) return 'after';
  return 'same';
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The UTC calendar day of `now` as YYYY-MM-DD: the card's "now" when the page gives no date. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
