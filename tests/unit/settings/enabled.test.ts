import { describe, expect, it } from 'vitest';
import { isEnabledFor, removeSiteRule, ruleKey, setSiteRule } from '../../../src/settings/enabled';
import { defaultSettings, type Settings, type SiteRule } from '../../../src/settings/schema';

const T = 1_700_000_000_000;
const host = (on: boolean): SiteRule => ({ on, scope: 'host', updated: T });
const domain = (on: boolean): SiteRule => ({ on, scope: 'domain', updated: T });
const withSites = (sites: Settings['sites'], extra: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  ...extra,
  sites,
});

describe('isEnabledFor: hosts, domains and subdomains', () => {
  // news.example.com off (host), example.com on (whole site), other.example.com has no rule of its own
  const s = withSites({ 'news.example.com': host(false), '*.example.com': domain(true) });
  it.each([
    ['https://news.example.com/story', false, 'news.example.com'],
    ['https://NEWS.example.com:8443/story', false, 'news.example.com'],
    ['https://news.example.com./story', false, 'news.example.com'],
    ['https://example.com/', true, '*.example.com'],
    ['https://other.example.com/', true, '*.example.com'],
    ['https://deep.news.example.com/', true, '*.example.com'], // a host rule covers that host only
    ['https://example.org/', true, 'mode'],
    ['https://notexample.com/', true, 'mode'],
  ])('%s → %s (decided by %s)', (url, enabled, decidedBy) => {
    const result = isEnabledFor(url, s);
    expect(result.enabled).toBe(enabled);
    expect(typeof result.rule === 'string' ? result.rule : result.rule.key).toBe(decidedBy);
  });
});

describe('isEnabledFor: a host rule beats a domain rule, both ways', () => {
  it.each([
    [false, true],
    [true, false],
  ])('host %s inside domain %s', (hostOn, domainOn) => {
    const s = withSites({ 'news.example.com': host(hostOn), '*.example.com': domain(domainOn) });
    const result = isEnabledFor('https://news.example.com/', s);
    expect(result.enabled).toBe(hostOn);
    expect(result.rule).toEqual({ key: 'news.example.com', site: 'news.example.com', scope: 'host', on: hostOn });
    expect(result.overridden).toEqual({ key: '*.example.com', site: 'example.com', scope: 'domain', on: domainOn });
    expect(result.reason).toContain('overrides the rule for all of example.com');
    expect(isEnabledFor('https://other.example.com/', s).enabled).toBe(domainOn);
  });

  it('a host rule and a domain rule on the domain itself live side by side', () => {
    const s = withSites({ 'example.com': host(false), '*.example.com': domain(true) });
    expect(isEnabledFor('https://example.com/', s)).toMatchObject({ enabled: false, rule: { key: 'example.com' } });
    expect(isEnabledFor('https://www.example.com/', s)).toMatchObject({ enabled: true, rule: { key: '*.example.com' } });
  });

  it('agreeing rules: the host rule decides, nothing is overridden', () => {
    const s = withSites({ 'news.example.com': host(false), '*.example.com': domain(false) });
    const result = isEnabledFor('https://news.example.com/', s);
    expect(result).toMatchObject({ enabled: false, rule: { scope: 'host' } });
    expect(result.overridden).toBeUndefined();
  });
});

describe('isEnabledFor: co.uk, IP addresses, localhost', () => {
  const s = withSites({
    '*.bbc.co.uk': domain(false),
    '192.168.1.10': host(false),
    '[::1]': host(false),
    localhost: host(false),
  });
  it.each([
    ['https://www.bbc.co.uk/news', false],
    ['https://bbc.co.uk/', false],
    ['https://www.itv.co.uk/', true], // a co.uk rule must not cover all of co.uk
    ['http://192.168.1.10:8080/', false],
    ['http://192.168.1.11/', true],
    ['http://[::1]:3000/', false],
    ['http://[::2]/', true],
    ['http://localhost:5173/', false],
    ['http://127.0.0.1/', true],
  ])('%s → %s', (url, enabled) => {
    expect(isEnabledFor(url, s).enabled).toBe(enabled);
  });
});

describe('isEnabledFor: a domain rule found among the host\'s parent domains is checked against its registrable domain', () => {
  // a rule stored for a public suffix (a page at github.io itself) covers that page only, not the users' sites
  const s = withSites({ '*.github.io': domain(false), '*.alice.github.io': domain(false) });
  it.each([
    ['https://github.io/', false],
    ['https://bob.github.io/', true],
    ['https://alice.github.io/post', false],
    ['https://blog.alice.github.io/post', false],
  ])('%s → %s', (url, enabled) => {
    expect(isEnabledFor(url, s).enabled).toBe(enabled);
  });
});

describe('isEnabledFor: pages that cannot be annotated', () => {
  it.each([
    'file:///tmp/a.html',
    'chrome://extensions/',
    'about:newtab',
    'view-source:https://example.com/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'moz-extension://0c1f6b2e-1111-2222-3333-444455556666/options.html',
    'data:text/html,hello',
    'https://chromewebstore.google.com/',
    'https://addons.mozilla.org/',
    'https://example.com/paper.pdf',
  ])('%s is off, whatever the rules and switches say', (url) => {
    const s = withSites({}, { mode: 'all-sites', enabled: true });
    const result = isEnabledFor(url, s);
    expect(result).toMatchObject({ enabled: false, rule: 'not-annotatable' });
    expect(result.reason.length).toBeGreaterThan(10);
  });
});

