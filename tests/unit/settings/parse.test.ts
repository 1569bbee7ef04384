import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/settings/parse';
import { SETTINGS_VERSION, STYLED_TYPES, defaultSettings } from '../../../src/settings/schema';

const valid = () => ({
  ...defaultSettings(),
  mode: 'only-listed',
  hoverDelayMs: 400,
  sites: { 'news.example.com': { on: true, scope: 'host', updated: 1 }, '*.example.org': { on: false, scope: 'domain', updated: 2 } },
  styles: { ...defaultSettings().styles, person: 'background', organization: 'both', award: 'both' },
});
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('parseSettings', () => {
  it('valid settings pass unchanged, with no problems', () => {
    expect(parseSettings(valid())).toEqual({ settings: valid(), problems: [] });
  });

  it.each([null, undefined])('nothing stored (%s) gives the defaults and no problems', (raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it.each([['a string'], [42], [true], [[1, 2]]])('%j instead of an object: defaults, one problem', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/expected an object.*reset to its default/);
  });

  it('each wrong field falls back on its own; the others are kept', () => {
    const raw = { ...valid(), enabled: 'yes', mode: 'sometimes', hoverDelayMs: -5, hideDelayMs: 1.5, modifierOnly: 3, density: null, badge: 0 };
    const { settings, problems } = parseSettings(raw);
    const d = defaultSettings();
    expect(settings).toEqual({
      ...valid(),
      enabled: d.enabled,
      mode: d.mode,
      hoverDelayMs: d.hoverDelayMs,
      hideDelayMs: d.hideDelayMs,
      modifierOnly: d.modifierOnly,
      density: d.density,
      badge: d.badge,
    });
    expect(fields(problems)).toEqual(['enabled', 'mode', 'hoverDelayMs', 'hideDelayMs', 'modifierOnly', 'density', 'badge']);
    expect(problems[2]?.message).toBe('expected a whole number of milliseconds from 0 to 2000, found -5; default 150 used');
    expect(problems[0]?.message).toBe('expected true or false, found "yes"; default true used');
  });

  it.each([
    ['hoverDelayMs', 2001],
    ['hoverDelayMs', Number.NaN],
    ['hoverDelayMs', '150'],
    ['hideDelayMs', 50],
    ['hideDelayMs', Number.POSITIVE_INFINITY],
  ])('%s = %s is out of range', (field, value) => {
    const { settings, problems } = parseSettings({ ...valid(), [field]: value });
    expect(settings[field as 'hoverDelayMs']).toBe(defaultSettings()[field as 'hoverDelayMs']);
    expect(fields(problems)).toEqual([field]);
  });

  it('drops unknown fields and says so', () => {
    const { settings, problems } = parseSettings({ ...valid(), colour: 'red', nested: { a: 1 } });
    expect(settings).toEqual(valid());
    expect(settings).not.toHaveProperty('colour');
    expect(problems).toEqual([
      { field: '"colour"', message: 'unknown setting; dropped' },
      { field: '"nested"', message: 'unknown setting; dropped' },
    ]);
  });

  it('missing fields get their defaults, listed', () => {
    const { hoverDelayMs: _h, styles: _s, ...rest } = valid();
    const { settings, problems } = parseSettings(rest);
    expect(settings.hoverDelayMs).toBe(150);
    expect(settings.styles).toEqual(defaultSettings().styles);
    expect(fields(problems)).toEqual(['hoverDelayMs', 'styles']);
  });

  it('bad site rules are dropped one by one', () => {
    const raw = {
      ...valid(),
      sites: {
        'ok.example.com': { on: false, scope: 'host', updated: 5 },
        'bad.example.com': { on: 'no', scope: 'host', updated: 5 },
        '*.wrong-scope.com': { on: false, scope: 'host', updated: 5 },
        'no-star.com': { on: false, scope: 'domain', updated: 5 },
        'UPPER.example.com': { on: false, scope: 'host', updated: 5 },
        'has space.com': { on: false, scope: 'host', updated: 5 },
        'neg.example.com': { on: false, scope: 'host', updated: -1 },
        'extra.example.com': { on: true, scope: 'host', updated: 5, note: 'kept, without the note' },
        'str.example.com': 'off',
      },
    };
    const { settings, problems } = parseSettings(raw);
    expect(settings.sites).toEqual({
      'ok.example.com': { on: false, scope: 'host', updated: 5 },
      'extra.example.com': { on: true, scope: 'host', updated: 5 },
    });
    expect(fields(problems)).toEqual([
      'sites["bad.example.com"]',
      'sites["*.wrong-scope.com"]',
      'sites["no-star.com"]',
      'sites["UPPER.example.com"]',
      'sites["has space.com"]',
      'sites["neg.example.com"]',
      'sites["str.example.com"]',
    ]);
  });

  it('a sites value that is not an object gives no rules', () => {
    const { settings, problems } = parseSettings({ ...valid(), sites: ['example.com'] });
    expect(settings.sites).toEqual({});
    expect(problems[0]).toEqual({ field: 'sites', message: 'expected an object of site rules, found a list; no site rules' });
  });

  it('styles are checked per type; unknown types dropped', () => {
    const raw = { ...valid(), styles: { ...defaultSettings().styles, person: 'blink', organization: 'both', thing: 'both' } };
    const { settings, problems } = parseSettings(raw);
    expect(settings.styles).toEqual({ ...defaultSettings().styles, organization: 'both' });
    expect(fields(problems)).toEqual(['styles.person', 'styles."thing"']);
  });

  it('__proto__ keys pollute nothing and are dropped', () => {
    const raw = JSON.parse(
      `{"version":${SETTINGS_VERSION},"enabled":true,"mode":"all-sites","hoverDelayMs":150,"hideDelayMs":300,"modifierOnly":"off",` +
        `"density":"all","badge":true,"showLaterFacts":true,"onlyRelatedMarks":false,"styles":{${STYLED_TYPES.map((t) => `"${t}":"underline"`).join(',')},"__proto__":{"x":1}},` +
        '"sites":{"__proto__":{"on":false,"scope":"host","updated":1},"a.com":{"on":false,"scope":"host","updated":1}},' +
        '"__proto__":{"polluted":true}}',
    );
    const { settings, problems } = parseSettings(raw);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.styles)).toBe(Object.prototype);
    expect(Object.keys(settings.sites)).toEqual(['a.com']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((settings as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(fields(problems).sort()).toEqual(['"__proto__"', 'sites["__proto__"]', 'styles."__proto__"'].sort());
  });

  it('a 1 MB string is reported by its length, never quoted', () => {
    const huge = 'x'.repeat(1_000_000);
    const { settings, problems } = parseSettings({ ...valid(), mode: huge, [huge]: 1, sites: { [huge]: { on: true, scope: 'host', updated: 1 } } });
    expect(settings.mode).toBe('all-sites');
    expect(settings.sites).toEqual({});
    expect(problems).toHaveLength(3);
    expect(problems[0]?.message).toContain('a string of 1,000,000 characters');
    for (const p of problems) expect(p.field.length + p.message.length).toBeLessThan(300);
  });

  it('thousands of junk keys: the list is capped and counted', () => {
    const raw: Record<string, unknown> = valid();
    for (let i = 0; i < 5000; i++) raw[`junk${i}`] = i;
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(valid());
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toEqual({ field: '…', message: 'and 4980 more problems' });
  });

  it('a wrong or newer version is reported; known fields are still read', () => {
    expect(parseSettings({ ...valid(), version: 1 }).problems).toEqual([{ field: 'version', message: `expected ${SETTINGS_VERSION}, found 1` }]);
    const newer = parseSettings({ ...valid(), version: SETTINGS_VERSION + 1, later: true });
    expect(newer.settings).toEqual(valid());
    expect(newer.problems[0]?.message).toMatch(/newer version/);
  });

  it('never throws, on anything', () => {
    const odd = [Symbol('s'), () => 1, new Date(), new Map(), Object.create(null), { sites: Object.create(null) }, 10n];
    for (const raw of odd) expect(() => parseSettings(raw)).not.toThrow();
  });
});
