/**
 * Big, busy and editable pages in Chromium with the built extension (reliability.md rows 12, 13, 14, 20).
 * Timing budgets are checked on what holds on any machine: counts (scans, from the content script's
 * `news-context:scan-start` marks) and our main-thread time from the V8 sampling profiler, where each sample's
 * time is capped at 1 ms so that time the thread spent descheduled (a loaded machine, CPU throttling) is not
 * counted as ours.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deepestFrameOf, startProfiler, stopProfiler, type CpuProfile } from '../../scripts/bench/profile';
import { sampleTimes, startTracing, tasksHolding } from '../../scripts/bench/trace';
import type { Findings } from '../../src/messaging/protocol';
import { MAX_REGISTERED } from '../../src/page/highlights';
import { MAX_PAGE_MENTIONS } from '../../src/background/start';
import {
  launchWithExtensionRetrying,
  markCount,
  paintedRanges,
  pollUntil,
  sendToTab,
  serveFixtures,
  waitForContentScript,
  waitForMarks,
  type ExtensionSession,
  type FixtureServer,
} from './browser';

const SENTENCES = [
  'US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.',
  'Joe Biden is expected to raise the subject when he sits down with Xi Jinping in San Francisco.',
  'Analysts in Beijing cautioned that a deal on methane would still need approval at home.',
  'The talks ran late into the evening, aides said, and both sides called them useful.',
];
const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"></head>';

/** About 2 MB of article text (row 12). */
function bigPage(): string {
  const paras: string[] = [];
  for (let size = 0, i = 0; size < 2_000_000; i++) {
    const p = `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} ${SENTENCES[(i + 2) % 4]} Paragraph ${i}.`;
    paras.push(`<p>${p}</p>`);
    size += p.length;
  }
  return `${head}<body><article>${paras.join('\n')}</article></body></html>`;
}

/** A story plus a ticker and a feed the test drives (row 13). */
const BUSY = `${head}<body><div id="ticker">0</div><article id="story"><p>${SENTENCES[0]}</p></article><section id="feed"></section><aside id="ad"></aside>
<script>
  window.__busy = (ms) => new Promise((done) => {
    const start = performance.now();
    let n = 0;
    const frame = () => { document.getElementById('ticker').textContent = String(++n); if (performance.now() - start < ms) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const feed = setInterval(() => {
      const box = document.getElementById('feed');
      for (let i = 0; i < 20; i++) box.append(Object.assign(document.createElement('p'), { textContent: 'Card ' + n + ': ' + ${JSON.stringify(SENTENCES[1])} }));
      while (box.childElementCount > 400) box.firstElementChild.remove(); // a feed that recycles its cards
      if (performance.now() - start >= ms) { clearInterval(feed); done(n); }
    }, 100);
  });
  // what real pages do around a story: a clock ticking every frame, an advert swapped every 100 ms
  window.__around = (ms) => new Promise((done) => {
    const start = performance.now();
    let n = 0;
    const ad = document.getElementById('ad');
    const frame = () => {
      document.getElementById('ticker').textContent = String(++n);
      if (n % 6 === 0) ad.replaceChildren(Object.assign(document.createElement('a'), { href: '#', textContent: 'Sponsored: offer ' + n }));
      if (performance.now() - start < ms) requestAnimationFrame(frame); else done(n);
    };
    requestAnimationFrame(frame);
  });
</script></body></html>`;

/** A story longer than the screen, and a ticker above it (outside the story) the test starts: every 10 ms for `ms`. */
const TICKER = `${head}<body><div id="ticker">0</div><article id="story">${Array.from({ length: 60 }, (_, i) => `<p>${SENTENCES[i % 4]} Paragraph ${i}.</p>`).join('')}</article>
<script>
  window.__tick = (ms) => { const start = performance.now(); let n = 0;
    const t = setInterval(() => { document.getElementById('ticker').textContent = 'Update ' + (++n); if (performance.now() - start > ms) clearInterval(t); }, 10); };
</script></body></html>`;

