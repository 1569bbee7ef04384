// tldts (the Public Suffix List), evaluated at its first use rather than when a bundle holding it loads: a
// stopped service worker answers a page's first request ("is this site on?") without it, unless a domain rule
// could decide that page (src/settings/enabled.ts). A bundler turns this require() into a lazy initialiser (see
// src/nlp/compromise-lazy.cjs).
'use strict';

let tldts;

/** tldts' getDomain. */
module.exports = function getDomain(host, options) {
  if (!tldts) {
    tldts = require('tldts');
    globalThis.performance?.mark?.('news-context:tldts-loaded');
  }
  return tldts.getDomain(host, options);
};
