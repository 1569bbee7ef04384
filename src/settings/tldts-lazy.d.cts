import type { getDomain as tldtsGetDomain } from 'tldts';

/** tldts' getDomain, with tldts evaluated on the first call (tldts-lazy.cjs). */
declare const getDomain: typeof tldtsGetDomain;
export = getDomain;
