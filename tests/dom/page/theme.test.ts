import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTheme, highlightCss, luminance, parseColor } from '../../../src/page/theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function prefersDark(dark: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: dark && query.includes('dark'), media: query, addEventListener() {} }) as unknown as MediaQueryList,
  );
}

describe('chooseTheme', () => {
  it.each([
    ['white', 'rgb(255, 255, 255)', 'light'],
    ['near black', 'rgb(18, 18, 18)', 'dark'],
    ['dark blue-grey', '#1e2630', 'dark'],
    ['mid grey', 'rgb(128, 128, 128)', 'light'],
    ['beige', '#f4ecd8', 'light'],
  ])('body %s → %s', (_name, color, expected) => {
    document.body.style.backgroundColor = color;
    expect(chooseTheme(document)).toBe(expected);
  });

  it('reads the background behind the article, not only the body', () => {
    document.body.style.backgroundColor = 'rgb(10, 10, 10)';
    document.body.innerHTML = '<div style="background-color: rgb(250, 250, 250)"><p id="a">text</p></div>';
    expect(chooseTheme(document, document.getElementById('a'))).toBe('light');
    expect(chooseTheme(document)).toBe('dark');
  });

  it('falls through transparent backgrounds to <html>', () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(chooseTheme(document)).toBe('dark');
  });

  it('with no background anywhere, follows prefers-color-scheme only when the page allows dark', () => {
    prefersDark(true);
    expect(chooseTheme(document)).toBe('light'); // the canvas of a page without color-scheme stays white
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    expect(chooseTheme(document)).toBe('dark');
    prefersDark(false);
    expect(chooseTheme(document)).toBe('light');
  });
});

describe('colour helpers', () => {
  it.each([
    ['rgb(1, 2, 3)', [1, 2, 3, 1]],
    ['rgba(1, 2, 3, 0.5)', [1, 2, 3, 0.5]],
    ['rgb(1 2 3 / 50%)', [1, 2, 3, 0.5]],
    ['transparent', [0, 0, 0, 0]],
    ['oklch(0.5 0.1 200)', undefined],
    ['#1e2630', [30, 38, 48, 1]],
    ['#fff', [255, 255, 255, 1]],
    ['#00000000', [0, 0, 0, 0]],
    ['', undefined],
  ])('parseColor(%s)', (value, expected) => {
    expect(parseColor(value)).toEqual(expected);
  });

  it('luminance runs from black to white', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
  });
});

describe('highlightCss', () => {
  it.each(['light', 'dark'] as const)('%s: a rule per type, each with its own colour and line', (theme) => {
    const css = highlightCss(theme);
    const rules = ['person', 'organization', 'place', 'event'].map((t) => {
      const m = new RegExp(`::highlight\\(news-context-${t}\\)\\{([^}]*)\\}`).exec(css);
      expect(m, t).not.toBeNull();
      return m![1]!;
    });
    expect(new Set(rules).size).toBe(4);
    for (const r of rules) {
      expect(r).toMatch(/text-decoration:underline (solid|dashed|dotted) rgb\(/);
      expect(r).toMatch(/text-underline-offset/);
      expect(r).toMatch(/background-color:rgba\([\d,]+,0\.\d+\)/);
    }
    expect(css).toContain('forced-colors: active');
    expect(highlightCss('light')).not.toBe(highlightCss('dark'));
  });
});

describe('mark styles per kind of name', () => {
  it('draws an underline, a tint, or both, as the options say', () => {
    const css = highlightCss('light', { person: 'underline', place: 'background' });
    const rule = (type: string) => css.split('\n').find((l) => l.startsWith(`::highlight(news-context-${type})`))!;
    expect(rule('person')).toMatch(/text-decoration:underline/);
    expect(rule('person')).toMatch(/background-color:transparent/);
    expect(rule('place')).toMatch(/text-decoration:none/);
    expect(rule('place')).toMatch(/background-color:rgba\(/);
    expect(rule('event')).toMatch(/text-decoration:underline/);
    expect(rule('event')).toMatch(/background-color:rgba\(/);
  });
});
