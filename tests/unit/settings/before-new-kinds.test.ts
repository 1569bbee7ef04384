/**
 * Settings from before the kinds agreement and award (version 2: a mark style for four kinds) still load from
 * storage and still import from a file, the new kinds with the default style and the reader's choices kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate, migrations } from '../../../src/settings/migrations';
import { DEFAULT_STYLE, SETTINGS_VERSION, defaultSettings } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import { importSettings } from '../../../src/settings/transfer';

/** Written out as version 2 stored them: no style for agreements or awards. */
const V2_STYLES = { person: 'background', organization: 'both', place: 'underline', event: 'both' } as const;
const V2_SETTINGS = {
  version: 2,
  enabled: true,
  mode: 'all-sites',
  sites: { 'news.example.com': { on: false, scope: 'host', updated: 1_760_000_000_000 } },
  hoverDelayMs: 400,
  hideDelayMs: 300,
  modifierOnly: 'alt',
  density: 'first',
  styles: V2_STYLES,
  badge: false,
};
/** A settings file as version 2's export wrote it. */
const V2_EXPORT = `${JSON.stringify({ format: 'news-context-settings', version: 2, exported: '2026-01-15T09:00:00.000Z', settings: V2_SETTINGS }, null, 2)}\n`;

/** What they read as now: the reader's choices, the new kinds marked the default way. */
const expected = () => ({
  ...V2_SETTINGS,
  version: SETTINGS_VERSION,
  styles: { ...defaultSettings().styles, ...V2_STYLES },
  // (version 4's options on cards and time, at their defaults)
  showLaterFacts: true,
  onlyRelatedMarks: false,
});

describe('settings from before agreements and awards', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('the expected value keeps the four choices and gives the new kinds the default', () => {
    expect(expected().styles).toEqual({ ...V2_STYLES, agreement: DEFAULT_STYLE, award: DEFAULT_STYLE });
  });

  it('stored: load with no notice, and are migrated once', async () => {
    await fakeBrowser.storage.sync.set({ settings: V2_SETTINGS, settings$: { v: 2 } });
    const step = vi.spyOn(migrations, 3);
    expect(await createSettingsStore().get()).toEqual({ settings: expected(), problems: [] });
    expect(step).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(expected());
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
    await createSettingsStore().get();
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('exported: the file imports', () => {
    expect(importSettings(V2_EXPORT)).toEqual({ settings: expected() });
  });

  it('a style already there for a new kind is kept, not reset', () => {
    const styles = { ...V2_STYLES, award: 'background' };
    expect(migrate({ ...V2_SETTINGS, styles }, 2)).toMatchObject({ styles: { ...styles, agreement: DEFAULT_STYLE } });
  });

  it.each([
    ['no styles', (({ styles: _s, ...rest }) => rest)(V2_SETTINGS), /^styles$/],
    ['styles that are not an object', { ...V2_SETTINGS, styles: 'bold' }, /^styles$/],
    ['a bad style', { ...V2_SETTINGS, styles: { ...V2_STYLES, place: 'blink' } }, /^styles\.place$/],
  ])('corrupt v2 settings (%s): the migration does not throw, parsing repairs and reports', async (_name, raw, field) => {
    await fakeBrowser.storage.sync.set({ settings: raw, settings$: { v: 2 } });
    const { settings, problems } = await createSettingsStore().get();
    expect(settings.styles.agreement).toBe(DEFAULT_STYLE);
    expect(settings.styles.award).toBe(DEFAULT_STYLE);
    expect(problems.map((p) => p.field)).toEqual([expect.stringMatching(field)]);
  });

  it.each([null, 'text', [1, 2]])('the migration passes %j through for parsing to repair', (raw) => {
    expect(migrations[3]!(raw)).toBe(raw);
  });
});
