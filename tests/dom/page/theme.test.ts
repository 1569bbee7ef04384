import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_TYPES, chooseTheme, highlightCss, highlightName, luminance, parseColor, type Theme } from '../../../src/page/theme';

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

/** Our rule for `type` on a page of `theme` in `css`. */
function ruleOf(css: string, type: string, theme: Theme = 'light'): string {
  const m = new RegExp(`::highlight\\(${highlightName(type as never, theme)}\\)\\{([^}]*)\\}`).exec(css);
  expect(m, type).not.toBeNull();
  return m![1]!;
}

/** Each kind's underline: colour, style and thickness, read back from the stylesheet. */
function lineOf(theme: Theme, type: string): { rgb: [number, number, number]; style: string; px: number } {
  const m = /text-decoration:underline (\w+) rgb\((\d+),(\d+),(\d+)\) (\d+)px/.exec(ruleOf(highlightCss(), type, theme))!;
  return { rgb: [Number(m[2]), Number(m[3]), Number(m[4])], style: m[1]!, px: Number(m[5]) };
}

const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Hue in degrees (0-360) of an sRGB colour. */
function hue([r, g, b]: readonly number[]): number {
  const [max, min] = [Math.max(r!, g!, b!), Math.min(r!, g!, b!)];
  const d = max - min;
  const h = max === r ? ((g! - b!) / d) % 6 : max === g ? (b! - r!) / d + 2 : (r! - g!) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('highlightCss', () => {
  it.each(['light', 'dark'] as const)('%s: a rule per type, each with its own colour and line', (theme) => {
    const css = highlightCss();
    const rules = ENTITY_TYPES.map((t) => ruleOf(css, t, theme));
    expect(new Set(rules).size).toBe(ENTITY_TYPES.length);
    for (const r of rules) {
      expect(r).toMatch(/text-decoration:underline (solid|dashed|dotted) rgb\(/);
      expect(r).toMatch(/text-underline-offset/);
      expect(r).toMatch(/background-color:rgba\([\d,]+,0\.\d+\)/);
    }
    expect(css).toContain('forced-colors: active');
    for (const t of ENTITY_TYPES) expect(css).toMatch(new RegExp(`forced-colors: active\\).*::highlight\\(${highlightName(t, theme)}\\)`));
    expect(ruleOf(css, 'person', 'light')).not.toBe(ruleOf(css, 'person', 'dark'));
  });

  it('the two themes are told apart by the highlight names, so one stylesheet serves both', () => {
    expect(highlightName('person')).toBe('news-context-person');
    expect(highlightName('person', 'dark')).toBe('news-context-person-dark');
    const names = ENTITY_TYPES.flatMap((t) => [highlightName(t, 'light'), highlightName(t, 'dark')]);
    expect(new Set(names).size).toBe(ENTITY_TYPES.length * 2);
    expect(highlightCss()).toBe(highlightCss({}));
  });

  // WCAG 1.4.11: an underline that tells kinds apart needs 3:1 against the page; these all reach text's 4.5:1.
  it.each([
    ['light', [255, 255, 255]],
    ['dark', [31, 34, 40]],
  ] as const)('%s: every kind’s colour has 4.5:1 contrast against a %s page', (theme, page) => {
    for (const t of ENTITY_TYPES) expect(contrast(lineOf(theme, t).rgb, page), t).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['light', 'dark'] as const)('%s: the kinds’ hues stay at least 30° apart, and no two share a line', (theme) => {
    const lines = ENTITY_TYPES.map((t) => ({ t, ...lineOf(theme, t), hue: hue(lineOf(theme, t).rgb) }));
    for (const a of lines) {
      for (const b of lines) {
        if (a.t >= b.t) continue;
        const apart = Math.min(Math.abs(a.hue - b.hue), 360 - Math.abs(a.hue - b.hue));
        expect(apart, `${a.t} / ${b.t}`).toBeGreaterThanOrEqual(30);
      }
    }
    expect(new Set(lines.map((l) => `${l.style} ${l.px}`)).size).toBe(ENTITY_TYPES.length);
  });

  it('agreements and awards have their own colour, line and tint', () => {
    expect(lineOf('light', 'agreement')).toEqual({ rgb: [0, 121, 110], style: 'dashed', px: 3 });
    expect(lineOf('light', 'award')).toEqual({ rgb: [183, 28, 84], style: 'dotted', px: 3 });
    expect(ruleOf(highlightCss(), 'award', 'dark')).toMatch(/background-color:rgba\(255,143,171,0\.16\)/);
  });
});

describe('mark styles per kind of name', () => {
  it('draws an underline, a tint, or both, as the options say', () => {
    const css = highlightCss({ person: 'underline', place: 'background' });
    const rule = (type: string) => css.split('\n').find((l) => l.startsWith(`::highlight(news-context-${type})`))!;
    expect(rule('person')).toMatch(/text-decoration:underline/);
    expect(rule('person')).toMatch(/background-color:transparent/);
    expect(rule('place')).toMatch(/text-decoration:none/);
    expect(rule('place')).toMatch(/background-color:rgba\(/);
    expect(rule('event')).toMatch(/text-decoration:underline/);
    expect(rule('event')).toMatch(/background-color:rgba\(/);
  });

  it('for agreements and awards too', () => {
    const css = highlightCss({ agreement: 'background', award: 'underline' });
    expect(ruleOf(css, 'agreement', 'dark')).toMatch(/^text-decoration:none;background-color:rgba\(92,212,196,0\.4\)$/);
    expect(ruleOf(css, 'award', 'dark')).toMatch(/text-decoration:underline dotted rgb\(255,143,171\) 3px;.*background-color:transparent$/);
  });
});
