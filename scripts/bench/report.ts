/** The bench's table, budgets and bundle sizes: printing and the numbers behind them (pure apart from bundleSizes). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OurVisit } from './ours';
import type { PeerName, PeerVisit } from './peers';

/** One page's row: the medians of our visits' figures, the peers', and the ratios. */
export interface Row
  extends Pick<
    OurVisit,
    'words' | 'ranges' | 'dclToFirst' | 'dclToAll' | 'dclToScanStart' | 'extractMs' | 'matchMs' | 'rangeMs' | 'paintMs' | 'cardMs'
  > {
  key: string;
  page: string;
  live: boolean;
  /** What the minimal peer and mark.js highlighted on the same page. */
  minimalCount: number | null;
  markCount: number | null;
  /** Profiled main-thread ms of the content script over the visit (load to settled; a whole window on live pages). */
  oursMs: number;
  /** The first scan's pipeline, scan-start → first painted (marks): extraction, matching, ranges, painting. */
  pipelineMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  /** Live pages: the most CPU of ours in any 10 s window. */
  share10s: number | null;
  /** Heap of the page with the extension minus without, after GC, kB. */
  heapDeltaKB: number | null;
  peers: Record<PeerName, { ms: number | null; profiledMs: number | null; longestTaskMs: number | null; tagMs?: number | null }>;
  /**
   * pipelineOverMinimal: our first scan's pipeline / the minimal peer's call (the 2× goal); oursOverMinimal,
   * markOverOurs, naiveOverOurs: with ours = the content script's whole main-thread time on the page.
   */
  ratios: { pipelineOverMinimal: number | null; oursOverMinimal: number | null; markOverOurs: number | null; naiveOverOurs: number | null };
  /** What costs the most in our samples on this page (from the last visit's profile). */
  topFrames: { frame: string; ms: number }[];
  topLeaves: { frame: string; ms: number }[];
}

export const median = (xs: readonly number[]): number => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
};
const med = (xs: readonly (number | null | undefined)[]): number | null => {
  const v = median(xs.filter((x): x is number => typeof x === 'number'));
  return Number.isNaN(v) ? null : v;
};

export function makeRow(key: string, page: string, live: boolean, ours: OurVisit[], peers: Record<PeerName, PeerVisit[]>): Row {
  const m = (get: (v: OurVisit) => number | null) => med(ours.map(get)) ?? NaN;
  const oursMs = m((v) => v.profile.ms);
  const base = med(PEERS_OF(peers).flatMap((p) => p.map((v) => v.heapBytes)));
  const heap = med(ours.map((v) => v.heapBytes));
  // A peer is one synchronous call: performance.now() around it is exact; the profiler's count of its samples
  // (profiledMs) misses the native work it causes and, on a loaded 2-core machine, whole milliseconds.
  const peer = (name: PeerName) => ({
    ms: med(peers[name].map((v) => v.wallMs)),
    profiledMs: med(peers[name].map((v) => v.ms)),
    longestTaskMs: med(peers[name].map((v) => v.longestTaskMs)),
    ...(name === 'naive' ? { tagMs: med(peers[name].map((v) => v.tagMs)) } : {}),
  });
  const p = { minimal: peer('minimal'), markjs: peer('markjs'), naive: peer('naive') };
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 && Number.isFinite(a) ? a / b : null);
  const last = ours.at(-1)!;
  return {
    key,
    page,
    live,
    words: m((v) => v.words),
    ranges: m((v) => v.ranges),
    minimalCount: med(peers.minimal.map((v) => v.count)),
    markCount: med(peers.markjs.map((v) => v.count)),
    dclToFirst: m((v) => v.dclToFirst),
    dclToAll: m((v) => v.dclToAll),
    dclToScanStart: m((v) => v.dclToScanStart),
    extractMs: m((v) => v.extractMs),
    matchMs: m((v) => v.matchMs),
    rangeMs: m((v) => v.rangeMs),
    paintMs: m((v) => v.paintMs),
    cardMs: med(ours.map((v) => v.cardMs)),
    oursMs,
    pipelineMs: m((v) => v.extractMs + v.matchMs + v.rangeMs + v.paintMs),
    longestTaskMs: Math.max(...ours.map((v) => v.profile.longestTaskMs)),
    tasksOver50: Math.max(...ours.map((v) => v.profile.tasksOver50)),
    share10s: med(ours.map((v) => v.profile.maxShare10s)),
    heapDeltaKB: heap !== null && base !== null ? (heap - base) / 1024 : null,
    peers: p,
    ratios: {
      pipelineOverMinimal: live ? null : ratio(m((v) => v.extractMs + v.matchMs + v.rangeMs + v.paintMs), p.minimal.ms),
      oursOverMinimal: live ? null : ratio(oursMs, p.minimal.ms),
      markOverOurs: live ? null : ratio(p.markjs.ms, oursMs),
      naiveOverOurs: live ? null : ratio(p.naive.ms, oursMs),
    },
    topFrames: last.profile.byFrame,
    topLeaves: last.profile.byLeaf,
  };
}
const PEERS_OF = (peers: Record<PeerName, PeerVisit[]>) => [peers.minimal, peers.markjs, peers.naive];

