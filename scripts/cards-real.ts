/**
 * `npm run report:cards [-- --no-build]`: the built extension in Chromium on the real news pages of
 * ../shared/realpages (served locally, every other host blocked): each page's marks with the default settings
 * and with "Only mark names with background that relates to this page" on, the page's date as the card sees
 * it, and what the card of its first marked name says on the pages that have one (the first three, unless
 * `--cards N`). Prints only; the pages' text stays out of the repository.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../src/settings/schema';
import { hoverMark, launchWithExtensionRetrying, paintedRanges, pollUntil, readCard, serveFixtures, waitForMarks, type ExtensionSession } from '../tests/e2e/browser';
import { buildExtension } from '../tests/e2e/build';
import { hasRealPages, NEWS_PAGES, REALPAGES } from '../tests/quality/pages';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, cards: { type: 'string', default: '3' } } });
if (!hasRealPages()) {
  console.log(`report:cards: ${REALPAGES} is absent: nothing to report (the real pages live outside the repository).`);
  process.exit(0);
}
if (!values['no-build']) await buildExtension('chrome');

const server = await serveFixtures({ root: REALPAGES });
const session = await launchWithExtensionRetrying();

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };
const settings = (session: ExtensionSession, onlyRelatedMarks: boolean) =>
  session.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), { ...defaultSettings(), onlyRelatedMarks });

async function marksOn(name: string): Promise<{ page: Page; marks: string[] }> {
  const page = await session.context.newPage();
  await page.goto(server.url(`/${name}/source.html`), { waitUntil: 'domcontentloaded' });
  await waitForMarks(page, 'painted', 1, 20_000).catch(() => undefined);
  return { page, marks: (await paintedRanges(page)).map((r) => r.text) };
}

try {
  const counts = new Map<string, { all: string[]; related?: string[] }>();
  await settings(session, false);
  let cards = Number(values.cards);
  for (const name of NEWS_PAGES) {
    const { page, marks } = await marksOn(name);
    counts.set(name, { all: marks });
    if (marks.length && cards > 0) {
      cards--;
      await hoverMark(page, marks[0]!);
      const card = (await pollUntil(() => readCard(session, page), (c) => c.open, 5_000)).value;
      console.log(`\n${name}: the card of "${marks[0]}":\n  ${card.text.replace(/ \| /g, ' ').slice(0, 900)}`);
    }
    await page.close();
  }
  await settings(session, true);
  for (const name of NEWS_PAGES) {
    const { page, marks } = await marksOn(name);
    counts.get(name)!.related = marks;
    await page.close();
  }
  console.log('\nmarks per news page: default settings -> only names whose background relates to the page');
  let all = 0;
  let related = 0;
  for (const [name, c] of counts) {
    all += c.all.length;
    related += c.related?.length ?? 0;
    if (c.all.length || c.related?.length) console.log(`  ${name.padEnd(24)} ${String(c.all.length).padStart(3)} -> ${String(c.related?.length ?? 0).padStart(3)}  (${[...new Set(c.all)].join(', ')})`);
  }
  console.log(`  ${counts.size} pages: ${all} marks -> ${related}; pages with marks ${[...counts.values()].filter((c) => c.all.length).length}`);
} finally {
  await session.close();
  await server.close();
}
