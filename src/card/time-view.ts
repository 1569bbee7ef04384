/**
 * The card's words for time: the role a person held on the page's date, a short role history, an event's
 * place in time relative to the page, and the one-line notes (a page older than the archive's word on a name,
 * an archive whose latest word is old). Pure, over the time functions of src/time.
 */
import type { RoleSpan } from '../factbase/schema';
import { eventTiming, latestBefore, roleOn, rolesAsOf, type EventTiming, type RoleAsOf } from '../time/as-of';
import { formatDate } from './format';
import type { CardPage } from './payload';

/** One role in the card's history: "Harbour minister", "until 2 May 2024". */
export interface CardRole {
  text: string;
  status: RoleAsOf['status'];
  /** "as of 9 November 2023", "until 2 May 2024", "from 3 March 2025, after this page". */
  when: string;
}

/** The description line as of the page: the role and its time ("former …", "until …"). */
export interface RoleLine {
  description: string;
  when: string;
}

const roleWhen = (r: RoleAsOf, fromPage: boolean): string => {
  const date = formatDate(r.date);
  if (r.status === 'held') return `as of ${date}`;
  if (r.status === 'former') return `until ${date}`;
  return fromPage ? `from ${date}, after this page` : `from ${date}`;
};

/** The role to describe a person by on the page's date; undefined when every role began after it. */
export function roleLine(roles: readonly RoleSpan[], page: CardPage): RoleLine | undefined {
  const role = roleOn(roles, page.asOf);
  if (!role) return undefined;
  return { description: role.status === 'former' ? `former ${role.text}` : role.text, when: roleWhen(role, page.fromPage) };
}

/** The role history, oldest first, when there is more than one role. */
export function roleHistory(roles: readonly RoleSpan[], page: CardPage): CardRole[] | undefined {
  if (roles.length < 2) return undefined;
  return rolesAsOf(roles, page.asOf).map((r) => ({ text: r.text, status: r.status, when: roleWhen(r, page.fromPage) }));
}

/** An event relative to the page: "Upcoming", "Past", "On this page's date"... */
export interface CardTiming {
  status: EventTiming;
  label: string;
}

export function eventTimingOf(date: string, page: CardPage): CardTiming | undefined {
  const status = eventTiming(date, page.asOf);
  if (!status) return undefined;
  if (status === 'upcoming') return { status, label: 'Upcoming' };
  if (status === 'past') return { status, label: 'Past' };
  const exact = date.length === 10 && page.asOf.length === 10;
  const label = page.fromPage
    ? exact ? "On this page's date" : "Around this page's date"
    : exact ? 'Today' : 'Around now';
  return { status, label };
}

/**
 * One-line notes on time: the page is older than everything the archive holds on the name, or the archive's
 * latest word on it before the page (a fact, or the last statement of a role) is more than a year old.
 */
export function timeNotes(
  name: string,
  page: CardPage,
  dates: { background: readonly string[]; later: readonly string[]; roles: readonly string[] },
): string[] {
  const { background, later } = dates;
  const latest = latestBefore([...background, ...dates.roles], page.asOf);
  if (!latest && later.length) {
    const first = [...later].sort()[0]!;
    return [
      page.fromPage
        ? `This page is older than anything the archive holds on ${name}: its first mention is from ${formatDate(first)}.`
        : `The archive's first mention of ${name} is from ${formatDate(first)}, after today.`,
    ];
  }
  if (!latest?.stale) return [];
  const month = formatDate(latest.date.slice(0, 7));
  return [later.length ? `Before this page, the archive's latest on ${name} is from ${month}.` : `The archive's latest on ${name} is from ${month}.`];
}