/** An article beside everything that must not be annotated (row 20), with a big editor. */
const EDITABLE = `${head}<body>
<article id="story"><p id="p1">${SENTENCES[0]}</p>
<pre><code>John Kerry</code></pre><p translate="no">Xi Jinping spoke.</p><input value="Joe Biden"><textarea>Joe Biden</textarea>
<iframe srcdoc="<p>Joe Biden met Xi Jinping.</p>"></iframe><shadow-box></shadow-box>
<div id="editor" contenteditable="true">${Array.from({ length: 3000 }, (_, i) => `<p>Draft ${i}: Joe Biden met Xi Jinping in San Francisco.</p>`).join('')}</div>
</article>
<script>customElements.define('shadow-box', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<p>Joe Biden in a closed root.</p>'; } });</script>
</body></html>`;

/** A single-page app: each route replaces the story (row 14). */
const SPA = `${head}<body><article id="story"><p>${SENTENCES[0]}</p></article>
<script>
  window.__go = (i) => {
    history.pushState({}, '', '/spa/' + i);
    document.getElementById('story').innerHTML = '<p id="r' + i + '">' + ${JSON.stringify(SENTENCES)}[i % 3] + ' Route ' + i + '.</p>';
  };
</script></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;
let visits = 0;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/big.html': bigPage(), '/busy.html': BUSY, '/editable.html': EDITABLE, '/spa.html': SPA, '/ticker.html': TICKER } });
  browser = await launchWithExtensionRetrying();
});
afterEach(async () => {
  for (const p of browser?.context.pages() ?? []) await p.close().catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(server.url(`${file}?visit=${++visits}`));
  await waitForContentScript(browser, p.url());
  await waitForMarks(p, 'painted', 1, 20_000);
  return p;
}

/**
 * Our tasks in a profile: runs of samples with a frame of the extension, each sample's time capped at 1 ms;
 * a gap of other samples (the browser's own work, garbage collection) of 1 ms or more ends a run, as in the
 * bench (scripts/bench/profile.ts): two slices of ours with the browser's work between are two tasks.
 */
function ourTasks(profile: CpuProfile, extensionId: string): { totalMs: number; longestMs: number; tasks: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const p = parent.get(id);
    const v = url.startsWith(`chrome-extension://${extensionId}/`) || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  let totalMs = 0;
  let longestMs = 0;
  let run = 0;
  let gap = 0;
  let tasks = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = Math.min(1, (profile.timeDeltas[i + 1] ?? 0) / 1000);
    const id = profile.samples[i]!;
    const name = byId.get(id)?.callFrame.functionName;
    if (isOurs(id)) {
      if (run === 0) tasks++;
      run += ms;
      gap = 0;
      totalMs += ms;
      longestMs = Math.max(longestMs, run);
    } else if (name === '(garbage collector)' || name === '(program)') {
      gap += ms;
      if (gap >= 1) run = 0;
    } else run = 0;
  }
  return { totalMs, longestMs, tasks };
}

async function profiled<T>(p: Page, work: () => Promise<T>): Promise<{ result: T; ours: ReturnType<typeof ourTasks>; cdp: CDPSession }> {
  const cdp = await browser.context.newCDPSession(p);
  await startProfiler(cdp);
  const result = await work();
  const profile = await stopProfiler(cdp);
  return { result, ours: ourTasks(profile, browser.extensionId), cdp };
}

describe('a 2 MB page, CPU throttled 4× (row 12)', () => {
  // How long our tasks are is a timing, printed here and by `npm run bench:heavy` (the huge page's row); what
  // this checks holds on any machine: the top is painted on its own first, everything is painted, and our work
  // is cut into many tasks (the browser's trace, scripts/bench/trace.ts).
  it('is painted top first, every mention, in many tasks of ours', async () => {
    const p = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE ?? 4) });
    const endTrace = await startTracing(cdp);
    await startProfiler(cdp);
    await p.goto(server.url(`/big.html?visit=${++visits}`), { timeout: 60_000 });
    await waitForMarks(p, 'painted', 1, 60_000);
    const profile = await stopProfiler(cdp);
    const events = await endTrace();
    const deepest = deepestFrameOf(profile, (u) => u.startsWith(`chrome-extension://${browser.extensionId}/`));
    const ours = tasksHolding(events, sampleTimes(profile, (id) => deepest(id) !== null));
    const marks = await p.evaluate(() => {
      const at = (n: string) => Math.round(performance.getEntriesByName(`news-context:${n}`)[0]?.startTime ?? -1);
      return { dcl: Math.round(performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventStart), first: at('first-painted'), all: at('painted') };
    });
    console.log(
      `2 MB page at 4× CPU: ${ours.tasks} tasks hold ours; the most of ours in one ${ours.longestOursMs.toFixed(1)} ms, the longest mostly ours ${ours.longestMostlyOursMs.toFixed(1)} ms; first highlights ${marks.first - marks.dcl} ms after DCL, all ${marks.all - marks.dcl} ms`,
    );
    expect(marks.first).toBeGreaterThan(0); // the top was painted on its own, before the rest
    expect(marks.first).toBeLessThan(marks.all);
    // every mention is painted (up to the background's cap); the browser is given those around the viewport (highlights.ts: MAX_REGISTERED)
    const findings = (await sendToTab(browser, p.url(), { type: 'findings' })) as Findings;
    expect(findings.entities.reduce((n, e) => n + e.count, 0)).toBe(MAX_PAGE_MENTIONS);
    expect((await paintedRanges(p)).length).toBe(MAX_REGISTERED);
    expect(ours.unplaced).toBe(0); // every sample of ours was inside a task the trace shows: the figures are whole
    // reading, matching and painting 2 MB is cut into slices: one task of ours would fail this
    expect(ours.tasks).toBeGreaterThanOrEqual(20);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }, 120_000);
});