export interface Bundle {
  label: string;
  file: string;
  bytes: number;
  gzip: number;
}

export async function bundleSizes(dir: string): Promise<Bundle[]> {
  const chunks = await readdir(path.join(dir, 'chunks')).catch(() => [] as string[]);
  const files: [string, string | undefined][] = [
    ['content script (initial)', 'content-scripts/content.js'],
    ['card chunk (lazy, first hover)', 'card.js'],
    ['popup (own chunk)', chunks.find((c) => c.startsWith('popup-')) && `chunks/${chunks.find((c) => c.startsWith('popup-'))}`],
    ['background', 'background.js'],
    ['fact base (JSON)', 'data/factbase.json'],
    ['compiled matcher (JSON)', 'data/matcher.json'],
  ];
  const out: Bundle[] = [];
  for (const [label, file] of files) {
    if (!file) continue;
    const buf = await readFile(path.join(dir, file)).catch(() => undefined);
    if (buf) out.push({ label, file, bytes: buf.length, gzip: gzipSync(buf).length });
  }
  return out;
}

export interface Budget {
  name: string;
  met: boolean | null;
  detail: string;
}

export const CONTENT_SCRIPT_BUDGET = 60_000;

export function budgets(rows: readonly Row[], bundles: readonly Bundle[]): Budget[] {
  const out: Budget[] = [];
  const row = (k: string) => rows.find((r) => r.key === k);
  const f = (n: number, d = 1) => n.toFixed(d);

  const worst = [...rows].sort((a, b) => b.longestTaskMs - a.longestTaskMs)[0];
  const over = rows.filter((r) => r.tasksOver50 > 0);
  out.push({
    name: 'no task of ours ≥ 50 ms on any page',
    met: rows.length ? over.length === 0 : null,
    detail: worst
      ? over.length
        ? `${over.map((r) => `${r.page}: ${r.tasksOver50} task(s), longest ${f(r.longestTaskMs)} ms`).join('; ')} (NOT met by ${f(worst.longestTaskMs - 50)} ms)`
        : `longest ${f(worst.longestTaskMs)} ms (${worst.page})`
      : 'no pages',
  });
  const big = row('w100000');
  out.push(
    big
      ? { name: 'first highlights ≤ 50 ms after DCL on the 100,000-word page', met: big.dclToFirst <= 50, detail: `${f(big.dclToFirst)} ms${big.dclToFirst > 50 ? ` (by ${f(big.dclToFirst - 50)} ms)` : ''}` }
      : { name: 'first highlights ≤ 50 ms after DCL on the 100,000-word page', met: null, detail: 'page not run' },
  );
  const small = row('w1500');
  out.push(
    small
      ? { name: 'content script main-thread ≤ 5 ms on the 1,500-word article', met: small.oursMs <= 5, detail: `${f(small.oursMs)} ms${small.oursMs > 5 ? ` (by ${f(small.oursMs - 5)} ms, ${f(small.oursMs / 5)}×)` : ''}` }
      : { name: 'content script main-thread ≤ 5 ms on the 1,500-word article', met: null, detail: 'page not run' },
  );
  for (const k of ['liveblog', 'feed']) {
    const r = row(k);
    const name = `CPU share ≤ 5 % over 10 s windows on the ${r?.page ?? k}`;
    if (!r || r.share10s === null) out.push({ name, met: null, detail: 'not measured (window shorter than 10 s)' });
    else out.push({ name, met: r.share10s <= 0.05, detail: `worst window ${f(r.share10s * 100, 2)} %${r.share10s > 0.05 ? ` (by ${f((r.share10s - 0.05) * 100, 2)} points)` : ''}` });
  }
  const cs = bundles.find((b) => b.file === 'content-scripts/content.js');
  out.push(
    cs
      ? { name: 'content script ≤ 60 kB minified', met: cs.bytes <= CONTENT_SCRIPT_BUDGET, detail: `${f(cs.bytes / 1000)} kB (${f(cs.gzip / 1000)} kB gzip)${cs.bytes > CONTENT_SCRIPT_BUDGET ? ` (by ${f((cs.bytes - CONTENT_SCRIPT_BUDGET) / 1000)} kB)` : ''}` }
      : { name: 'content script ≤ 60 kB minified', met: null, detail: 'no build' },
  );
  const static_ = rows.filter((r) => r.ratios.pipelineOverMinimal !== null);
  const worstRatio = [...static_].sort((a, b) => b.ratios.pipelineOverMinimal! - a.ratios.pipelineOverMinimal!)[0];
  out.push({
    name: 'our pipeline (extract, match, ranges, paint) within 2× of the minimal painted highlighter (every static page)',
    met: worstRatio ? worstRatio.ratios.pipelineOverMinimal! <= 2 : null,
    detail:
      static_.map((r) => `${r.page} ${f(r.ratios.pipelineOverMinimal!, 2)}×`).join(', ') +
      (worstRatio && worstRatio.ratios.pipelineOverMinimal! > 2 ? ` (NOT met on ${static_.filter((r) => r.ratios.pipelineOverMinimal! > 2).length} page(s); worst ${worstRatio.page}: by ${f(worstRatio.ratios.pipelineOverMinimal! - 2, 2)}×)` : '') +
      `; the whole content script (script start, messages, observers too) / minimal: ${static_.map((r) => `${f(r.ratios.oursOverMinimal ?? NaN, 1)}×`).join(', ')}`,
  });
  const mid = row('w14000');
  const mr = mid?.ratios.markOverOurs ?? null;
  out.push({
    name: '≥ 20× less main-thread time than mark.js on the 14,000-word page',
    met: mr === null ? null : mr >= 20,
    detail: mr === null ? 'not measured' : `mark.js/ours ${f(mr)}× (mark.js ${f(mid!.peers.markjs.ms ?? NaN)} ms, ours ${f(mid!.oursMs)} ms)${mr < 20 ? ` (short by ${f(20 - mr)}×)` : ''}`,
  });
  return out;
}

