/**
 * `npm run bench [-- --quick] [-- --repeats N] [-- --no-build] [-- --only key,key]`: the content script against
 * its peers on the same generated pages in one Chromium run (see pages.ts, ours.ts, peers.ts), with the budgets
 * of issue 5, then the hardening rows of issue 10 (heavy.ts; `--only heavy` for those alone).
 * Prints the tables and writes artifacts/bench.json. Absolute timings depend on the machine and its load:
 * compare the ratios, which are measured side by side.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, launchWithExtensionRetrying, serveFixtures } from '../../tests/e2e/browser';
import { buildExtension } from '../../tests/e2e/build';
import { CHROME_EXTENSION_DIR, ROOT } from '../../tests/e2e/paths';
import { visitOurs, type OurVisit } from './ours';
import { heavyPages, runHeavy, type HeavyResult } from './heavy';
import { REALPAGES, hasRealPages } from '../../tests/quality/pages';
import { runReal, type RealResult } from './real';
import { benchPages, readFactBase } from './pages';
import { PEERS, visitPeer, type PeerName, type PeerVisit } from './peers';
import { budgets, bundleSizes, makeRow, printTable, type Row } from './report';

const OUT = path.join(ROOT, 'artifacts/bench.json');
const WINDOW_MS = 10_000;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    repeats: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const quick = values.quick;
const repeats = Number(values.repeats ?? (quick ? 1 : 3));
if (!Number.isInteger(repeats) || repeats < 1) {
  console.error('usage: npm run bench [-- --quick] [-- --repeats N] [-- --no-build] [-- --only key,key]');
  process.exit(2);
}

const started = performance.now();
if (!values['no-build']) {
  console.log('bench: building the extension…');
  await buildExtension('chrome');
}
const { pages: allPages, aliases, entities } = await benchPages({ quick });
const only = values.only?.split(',');
const pages = only ? allPages.filter((p) => only.includes(p.key)) : allPages;
const withReal = (!only || only.includes('real')) && hasRealPages();
if (!hasRealPages()) console.log(`bench: ${REALPAGES} is absent: the real-page rows are left out`);
console.log(`bench: ${pages.length} pages, ${aliases.length} names and aliases from the fact base, ${repeats} visit(s) each`);

const withHeavy = !only || only.includes('heavy');
const heavy = withHeavy ? heavyPages(entities, (await readFactBase()).date) : undefined;
const server = await serveFixtures({
  pages: {
    '/blank.html': '<!doctype html><title>blank</title>',
    ...Object.fromEntries(pages.map((p) => [`/${p.key}.html`, p.html])),
    ...(heavy ? { '/heavy-huge.html': heavy.huge, '/heavy-ticker.html': heavy.ticker, '/seed.html': allPages.find((p) => p.key === 'seed')!.html } : {}),
  },
  // the real pages, served from their folder (every other host is blocked by the browser's trap proxy)
  ...(withReal ? { root: REALPAGES } : {}),
});
const session = await launchWithExtensionRetrying();
const plain = await launchChromium({ extension: false });
const blank = server.url('/blank.html');
const rows: Row[] = [];
let heavyResult: HeavyResult | undefined;
let realResult: RealResult | undefined;
let chromium = 'Chromium';
try {
  chromium = `Chromium ${session.context.browser()?.version() ?? ''}`.trim();
  // One throw-away visit: the first page of a session pays for starting the service worker and loading the matcher.
  if (pages[0]) await visitOurs(session, blank, server.url(`/${pages[0]!.key}.html`), { windowMs: WINDOW_MS, hover: true });
  for (const p of pages) {
    const t0 = performance.now();
    const ours: OurVisit[] = [];
    const peers: Record<PeerName, PeerVisit[]> = { minimal: [], markjs: [], naive: [] };
    for (let i = 0; i < repeats; i++) {
      ours.push(await visitOurs(session, blank, server.url(`/${p.key}.html`), { ...(p.live ? { live: p.live } : {}), windowMs: WINDOW_MS, hover: !p.live || i === 0 }));
      for (const peer of PEERS) peers[peer].push(await visitPeer(plain, blank, server.url(`/${p.key}.html`), peer, aliases));
    }
    const row = makeRow(p.key, p.label, Boolean(p.live), ours, peers);
    rows.push(row);
    console.log(`  ${p.label}: ours ${row.oursMs.toFixed(2)} ms, minimal ${row.peers.minimal.ms?.toFixed(2)} ms, mark.js ${row.peers.markjs.ms?.toFixed(1)} ms, naive ${row.peers.naive.ms?.toFixed(1)} ms (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  if (withReal) {
    realResult = await runReal(session, plain, { blank, page: (name) => server.url(`/${name}/source.html`) }, aliases, repeats);
  }
  if (heavy) {
    const urls = { blank, huge: server.url('/heavy-huge.html'), ticker: server.url('/heavy-ticker.html'), seed: server.url('/seed.html') };
    heavyResult = await runHeavy(session, plain, urls, repeats);
  }
} finally {
  await session.close();
  await plain.close();
  await server.close();
}

const bundles = await bundleSizes(CHROME_EXTENSION_DIR);
const list = budgets(rows, bundles);
const seconds = (performance.now() - started) / 1000;
console.log();
const text = printTable(rows, bundles, list, { repeats, seconds, windowMs: WINDOW_MS, chromium });
// The build is minified: show the code at each frame's position so a reader can tell which function it is.
const built = new Map<string, string[]>();
const hint = async (frame: string): Promise<string> => {
  const m = /ext:(\S+):(\d+):(\d+)$/.exec(frame);
  if (!m) return '';
  if (!built.has(m[1]!)) built.set(m[1]!, (await readFile(path.join(CHROME_EXTENSION_DIR, m[1]!), 'utf8').catch(() => '')).split('\n'));
  return built.get(m[1]!)![Number(m[2]) - 1]?.slice(Number(m[3]) - 1, Number(m[3]) + 59) ?? '';
};
const where: string[] = ['where the content script spends its main-thread time (last visit of each page; the deepest frame of ours, ms, and the code there):'];
for (const r of rows) {
  where.push(`  ${r.page}:`);
  for (const f of r.topFrames.slice(0, 6)) where.push(`    ${f.ms.toFixed(2).padStart(7)}  ${f.frame}  ${JSON.stringify(await hint(f.frame))}`);
  where.push(`    leaves: ${r.topLeaves.slice(0, 6).map((f) => `${f.frame.replace(/ ext:.*$/, '')} ${f.ms.toFixed(2)}`).join(' | ')}`);
}
console.log(`\n${where.join('\n')}`);
if (realResult) {
  console.log(`\n${realResult.lines.join('\n')}`);
  for (const b of realResult.budgets) console.log(`  ${b.met ? 'met    ' : 'NOT met'}  ${b.name} (${b.detail})`);
}
if (heavyResult) {
  console.log(`\n${heavyResult.lines.join('\n')}`);
  for (const b of heavyResult.budgets) console.log(`  ${b.met ? 'met    ' : 'NOT met'}  ${b.name} (${b.detail})`);
}
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(OUT, `${JSON.stringify({ when: new Date().toISOString(), chromium, repeats, quick, windowMs: WINDOW_MS, seconds, aliases, rows, bundles, budgets: list, table: text, where, heavy: heavyResult, real: realResult }, null, 1)}\n`);
console.log(`\nbench: written to ${path.relative(process.cwd(), OUT)}`);
