import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteSwitch } from '../../../src/popup/site-switch';
import { defaultSettings, isEnabledFor, type Settings } from '../../../src/settings';

afterEach(cleanup);

/**
 * Renders the switch over `settings`, applying each change the way the popup's store does (twice: once to
 * its view, once more when it writes; so a change that flips a value instead of setting it fails here), and
 * re-rendering.
 */
function mount(url: string | undefined, initial: Settings = defaultSettings()) {
  let settings = initial;
  const view = render(<SiteSwitch url={url} settings={settings} onChange={(c) => apply(c)} />);
  function apply(change: (s: Settings) => Settings) {
    settings = change(change(settings));
    view.rerender(<SiteSwitch url={url} settings={settings} onChange={(c) => apply(c)} />);
  }
  return { current: () => settings };
}

describe('the popup’s site switch', () => {
  const url = 'https://news.example.co.uk/world/story';

  it('switches this host off and on, and says which rule decides', () => {
    const s = mount(url);
    const button = screen.getByTestId('site-switch');
    expect(button.getAttribute('aria-checked')).toBe('true');
    expect(button.textContent).toBe('On for news.example.co.uk');
    fireEvent.click(button);
    expect(isEnabledFor(url, s.current()).enabled).toBe(false);
    expect(screen.getByTestId('site-switch').textContent).toBe('Off for news.example.co.uk');
    expect(screen.getByTestId('site-rule').textContent).toMatch(/Off for news\.example\.co\.uk: switched off for this subdomain only/);
    expect(isEnabledFor('https://sport.example.co.uk/', s.current()).enabled).toBe(true);
    fireEvent.click(screen.getByTestId('site-switch'));
    expect(isEnabledFor(url, s.current()).enabled).toBe(true);
  });

  it('applies the switch to the whole registrable domain when asked', () => {
    const s = mount(url);
    fireEvent.click(screen.getByTestId('scope-domain'));
    fireEvent.click(screen.getByTestId('site-switch'));
    expect(screen.getByTestId('site-switch').textContent).toBe('Off for example.co.uk');
    expect(isEnabledFor('https://sport.example.co.uk/', s.current()).enabled).toBe(false);
  });

  it('has a switch for all sites that overrides every site rule', () => {
    const s = mount(url);
    fireEvent.click(screen.getByTestId('global-switch'));
    expect(s.current().enabled).toBe(false);
    expect(screen.getByTestId('site-rule').textContent).toMatch(/Off everywhere/);
    expect((screen.getByTestId('site-switch') as HTMLButtonElement).disabled).toBe(true);
  });

  it('explains a page that cannot be annotated', () => {
    mount('chrome://settings/');
    expect(screen.queryByTestId('site-switch')).toBeNull();
    expect(screen.getByTestId('site-rule').textContent).not.toBe('');
  });
});
