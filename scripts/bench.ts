/**
 * `npm run bench`: the content script's cost on news pages of several sizes, in real Chromium with the built
 * extension, from the performance marks it leaves (news-context:*), plus bundle sizes. Timings vary with the
 * machine: compare rows of one run, not runs of different machines. Writes artifacts/bench.json.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSeeds } from '../src/archive/load';
import { launchChromium, launchWithExtension, serveFixtures, waitForContentScript, type ChromiumSession, type ExtensionSession } from '../tests/e2e/browser';
import { buildExtension } from '../tests/e2e/build';
import { ROOT } from '../tests/e2e/paths';
import { newsPage } from '../tests/helpers/news-page';

const RUNS = 3;
const OUT = path.join(ROOT, 'artifacts/bench.json');

/** A paragraph of invented wire copy that names the archive's people, places and events. */
const PARAGRAPH = (i: number) =>
  `<p>${i % 3 === 0 ? 'Officials' : 'Diplomats'} said on Thursday that US climate envoy John Kerry and his counterpart Xie Zhenhua had ` +
  `spoken again in Beijing, while Joe Biden and Xi Jinping prepared for the APEC summit. Analysts in Washington ` +
  `expected the COP28 talks in the United Arab Emirates to test both sides, and several trade groups, ` +
  `unions and city councils published long statements about prices, jobs, weather and transport that ` +
  `mention no one the archive knows at all, which is what most of a long page is like.</p>`;

function syntheticPage(words: number): string {
  const perParagraph = 75;
  const body = Array.from({ length: Math.ceil(words / perParagraph) }, (_, i) => PARAGRAPH(i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<meta property="article:published_time" content="2023-11-10T09:00:00Z">
<script>window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });</script>
</head><body><header>The Daily Bench</header><article><h1>Talks go on</h1>${body}</article></body></html>`;
}

interface Row {
  page: string;
  words: number;
  ranges: number;
  /** ms from DOMContentLoaded to the first and the last highlights painted. */
  dclToFirstPaint: number;
  dclToAllPainted: number;
  extractMs: number;
  matchMs: number;
  /** ms from the card being asked for (after the dwell) to it being on screen. */
  cardMs: number | null;
  longTasks: number;
  longestTaskMs: number;
  /** The same page in the same browser build without the extension: the page's own long tasks. */
  baseLongTasks: number;
  baseLongestTaskMs: number;
}

/** Long tasks of the page alone (loading and laying out a huge page is long work of its own). */
async function baseline(session: ChromiumSession, url: string): Promise<{ longTasks: number; longestTaskMs: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  const r = (await page.evaluate(`(() => { const t = window.__longtasks || []; return { longTasks: t.length, longestTaskMs: Math.max(0, ...t) }; })()`)) as {
    longTasks: number;
    longestTaskMs: number;
  };
  await page.close();
  return r;
}

async function measure(session: ExtensionSession, url: string): Promise<Omit<Row, 'page' | 'baseLongTasks' | 'baseLongestTaskMs'>> {
  const page = await session.context.newPage();
  await page.goto(url);
  await waitForContentScript(session, url);
  await page.waitForFunction(() => performance.getEntriesByName('news-context:painted').length > 0, null, { timeout: 20_000 });
  const target = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('news-context-person');
    const r = h && [...h][0]?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
  });
  if (target) {
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction(() => performance.getEntriesByName('news-context:card-shown').length > 0, null, { timeout: 5000 }).catch(() => undefined);
  }
  // a string, not a function: tsx would wrap named inner functions in a helper the page does not have
  const r = (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName('news-context:' + name).at(-1)?.startTime ?? NaN;
    const first = (name) => performance.getEntriesByName('news-context:' + name)[0]?.startTime ?? NaN;
    const nav = performance.getEntriesByType('navigation')[0];
    let ranges = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('news-context-')) ranges += h.size;
    const firstPaint = Number.isNaN(first('first-painted')) ? first('painted') : first('first-painted');
    const tasks = window.__longtasks || [];
    return {
      words: document.body.innerText.split(/\\s+/).filter(Boolean).length,
      ranges,
      dclToFirstPaint: firstPaint - nav.domContentLoadedEventEnd,
      dclToAllPainted: at('painted') - nav.domContentLoadedEventEnd,
      extractMs: first('extracted') - first('scan-start'),
      matchMs: first('matched') - first('extracted'),
      cardMs: Number.isNaN(at('card-shown')) ? null : at('card-shown') - at('card-requested'),
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
    };
  })()`)) as Omit<Row, 'page' | 'baseLongTasks' | 'baseLongestTaskMs'>;
  await page.close();
  return r;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function bundleSizes(): Promise<Record<string, number>> {
  const dir = path.join(ROOT, '.output/chrome-mv3');
  const files: Record<string, string> = {
    'content script (initial)': 'content-scripts/content.js',
    'card (loaded at first hover)': 'card.js',
    background: 'background.js',
    'fact base (JSON)': 'data/factbase.json',
    'compiled matcher (JSON)': 'data/matcher.json',
  };
  const out: Record<string, number> = {};
  for (const [label, file] of Object.entries(files)) out[label] = (await stat(path.join(dir, file))).size;
  const chunks = await readdir(path.join(dir, 'chunks'));
  out['popup (own chunk)'] = (await stat(path.join(dir, 'chunks', chunks.find((c) => c.startsWith('popup-'))!))).size;
  return out;
}

