import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSiteRule } from '../../../src/settings/enabled';
import { migrations } from '../../../src/settings/migrations';
import type { ParsedSettings } from '../../../src/settings/parse';
import { SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes } from '../../../src/settings/quota';
import { SETTINGS_VERSION, defaultSettings, type Settings } from '../../../src/settings/schema';
import { createSettingsStore, type SettingsError, type SettingsStore } from '../../../src/settings/store';

const URL_A = 'https://news.example.com/';
const off = (url: string, on = false) => (s: Settings) => setSiteRule(s, url, on, 'host', Date.now());
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

/** Spy on sync writes of the settings item (the version metadata, "settings$", is written apart once). */
function spyOnWrites() {
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  return { set, count: () => set.mock.calls.filter(([items]) => 'settings' in (items as object)).length };
}

function errors(store: SettingsStore) {
  const list: SettingsError[] = [];
  store.onError((e) => list.push(e), new AbortController().signal);
  return list;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('reading', () => {
  it('nothing stored: the defaults, no problems, nothing written', async () => {
    const writes = spyOnWrites();
    expect(await createSettingsStore().get()).toEqual({ settings: defaultSettings(), problems: [] });
    expect(writes.set).not.toHaveBeenCalled();
  });

  it('corrupt stored values fall back field by field, with problems to show', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), hoverDelayMs: -1, density: 7, junk: 'x'.repeat(5000) } });
    await fakeBrowser.storage.sync.set({ settings$: { v: 2 } });
    const { settings, problems } = await createSettingsStore().get();
    expect(settings).toEqual(defaultSettings());
    expect(problems.map((p) => p.field)).toEqual(['hoverDelayMs', 'density', '"junk"']);
  });

  it('a stored value that is not an object gives the defaults, never a crash', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 2 } });
    const { settings, problems } = await createSettingsStore().get();
    expect(settings).toEqual(defaultSettings());
    expect(problems).toHaveLength(1);
  });

  it('the next write repairs corrupt storage', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), badge: 'maybe' }, settings$: { v: 2 } });
    const store = createSettingsStore();
    await store.update((s) => ({ ...s, density: 'first' }));
    await store.flush();
    expect(await stored()).toEqual({ ...defaultSettings(), density: 'first' });
    expect((await store.get()).problems).toEqual([]);
  });
});

describe('migration from v1', () => {
  const v1 = { ...defaultSettings(), version: 1, hoverDelay: 400, hideDelay: 900 } as Record<string, unknown>;
  delete v1.hoverDelayMs;
  delete v1.hideDelayMs;

  it('renames the delays (v2), once', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const step = vi.spyOn(migrations, 2);
    const migrated = vi.fn();

    const first = await createSettingsStore({ onMigrated: migrated }).get();
    expect(first).toEqual({ settings: { ...defaultSettings(), hoverDelayMs: 400, hideDelayMs: 900 }, problems: [] });
    expect(step).toHaveBeenCalledTimes(1);
    expect(migrated).toHaveBeenCalledWith(expect.objectContaining({ version: SETTINGS_VERSION, hoverDelayMs: 400 }), SETTINGS_VERSION);
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
    expect(await stored()).not.toHaveProperty('hoverDelay');

    // Another context (or the next start) defines the item again: nothing left to migrate.
    const again = await createSettingsStore({ onMigrated: migrated }).get();
    expect(again.settings.hoverDelayMs).toBe(400);
    expect(step).toHaveBeenCalledTimes(1);
    expect(migrated).toHaveBeenCalledTimes(1);
  });

  it('a corrupt v1 value does not break the migration; parsing repairs it', async () => {
    await fakeBrowser.storage.sync.set({ settings: ['not', 'settings'] });
    const { settings, problems } = await createSettingsStore().get();
    expect(settings).toEqual(defaultSettings());
    expect(problems).toHaveLength(1);
  });

  it('a fresh install is written as the current version', async () => {
    const store = createSettingsStore();
    await store.update(off(URL_A));
    await store.flush();
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });
});

