/**
 * Keeping the settings within one `storage.sync` item.
 *
 * Why one item with a cap, not rules split over several items: one item is written atomically, so two
 * contexts can never leave half a change behind, one migration covers everything, and one watcher sees
 * every change. The cost is room: 8,192 bytes per item (key length + JSON length, as Chrome counts it)
 * holds the other settings (about 300 bytes) and about 100 site rules. When a write would not fit, the
 * rules set longest ago are dropped first and the caller is told which, so the UI can say so; the rule the
 * user just set is the newest and is always kept.
 */
import type { Settings } from './schema';

/** `chrome.storage.sync.QUOTA_BYTES_PER_ITEM` (Firefox uses the same number). */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
/** The item's key in the sync area (`sync:settings` to @wxt-dev/storage). */
export const SETTINGS_ITEM = 'settings';
/** Room kept free under the quota, in case a browser counts a few bytes differently. */
const MARGIN = 192;

const encoder = new TextEncoder();

/** The size `storage.sync` charges for `value` stored under `key`: UTF-8 bytes of the key and of the JSON. */
export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/**
 * Drop the oldest site rules until `settings`, stored under `key`, fits in one sync item.
 * @returns the settings that fit (the same object when nothing was dropped) and the dropped rule keys.
 */
export function fitToSyncQuota(settings: Settings, key = SETTINGS_ITEM): { settings: Settings; dropped: string[] } {
  const budget = SYNC_QUOTA_BYTES_PER_ITEM - MARGIN;
  let size = syncItemBytes(key, settings);
  if (size <= budget) return { settings, dropped: [] };

  const oldestFirst = Object.entries(settings.sites).sort(([a, x], [b, y]) => x.updated - y.updated || a.localeCompare(b));
  const sites = { ...settings.sites };
  const dropped: string[] = [];
  for (const [ruleKey, rule] of oldestFirst) {
    if (size <= budget) break;
    delete sites[ruleKey];
    dropped.push(ruleKey);
    // `"key":{...},` — the entry's own bytes plus its comma (an estimate at the last entry; rechecked below).
    size -= syncItemBytes(ruleKey, rule) + 4;
  }
  const fitted = { ...settings, sites };
  // Recount exactly once; in the rare case the estimate was short, keep dropping one at a time.
  for (const [ruleKey] of oldestFirst.slice(dropped.length)) {
    if (syncItemBytes(key, fitted) <= budget) break;
    delete sites[ruleKey];
    dropped.push(ruleKey);
  }
  return { settings: fitted, dropped };
}
