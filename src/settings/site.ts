/**
 * Which site a URL belongs to, for the per-site switch: its host name and its registrable domain, or the
 * reason it can never be annotated. Pure; the WHATWG URL parser does the normalising (lower case, punycode
 * for IDN hosts, IPv4 in dotted form, IPv6 in brackets, default ports dropped), and tldts, with the Public
 * Suffix List built in (its private section included, so "alice.github.io" is Alice's site), gives the
 * registrable domain. Background and popup only: the content script never needs it.
 */
import getDomain from './tldts-lazy.cjs';

export type SiteKeys =
  | {
      annotatable: true;
      /** The host name without port or trailing dot, e.g. "news.example.co.uk", "xn--bcher-kva.de", "[::1]". */
      host: string;
      /** The registrable domain (eTLD+1), e.g. "example.co.uk"; for IP addresses and one-label hosts, the host. */
      domain: string;
      /** An IP address: it has no subdomains, so a domain rule would mean the same as a host rule. */
      ip: boolean;
    }
  | { annotatable: false; reason: string };

/**
 * Hosts where browsers do not let extensions run (their add-on stores, and Firefox's account and support
 * pages, from its `extensions.webextensions.restrictedDomains` default).
 */
const RESTRICTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'accounts.firefox.com',
  'accounts-static.cdn.mozilla.net',
  'support.mozilla.org',
]);

const NOT_WEB: Record<string, string> = {
  'file:': 'Files on this computer are not annotated.',
  'view-source:': "A page's source view cannot be annotated.",
  'data:': 'Pages made from a data: address cannot be annotated.',
  'blob:': 'Pages made by another page (blob: addresses) cannot be annotated.',
  'chrome-extension:': 'Extension pages cannot be annotated.',
  'moz-extension:': 'Extension pages cannot be annotated.',
  'safari-web-extension:': 'Extension pages cannot be annotated.',
};
const BROWSER_PAGE = "The browser's own pages cannot be annotated.";
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The site keys of a URL, or why it cannot be annotated.
 * Ports, user names, paths, upper case and trailing dots do not matter; IDN hosts are compared in punycode.
 * PDFs are recognised by a path ending in ".pdf" (the browser's viewer shows them; extensions cannot
 * annotate it); a PDF served from another path is only caught by the content script, which never gets text.
 */
export function siteKeys(url: string): SiteKeys {
  const keys = hostKeys(url);
  return keys.annotatable ? { ...keys, domain: keys.ip ? keys.host : registrableDomain(keys.host) } : keys;
}

/** `siteKeys` without the registrable domain, which needs the Public Suffix List. */
export function hostKeys(url: string): Exclude<SiteKeys, { annotatable: true }> | { annotatable: true; host: string; ip: boolean } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { annotatable: false, reason: 'Not a web address.' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { annotatable: false, reason: NOT_WEB[parsed.protocol] ?? notWebReason(parsed.protocol) };
  }
  // "example.com." is the same site as "example.com" (a fully qualified name).
  const host = parsed.hostname.replace(/\.+$/, '');
  if (!host) return { annotatable: false, reason: 'Not a web address.' };
  if (RESTRICTED_HOSTS.has(host) || (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return { annotatable: false, reason: 'Browsers do not let extensions run on this site (an add-on store or account page).' };
  }
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) {
    return { annotatable: false, reason: "PDFs open in the browser's own viewer, which extensions cannot annotate." };
  }
  return { annotatable: true, host, ip: host.startsWith('[') || IPV4.test(host) };
}

/** "news.bbc.co.uk" → "bbc.co.uk"; "localhost" → "localhost"; a public suffix on its own stays itself. */
export function registrableDomain(host: string): string {
  return getDomain(host, { allowPrivateDomains: true, extractHostname: false }) ?? host;
}

function notWebReason(protocol: string): string {
  // chrome:, about:, edge:, brave:, opera:, vivaldi:, resource:, chrome-search:, devtools: …
  return /^(?:about|chrome|chrome-[a-z]+|edge|brave|opera|vivaldi|resource|devtools):$/.test(protocol)
    ? BROWSER_PAGE
    : `Only web pages (http and https) are annotated, not ${protocol} addresses.`;
}