describe('batched writes', () => {
  it('a single change is written at once (leading edge), so other tabs hear within 1 s', async () => {
    const writes = spyOnWrites();
    const store = createSettingsStore();
    await store.update(off(URL_A));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.count()).toBe(1);
    expect((await stored())?.sites['news.example.com']?.on).toBe(false);
  });

  it('a burst in one handler is one write', async () => {
    const writes = spyOnWrites();
    const store = createSettingsStore();
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.update(off(`https://site${i}.example/`))));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.count()).toBe(1);
    expect(Object.keys((await stored())?.sites ?? {})).toHaveLength(10);
  });

  it('many toggles within 2 s after a write: one more write, the last toggle wins', async () => {
    const writes = spyOnWrites();
    const store = createSettingsStore();
    await store.update(off(URL_A));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.count()).toBe(1);

    for (let i = 0; i < 50; i++) {
      await vi.advanceTimersByTimeAsync(30); // 50 toggles over 1.5 s
      const view = await store.update(off(URL_A, i % 2 === 0));
      expect(view.sites['news.example.com']?.on).toBe(i % 2 === 0); // the UI sees each toggle at once
    }
    expect(writes.count()).toBe(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(writes.count()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes.count()).toBe(2);
    expect((await stored())?.sites['news.example.com']?.on).toBe(false); // i = 49: off
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes.count()).toBe(2);
  });

  it('150 toggles in a minute stay far under 120 writes a minute, and the last wins', async () => {
    const writes = spyOnWrites();
    const store = createSettingsStore();
    for (let i = 0; i < 150; i++) {
      await store.update(off(URL_A, i % 2 === 1));
      await vi.advanceTimersByTimeAsync(400);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes.count()).toBeLessThanOrEqual(31);
    expect((await stored())?.sites['news.example.com']?.on).toBe(true); // i = 149
  });

  it('flush writes now, inside the interval', async () => {
    const writes = spyOnWrites();
    const store = createSettingsStore();
    await store.update(off(URL_A));
    await vi.advanceTimersByTimeAsync(0);
    await store.update(off('https://other.example/'));
    await store.flush();
    expect(writes.count()).toBe(2);
    expect(Object.keys((await stored())?.sites ?? {})).toEqual(['news.example.com', 'other.example']);
  });

  it('two contexts writing different sites: neither change is lost', async () => {
    const popup = createSettingsStore();
    const background = createSettingsStore();
    await popup.get();
    await background.get(); // both loaded the empty settings before either wrote
    await popup.update(off('https://a.example/'));
    await background.update(off('https://b.example/'));
    await popup.update((s) => ({ ...s, density: 'first' }));
    await popup.flush();
    await background.flush();
    const s = await stored();
    expect(Object.keys(s?.sites ?? {}).sort()).toEqual(['a.example', 'b.example']);
    expect(s?.density).toBe('first');
  });

  it('no write when the batch changes nothing', async () => {
    const store = createSettingsStore();
    await store.update(off(URL_A));
    await store.flush();
    const writes = spyOnWrites();
    await vi.advanceTimersByTimeAsync(5000);
    await store.update((s) => ({ ...s }));
    await store.flush();
    expect(writes.count()).toBe(0);
  });
});

