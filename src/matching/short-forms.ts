/**
 * Short forms the world uses for a few countries and organisations, whether or not the archive ever wrote them:
 * an archive that only spells out a name still links the page's short form ("UK" for its "United Kingdom").
 * A small curated table of unambiguous forms (case-exact acronyms, or names no other thing has); each group is
 * a set of equivalent forms, normalised as aliases are ("U.K." → "UK").
 */
import { countryName } from '../nlp/gazetteer';

const GROUPS: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'US', 'USA'],
  ['United Kingdom', 'UK', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE'],
  ['European Union', 'EU'],
  ['United Nations', 'UN'],
  ['Soviet Union', 'USSR'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['International Monetary Fund', 'IMF'],
  ['Group of Seven', 'G7', 'G-7', 'Group of 7'],
  ['Group of Twenty', 'G20', 'G-20', 'Group of 20'],
  ['Democratic Republic of the Congo', 'DRC', 'DR Congo'],
  ['South Korea', 'Republic of Korea'],
  ['North Korea', "Democratic People's Republic of Korea", 'DPRK'],
];

/** Cities the world writes two ways (a transliteration changed by the country): either form is the city. */
const PLACE_GROUPS: readonly (readonly string[])[] = [['Kyiv', 'Kiev']];

/** Forms that are also English words in capitals ("LET US GO"): like the archive's own short forms, they need support. */
export const NEEDS_SUPPORT: ReadonlySet<string> = new Set(['US']);

/** A form as the table looks it up: without dots, a hyphen with no spaces ("U.K." → "UK", "G - 20" → "G-20"). */
const keyOf = (form: string): string => form.replace(/\./g, '').replace(/\s*-\s*/g, '-');
const BY_FORM = new Map<string, readonly string[]>();
for (const group of [...GROUPS, ...PLACE_GROUPS]) for (const form of group) BY_FORM.set(keyOf(form), group);
const PLACES = new Set(PLACE_GROUPS.flat());

/** The well-known other forms of any of `forms` (normalised aliases), not counting `forms` themselves. */
export function wellKnownForms(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) for (const g of BY_FORM.get(keyOf(f)) ?? []) out.add(g);
  for (const f of forms) out.delete(f);
  return [...out];
}

/**
 * The usual name of a well-known body for one of its forms ("UN" → "United Nations"), or undefined: the
 * builder names one body the same whichever form an article wrote (countries go by the country data set).
 */
export function usualBodyName(form: string): string | undefined {
  const group = BY_FORM.get(keyOf(form));
  return group && countryName(group[0]!) === undefined && !PLACES.has(group[0]!) ? group[0] : undefined;
}
