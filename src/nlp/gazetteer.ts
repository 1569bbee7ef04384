/**
 * Countries and their demonyms, from the world-countries data set (names, official names, other spellings,
 * demonyms of 250 countries): what news writes as "U.K.", "UK", "Britain" and "United Kingdom" is one place,
 * and "Chinese" or "Indonesians" is never an entity. Data, not our own lists: nothing here is tuned to an
 * archive. Build-time and background only. The data is the part of the set the tables read (countries.json,
 * written by `npm run data:countries`).
 */
import countries from './countries.json';
import { FORMER_COUNTRIES, PEOPLE_WORDS } from './lexicon';
import { memoizeText } from './memo';

const fold = memoizeText((s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase(),
);

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;
const SMALL = new Set(['of', 'the', 'and']);
const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();

interface Tables {
  country: Map<string, string>;
  /** Codes as written, in capitals ("UK", "UAE"). */
  codes: Map<string, string>;
  demonyms: Set<string>;
  /** An English demonym, singular or plural → its country's usual name ("peruvians" → "Peru"). */
  peopleOf: Map<string, string>;
}
let tables: Tables | undefined;

function build(): Tables {
  const country = new Map<string, string>();
  const codes = new Map<string, string>();
  const demonyms = new Set<string>();
  const peopleOf = new Map<string, string>();
  const peopleArea = new Map<string, number>();
  const tails = new Map<string, Set<string>>();
  for (const c of countries) {
    const canonical = c.name.common;
    // (an other spelling that is the country's people's word is theirs, not the country's: "Thai", "Togolese";
    // unless it is a word of the name itself: "Vatican" of "Vatican City")
    const english = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d) => d !== undefined && LATIN.test(d)) as string[];
    const people = new Set(english.map(fold));
    const own = new Set(c.name.common.split(/\s+/).map(fold));
    const others = c.altSpellings.filter((f) => !people.has(fold(f)) || own.has(fold(f)));
    const forms = [c.name.common, c.name.official, ...others].filter((f) => LATIN.test(f));
    for (const form of forms) {
      // a code is only the country's when it spells the name's initials ("US", "UK", "UAE"): "IT", "AI" are not
      if (/^[A-Z]{2,3}$/.test(form)) {
        // a code is only written in capitals: "Rs" (rupees) and "Us" are no country
        if ((form === initials(c.name.common) || form === initials(c.name.official)) && !codes.has(form)) codes.set(form, canonical);
        continue;
      }
      if (!country.has(fold(form))) country.set(fold(form), canonical);
      // "Republic of Ruritania" → "Ruritania", kept only if no other country ends that way ("Korea")
      // and "Great Britain" → "Britain", on the same terms
      // (a state's: "Isle of Man" is not "Man")
      const tail = /\b(?:Republic|Kingdom|States?|Commonwealth|Principality|Federation|Sultanate|Emirate|Duchy|Union|Confederation) of ([A-Z][a-z]+)$/.exec(form)?.[1] ?? /^Great ([A-Z][a-z]+)$/.exec(form)?.[1];
      if (tail) tails.set(tail, (tails.get(tail) ?? new Set()).add(canonical));
    }
    for (const d of Object.values(c.demonyms ?? {}))
      for (const word of [d.m, d.f]) {
        if (!word || !LATIN.test(word)) continue;
        demonyms.add(fold(word));
        demonyms.add(fold(`${word}s`));
      }
    // a people's word several countries share ("American", "French", "Dutch") is the largest one's, not a
    // territory's that the data set lists first
    for (const word of english)
      for (const form of [word, `${word}s`]) {
        const before = peopleArea.get(fold(form)) ?? -1;
        if (c.area > before) {
          peopleOf.set(fold(form), canonical);
          peopleArea.set(fold(form), c.area);
        }
      }
  }
  for (const [tail, owners] of tails) if (owners.size === 1 && !country.has(fold(tail))) country.set(fold(tail), [...owners][0]!);
  for (const word of PEOPLE_WORDS) demonyms.add(word);
  // "Argentinian" beside the data set's "Argentine": a country's one word with "-ian" (its last vowel dropped) is a
  // people's word too
  for (const form of country.keys()) if (/^[a-z]{4,}$/.test(form)) demonyms.add(`${form.replace(/[aeiouy]$/, '')}ian`);
  for (const name of FORMER_COUNTRIES) if (/^[A-Z]{2,4}$/.test(name)) codes.set(name, name);
  else country.set(fold(name), name);
  // a demonym that is also a country's name ("Monaco") stays a name
  for (const form of country.keys()) demonyms.delete(form);
  return { country, codes, demonyms, peopleOf };
}

/** The country's usual name for a way of writing it ("U.K." → "United Kingdom"), or undefined. */
export function countryName(form: string): string | undefined {
  tables ??= build();
  const code = form.replace(/\./g, '');
  return tables.country.get(fold(form)) ?? (/^[A-Z]{2,3}$/.test(code) ? tables.codes.get(code) : undefined);
}

/** "Chinese", "Indonesians", "Kenyan": a word for a country's people, never a name by itself. */
export function isDemonym(word: string): boolean {
  tables ??= build();
  const folded = fold(word);
  if (tables.demonyms.has(folded)) return true;
  // "Northern Irish", "West African", "Southeast Asian": a compass word before a people's word is a people of a region
  const regional = /^(?:north|south|east|west|northern|southern|eastern|western|central|(?:north|south)(?:-| )?(?:east|west)(?:ern)?)(?:-| )(.+)$/.exec(folded);
  return !!regional && tables.demonyms.has(regional[1]!);
}

/** The country whose people a demonym names ("Peruvians", "Chilean" → that country's usual name), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  tables ??= build();
  return tables.demonyms.has(fold(word)) ? tables.peopleOf.get(fold(word)) : undefined;
}
