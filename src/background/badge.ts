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

/** What a tab's page last reported: its count of archive names, or that it is switched off. */
interface TabReport {
  count: number;
  off: boolean;
}

/**
 * The badges of all tabs, kept in step with what each page reports and with the badge setting: turning
 * the badge off in the options clears every tab's at once, turning it on shows them again, without the
 * pages being asked anything.
 */
export function createBadges(action: BadgeApi | undefined) {
  const reports = new Map<number, TabReport>();
  let shown = true;
  const textOf = (r: TabReport) => (!shown ? '' : r.off ? OFF_BADGE : badgeText(r.count));
  const set = (tabId: number, r: TabReport) => action?.setBadgeText({ tabId, text: textOf(r) })?.catch(() => undefined);
  browser.tabs?.onRemoved.addListener((tabId) => reports.delete(tabId));
  return {
    /** A page reported; resolves once its badge shows it. */
    async report(tabId: number, count: number, off: boolean): Promise<void> {
      const r = { count, off };
      reports.set(tabId, r);
      await set(tabId, r);
    },
    /** The badge setting (re)read: redraw every badge if it changed. */
    setShown(on: boolean): void {
      if (on === shown) return;
      shown = on;
      for (const [tabId, r] of reports) void set(tabId, r);
    },
  };
}
