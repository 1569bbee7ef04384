/** The toolbar badge: how many archive names the tab's page mentions. */
import { browser } from 'wxt/browser';

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/** At most 4 characters (what the badge shows legibly): "7", "120", "999+"; nothing for none. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

/** The mark for a page where the extension is switched off (distinct from a count). */
export const OFF_BADGE = 'off';
