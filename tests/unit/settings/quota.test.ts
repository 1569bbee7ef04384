import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA_BYTES_PER_ITEM, fitToSyncQuota, syncItemBytes } from '../../../src/settings/quota';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

const withRules = (n: number, name = (i: number) => `host-${i}.example.com`): Settings => {
  const sites: Settings['sites'] = {};
  // inserted newest first, so "oldest first" is not just insertion order
  for (let i = n - 1; i >= 0; i--) sites[name(i)] = { on: false, scope: 'host', updated: 1_700_000_000_000 + i };
  return { ...defaultSettings(), sites };
};

describe('fitToSyncQuota', () => {
  it('leaves settings that fit alone (same object)', () => {
    const s = withRules(50);
    expect(fitToSyncQuota(s)).toEqual({ settings: s, dropped: [] });
    expect(fitToSyncQuota(s).settings).toBe(s);
  });

  it('the defaults take a few hundred bytes', () => {
    expect(syncItemBytes('settings', defaultSettings())).toBeLessThan(400);
  });

  it.each([
    [150, (i: number) => `host-${i}.example.com`],
    [400, (i: number) => `h${i}.io`],
    [60, (i: number) => `${'a'.repeat(200)}-${i}.example.com`],
  ])('drops the oldest of %i rules until it fits', (n, name) => {
    const s = withRules(n, name);
    const { settings, dropped } = fitToSyncQuota(s);
    const bytes = syncItemBytes('settings', settings);
    expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(dropped).toEqual(Array.from({ length: dropped.length }, (_, i) => name(i))); // oldest first
    expect(Object.keys(settings.sites)).toHaveLength(n - dropped.length);
    // as many as fit: putting back the newest dropped rule would not fit in the budget
    const last = dropped.at(-1) as string;
    const back = { ...settings, sites: { ...settings.sites, [last]: s.sites[last] } };
    expect(syncItemBytes('settings', back)).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM - 192);
    expect(Object.keys(s.sites)).toHaveLength(n); // pure
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(syncItemBytes('k', 'é')).toBe(1 + 4);
  });
});