describe('failed writes', () => {
  it('keep the previous value, revert the view and report the error', async () => {
    const store = createSettingsStore();
    const reported = errors(store);
    const seen: ParsedSettings[] = [];
    store.watch((s) => seen.push(s), new AbortController().signal);
    await store.update(off(URL_A)); // off, written
    await store.flush();
    const before = await stored();

    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await vi.advanceTimersByTimeAsync(5000);
    const optimistic = await store.update(off(URL_A, true));
    expect(optimistic.sites['news.example.com']?.on).toBe(true);
    await store.flush();

    expect(await stored()).toEqual(before);
    expect((await store.get()).settings.sites['news.example.com']?.on).toBe(false);
    expect(seen.at(-1)?.settings.sites['news.example.com']?.on).toBe(false);
    expect(reported).toEqual([
      expect.objectContaining({ kind: 'write-failed', message: expect.stringMatching(/sync storage is full.*previous settings are kept/) }),
    ]);

    // the next change goes through
    await vi.advanceTimersByTimeAsync(5000);
    await store.update(off(URL_A, true));
    await store.flush();
    expect((await stored())?.sites['news.example.com']?.on).toBe(true);
  });

  it('a change made while a failing write is in flight is kept and written next', async () => {
    const store = createSettingsStore();
    const reported = errors(store);
    await store.get();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await store.update(off('https://a.example/'));
    const failing = store.flush();
    await store.update(off('https://b.example/'));
    await failing;
    expect(reported).toHaveLength(1);
    expect(Object.keys((await store.get()).settings.sites)).toEqual(['b.example']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(Object.keys((await stored())?.sites ?? {})).toEqual(['b.example']);
  });

  it('a failed first read is retried', async () => {
    const store = createSettingsStore();
    await vi.advanceTimersByTimeAsync(0); // the migration check has read storage
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('storage unavailable'));
    await expect(store.get()).rejects.toThrow('storage unavailable');
    expect(await store.get()).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('the rate limit gets its own message', async () => {
    const store = createSettingsStore();
    const reported = errors(store);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await store.update(off(URL_A));
    await store.flush();
    expect(reported[0]?.message).toMatch(/too many changes.*try again in a minute/i);
    expect(await stored()).toBeUndefined();
  });

  it('settings saved by a newer version are not overwritten', async () => {
    const newer = { ...defaultSettings(), version: SETTINGS_VERSION + 1, fancy: true };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // @wxt-dev/storage logs the refused downgrade
    const store = createSettingsStore();
    const reported = errors(store);
    expect((await store.get()).problems[0]?.message).toMatch(/newer version/);
    await store.update(off(URL_A));
    await store.flush();
    expect(await stored()).toEqual(newer);
    expect(reported[0]?.message).toMatch(/newer version of News Context/);
  });
});

describe('quota', () => {
  it('a map too large for one sync item loses its oldest rules, reported; the newest stays', async () => {
    const store = createSettingsStore();
    const reported = errors(store);
    for (let i = 0; i < 200; i++) {
      await store.update(off(`https://site-number-${String(i).padStart(3, '0')}.example.com/`));
      vi.setSystemTime(Date.now() + 1000);
    }
    await store.flush();
    const s = await stored();
    const kept = Object.keys(s?.sites ?? {});
    expect(syncItemBytes('settings', s)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(kept.length).toBeGreaterThan(80);
    expect(kept).toContain('site-number-199.example.com');
    expect(kept).not.toContain('site-number-000.example.com');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ kind: 'rules-dropped', dropped: expect.arrayContaining(['site-number-000.example.com']) });
    expect(reported[0]?.dropped).toHaveLength(200 - kept.length);
    expect((await store.get()).settings.sites).toEqual(s?.sites);
  });
});

describe('fresh reads', () => {
  it('see a change this context has not heard of yet; a plain read shows what it last heard', async () => {
    const background = createSettingsStore();
    expect((await background.get()).settings.sites).toEqual({});
    // another context writes; this context's watcher (it has none here) has not run
    const other = createSettingsStore();
    await other.update(off(URL_A));
    await other.flush();
    expect((await background.get()).settings.sites).toEqual({});
    expect((await background.get({ fresh: true })).settings.sites['news.example.com']?.on).toBe(false);
    // and what it read is what it now shows
    expect((await background.get()).settings.sites['news.example.com']?.on).toBe(false);
  });

  it('keep this context\'s pending changes on top of what is read', async () => {
    const store = createSettingsStore({ writeIntervalMs: 2000 });
    await store.update(off(URL_A));
    await store.update(off('https://other.example.org/'));
    const { settings } = await store.get({ fresh: true });
    expect(settings.sites['news.example.com']?.on).toBe(false);
    expect(settings.sites['other.example.org']?.on).toBe(false);
  });
});

describe('watch', () => {
  it('gets the current settings, then changes from any context, until aborted', async () => {
    const content = createSettingsStore();
    const popup = createSettingsStore();
    const seen: ParsedSettings[] = [];
    const controller = new AbortController();
    content.watch((s) => seen.push(s), controller.signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([{ settings: defaultSettings(), problems: [] }]);

    await popup.update(off(URL_A));
    await popup.flush();
    expect(seen.at(-1)?.settings.sites['news.example.com']?.on).toBe(false);
    const count = seen.length;

    controller.abort();
    await vi.advanceTimersByTimeAsync(5000);
    await popup.update(off(URL_A, true));
    await popup.flush();
    expect(seen).toHaveLength(count);
  });

  it('corrupt values arriving from storage come with problems', async () => {
    const store = createSettingsStore();
    const seen: ParsedSettings[] = [];
    store.watch((s) => seen.push(s), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), mode: 'nonsense' } });
    expect(seen.at(-1)).toEqual({ settings: defaultSettings(), problems: [expect.objectContaining({ field: 'mode' })] });
  });

  it('an already aborted signal watches nothing; a throwing watcher does not stop the others', async () => {
    const store = createSettingsStore();
    const never = vi.fn();
    store.watch(never, AbortSignal.abort());
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const other = vi.fn();
    store.watch(() => {
      throw new Error('boom');
    }, new AbortController().signal);
    store.watch(other, new AbortController().signal);
    await store.update(off(URL_A));
    await store.flush();
    expect(never).not.toHaveBeenCalled();
    expect(other).toHaveBeenCalled();
  });
});
