import { describe, expect, it, vi } from 'vitest';
import { setSiteRule } from '../../../src/settings/enabled';
import { SETTINGS_VERSION, defaultSettings, type Settings } from '../../../src/settings/schema';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, exportSettings, importSettings, importSettingsFile } from '../../../src/settings/transfer';

const custom = (): Settings => {
  let s: Settings = { ...defaultSettings(), mode: 'only-listed', hoverDelayMs: 600, modifierOnly: 'alt', badge: false };
  s = setSiteRule(s, 'https://news.example.com/', true, 'host', 1_700_000_000_000);
  s = setSiteRule(s, 'https://www.bbc.co.uk/', true, 'domain', 1_700_000_000_001);
  return { ...s, styles: { ...s.styles, event: 'both' } };
};
const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings, ...extra });

describe('export and import', () => {
  it('round-trips', () => {
    const text = exportSettings(custom(), new Date('2026-03-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exported: '2026-03-01T00:00:00.000Z' });
    expect(importSettings(text)).toEqual({ settings: custom() });
  });

  it('round-trips the defaults', () => {
    expect(importSettings(exportSettings(defaultSettings()))).toEqual({ settings: defaultSettings() });
  });

  it('imports a v1 file through the same migrations as storage', () => {
    const { hoverDelayMs, hideDelayMs, ...rest } = custom();
    const v1 = JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { ...rest, version: 1, hoverDelay: hoverDelayMs, hideDelay: hideDelayMs } });
    expect(importSettings(v1)).toEqual({ settings: custom() });
  });
});

describe('refused imports change nothing and say why', () => {
  const huge = file(custom(), { padding: 'x'.repeat(100_001) });
  it.each([
    ['empty', '', /not valid JSON/],
    ['not JSON', '{"format": ', /not valid JSON/],
    ['an HTML page', '<!doctype html><p>hello', /not valid JSON/],
    ['JSON, not an object', '[1,2,3]', /not a News Context settings file/],
    ['JSON null', 'null', /not a News Context settings file/],
    ['another format', JSON.stringify({ format: 'dark-reader', version: 2, settings: custom() }), /not a News Context settings file/],
    ['bare settings without a marker', JSON.stringify(custom()), /not a News Context settings file/],
    ['over 100 kB', huge, /too large.*100 kB/],
    ['over 100 kB in UTF-8 bytes', file(custom(), { padding: 'é'.repeat(50_001) }), /too large/],
    ['a newer version', file(custom(), { version: SETTINGS_VERSION + 1 }), new RegExp(`newer version.*format ${SETTINGS_VERSION + 1}.*up to ${SETTINGS_VERSION}`)],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, settings: custom() }), /no valid version \(found nothing\)/],
    ['a version that is a string', file(custom(), { version: '2' }), /no valid version \(found "2"\)/],
    ['version 0', file(custom(), { version: 0 }), /no valid version/],
    ['version 1.5', file(custom(), { version: 1.5 }), /no valid version/],
    ['no settings', JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION }), /no settings in it/],
    ['settings that are a string', file('on'), /invalid settings \(settings: expected an object/],
    ['a wrong field', file({ ...custom(), hoverDelayMs: -100 }), /invalid settings \(hoverDelayMs: expected a whole number/],
    ['an unknown field', file({ ...custom(), theme: 'dark' }), /"theme": unknown setting/],
    ['a bad site rule', file({ ...custom(), sites: { 'Bad Host': { on: true, scope: 'host', updated: 1 } } }), /sites\["Bad Host"\]/],
    ['a __proto__ key', file({ ...custom(), __proto__x: 1 }).replace('__proto__x', '__proto__'), /"__proto__": unknown setting/],
  ])('%s', (_name, text, message) => {
    const result = importSettings(text);
    expect(result).not.toHaveProperty('settings');
    expect('error' in result && result.error).toMatch(message);
    expect('error' in result && result.error).toMatch(/Nothing was changed\.$/);
  });

  it('many problems are summed up', () => {
    const bad = { ...custom(), enabled: 1, mode: 2, density: 3, badge: 4, modifierOnly: 5 };
    const result = importSettings(file(bad));
    expect('error' in result && result.error).toMatch(/; and 2 more\)/);
  });

  it('a file with more site rules than sync storage holds', () => {
    let s = defaultSettings();
    for (let i = 0; i < 300; i++) s = setSiteRule(s, `https://site-${i}.example.com/`, false, 'host', i);
    const text = exportSettings(s);
    expect(text.length).toBeLessThan(100_000);
    expect(importSettings(text)).toEqual({ error: expect.stringMatching(/too many site rules for sync storage \(300; remove at least \d+\)/) });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const huge = { size: 400 * 1024 * 1024, text: vi.fn(async () => '') };
    expect(await importSettingsFile(huge)).toEqual({ error: expect.stringMatching(/too large to be a settings file/) });
    expect(huge.text).not.toHaveBeenCalled();
    const real = new Blob([exportSettings(custom())]);
    expect(await importSettingsFile(real)).toEqual({ settings: custom() });
    expect(await importSettingsFile(new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]))).toHaveProperty('error');
  });
});