describe('a page that never stops changing (row 13)', () => {
  it('a ticker every frame and a feed of 20 cards every 100 ms: few rescans, never one per change', async () => {
    const p = await open('/busy.html');
    const scans = await markCount(p, 'scan-start');
    const { result: frames, ours } = await profiled(p, () => p.evaluate(() => (window as unknown as { __busy(ms: number): Promise<number> }).__busy(6_000)));
    const rescans = (await markCount(p, 'scan-start')) - scans;
    console.log(`busy page, 6 s: ${frames} ticker frames, ${rescans} rescans, ours ${ours.totalMs.toFixed(0)} ms (${((ours.totalMs / 6000) * 100).toFixed(1)} %), longest ${ours.longestMs.toFixed(1)} ms`);
    expect(frames).toBeGreaterThan(30); // it really was busy
    expect(rescans).toBeGreaterThan(0); // and followed
    // debounced (250 ms) for four, then one a second (observe.ts): 6 s allow 4 + 6, never one per change
    expect(rescans).toBeLessThanOrEqual(11);
    // Our share of the thread is a timing: printed above, and a budget of `npm run bench` (CPU share over 10 s
    // windows on the live pages). Asserted here it sat at 2.5-5.6 % on this machine and failed a clean CI run.
  });

  it('while the page changes ten times a second, even outside the story, only the mentions on screen are given to the browser', async () => {
    // Chromium rebuilds every registered range's markers in the frame after any change to the document
    const p = await open('/ticker.html');
    const all = await pollUntil(() => paintedRanges(p), (r) => r.length >= 60, 10_000);
    expect(all.ok).toBe(true);
    const total = all.value.length;
    const height = await p.evaluate(() => innerHeight);
    await p.evaluate(() => (window as unknown as { __tick(ms: number): void }).__tick(3_000));
    const busy = await pollUntil(() => paintedRanges(p), (r) => r.length > 0 && r.length < total, 3_000);
    expect(busy.ok).toBe(true);
    for (const r of busy.value) expect(r.y).toBeLessThan(height); // what is registered is on screen
    expect(busy.value.some((r) => r.block === 'story')).toBe(true);
    // quiet again (1.5 s after the ticker stops): every mention is registered again
    const quiet = await pollUntil(() => paintedRanges(p), (r) => r.length === total, 10_000);
    expect(quiet.ok).toBe(true);
    expect(await markCount(p, 'scan-start')).toBe(1); // the ticker never made it read the story again
  });

  it('changes around the story (a clock every frame, an advert swapped) cause no rescan; one inside it does', async () => {
    const p = await open('/busy.html');
    const scans = await markCount(p, 'scan-start');
    // 2 s of changes outside the story: without the check each would be followed by a rescan within 250 ms
    const frames = await p.evaluate(() => (window as unknown as { __around(ms: number): Promise<number> }).__around(2_000));
    expect(frames).toBeGreaterThan(12); // the advert was swapped at least twice
    await p.evaluate(() => document.getElementById('story')!.append(Object.assign(document.createElement('p'), { id: 'late', textContent: 'Xi Jinping, later.' })));
    await expect.poll(async () => (await paintedRanges(p)).filter((r) => r.block === 'late').length, { timeout: 5_000 }).toBe(1);
    expect((await markCount(p, 'scan-start')) - scans).toBe(1);
  });

  it('5,000 nodes inserted at once: one deferred rescan', async () => {
    const p = await open('/busy.html');
    const scans = await markCount(p, 'scan-start');
    await p.evaluate((s) => {
      const box = document.createElement('div');
      for (let i = 0; i < 5_000; i++) box.append(Object.assign(document.createElement('span'), { textContent: i % 500 === 0 ? ` ${s} ` : ` word${i} ` }));
      document.getElementById('story')!.append(box);
    }, SENTENCES[1]);
    const painted = await pollUntil(() => paintedRanges(p), (r) => r.some((x) => x.text === 'Joe Biden'), 10_000);
    expect(painted.ok).toBe(true);
    expect((await markCount(p, 'scan-start')) - scans).toBe(1);
    // and nothing else was pending: a later small change gets the next scan, and only it
    await p.evaluate(() => document.getElementById('story')!.append(Object.assign(document.createElement('p'), { textContent: 'Xi Jinping, later.' })));
    await waitForMarks(p, 'scan-start', scans + 2);
    await expect.poll(async () => (await paintedRanges(p)).filter((r) => r.text === 'Xi Jinping').length, { timeout: 5_000 }).toBe(11);
    expect((await markCount(p, 'scan-start')) - scans).toBe(2);
  });
});

