/**
 * The popup over the real settings store (on WXT's fake browser storage), with storage faults injected:
 * failed writes, rules dropped to fit the sync quota, and corrupt stored settings are shown, and the switch
 * always shows what is actually stored.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Findings } from '../../../src/messaging/protocol';
import { Popup, siteOverStore } from '../../../src/popup/popup';
import { describeProblems } from '../../../src/popup/settings-notices';
import { SETTINGS_VERSION, createSettingsStore, defaultSettings, setSiteRule, type Settings } from '../../../src/settings';

const URL = 'https://news.example.com/world/story';
const stats = async () => ({ articles: 2, entities: 30 });
const findings = async (): Promise<Findings> => ({ status: 'ready', entities: [], unknown: [] });
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

/** The popup wired to a store as entrypoints/popup/main.tsx wires it. */
function mountPopup() {
  const store = createSettingsStore({ writeIntervalMs: 0 });
  const site = siteOverStore(store, async () => URL);
  render(<Popup loadStats={stats} loadFindings={findings} site={site} />);
  return store;
}

const siteSwitch = () => screen.findByTestId('site-switch');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup: failed writes', () => {
  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', /sync storage is full\. Your previous settings are kept\./],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', /too many changes in a short time\. Your previous settings are kept\. Try again in a minute\./],
  ])('%s: an alert, storage unchanged, and the switch shows the stored value', async (error, message) => {
    mountPopup();
    expect((await siteSwitch()).textContent).toBe('On for news.example.com');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error(error));

    fireEvent.click(await siteSwitch());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/^Settings not saved/);
    await waitFor(async () => expect((await siteSwitch()).getAttribute('aria-checked')).toBe('true'));
    expect((await siteSwitch()).textContent).toBe('On for news.example.com');
    expect(await stored()).toBeUndefined();
  });

  it('clears the alert when the next change is saved', async () => {
    mountPopup();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(await siteSwitch());
    await screen.findByRole('alert');

    fireEvent.click(await siteSwitch());
    await waitFor(async () => expect((await siteSwitch()).textContent).toBe('Off for news.example.com'));
    await waitFor(async () => expect((await stored())?.sites['news.example.com']?.on).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a newer version saved the settings, and does not overwrite them', async () => {
    const newer = { ...defaultSettings(), version: SETTINGS_VERSION + 1, fancy: true };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // @wxt-dev/storage logs the refused downgrade
    mountPopup();
    expect((await screen.findByTestId('settings-problems')).textContent).toMatch(/saved by a newer version/);
    fireEvent.click(await siteSwitch());
    expect((await screen.findByRole('alert')).textContent).toMatch(/newer version of News Context saved them/);
    await waitFor(async () => expect((await siteSwitch()).textContent).toBe('On for news.example.com'));
    expect(await stored()).toEqual(newer);
  });
});

describe('popup: rules dropped to fit the sync quota', () => {
  it('says how many of the oldest rules were removed, and keeps the one just set', async () => {
    let settings = defaultSettings();
    for (let i = 0; i < 200; i++) settings = setSiteRule(settings, `https://site-number-${String(i).padStart(3, '0')}.example.org/`, false, 'host', 1000 + i);
    // stored as it was before a cap existed: too big for one sync item
    await fakeBrowser.storage.sync.set({ settings, settings$: { v: 2 } });
    mountPopup();

    fireEvent.click(await siteSwitch());

    const notice = await screen.findByTestId('settings-error');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toMatch(/^Sync storage is full: the \d+ oldest site rules were removed \(site-number-000\.example\.org, /);
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(async () => expect((await siteSwitch()).textContent).toBe('Off for news.example.com'));
    const kept = await stored();
    expect(kept?.sites['news.example.com']?.on).toBe(false);
    expect(kept?.sites['site-number-000.example.org']).toBeUndefined();
  });
});

describe('popup: stored settings that are not valid', () => {
  it('garbage: a notice that all were reset, the defaults shown, and the switch still works', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 2 } });
    mountPopup();
    const notice = await screen.findByTestId('settings-problems');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toBe('The stored settings were not valid, so all were reset to the defaults.');
    expect((await siteSwitch()).textContent).toBe('On for news.example.com');
    expect((screen.getByTestId('global-switch') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(await siteSwitch());
    await waitFor(async () => expect((await stored())?.sites['news.example.com']?.on).toBe(false));
    await waitFor(async () => expect((await siteSwitch()).textContent).toBe('Off for news.example.com'));
    // valid settings are stored now; the notice stays for this popup: the reset did happen
    expect(screen.getByTestId('settings-problems')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the settings that were reset when only some were bad', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), hoverDelayMs: -1, sites: { 'bad key!': 1 } }, settings$: { v: 2 } });
    mountPopup();
    expect((await screen.findByTestId('settings-problems')).textContent).toBe(
      'Some stored settings were not valid and were reset to their defaults (card delay, site rules).',
    );
  });

  it('shows nothing when the stored settings are valid or absent', async () => {
    await fakeBrowser.storage.sync.set({ settings: setSiteRule(defaultSettings(), URL, false, 'host'), settings$: { v: 2 } });
    mountPopup();
    expect((await siteSwitch()).textContent).toBe('Off for news.example.com');
    expect(screen.queryByTestId('settings-problems')).toBeNull();
    expect(screen.queryByTestId('settings-error')).toBeNull();
  });

  it('notices corruption that happens while the popup is open', async () => {
    mountPopup();
    await siteSwitch();
    expect(screen.queryByTestId('settings-problems')).toBeNull();
    await fakeBrowser.storage.sync.set({ settings: [1, 2, 3] });
    expect((await screen.findByTestId('settings-problems')).textContent).toMatch(/all were reset to the defaults/);
  });
});

describe('describeProblems', () => {
  it.each([
    [[{ field: 'settings', message: 'expected an object' }], /all were reset/],
    [[{ field: 'version', message: 'saved by a newer version of the extension (3)' }], /newer version/],
    [[{ field: 'styles.person', message: 'x' }, { field: 'styles.place', message: 'x' }], /\(mark styles\)\.$/],
    [['a', 'b', 'c', 'd', 'e'].map((field) => ({ field, message: 'x' })), /\(a, b, c, d, …\)\.$/],
  ])('%j', (problems, expected) => expect(describeProblems(problems)).toMatch(expected));
});
