/**
 * One visit of a bench page with the extension loaded: the profiler runs from just before navigation until
 * everything is painted (or, on the live pages, for a whole CPU window), then the content script's
 * performance marks (news-context:*), CSS.highlights and the heap are read, and a highlighted name is
 * hovered for the card's latency.
 */
import type { ExtensionSession } from '../../tests/e2e/browser';
import { attribute, deepestFrameOf, heapAfterGc, startProfiler, stopProfiler, type Attribution } from './profile';
import { sampleTimes, startTracing, tasksHolding, type TaskFigures } from './trace';

export interface OurVisit {
  words: number;
  ranges: number;
  /** ms from DOMContentLoaded to the first and the last highlights painted (first scan). */
  dclToFirst: number;
  dclToAll: number;
  /** ms from DOMContentLoaded to the first scan's start (the content script starts at document_start and waits for its settings). */
  dclToScanStart: number;
  extractMs: number;
  matchMs: number;
  /** matched → ranged: offsets to Ranges. */
  rangeMs: number;
  /** ranged → painted (first paint of the first scan): Highlight objects and the registry. */
  paintMs: number;
  scans: number;
  cardMs: number | null;
  /** The page's main-isolate heap after GC (page world + content script world), bytes. */
  heapBytes: number | null;
  /** Long tasks the page saw (anyone's), count and longest. */
  pageLongTasks: number;
  pageLongestTaskMs: number;
  profile: Attribution;
  /**
   * Our main-thread CPU time, ms: the profiler's samples of ours, each task's share scaled by the thread's CPU
   * time for it (a light trace of the tasks runs in every visit; trace.ts). NaN when the trace missed the page.
   */
  cpuMs: number;
  /** Our tasks as the browser's trace shows them (with `trace`). */
  tasks?: TaskFigures;
}

const READ_MARKS = `(() => {
  const all = (name) => performance.getEntriesByName('news-context:' + name).map((e) => e.startTime);
  const first = (name) => all(name)[0] ?? NaN;
  const nav = performance.getEntriesByType('navigation')[0];
  const dcl = nav.domContentLoadedEventEnd;
  let ranges = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('news-context-')) ranges += h.size;
  const firstPaint = Math.min(...[first('first-painted'), first('painted')].filter((t) => !Number.isNaN(t)));
  const tasks = window.__longtasks || [];
  const card = all('card-shown').at(-1), asked = all('card-requested').at(-1);
  return {
    words: (document.body.innerText.match(/\\S+/g) || []).length,
    ranges,
    dclToFirst: firstPaint - dcl,
    dclToAll: first('painted') - dcl,
    dclToScanStart: first('scan-start') - dcl,
    extractMs: first('extracted') - first('scan-start'),
    matchMs: first('matched') - first('extracted'),
    rangeMs: first('ranged') - first('matched'),
    paintMs: firstPaint - first('ranged'),
    scans: all('scan-start').length,
    cardMs: card === undefined || asked === undefined ? null : card - asked,
    pageLongTasks: tasks.length,
    pageLongestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
})()`;

export async function visitOurs(
  session: ExtensionSession,
  blankUrl: string,
  url: string,
  opts: { live?: 'blog' | 'feed'; windowMs: number; hover: boolean; trace?: boolean },
): Promise<OurVisit> {
  const page = await session.context.newPage();
  try {
    // Same origin first, so the measured navigation stays in this renderer process and its profiler.
    await page.goto(blankUrl);
    await page.waitForTimeout(300);
    const cdp = await session.context.newCDPSession(page);
    const endTrace = await startTracing(cdp, { light: !opts.trace });
    await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('news-context:painted').length > 0, null, { timeout: 30_000 });
    if (opts.live) {
      // A whole CPU window and a bit: the page keeps appending; the feed is also scrolled once a second.
      const until = Date.now() + opts.windowMs + 1000;
      while (Date.now() < until) {
        if (opts.live === 'feed') await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
        await page.waitForTimeout(1000);
      }
    } else {
      await page.waitForTimeout(400); // late work: the badge message, unknown-name detection's answer
    }
    const heapBytes = await heapAfterGc(cdp);
    const profile = await stopProfiler(cdp);
    const owns = (u: string) => u.startsWith('chrome-extension://');
    const deepest = deepestFrameOf(profile, owns);
    const tasks = tasksHolding(await endTrace(), sampleTimes(profile, (id) => deepest(id) !== null));
    await cdp.detach().catch(() => undefined);
    if (opts.hover) {
      const target = (await page.evaluate(`(() => {
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('news-context-')) continue;
          for (const r of h) { const b = r.getClientRects()[0]; if (b && b.top >= 0 && b.bottom <= innerHeight) return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }
        }
        return null;
      })()`)) as { x: number; y: number } | null;
      if (target) {
        await page.mouse.move(target.x, target.y);
        await page
          .waitForFunction(() => performance.getEntriesByName('news-context:card-shown').length > 0, null, { timeout: 5000 })
          .catch(() => undefined);
      }
    }
    const marks = (await page.evaluate(READ_MARKS)) as Omit<OurVisit, 'profile' | 'heapBytes'>;
    return { ...marks, heapBytes, profile: attribute(profile, owns, opts.windowMs), cpuMs: tasks.pageThread ? tasks.cpuMs : Number.NaN, ...(opts.trace && tasks.pageThread ? { tasks } : {}) };
  } finally {
    await page.close();
  }
}
