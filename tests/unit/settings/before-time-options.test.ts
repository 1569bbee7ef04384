/**
 * Settings from before the cards' time options (version 3) still load from storage and import from a file,
 * with no notice: the reader's choices kept, later facts shown (closed) and every name marked, as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate } from '../../../src/settings/migrations';
import { SETTINGS_VERSION, defaultSettings } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import { importSettings } from '../../../src/settings/transfer';

const V3_SETTINGS = (({ showLaterFacts: _l, onlyRelatedMarks: _o, ...rest }) => ({ ...rest, version: 3, hoverDelayMs: 400, density: 'first' }))(
  defaultSettings(),
);
const expected = () => ({ ...V3_SETTINGS, version: SETTINGS_VERSION, showLaterFacts: true, onlyRelatedMarks: false });

describe('settings from before the time options', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stored: load with no notice, the new options at their defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: V3_SETTINGS, settings$: { v: 3 } });
    expect(await createSettingsStore().get()).toEqual({ settings: expected(), problems: [] });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(expected());
  });

  it('exported: the file imports', () => {
    const file = JSON.stringify({ format: 'news-context-settings', version: 3, exported: '2026-01-15T09:00:00.000Z', settings: V3_SETTINGS });
    expect(importSettings(file)).toEqual({ settings: expected() });
  });

  it('an option already there is kept, not reset', () => {
    expect(migrate({ ...V3_SETTINGS, onlyRelatedMarks: true }, 3)).toMatchObject({ onlyRelatedMarks: true, showLaterFacts: true, version: 4 });
  });
});
