/**
 * The peers, run in a browser without the extension on fresh loads of the same pages, with the same list of
 * names (every name and alias of the fact base):
 *   minimal  TreeWalker over text nodes + one regular expression of all aliases + one Highlight: the lower bound;
 *   mark.js  the usual DOM-wrapping highlighter (npm mark.js, its built file injected into the page);
 *   naive    compromise (its browser build) tagging the page's text on the main thread, then mark.js wrapping
 *            the people, places and organisations it found.
 * Each runs as one synchronous call after the page has loaded; its main-thread time comes from the same
 * sampling profiler as ours (samples whose stack holds a frame of the injected bench-*.js scripts), and its
 * wall time from performance.now() around the call.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChromiumSession } from '../../tests/e2e/browser';
import { ROOT } from '../../tests/e2e/paths';
import { attribute, deepestFrameOf, heapAfterGc, startProfiler, stopProfiler } from './profile';
import { sampleTimes, startTracing, tasksHolding } from './trace';

export type PeerName = 'minimal' | 'markjs' | 'naive';
export const PEERS: PeerName[] = ['minimal', 'markjs', 'naive'];

export interface PeerVisit {
  /** Profiled main-thread ms of the peer's call. */
  ms: number;
  /** The same as CPU time (the thread's time for each task, from a light trace; trace.ts); NaN when the trace missed the page. */
  cpuMs: number;
  /** performance.now() around the call (includes work the profiler attributes to no script, e.g. layout). */
  wallMs: number;
  /** Longest run of the peer's samples: one synchronous call is one task. */
  longestTaskMs: number;
  /** Highlights (minimal: ranges; mark.js and naive: <mark> elements). */
  count: number;
  /** naive: ms of tagging alone (performance.now()). */
  tagMs?: number;
  /** The page's heap without any extension, after GC, before the peer runs (the baseline for ours). */
  heapBytes: number | null;
}

/** The runner, injected with a sourceURL so the profiler names its frames. */
export const PEER_RUNNER = String.raw`
window.__benchPeer = function (which, aliases) {
  const esc = (s) => s.replace(/[.*+?^${'$'}{}()|[\]\\]/g, '\\$&');
  const markOptions = (done) => ({
    separateWordSearch: false, caseSensitive: true, diacritics: false, acrossElements: false,
    accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', "'", '"', '’', '(', ')', '-', '–'] },
    exclude: ['script', 'style', 'noscript'], done,
  });
  const t0 = performance.now();
  let count = 0, tagMs;
  if (which === 'minimal') {
    const re = new RegExp('\\b(?:' + aliases.map(esc).join('|') + ')\\b', 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && /^(SCRIPT|STYLE|NOSCRIPT)$/.test(n.parentElement.tagName) ? 2 : 1),
    });
    const h = new Highlight();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.data;
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const r = new Range();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        h.add(r);
      }
    }
    CSS.highlights.set('bench-minimal', h);
    count = h.size;
  } else if (which === 'markjs') {
    new Mark(document.body).mark(aliases, markOptions((n) => (count = n)));
  } else {
    const text = document.body.innerText;
    const doc = nlp(text);
    const found = new Set();
    for (const part of [doc.people(), doc.places(), doc.organizations()])
      for (const s of part.out('array')) { const w = s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''); if (w) found.add(w); }
    tagMs = performance.now() - t0;
    new Mark(document.body).mark([...found].sort((a, b) => b.length - a.length), markOptions((n) => (count = n)));
  }
  return { wallMs: performance.now() - t0, count, tagMs };
};
const style = document.createElement('style');
style.textContent = '::highlight(bench-minimal) { background: #fde68a; } mark { background: #fde68a; }';
document.head.append(style);
//# sourceURL=bench-peers.js`;

let libs: { mark: string; nlp: string } | undefined;
async function libraries() {
  libs ??= {
    mark: `${await readFile(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')}\n//# sourceURL=bench-mark.js`,
    nlp: `${await readFile(path.join(ROOT, 'node_modules/compromise/builds/compromise.js'), 'utf8')}\n//# sourceURL=bench-compromise.js`,
  };
  return libs;
}

export async function visitPeer(session: ChromiumSession, blankUrl: string, url: string, peer: PeerName, aliases: string[]): Promise<PeerVisit> {
  const { mark, nlp } = await libraries();
  const page = await session.context.newPage();
  try {
    await page.goto(blankUrl);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const cdp = await session.context.newCDPSession(page);
    const heapBytes = await heapAfterGc(cdp);
    // Loading the libraries is not counted: only the call that highlights.
    await page.addScriptTag({ content: PEER_RUNNER });
    if (peer !== 'minimal') await page.addScriptTag({ content: mark });
    if (peer === 'naive') await page.addScriptTag({ content: nlp });
    const endTrace = await startTracing(cdp, { light: true });
    await startProfiler(cdp);
    const r = (await page.evaluate(([p, a]) => (window as unknown as { __benchPeer(p: string, a: string[]): { wallMs: number; count: number; tagMs?: number } }).__benchPeer(p, a), [peer, aliases] as const)) as {
      wallMs: number;
      count: number;
      tagMs?: number;
    };
    const profile = await stopProfiler(cdp);
    const owns = (u: string) => /(^|\/)bench-[a-z]+\.js$/.test(u);
    const deepest = deepestFrameOf(profile, owns);
    const tasks = tasksHolding(await endTrace(), sampleTimes(profile, (id) => deepest(id) !== null));
    await cdp.detach().catch(() => undefined);
    const a = attribute(profile, owns);
    return { ms: a.ms, cpuMs: tasks.pageThread ? tasks.cpuMs : Number.NaN, wallMs: r.wallMs, longestTaskMs: a.longestTaskMs, count: r.count, ...(r.tagMs !== undefined ? { tagMs: r.tagMs } : {}), heapBytes };
  } finally {
    await page.close();
  }
}
