/**
 * Is the extension on for this page? One pure answer shared by the popup, the background (badge, commands)
 * and the content script, so they can never disagree.
 *
 * Precedence, first match decides (the result names the rule that decided, in words too):
 *   1. A page that cannot be annotated (browser pages, files, add-on stores, PDFs) is off.
 *   2. The global switch off: off everywhere, whatever the site rules say.
 *   3. A host rule for the page's host name ("news.example.com"): the most specific rule wins, in both
 *      directions (on inside an off domain, off inside an on domain).
 *   4. A domain rule for the page's registrable domain ("*.example.com": example.com and every subdomain).
 *   5. No rule: the mode decides, on in 'all-sites', off in 'only-listed' (a site is on there only if a
 *      rule switches it on).
 * Both kinds of rule are kept side by side, so a host rule never silently replaces a domain rule or the
 * reverse; when a host rule beats a domain rule that says otherwise, the result names it as `overridden`.
 */
import { isRuleKey, type Scope, type Settings, type SiteRule } from './schema';
import { hostKeys, registrableDomain, siteKeys } from './site';

/** A site rule as the popup shows it: its key, the site it names, its scope and its switch. */
export interface RuleRef {
  /** The key in `settings.sites`: "news.example.com" (host) or "*.example.com" (domain). */
  key: string;
  /** The host or domain the rule names, without "*.". */
  site: string;
  scope: Scope;
  on: boolean;
}

export interface Enabled {
  enabled: boolean;
  /** What decided: a site rule, the global switch, the mode (no rule), or a page that cannot be annotated. */
  rule: RuleRef | 'global' | 'mode' | 'not-annotatable';
  /** One sentence for the popup, e.g. "Off for news.example.com: switched off for this subdomain only." */
  reason: string;
  /** A domain rule that said the opposite and lost to the host rule, so the popup can show both. */
  overridden?: RuleRef;
}

/** The key a rule for `site` is stored under: the host itself, or "*." and the domain. */
export function ruleKey(site: string, scope: Scope): string {
  return scope === 'host' ? site : `*.${site}`;
}

/** Decide whether the extension runs on `url` under `settings`; see the precedence above. */
export function isEnabledFor(url: string, settings: Settings): Enabled {
  const keys = hostKeys(url);
  if (!keys.annotatable) return { enabled: false, rule: 'not-annotatable', reason: keys.reason };
  const { host } = keys;
  if (!settings.enabled) {
    return { enabled: false, rule: 'global', reason: 'Off everywhere: the extension is switched off for all sites.' };
  }
  const hostRule = findRule(settings, host, 'host');
  // the registrable domain (the Public Suffix List, loaded on first use) only when a rule could need it: a domain
  // rule for one of the host's own suffixes, or a host rule whose reason says "site" or "subdomain"
  const domain = hostRule || domainRuleUnder(settings, host) ? (keys.ip ? host : registrableDomain(host)) : host;
  const domainRule = findRule(settings, domain, 'domain');
  const state = (on: boolean) => `${on ? 'On' : 'Off'} for ${host}`;

  if (hostRule) {
    const overridden = domainRule && domainRule.on !== hostRule.on ? domainRule : undefined;
    const why = overridden
      ? `its own rule overrides the rule for all of ${domain} (${overridden.on ? 'on' : 'off'}).`
      : `switched ${hostRule.on ? 'on' : 'off'} for ${host === domain ? 'this site' : 'this subdomain'} only.`;
    const result: Enabled = { enabled: hostRule.on, rule: hostRule, reason: `${state(hostRule.on)}: ${why}` };
    return overridden ? { ...result, overridden } : result;
  }
  if (domainRule) {
    const why = `switched ${domainRule.on ? 'on' : 'off'} for ${domain} and all its subdomains.`;
    return { enabled: domainRule.on, rule: domainRule, reason: `${state(domainRule.on)}: ${why}` };
  }
  return settings.mode === 'all-sites'
    ? { enabled: true, rule: 'mode', reason: `${state(true)}: on for all sites, and no rule for this one.` }
    : { enabled: false, rule: 'mode', reason: `${state(false)}: only listed sites are on, and this one is not listed.` };
}

/**
 * Switch the site of `url` on or off: a rule for its host (`scope` 'host') or its whole registrable domain
 * ('domain'). Pure: returns new settings (the same object when the URL cannot be annotated).
 * - A host rule is added beside an existing domain rule, never instead of it.
 * - A domain rule set from a page also removes that page's own host rule: otherwise the switch the user
 *   just pressed would not change the page they are looking at. Host rules of other subdomains stay.
 * - For an IP address a domain rule would mean the same as a host rule, so it is stored as a host rule.
 * @param now the rule's timestamp (oldest rules are dropped first when sync storage is full).
 */
export function setSiteRule(settings: Settings, url: string, on: boolean, scope: Scope, now = Date.now()): Settings {
  const keys = siteKeys(url);
  if (!keys.annotatable) return settings;
  const effectiveScope: Scope = keys.ip ? 'host' : scope;
  const site = effectiveScope === 'host' ? keys.host : keys.domain;
  const key = ruleKey(site, effectiveScope);
  // A host the rules cannot hold (e.g. "http://__proto__/") gets no rule rather than a broken one.
  if (!isRuleKey(key, effectiveScope)) return settings;
  const sites = { ...settings.sites };
  if (effectiveScope === 'domain') delete sites[ruleKey(keys.host, 'host')];
  sites[key] = { on, scope: effectiveScope, updated: Math.max(0, Math.floor(now)) };
  return { ...settings, sites };
}

/** Remove the rule stored under `key` (the options page's list). Pure; unknown keys change nothing. */
export function removeSiteRule(settings: Settings, key: string): Settings {
  if (!Object.hasOwn(settings.sites, key)) return settings;
  const sites = { ...settings.sites };
  delete sites[key];
  return { ...settings, sites };
}

/** Is a domain rule stored for the host or one of its parent domains (the only ones that can be its domain's)? */
function domainRuleUnder(settings: Settings, host: string): boolean {
  for (let site = host; ; site = site.slice(site.indexOf('.') + 1)) {
    if (Object.hasOwn(settings.sites, ruleKey(site, 'domain'))) return true;
    if (!site.includes('.')) return false;
  }
}

function findRule(settings: Settings, site: string, scope: Scope): RuleRef | undefined {
  const key = ruleKey(site, scope);
  // hasOwn: a host called "constructor" must not find Object.prototype.constructor.
  const rule: SiteRule | undefined = Object.hasOwn(settings.sites, key) ? settings.sites[key] : undefined;
  return rule && rule.scope === scope ? { key, site, scope, on: rule.on } : undefined;
}
