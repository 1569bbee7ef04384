/**
 * `npx tsx scripts/new-page-fixture.ts <slug> [--force]`: drafts tests/fixtures/pages/<slug>/expected.json
 * from what the pipeline links in its source.html today (fact base built from seeds/, the same scan as
 * tests/dom/page/golden.test.ts), and prints each link with its reason.
 *
 * A draft, not an answer: read the page, then edit the file into what a careful reader expects (add what is
 * missed, delete what is wrong, fill `absent` on look-alike pages, and list under `known` what the pipeline
 * still gets wrong, with why). Refuses to overwrite an existing expected.json without --force.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { buildFactBase } from '../src/archive/build';
import { loadSeeds } from '../src/archive/load';
import { compileMatcher, prepareMatcher } from '../src/matching';
import { scanDocument } from '../src/page/scan';

const PAGES = 'tests/fixtures/pages';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean' } } });
  const [slug] = positionals;
  if (!slug || positionals.length > 1 || !/^[a-z0-9-]+$/.test(slug)) {
    console.error('usage: npx tsx scripts/new-page-fixture.ts <slug> [--force]   (slug: a-z, 0-9 and -)');
    return 2;
  }
  const dir = path.join(PAGES, slug);
  const out = path.join(dir, 'expected.json');
  if (existsSync(out) && !values.force) {
    console.error(`${out} exists and may hold hand-written expectations; pass --force to overwrite it`);
    return 1;
  }
  let html: string;
  try {
    html = await readFile(path.join(dir, 'source.html'), 'utf8');
  } catch (err) {
    console.error(`cannot read ${dir}/source.html: ${(err as Error).message}`);
    return 1;
  }

  const matcher = prepareMatcher(compileMatcher(buildFactBase(await loadSeeds('seeds'))));
  // the URL and settings the golden test uses: no date in the URL, nothing fetched
  const window = new Window({
    url: `https://news.example/pages/${slug}/`,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  window.document.write(html);
  const scan = scanDocument(window.document as unknown as Document, window.location.href, matcher, { checkVisibility: false });
  await window.happyDOM.close();

  const mentions = scan.mentions.map((m) => ({ text: scan.page.text.slice(m.start, m.end).replace(/\s+/g, ' '), entity: m.id }));
  const lines = mentions.map((m) => `    { "text": ${JSON.stringify(m.text)}, "entity": ${JSON.stringify(m.entity)} }`);
  const list = lines.length ? `[\n${lines.join(',\n')}\n  ]` : '[]';
  const json = `{\n  "date": ${JSON.stringify(scan.date ?? null)},\n  "mentions": ${list},\n  "absent": []\n}\n`;
  await writeFile(out, json);

  console.log(`${out}: a DRAFT from the current pipeline (date ${scan.date ?? 'none'}, ${mentions.length} mentions); review every line:`);
  for (const m of scan.mentions) {
    console.log(`  ${scan.page.text.slice(m.start, m.end).replace(/\s+/g, ' ')} → ${m.id} (${m.reason}${m.evidence ? `: ${m.evidence}` : ''})`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
