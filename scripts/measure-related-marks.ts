/**
 * `npx tsx scripts/measure-related-marks.ts [--archive factbase.json]`: what the option "Only mark names with
 * background that relates to this page" would do on the 44 real news pages (../shared/realpages), read as
 * the annotate command reads them (same extraction and matching). Per page: its date, marks now, marks with
 * the option on for every kind, and with it on for places only; and how many marked names have any
 * background on the page's date at all. Prints a table and the totals; changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { buildFactIndex, pageContext, relatesToPage } from '../src/relevance/relevance';
import { migrateFactBase } from '../src/factbase/migrate';
import { compileMatcher } from '../src/matching/compile';
import { prepareMatcher } from '../src/matching/load';
import { scanDocument } from '../src/page/scan';
import { splitByDate } from '../src/time/as-of';
import { isoDay } from '../src/time/partial-date';
import { hasRealPages, NEWS_PAGES, REALPAGES } from '../tests/quality/pages';

const { values } = parseArgs({ options: { archive: { type: 'string', default: 'public/data/factbase.json' } } });
if (!hasRealPages()) {
  console.log(`no real pages at ${REALPAGES}: nothing to measure`);
  process.exit(0);
}
const fb = migrateFactBase(JSON.parse(readFileSync(values.archive!, 'utf8')));
const matcher = prepareMatcher(compileMatcher(fb));
const index = buildFactIndex(fb.entities);
const byId = new Map(fb.entities.map((e) => [e.id, e]));
const today = isoDay(new Date());

const rows: (string | number)[][] = [];
const total = { marks: 0, related: 0, placesOnly: 0, places: 0, withBackground: 0, names: 0 };
for (const name of NEWS_PAGES) {
  const html = readFileSync(join(REALPAGES, name, 'source.html'), 'utf8');
  const window = new Window({ url: `https://example.com/${name}/` });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const scan = scanDocument(doc, window.location.href, matcher, { checkVisibility: false });
  await window.happyDOM.close();
  const asOf = scan.date ?? today;
  const ids = [...new Set(scan.mentions.map((m) => m.id))];
  const page = pageContext(ids, scan.page.text);
  const related = new Set(ids.filter((id) => relatesToPage(byId.get(id)!, page, index, asOf)));
  const background = ids.filter((id) => splitByDate(byId.get(id)!.facts, asOf).before.length > 0).length;
  const places = scan.mentions.filter((m) => m.type === 'place').length;
  const kept = scan.mentions.filter((m) => related.has(m.id)).length;
  const keptPlacesOnly = scan.mentions.filter((m) => m.type !== 'place' || related.has(m.id)).length;
  rows.push([name, scan.date ?? '(none)', scan.mentions.length, places, kept, keptPlacesOnly, `${background}/${ids.length}`, `${related.size}/${ids.length}`]);
  total.marks += scan.mentions.length;
  total.places += places;
  total.related += kept;
  total.placesOnly += keptPlacesOnly;
  total.withBackground += background;
  total.names += ids.length;
}
const head = ['page', 'date', 'marks', 'of them places', 'option on (all kinds)', 'option on (places only)', 'names with background', 'names related'];
for (const r of [head, ...rows.filter((r) => Number(r[2]) > 0)]) console.log(r.join('\t'));
console.log(`\n${rows.filter((r) => Number(r[2]) > 0).length} of ${rows.length} pages have marks`);
console.log(`marks ${total.marks} (places ${total.places}); option on for all kinds ${total.related}; on for places only ${total.placesOnly}`);
console.log(`names with any background on the page's date ${total.withBackground}/${total.names}`);
