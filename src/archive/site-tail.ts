/** A site's name said short, as articles do after giving it whole once. */
import { SITE_HEADS } from '../nlp/lexicon';

/** "Ostrel Key Bridge" → "Key Bridge": the last two words of a site's name of three or more that ends in a site's head. */
export const siteTail = (name: string): string | undefined => {
  const words = name.split(/\s+/);
  return words.length > 2 && SITE_HEADS.has(words.at(-1)!.toLowerCase()) && /^\p{Lu}/u.test(words.at(-2)!) ? words.slice(-2).join(' ') : undefined;
};

/** The street words news writes short, with their full forms. */
const STREET_SHORT: Record<string, string> = { ave: 'Avenue', av: 'Avenue', rd: 'Road', st: 'Street', blvd: 'Boulevard', hwy: 'Highway', sq: 'Square', pde: 'Parade', tce: 'Terrace', cres: 'Crescent', ln: 'Lane' };
const STREET_FULL = new Set(Object.values(STREET_SHORT).map((w) => w.toLowerCase()));

/**
 * "Velkor Ave" → "Velkor Avenue": a street's name with its last word in full; undefined for a name that ends in no
 * street word (one word alone is no street's name: "St" is a saint's).
 */
export const streetInFull = (name: string): string | undefined => {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words.at(-2)!)) return undefined;
  const last = words.at(-1)!.replace(/\.$/, '').toLowerCase();
  const full = STREET_SHORT[last];
  if (full) return [...words.slice(0, -1), full].join(' ');
  return STREET_FULL.has(last) ? name : undefined;
};