const fmt = (n: number | null | undefined, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));

export function printTable(rows: readonly Row[], bundles: readonly Bundle[], list: readonly Budget[], meta: { repeats: number; seconds: number; windowMs: number; chromium: string }): string {
  const lines: string[] = [];
  const log = (s = '') => lines.push(s);
  const table = (head: string[], body: string[][]) => {
    const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    log(head.map((h, i) => (i ? h.padStart(w[i]!) : h.padEnd(w[i]!))).join('  '));
    for (const r of body) log(r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  '));
  };
  log(`median of ${meta.repeats} visits per page; ${meta.chromium} headless; ms unless marked. "ours" = sampled main-thread time of the`);
  log(`content script (CDP profiler, 100 µs) from navigation until settled, or over ${meta.windowMs / 1000} s on the live pages; peers = their one call.`);
  log();
  table(
    ['page', 'words', 'ranges', 'minimal#', 'mark#', 'DCL→scan', 'DCL→first', 'DCL→all', 'extract', 'match', 'card', 'ours', 'longest', '≥50ms', 'CPU/10s', 'heap Δ kB'],
    rows.map((r) => [
      r.page,
      String(r.words),
      String(r.ranges),
      r.minimalCount === null ? '–' : String(r.minimalCount),
      r.markCount === null ? '–' : String(r.markCount),
      fmt(r.dclToScanStart),
      fmt(r.dclToFirst),
      fmt(r.dclToAll),
      fmt(r.extractMs, 2),
      fmt(r.matchMs, 2),
      fmt(r.cardMs),
      fmt(r.oursMs, 2),
      fmt(r.longestTaskMs),
      String(r.tasksOver50),
      r.share10s === null ? '–' : `${(r.share10s * 100).toFixed(2)} %`,
      fmt(r.heapDeltaKB, 0),
    ]),
  );
  log();
  log('peers: ms of their one call (performance.now() around it) on a fresh load without the extension; ours: whole');
  log('content script (profiled) and its first scan\'s pipeline (marks scan-start → painted); ratios');
  table(
    ['page', 'ours', 'pipeline', 'minimal', 'mark.js', 'naive', '(tagging)', 'pipeline/minimal', 'ours/minimal', 'mark.js/ours', 'naive/ours'],
    rows.map((r) => [
      r.page,
      fmt(r.oursMs, 2),
      fmt(r.pipelineMs, 2),
      fmt(r.peers.minimal.ms, 2),
      fmt(r.peers.markjs.ms, 1),
      fmt(r.peers.naive.ms, 1),
      fmt(r.peers.naive.tagMs ?? null, 1),
      r.ratios.pipelineOverMinimal === null ? (r.live ? 'live' : '–') : `${r.ratios.pipelineOverMinimal.toFixed(2)}×`,
      r.ratios.oursOverMinimal === null ? (r.live ? 'live' : '–') : `${r.ratios.oursOverMinimal.toFixed(2)}×`,
      r.ratios.markOverOurs === null ? (r.live ? 'live' : '–') : `${r.ratios.markOverOurs.toFixed(1)}×`,
      r.ratios.naiveOverOurs === null ? (r.live ? 'live' : '–') : `${r.ratios.naiveOverOurs.toFixed(1)}×`,
    ]),
  );
  log();
  log('bundle sizes');
  for (const b of bundles) log(`  ${b.label.padEnd(32)}${(b.bytes / 1000).toFixed(1).padStart(8)} kB  (${(b.gzip / 1000).toFixed(1)} kB gzip)  ${b.file}`);
  log();
  log('budgets (issue 5)');
  for (const b of list) log(`  ${b.met === null ? 'not measured' : b.met ? 'met' : 'NOT met'}: ${b.name}: ${b.detail}`);
  log();
  log(`bench took ${meta.seconds.toFixed(0)} s`);
  const text = lines.join('\n');
  console.log(text);
  return text;
}