describe('isEnabledFor: global switch and mode', () => {
  it('global off beats an explicit on rule', () => {
    const s = withSites({ 'news.example.com': host(true) }, { enabled: false });
    expect(isEnabledFor('https://news.example.com/', s)).toEqual({
      enabled: false,
      rule: 'global',
      reason: 'Off everywhere: the extension is switched off for all sites.',
    });
  });

  it('all-sites mode: on without a rule', () => {
    expect(isEnabledFor('https://example.org/', defaultSettings())).toEqual({
      enabled: true,
      rule: 'mode',
      reason: 'On for example.org: on for all sites, and no rule for this one.',
    });
  });

  describe('only-listed mode: on only where a rule turns it on', () => {
    const s = withSites(
      { '*.example.com': domain(true), 'ads.example.com': host(false), 'listed.org': host(true) },
      { mode: 'only-listed' },
    );
    it.each([
      ['https://example.org/', false, 'Off for example.org: only listed sites are on, and this one is not listed.'],
      ['https://listed.org/', true, 'On for listed.org: switched on for this site only.'],
      ['https://www.listed.org/', false, 'Off for www.listed.org: only listed sites are on, and this one is not listed.'],
      ['https://news.example.com/', true, 'On for news.example.com: switched on for example.com and all its subdomains.'],
      ['https://ads.example.com/', false, 'Off for ads.example.com: its own rule overrides the rule for all of example.com (on).'],
    ])('%s → %s', (url, enabled, reason) => {
      expect(isEnabledFor(url, s)).toMatchObject({ enabled, reason });
    });
  });

  it('reasons name the scope', () => {
    const s = withSites({ 'news.example.com': host(false), 'example.org': host(false), '*.example.net': domain(false) });
    expect(isEnabledFor('https://news.example.com/', s).reason).toBe(
      'Off for news.example.com: switched off for this subdomain only.',
    );
    expect(isEnabledFor('https://example.org/', s).reason).toBe('Off for example.org: switched off for this site only.');
    expect(isEnabledFor('https://a.example.net/', s).reason).toBe(
      'Off for a.example.net: switched off for example.net and all its subdomains.',
    );
  });

  it('a host called "constructor" or "__proto__" finds no inherited rule', () => {
    for (const url of ['http://constructor/', 'http://__proto__/', 'http://hasownproperty/']) {
      expect(isEnabledFor(url, defaultSettings())).toMatchObject({ enabled: true, rule: 'mode' });
    }
  });
});

describe('setSiteRule', () => {
  it('switching a host inside a domain rule adds a host rule and keeps both', () => {
    const before = withSites({ '*.example.com': domain(true) });
    const after = setSiteRule(before, 'https://news.example.com/a', false, 'host', T + 1);
    expect(after.sites).toEqual({
      '*.example.com': domain(true),
      'news.example.com': { on: false, scope: 'host', updated: T + 1 },
    });
    expect(isEnabledFor('https://news.example.com/', after)).toMatchObject({
      enabled: false,
      rule: { key: 'news.example.com', scope: 'host', on: false },
      overridden: { key: '*.example.com', site: 'example.com', scope: 'domain', on: true },
    });
    expect(isEnabledFor('https://other.example.com/', after).enabled).toBe(true);
    expect(before.sites).toEqual({ '*.example.com': domain(true) }); // pure
  });

  it('switching the whole site from a page replaces that page’s host rule only', () => {
    const before = withSites({ 'news.example.com': host(false), 'sport.example.com': host(false) });
    const after = setSiteRule(before, 'https://news.example.com/', true, 'domain', T + 1);
    expect(after.sites).toEqual({
      'sport.example.com': host(false),
      '*.example.com': { on: true, scope: 'domain', updated: T + 1 },
    });
    expect(isEnabledFor('https://news.example.com/', after).enabled).toBe(true);
    expect(isEnabledFor('https://sport.example.com/', after).enabled).toBe(false);
  });

  it('the last switch for a site wins', () => {
    let s = defaultSettings();
    for (let i = 0; i < 5; i++) s = setSiteRule(s, 'https://example.com/', i % 2 === 0, 'host', T + i);
    expect(s.sites).toEqual({ 'example.com': { on: true, scope: 'host', updated: T + 4 } });
  });

  it('uses the registrable domain for domain rules', () => {
    const s = setSiteRule(defaultSettings(), 'https://www.bbc.co.uk/news', false, 'domain', T);
    expect(Object.keys(s.sites)).toEqual(['*.bbc.co.uk']);
  });

  it('stores a domain rule for an IP address as a host rule', () => {
    const s = setSiteRule(defaultSettings(), 'http://[::1]:8080/', false, 'domain', T);
    expect(s.sites).toEqual({ '[::1]': { on: false, scope: 'host', updated: T } });
  });

  it.each(['chrome://settings', 'file:///a.html', 'http://__proto__/'])('changes nothing for %s', (url) => {
    const s = defaultSettings();
    expect(setSiteRule(s, url, false, 'host', T)).toBe(s);
    expect(Object.getPrototypeOf(s.sites)).toBe(Object.prototype);
  });

  it('removeSiteRule removes one rule, purely', () => {
    const s = withSites({ 'a.com': host(false), '*.b.com': domain(false) });
    expect(removeSiteRule(s, '*.b.com').sites).toEqual({ 'a.com': host(false) });
    expect(removeSiteRule(s, 'missing.com')).toBe(s);
    expect(removeSiteRule(s, 'constructor')).toBe(s);
  });

  it('ruleKey', () => {
    expect(ruleKey('news.example.com', 'host')).toBe('news.example.com');
    expect(ruleKey('example.com', 'domain')).toBe('*.example.com');
  });
});
