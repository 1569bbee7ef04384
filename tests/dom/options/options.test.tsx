import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../../src/options/options';
import { defaultSettings, exportSettings, setSiteRule, type Settings } from '../../../src/settings';

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
