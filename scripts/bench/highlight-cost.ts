/**
 * `npx tsx scripts/bench/highlight-cost.ts [-- --ranges 1500] [--rounds 3]`: what registered highlights cost the
 * browser on a page that keeps changing, without the extension. A page of 300 paragraphs whose ticker (outside
 * the highlighted text) changes every 10 ms for 4 s, with no highlight, with the ranges only held by script,
 * registered with a background tint, with an underline too, and as StaticRanges; the main thread's time (CDP
 * TaskDuration) over the 4 s.
 *
 * What it shows on Chromium: any change to the document makes the next frame rebuild the markers of every
 * registered range (HighlightRegistry::ValidateHighlightMarkers runs when the DOM tree version moved), so the
 * cost grows with the ranges registered, wherever the change was. Live Ranges that are not registered cost
 * nothing; StaticRanges and a tint without a line cost the same. Hence highlights.ts registers a bounded window
 * of ranges, and only those on screen while the page keeps changing.
 */
import { launchChromium, serveFixtures } from '../../tests/e2e/browser';

const arg = (name: string, fallback: number) => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
};
const WANTED = arg('--ranges', 1500);
const ROUNDS = arg('--rounds', 3);
const NAMES = /Ada Lindqvist|Tomas Berg|Harbour Council|Northport|Eastfield/g;
const para = (i: number) => `<p>Paragraph ${i}: Ada Lindqvist met Tomas Berg in Northport, and the Harbour Council spoke for Eastfield.</p>`;
const page = (paragraphs: number) => `<!doctype html><html><head><style>
::highlight(tint){background-color:rgba(200,0,0,.15)}
::highlight(line){text-decoration:underline solid rgb(200,0,0) 2px;text-underline-offset:3px;background-color:rgba(200,0,0,.15)}
</style></head><body><div id="ticker">0</div><article>${Array.from({ length: paragraphs }, (_, i) => para(i)).join('')}</article>
<script>
window.__setup = (mode, wanted) => {
  window.__held = [];
  if (mode === 'none') return 0;
  const h = new Highlight();
  const walk = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let n; (n = walk.nextNode()) && h.size + window.__held.length < wanted;) {
    for (const m of n.data.matchAll(${NAMES})) {
      const end = m.index + m[0].length;
      let r;
      if (mode === 'static') r = new StaticRange({ startContainer: n, startOffset: m.index, endContainer: n, endOffset: end });
      else { r = new Range(); r.setStart(n, m.index); r.setEnd(n, end); }
      if (mode === 'held') window.__held.push(r); else h.add(r);
    }
  }
  if (mode !== 'held') CSS.highlights.set(mode === 'line' ? 'line' : 'tint', h);
  return h.size + window.__held.length;
};
window.__tick = (ms) => new Promise((done) => {
  const t0 = performance.now();
  let n = 0;
  const id = setInterval(() => {
    document.getElementById('ticker').textContent = 'Update ' + (++n);
    if (performance.now() - t0 > ms) { clearInterval(id); done(n); }
  }, 10);
});
</script></body></html>`;

const server = await serveFixtures({ pages: { '/page.html': page(Math.ceil(WANTED / 5)) } });
const browser = await launchChromium({ extension: false });
const modes = ['none', 'held', 'tint', 'line', 'static'] as const;
const results = new Map<string, number[]>(modes.map((m) => [m, []]));
let count = 0;
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of modes) {
      const p = await browser.context.newPage();
      await p.goto(server.url('/page.html'));
      const n = await p.evaluate(([m, w]) => (window as unknown as { __setup(m: string, w: number): number }).__setup(m, w), [mode, WANTED] as const);
      if (mode !== 'none') count = n;
      const cdp = await browser.context.newCDPSession(p);
      await cdp.send('Performance.enable');
      const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      const before = await taskMs();
      await p.evaluate(() => (window as unknown as { __tick(ms: number): Promise<number> }).__tick(4000));
      results.get(mode)!.push((await taskMs()) - before);
      await p.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;
const base = median(results.get('none')!);
console.log(`a ticker changing every 10 ms for 4 s beside ${count} ranges; main-thread time, median (worst) of ${ROUNDS}:`);
for (const mode of modes) {
  const ms = results.get(mode)!;
  console.log(`  ${mode.padEnd(7)} ${median(ms).toFixed(0).padStart(6)} ms (${Math.max(...ms).toFixed(0)})  ${(median(ms) / base).toFixed(2)}x`);
}
