import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options, optionsOverStore } from '../../../src/options/options';
import { createSettingsStore, defaultSettings, exportSettings, setSiteRule, type Settings } from '../../../src/settings';

afterEach(cleanup);

function mount(initial: Settings, problems: { field: string; message: string }[] = []) {
  let settings = initial;
  const writes: Settings[] = [];
  render(
    <Options
      load={async () => ({ settings, problems })}
      change={async (change) => {
        settings = change(settings);
        writes.push(settings);
        return settings;
      }}
    />,
  );
  return { current: () => settings, writes };
}

const fileInput = () => screen.getByTestId('import') as HTMLInputElement;
function choose(text: string) {
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(fileInput(), 'files', { value: [file], configurable: true });
  fireEvent.change(fileInput());
}

describe('options page', () => {
  it('shows a notice when stored settings were corrupt and reset', async () => {
    mount(defaultSettings(), [{ field: 'hoverDelayMs', message: 'not a number; default 150 used' }]);
    expect((await screen.findByTestId('notice')).textContent).toMatch(/hoverDelayMs/);
  });

  it('changes the density, the modifier key, the hover delay and the badge', async () => {
    const s = mount(defaultSettings());
    fireEvent.change(await screen.findByTestId('density'), { target: { value: 'first' } });
    await waitFor(() => expect(s.current().density).toBe('first'));
    fireEvent.change(screen.getByTestId('modifier'), { target: { value: 'alt' } });
    await waitFor(() => expect(s.current().modifierOnly).toBe('alt'));
    fireEvent.change(screen.getByTestId('hover-delay'), { target: { value: '99999' } });
    await waitFor(() => expect(s.current().hoverDelayMs).toBe(2000));
    fireEvent.click(screen.getByTestId('badge'));
    await waitFor(() => expect(s.current().badge).toBe(false));
  });

  it('switches later facts off and marking to related names only, and back', async () => {
    const s = mount(defaultSettings());
    const later = (await screen.findByTestId('show-later')) as HTMLInputElement;
    const related = screen.getByTestId('only-related') as HTMLInputElement;
    expect([later.checked, related.checked]).toEqual([true, false]);
    expect(related.closest('label')!.textContent).toContain('Only mark names with background that relates to this page');
    fireEvent.click(later);
    await waitFor(() => expect(s.current().showLaterFacts).toBe(false));
    fireEvent.click(related);
    await waitFor(() => expect(s.current().onlyRelatedMarks).toBe(true));
    fireEvent.click(screen.getByTestId('show-later'));
    await waitFor(() => expect(s.current().showLaterFacts).toBe(true));
  });

  it('has a mark style for every kind, agreements and awards included, and changes one at a time', async () => {
    const s = mount(defaultSettings());
    const label = (type: string) => (screen.getByTestId(`style-${type}`).closest('label')!.textContent ?? '').split(':')[0];
    await screen.findByTestId('style-award');
    expect(['person', 'organization', 'place', 'event', 'agreement', 'award'].map(label)).toEqual([
      'People', 'Organisations', 'Places', 'Events', 'Agreements', 'Awards',
    ]);
    fireEvent.change(screen.getByTestId('style-agreement'), { target: { value: 'background' } });
    await waitFor(() => expect(s.current().styles.agreement).toBe('background'));
    fireEvent.change(screen.getByTestId('style-award'), { target: { value: 'both' } });
    await waitFor(() => expect(s.current().styles).toEqual({ ...defaultSettings().styles, agreement: 'background', award: 'both' }));
  });

  it('lists site rules and removes one', async () => {
    const s = mount(setSiteRule(setSiteRule(defaultSettings(), 'https://a.example.org/x', false, 'host'), 'https://b.test/', false, 'domain'));
    const list = await screen.findByTestId('rules');
    expect(list.textContent).toMatch(/a\.example\.org \(this host only\): off/);
    expect(list.textContent).toMatch(/b\.test \(whole site\): off/);
    fireEvent.click(screen.getByLabelText('Remove the rule for a.example.org'));
    await waitFor(() => expect(Object.keys(s.current().sites)).toEqual(['*.b.test']));
  });

  it('imports an exported file, and refuses a malformed one without changing anything', async () => {
    const s = mount(defaultSettings());
    await screen.findByTestId('import');
    choose('{"format": "something else"}');
    expect((await screen.findByTestId('notice')).textContent).toMatch(/Import refused, nothing changed/);
    expect(s.writes).toHaveLength(0);
    choose(exportSettings({ ...defaultSettings(), density: 'first', hoverDelayMs: 400 }));
    await waitFor(() => expect(s.current()).toMatchObject({ density: 'first', hoverDelayMs: 400 }));
    expect((await screen.findByTestId('notice')).textContent).toBe('Settings imported.');
  });
});

describe('options page over the real store, with storage faults', () => {
  /** The page wired to a store as entrypoints/options/main.tsx wires it. */
  function mountWithStore() {
    const store = createSettingsStore({ writeIntervalMs: 0 });
    render(<Options {...optionsOverStore(store)} />);
  }
  const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('a write the browser refuses: the message is shown and the form keeps the stored value', async () => {
    mountWithStore();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.change(await screen.findByTestId('density'), { target: { value: 'first' } });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^Settings not saved: the browser's sync storage is full\. Your previous settings are kept\./));
    await waitFor(() => expect((screen.getByTestId('density') as HTMLSelectElement).value).toBe('all'));
    expect(await stored()).toBeUndefined();
  });

  it('an import the browser refuses to store is not reported as imported', async () => {
    mountWithStore();
    await screen.findByTestId('import');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    choose(exportSettings({ ...defaultSettings(), density: 'first' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^Settings not saved/));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('notice').textContent).toMatch(/^Settings not saved/);
    expect((screen.getByTestId('density') as HTMLSelectElement).value).toBe('all');
    expect(await stored()).toBeUndefined();
  });
});
