/**
 * `npm run quality:pages [-- --only a,b] [-- --news] [-- --no-build] [-- --verbose]`: the built extension in
 * Chromium on the real pages of ../shared/realpages (served locally, every other host blocked): for each page
 * the text the content script read as the story (asked from it with the `read` request) scored against
 * Readability's article by word shingles, the marks it painted inside and outside the story, the region it
 * read and any console error of ours. Prints per page and averaged (news pages, all pages), writes
 * artifacts/quality-pages.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtensionRetrying, markedBlocks, sendToTab, serveFixtures, waitForMarks } from '../tests/e2e/browser';
import { buildExtension } from '../tests/e2e/build';
import { ROOT } from '../tests/e2e/paths';
import { allPages, hasRealPages, markPlace, NEWS_PAGES, REALPAGES, reference, type MarkPlace } from '../tests/quality/pages';
import { averageOverlap, overlap, words, type Overlap } from '../tests/quality/shingles';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    news: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

/**
 * Pages where Readability's reference is not the story as a reader sees it, and why: their figures are
 * printed but flagged.
 */
export const DISPUTED: Record<string, string> = {
  'yahoo-2': 'a front page (the title is the site name); the reference keeps one photo caption twice',
  qq: 'the reference keeps a reader poll ("do you find this article relevant?") after the story',
  'bug-1255978': 'the reference keeps image captions and the headings of a list we read only in part',
};

/** Our marks' timings; a string, as tsx would wrap local functions in a helper the page does not have. */
const TIMINGS = `(() => {
  const at = (n) => performance.getEntriesByName('news-context:' + n)[0]?.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  const painted = at('first-painted') ?? at('painted');
  const start = at('scan-start');
  const extracted = at('extracted');
  return {
    firstPaintMs: nav && painted !== undefined ? painted - nav.domContentLoadedEventStart : undefined,
    readMs: start !== undefined && extracted !== undefined ? extracted - start : undefined,
  };
})()`;

interface PageResult extends Overlap {
  page: string;
  news: boolean;
  root: string;
  chars: number;
  marks: Record<MarkPlace, number>;
  outside: string[];
  errors: string[];
  /** DOMContentLoaded -> first highlights, ms (undefined: nothing painted). */
  firstPaintMs?: number;
  /** The content script's read of the page (scan-start -> extracted), ms, including waits between slices. */
  readMs?: number;
  failure?: string;
  /** The text read (with --verbose; artifacts/ is not committed: the pages' text stays out of the repository). */
  text?: string;
}

if (!hasRealPages()) {
  console.log(`quality:pages: ${REALPAGES} is absent: nothing to measure (the real pages live outside the repository).`);
  process.exit(0);
}
const only = values.only?.split(',').filter(Boolean);
const pages = only ?? (values.news ? [...NEWS_PAGES] : allPages());
if (!values['no-build']) {
  console.log('quality:pages: building the extension…');
  await buildExtension('chrome');
}

const server = await serveFixtures({ root: REALPAGES });
const session = await launchWithExtensionRetrying();
const results: PageResult[] = [];
try {
  for (const name of pages) {
    const r = await visit(name);
    results.push(r);
    const flag = r.failure ? `  FAILED: ${r.failure}` : '';
    console.log(
      `${name.padEnd(28)} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F1 ${r.f1.toFixed(2)}  marks ${r.marks.story}/${r.marks.headline}/${r.marks.outside}  ${r.root.slice(0, 50)}${flag}`,
    );
    if (values.verbose && r.outside.length) console.log(`    outside: ${r.outside.slice(0, 5).join(' | ')}`);
    for (const e of r.errors) console.log(`    error: ${e}`);
  }
} finally {
  await session.close();
  await server.close();
}

const summarise = (label: string, rs: PageResult[]) => {
  if (!rs.length) return;
  const avg = averageOverlap(rs);
  const marks = rs.reduce((m, r) => ({ story: m.story + r.marks.story, headline: m.headline + r.marks.headline, outside: m.outside + r.marks.outside }), { story: 0, headline: 0, outside: 0 });
  const low = rs.filter((r) => r.precision < 0.5).length;
  const painted = rs.map((r) => r.firstPaintMs).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  const median = painted.length ? painted[Math.floor(painted.length / 2)]!.toFixed(0) : '-';
  console.log(
    `${label}: ${rs.length} pages  precision ${avg.precision.toFixed(3)}  recall ${avg.recall.toFixed(3)}  F1 ${avg.f1.toFixed(3)}  ` +
      `(precision < 0.5 on ${low})  marks in story ${marks.story}, headline ${marks.headline}, outside ${marks.outside}  ` +
      `errors ${rs.reduce((n, r) => n + r.errors.length, 0)}  failed ${rs.filter((r) => r.failure).length}  DCL->first highlights median ${median} ms`,
  );
};
console.log('');
summarise('news pages', results.filter((r) => r.news));
summarise('all pages', results);
const disputed = results.filter((r) => DISPUTED[r.page]);
if (disputed.length) {
  console.log('\nwhere the reference is disputed:');
  for (const r of disputed) console.log(`  ${r.page}: ${DISPUTED[r.page]}`);
}
const out = path.join(ROOT, 'artifacts/quality-pages.json');
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(ROOT, out)}`);

async function visit(name: string): Promise<PageResult> {
  const ref = reference(name);
  const refWords = words(ref.text).join(' ');
  const result: PageResult = {
    page: name,
    news: (NEWS_PAGES as readonly string[]).includes(name),
    root: '',
    chars: 0,
    marks: { story: 0, headline: 0, outside: 0 },
    outside: [],
    errors: [],
    ...overlap('', ref.text),
  };
  const page = await session.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith(`chrome-extension://${session.extensionId}/`)) result.errors.push(m.text().slice(0, 200));
  });
  const url = server.url(`/${name}/source.html`);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await waitForMarks(page, 'painted', 1, 15_000);
    if (await revealLikeItsScript(page)) await waitForMarks(page, 'painted', 2, 15_000);
    const read = (await sendToTab(session, page.url(), { type: 'read' })) as { text: string; root: string };
    Object.assign(result, overlap(read.text, ref.text), { root: read.root, chars: read.text.length });
    if (values.verbose) result.text = read.text;
    for (const m of await markedBlocks(page)) {
      const place = markPlace(m.block, ref, refWords);
      result.marks[place]++;
      if (place === 'outside') result.outside.push(`${m.text} in "${m.block.slice(0, 80)}"`);
    }
    Object.assign(result, await timingsOf(page));
  } catch (err) {
    result.failure = String(err).split('\n')[0];
  } finally {
    await page.close();
  }
  return result;
}

/**
 * Anti-flicker snippets hide the body until their remote script shows it, and every remote script is blocked
 * here: do what the snippet's script does (remove its style element, its class on <html>). True if it did.
 */
function revealLikeItsScript(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    if (document.body.checkVisibility({ visibilityProperty: true })) return false;
    for (const style of Array.from(document.querySelectorAll('style'))) {
      if (/body\s*\{[^}]*visibility\s*:\s*hidden/.test(style.textContent ?? '')) style.remove();
    }
    document.documentElement.classList.remove('async-hide');
    return true;
  });
}

function timingsOf(page: Page): Promise<{ firstPaintMs?: number; readMs?: number }> {
  return page.evaluate(TIMINGS);
}