describe('single-page navigation, 50 times (row 14)', () => {
  it('each route is painted, and afterwards one change gives one rescan: no observer was duplicated', async () => {
    const p = await open('/spa.html');
    for (let i = 1; i <= 50; i++) {
      await p.evaluate((n) => (window as unknown as { __go(i: number): void }).__go(n), i);
      const r = await pollUntil(() => paintedRanges(p), (rs) => rs.length > 0 && rs.every((x) => x.block === `r${i}`), 5_000);
      expect(r.ok, `route ${i} was not painted`).toBe(true);
    }
    // Two changes, one after the other: each is followed by its rescan. Observers left over from earlier
    // routes would each ask for one more per change (50 routes: 50 more); the second change's rescan is the
    // signal that the first one's duplicates had their chance. Up to 2 follow-ups of the last navigation
    // itself may still fall in this window.
    const scans = await markCount(p, 'scan-start');
    for (const id of ['late', 'later']) {
      await p.evaluate((i) => document.getElementById('story')!.append(Object.assign(document.createElement('p'), { id: i, textContent: 'Joe Biden, later.' })), id);
      await expect.poll(async () => (await paintedRanges(p)).filter((r) => r.block === id).length, { timeout: 5_000 }).toBe(1);
    }
    const rescans = (await markCount(p, 'scan-start')) - scans;
    expect(rescans).toBeGreaterThanOrEqual(2);
    expect(rescans).toBeLessThanOrEqual(4);
    expect(await p.evaluate(() => document.querySelectorAll('[class*="news-context"], news-context-card').length)).toBeLessThanOrEqual(1);
  });
});

describe('editable and foreign content (row 20)', () => {
  it('only the article text is annotated; typing in a 3,000-paragraph editor keeps us under 50 ms a task and 5 % of the thread', async () => {
    const p = await open('/editable.html');
    expect((await paintedRanges(p)).map((r) => `${r.block}:${r.text}`)).toEqual(['p1:US', 'p1:John Kerry', 'p1:Xie Zhenhua', 'p1:Beijing', 'p1:COP28']);
    await p.click('#editor p:nth-child(1500)');
    const scans = await markCount(p, 'scan-start');
    const started = Date.now();
    const { ours } = await profiled(p, () => p.keyboard.type('Kerry and Xi Jinping met again, the draft says. '.repeat(2), { delay: 25 }));
    const ms = Date.now() - started;
    const rescans = (await markCount(p, 'scan-start')) - scans;
    console.log(`typing ${ms} ms: ${rescans} rescans, ours ${ours.totalMs.toFixed(0)} ms, longest ${ours.longestMs.toFixed(1)} ms`);
    expect(ours.longestMs).toBeLessThan(50);
    expect(ours.totalMs / ms).toBeLessThanOrEqual(0.05);
    // the editor is never read (contenteditable), so typing in it changes nothing we read: no rescan at all
    expect(rescans).toBe(0);
    // nothing typed or drafted was painted
    expect((await paintedRanges(p)).every((r) => r.block === 'p1')).toBe(true);
  });
});
