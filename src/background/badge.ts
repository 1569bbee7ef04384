/** The toolbar badge: how many archive names the tab's page mentions. */

/** At most 4 characters (what the badge shows legibly): "7", "120", "999+"; nothing for none. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

/** The mark for a page where the extension is switched off (distinct from a count). */
export const OFF_BADGE = 'off';
