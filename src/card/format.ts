/**
 * Small text helpers for the card: dates at their own precision, citations trimmed at a word boundary.
 * Month names are fixed English, not Intl: the card must read the same in every locale and in tests.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "2023-11-15" → "15 November 2023", "2023-11" → "November 2023", "2023" → "2023".
 * Anything else (a malformed date) is returned unchanged rather than guessed at.
 */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return date;
  if (!name) return year!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Trims to at most `max` characters at a word boundary, with an ellipsis when anything was cut. */
export function trimText(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