async function main(): Promise<void> {
  console.log('bench: building the extension…');
  await buildExtension('chrome');
  const [seed] = await loadSeeds(path.join(ROOT, 'seeds'));
  const pages: Record<string, string> = {
    '/seed.html': newsPage(seed!).replace('</head>', '<script>window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: "longtask", buffered: true });</script></head>'),
    '/words-1500.html': syntheticPage(1_500),
    '/words-20000.html': syntheticPage(20_000),
    '/words-100000.html': syntheticPage(100_000),
  };
  const server = await serveFixtures({ pages });
  const session = await launchWithExtension();
  const plain = await launchChromium({ extension: false });
  const rows: Row[] = [];
  try {
    // one throw-away visit: the first page of a browser session pays for starting the service worker
    await measure(session, server.url('/seed.html'));
    for (const p of Object.keys(pages)) {
      const runs: Omit<Row, 'page' | 'baseLongTasks' | 'baseLongestTaskMs'>[] = [];
      const bases: { longTasks: number; longestTaskMs: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await measure(session, server.url(p)));
        bases.push(await baseline(plain, server.url(p)));
      }
      const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => (r[k] as number | null) ?? NaN));
      rows.push({
        page: p.slice(1, -5),
        words: m('words'),
        ranges: m('ranges'),
        dclToFirstPaint: m('dclToFirstPaint'),
        dclToAllPainted: m('dclToAllPainted'),
        extractMs: m('extractMs'),
        matchMs: m('matchMs'),
        cardMs: m('cardMs'),
        longTasks: Math.max(...runs.map((r) => r.longTasks)),
        longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
        baseLongTasks: Math.max(...bases.map((r) => r.longTasks)),
        baseLongestTaskMs: Math.max(...bases.map((r) => r.longestTaskMs)),
      });
    }
  } finally {
    await session.close();
    await plain.close();
    await server.close();
  }
  const sizes = await bundleSizes();
  const f = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(1));
  console.log(`\nmedian of ${RUNS} visits per page, real Chromium (headless), ms; long tasks are the most seen in one visit,`);
  console.log(`with the extension and, last column, for the same page without it (count / longest)`);
  console.log(['page'.padEnd(12), 'words', 'ranges', 'DCL→first', 'DCL→all', 'extract', 'match', 'card', 'tasks≥50ms', 'longest', 'page alone'].map((h, i) => (i ? h.padStart(11) : h)).join(''));
  for (const r of rows) {
    console.log(
      [r.page.padEnd(12), String(r.words), String(r.ranges), f(r.dclToFirstPaint), f(r.dclToAllPainted), f(r.extractMs), f(r.matchMs), f(r.cardMs), String(r.longTasks), f(r.longestTaskMs), `${r.baseLongTasks} / ${f(r.baseLongestTaskMs)}`]
        .map((c, i) => (i ? c.padStart(11) : c))
        .join(''),
    );
  }
  console.log('\nbundle sizes (minified bytes)');
  for (const [k, v] of Object.entries(sizes)) console.log(`  ${k.padEnd(30)}${(v / 1000).toFixed(1).padStart(8)} kB`);
  await mkdir(path.dirname(OUT), { recursive: true });
  await writeFile(OUT, `${JSON.stringify({ when: new Date().toISOString(), runs: RUNS, rows, sizes }, null, 1)}\n`);
  console.log(`\nbench: written to ${path.relative(process.cwd(), OUT)}`);
}

await main();
