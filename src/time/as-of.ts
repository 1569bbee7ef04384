/**
 * What the archive says about an entity as of a date (the page's, or today): which facts were background
 * then and which came later, which role the person held, how old the archive's latest word was, and whether
 * an event was still to come. Pure functions over fact base shapes, shared by the card and any other view.
 */
import type { RoleSpan } from '../factbase/schema';
import { compareDates, daysBetween, daySpan } from './partial-date';

/** Past this many days between the archive's latest word on a name and the page, the card says how old it is. */
export const STALE_AFTER_DAYS = 365;

/**
 * Items dated on or before `asOf` (the background) and those after it (later), each in the order given.
 * A date that may fall on either side (a month against a day in it) counts as background; an item whose
 * date cannot be read is left out of both rather than guessed into one.
 */
export function splitByDate<T extends { date: string }>(items: readonly T[], asOf: string): { before: T[]; later: T[] } {
  const before: T[] = [];
  const later: T[] = [];
  for (const item of items) {
    const side = compareDates(item.date, asOf);
    if (side === 'after') later.push(item);
    else if (side !== undefined) before.push(item);
  }
  return { before, later };
}

/** A role as it stood on a date: held (as of `date`), ended by then (until `date`), or not yet held (from `date`). */
export interface RoleAsOf {
  text: string;
  status: 'held' | 'former' | 'later';
  /** held: the latest day on or before the page the archive supports it; former: its end; later: its start. */
  date: string;
  from: string;
  /** The archive's articles that state it. */
  articles: readonly string[];
}

/** Every role as it stood on `asOf`, oldest first. */
export function rolesAsOf(roles: readonly RoleSpan[], asOf: string): RoleAsOf[] {
  const at = daySpan(asOf);
  if (!at) return [];
  return [...roles]
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((role) => {
      const base = { text: role.text, from: role.from, articles: role.articles };
      if (compareDates(role.from, asOf) === 'after') return { ...base, status: 'later' as const, date: role.from };
      // former only when it had certainly ended: on a page of "2021", a role ended in September may still be held
      if (role.until !== undefined && role.until <= at.first) {
        return { ...base, status: 'former' as const, date: role.until };
      }
      // stated from `from` to `to`: on a page between the two it held on the page's own date
      return { ...base, status: 'held' as const, date: earlier(role.to, at.last) };
    });
}

/**
 * The role to name a person by on `asOf`: the held role stated most recently; else the role that ended most
 * recently (shown as former); undefined when every role the archive knows began after `asOf`.
 */
export function roleOn(roles: readonly RoleSpan[], asOf: string): RoleAsOf | undefined {
  const all = rolesAsOf(roles, asOf);
  const latest = (status: RoleAsOf['status']) =>
    all.filter((r) => r.status === status).reduce<RoleAsOf | undefined>((best, r) => (!best || r.date >= best.date ? r : best), undefined);
  return latest('held') ?? latest('former');
}

/**
 * The latest date on or before `asOf` among `dates` (facts, roles' last statements), or undefined when
 * none is; with `stale`, whether it is more than STALE_AFTER_DAYS before `asOf`.
 */
export function latestBefore(dates: readonly string[], asOf: string): { date: string; stale: boolean } | undefined {
  const at = daySpan(asOf);
  if (!at) return undefined;
  let latest: string | undefined;
  for (const date of dates) {
    const span = daySpan(date);
    if (span && compareDates(date, asOf) !== 'after' && (!latest || span.last > latest)) latest = span.last;
  }
  if (!latest) return undefined;
  return { date: latest, stale: daysBetween(latest, at.first) > STALE_AFTER_DAYS };
}

/** An event on a page's date: still to come, already over, or on (or around, for a partial date) that date. */
export type EventTiming = 'upcoming' | 'past' | 'same';

export function eventTiming(eventDate: string, asOf: string): EventTiming | undefined {
  const side = compareDates(eventDate, asOf);
  return side === undefined ? undefined : side === 'after' ? 'upcoming' : side === 'before' ? 'past' : 'same';
}

/** The earlier of two YYYY-MM-DD days (they sort as strings). */
function earlier(a: string, b: string): string {
  return a.localeCompare(b) <= 0 ? a : b;
}
