/**
 * A synthetic fact base of invented people (pseudo-words built from syllables, so no name collides with
 * another or with English) and a text that names some of them, with the mentions it must yield.
 * Shared by the scale test and scripts/bench-matcher.ts.
 */
import { SCHEMA_VERSION, type FactBase } from '../../../src/factbase/schema';

const SYLLABLES = 'ba be bi bo bu da de di do du fa fe fi fo fu ga ge gi go gu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(' ');
const S = SYLLABLES.length; // 70: three syllables give 343,000 surnames

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const word = (n: number, syllables: number, tail: string) => {
  let w = '';
  for (let k = 0; k < syllables; k++, n = Math.floor(n / S)) w += SYLLABLES[n % S];
  return cap(w + tail);
};
/** Surnames: three syllables (six letters); given names: two syllables plus "n" or "x" (five letters), so the sets never meet. */
export const surname = (i: number) => word(i, 3, '');
const given = (i: number) => word(i % 4900, 2, 'n');
const middle = (i: number) => word((i * 7) % 4900, 2, 'x');
export const fullName = (i: number) => `${given(i)} ${surname(i)}`;

/** `entities` invented people, each with three aliases: surname (a short form), a three-word name and "Dr" + full name. */
export function syntheticFactBase(entities: number): FactBase {
  return {
    schema: SCHEMA_VERSION,
    articles: [],
    entities: Array.from({ length: entities }, (_, i) => ({
      id: `p-${i}`,
      type: 'person' as const,
      name: fullName(i),
      aliases: [surname(i), `${given(i)} ${middle(i)} ${surname(i)}`, `Dr ${fullName(i)}`],
      facts: [],
      related: [],
      articles: [],
      firstSeen: '2023-01-01',
      lastSeen: '2023-01-01',
    })),
  };
}

/** A deterministic pseudo-random sequence (mulberry32). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Expected {
  start: number;
  end: number;
  id: string;
  reason: string;
}

/** Lower-case filler with no word that backs a short form ("said", "envoy" ...) and no capitals. */
const FILLER = 'the report noted that in a long week of quiet work and several plans for the region were under review by staff'.split(' ');

/**
 * About `words` words of filler naming people: in full, then by surname (linked: full name on the page),
 * possessive; plus surnames of people never named in full (not linked: no support) and lower-cased
 * surnames (not matched at all).
 */
export function syntheticText(entities: number, words: number, seed = 1): { text: string; expected: Expected[]; unsupported: number } {
  const rnd = random(seed);
  const parts: string[] = [];
  const expected: Expected[] = [];
  const named = new Set<number>();
  let length = 0;
  let count = 0;
  let unsupported = 0;
  // the last `lone` entities are never named in full: their surnames have no support
  const lone = Math.min(1000, Math.floor(entities / 4));
  const add = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const mention = (s: string, i: number, reason: string, suffix = '') => {
    expected.push({ start: length, end: length + s.length, id: `p-${i}`, reason });
    add(`${s + suffix} `);
  };
  while (count < words) {
    for (let k = 0; k < 8; k++) add(`${FILLER[Math.floor(rnd() * FILLER.length)]!} `);
    count += 10;
    const i = Math.floor(rnd() * (entities - lone));
    const roll = rnd();
    if (roll < 0.4 || !named.size) {
      mention(fullName(i), i, 'full-name', roll < 0.1 ? '’s' : '');
      named.add(i);
    } else if (roll < 0.7) {
      const j = [...named][Math.floor(rnd() * named.size)]!;
      mention(surname(j), j, 'full-name-on-page', roll < 0.5 ? "'s" : '');
    } else if (roll < 0.85) {
      add(`${surname(i).toLowerCase()} `);
    } else {
      // a surname whose full name is never on the page: the scan finds it, disambiguation refuses it
      unsupported++;
      add(`${surname(entities - 1 - (count % lone))} `);
    }
    add('. ');
  }
  return { text: parts.join(''), expected, unsupported };
}
