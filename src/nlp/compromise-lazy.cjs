// compromise and compromise-dates, evaluated at their first use rather than when a bundle holding them loads.
// Evaluating compromise unpacks its lexicon and compromise-dates sets up its time zones (about 200 ms together
// on a slow machine): ES imports would make a stopped service worker pay that before it could answer a page
// that only needs the matcher. A bundler turns these require() calls of the ES sources (compromise's is the
// patched one, patches/) into lazy initialisers; Node (>= 20.19) requires ES modules natively.
'use strict';

let nlp;
let dates;

/** compromise itself. */
module.exports = function compromise() {
  if (!nlp) {
    const loaded = require('../../node_modules/compromise/src/three.js');
    nlp = loaded.default ?? loaded;
    // (tests/e2e/cold-worker.test.ts: a stopped service worker answers a page before this is ever set)
    globalThis.performance?.mark?.('news-context:compromise-loaded');
  }
  return nlp;
};

/** compromise-dates' plugin. */
module.exports.datesPlugin = function datesPlugin() {
  if (!dates) {
    const loaded = require('../../node_modules/compromise-dates/src/plugin.js');
    dates = loaded.default ?? loaded;
  }
  return dates;
};
