/**
 * `npm run data:countries`: writes src/nlp/countries.json, the part of the world-countries data set the
 * gazetteer reads (names, other spellings, demonyms, area) from the pinned package. The whole set is 713 kB
 * (translations, currencies, borders...), and the background's service worker parses every byte of it at each
 * start; this part is 61 kB. tests/unit/nlp/countries-data.test.ts fails when the two differ (after an
 * update of world-countries: run this again).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'world-countries';

export function trimCountries(all: typeof countries) {
  return all.map((c) => ({ name: { common: c.name.common, official: c.name.official }, altSpellings: c.altSpellings, demonyms: c.demonyms, area: c.area }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const out = path.join(import.meta.dirname, '../src/nlp/countries.json');
  writeFileSync(out, `${JSON.stringify(trimCountries(countries))}\n`);
  console.log(`wrote ${out}`);
}
