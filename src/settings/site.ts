/**
 * Which site a URL belongs to, for the per-site switch: its host name and its registrable domain, or the
 * reason it can never be annotated. Pure; the WHATWG URL parser does the normalising (lower case, punycode
 * for IDN hosts, IPv4 in dotted form, IPv6 in brackets, default ports dropped).
 */

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
 * Two-label public suffixes under which sites register their names. Not the Public Suffix List (about
 * 10,000 entries, and it changes): only the common ones, so "news.bbc.co.uk" belongs to "bbc.co.uk" and
 * "alice.github.io" is not lumped in with every other GitHub Pages site. For a suffix not listed here the
 * domain is the last two labels, which is broader than it should be (e.g. "city.kawasaki.jp" for
 * "a.city.kawasaki.jp"); only "whole site" rules are affected, host rules are always exact.
 */
const TWO_LABEL_SUFFIXES = new Set([
  // second-level suffixes of a few countries (uk, au, nz, za, in, jp, ...)
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.nz', 'net.nz', 'org.nz', 'govt.nz', 'ac.nz',
  'co.za', 'org.za', 'gov.za', 'ac.za',
  'co.in', 'net.in', 'org.in', 'gov.in', 'ac.in', 'nic.in',
  // East and South-East Asia
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'co.kr', 'or.kr', 'go.kr', 'ac.kr',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn',
  'com.hk', 'org.hk', 'gov.hk', 'com.tw', 'org.tw', 'gov.tw',
  'com.sg', 'gov.sg', 'com.my', 'gov.my', 'co.id', 'or.id', 'go.id', 'co.th', 'or.th', 'go.th',
  'com.ph', 'gov.ph', 'com.vn', 'gov.vn', 'com.pk', 'gov.pk', 'com.bd',
  // Americas, Middle East, Africa, Europe
  'com.br', 'org.br', 'gov.br', 'com.mx', 'gob.mx', 'org.mx', 'com.ar', 'gob.ar', 'com.co', 'com.pe', 'gob.pe',
  'co.il', 'org.il', 'gov.il', 'ac.il', 'com.tr', 'gov.tr', 'org.tr', 'com.sa', 'gov.sa', 'com.eg', 'gov.eg',
  'com.ng', 'gov.ng', 'co.ke', 'or.ke', 'go.ke', 'com.gh', 'co.tz', 'co.ug',
  'com.ua', 'gov.ua', 'com.pl', 'gov.pl', 'com.gr', 'com.cy', 'com.mt',
  // Hosting platforms where every subdomain is someone else's site (the Public Suffix List's private section)
  'github.io', 'gitlab.io', 'blogspot.com', 'appspot.com', 'herokuapp.com', 'netlify.app', 'vercel.app',
  'pages.dev', 'workers.dev', 'web.app', 'firebaseapp.com',
]);

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
  const ip = host.startsWith('[') || IPV4.test(host);
  return { annotatable: true, host, domain: ip ? host : registrableDomain(host), ip };
}

/** "news.bbc.co.uk" → "bbc.co.uk"; "localhost" → "localhost"; a listed suffix on its own stays itself. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LABEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

function notWebReason(protocol: string): string {
  // chrome:, about:, edge:, brave:, opera:, vivaldi:, resource:, chrome-search:, devtools: …
  return /^(?:about|chrome|chrome-[a-z]+|edge|brave|opera|vivaldi|resource|devtools):$/.test(protocol)
    ? BROWSER_PAGE
    : `Only web pages (http and https) are annotated, not ${protocol} addresses.`;
}
