/**
 * Real pages in the bench: a set of the real news pages of ../shared/realpages (served locally, every other
 * host blocked), each visited with the extension and, in a browser without it, by the minimal painter and
 * mark.js with the same names. Per page: our main-thread time as sampled and as CPU time (extraction, the matching round trip,
 * painting), the longest task of ours, DOMContentLoaded -> first highlights, and the peers' main-thread time;
 * then the budgets of issue 11 over all pages (median, worst).
 */
import type { ChromiumSession, ExtensionSession } from '../../tests/e2e/browser';
import { visitOurs, type OurVisit } from './ours';
import { visitPeer, type PeerVisit } from './peers';
import { median } from './report';

/** News pages of several sizes and frameworks (names of folders in ../shared/realpages/readability-test-pages). */
export const REAL_BENCH_PAGES = [
  'bbc-1', 'cnn', 'guardian-1', 'lemonde-1', 'nytimes-1', 'nytimes-4', 'quanta-1', 'telegraph', 'tmz-1', 'wapo-1',
  'yahoo-3', 'breitbart',
];

export interface RealRow {
  page: string;
  /** Our main-thread time as the profiler samples it (wall time between samples), median and worst visit. */
  oursMs: number;
  oursWorstMs: number;
  /** The same as CPU time (trace.ts: each task's share of ours times the thread's CPU time for it). */
  oursCpuMs: number;
  oursCpuWorstMs: number;
  /** Visits whose trace held the page's thread (the CPU figures are theirs). */
  cpuVisits: number;
  /** The most of our time in one task (the browser's trace, in one more visit). */
  longestTaskMs: number;
  /** The same task's share of ours as CPU time. */
  longestCpuMs: number;
  /** The longest whole task that was mostly ours (native work included), in the traced visit. */
  mostlyOursMs: number;
  dclToFirst: number;
  dclToFirstWorst: number;
  minimalMs: number;
  markjsMs: number;
  minimalCpuMs: number;
  markjsCpuMs: number;
  ranges: number;
  topFrames: { frame: string; ms: number }[];
  topLeaves: { frame: string; ms: number }[];
}

export interface RealResult {
  rows: RealRow[];
  lines: string[];
  budgets: { name: string; met: boolean; detail: string }[];
}

export async function runReal(
  session: ExtensionSession,
  plain: ChromiumSession,
  urls: { blank: string; page(name: string): string },
  aliases: string[],
  repeats: number,
  pages = REAL_BENCH_PAGES,
): Promise<RealResult> {
  const rows: RealRow[] = [];
  // a throw-away visit: the first page of a session pays for starting the service worker
  await visitOurs(session, urls.blank, urls.page(pages[0]!), { windowMs: 0, hover: false });
  for (const name of pages) {
    const ours: OurVisit[] = [];
    const minimal: PeerVisit[] = [];
    const markjs: PeerVisit[] = [];
    for (let i = 0; i < repeats; i++) {
      ours.push(await visitOurs(session, urls.blank, urls.page(name), { windowMs: 0, hover: false }));
      minimal.push(await visitPeer(plain, urls.blank, urls.page(name), 'minimal', aliases));
      markjs.push(await visitPeer(plain, urls.blank, urls.page(name), 'markjs', aliases));
    }
    // The tasks come from one more visit with the browser's trace running: the trace slows the page (every
    // call from native code into a script is recorded), so the times above are taken without it.
    const traced = await visitOurs(session, urls.blank, urls.page(name), { windowMs: 0, hover: false, trace: true });
    const ms = ours.map((o) => o.profile.ms);
    // a visit whose trace missed the page's renderer has no CPU figure (trace.ts)
    const cpu = ours.map((o) => o.cpuMs).filter(Number.isFinite);
    const first = ours.map((o) => o.dclToFirst).filter(Number.isFinite);
    rows.push({
      page: name,
      oursMs: median(ms),
      oursWorstMs: Math.max(...ms),
      oursCpuMs: cpu.length ? median(cpu) : Number.NaN,
      oursCpuWorstMs: cpu.length ? Math.max(...cpu) : Number.NaN,
      cpuVisits: cpu.length,
      longestTaskMs: traced.tasks?.longestOursMs ?? traced.profile.longestTaskMs,
      longestCpuMs: traced.tasks?.longestOursCpuMs ?? Number.NaN,
      mostlyOursMs: traced.tasks?.longestMostlyOursMs ?? Number.NaN,
      dclToFirst: first.length ? median(first) : Number.NaN,
      dclToFirstWorst: first.length ? Math.max(...first) : Number.NaN,
      minimalMs: median(minimal.map((p) => p.ms)),
      markjsMs: median(markjs.map((p) => p.ms)),
      minimalCpuMs: finiteMedian(minimal.map((p) => p.cpuMs)),
      markjsCpuMs: finiteMedian(markjs.map((p) => p.cpuMs)),
      ranges: median(ours.map((o) => o.ranges)),
      topFrames: ours.at(-1)!.profile.byFrame.slice(0, 5),
      topLeaves: ours.at(-1)!.profile.byLeaf.slice(0, 5),
    });
    const r = rows.at(-1)!;
    console.log(`  real ${name}: ours ${r.oursMs.toFixed(1)} ms (worst ${r.oursWorstMs.toFixed(1)}), CPU ${r.oursCpuMs.toFixed(1)} (worst ${r.oursCpuWorstMs.toFixed(1)}), longest ${r.longestTaskMs.toFixed(1)}, DCL->first ${r.dclToFirst.toFixed(0)} ms, minimal ${r.minimalMs.toFixed(1)}, mark.js ${r.markjsMs.toFixed(1)}`);
  }
  return { rows, lines: table(rows, repeats), budgets: budgets(rows) };
}

function finiteMedian(xs: number[]): number {
  const ok = xs.filter(Number.isFinite);
  return ok.length ? median(ok) : Number.NaN;
}

function table(rows: RealRow[], repeats: number): string[] {
  const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const out = [
    `real news pages (../shared/realpages), ${repeats} visit(s) each, median (worst); ms of main-thread time: sampled (the profiler's samples of ours, wall time between them),`,
    '  CPU (the same scaled, task by task, by the thread\'s CPU time for the task: without the time the page\'s thread waited for a core; [n]: from n visits,',
    '  the others\' traces missed the page\'s renderer); peers alike;',
    '  longest: the most of our time in one task, and the longest task that was mostly ours (both from one more visit with the browser\'s trace):',
    `  ${'page'.padEnd(12)} ${'ours sampled'.padStart(14)} ${'ours CPU'.padStart(12)} ${'longest'.padStart(14)} ${'DCL->first'.padStart(14)} ${'minimal'.padStart(12)} ${'mark.js'.padStart(14)} ${'marks'.padStart(6)}`,
  ];
  for (const r of rows) {
    out.push(
      `  ${r.page.padEnd(12)} ${`${f(r.oursMs)} (${f(r.oursWorstMs)})`.padStart(14)} ${`${f(r.oursCpuMs)} (${f(r.oursCpuWorstMs)})${r.cpuVisits < repeats ? `[${r.cpuVisits}]` : ''}`.padStart(12)} ${`${f(r.longestTaskMs)} / ${f(r.mostlyOursMs)}`.padStart(14)} ${`${f(r.dclToFirst, 0)} (${f(r.dclToFirstWorst, 0)})`.padStart(14)} ${`${f(r.minimalMs)} / ${f(r.minimalCpuMs)}`.padStart(12)} ${`${f(r.markjsMs)} / ${f(r.markjsCpuMs)}`.padStart(14)} ${String(r.ranges).padStart(6)}`,
    );
  }
  out.push(`  where ours goes (deepest frame of ours, last visit): ${rows.map((r) => `${r.page}: ${r.topFrames.slice(0, 2).map((t) => `${t.frame.replace(/ ext:.*$/, '')} ${t.ms.toFixed(1)}`).join(', ')}`).join('; ')}`);
  return out;
}

function budgets(rows: RealRow[]): RealResult['budgets'] {
  const ms = rows.map((r) => r.oursMs);
  const worstMs = rows.map((r) => r.oursWorstMs);
  const cpu = rows.map((r) => r.oursCpuMs).filter(Number.isFinite);
  const worstCpu = rows.map((r) => r.oursCpuWorstMs).filter(Number.isFinite);
  const longest = Math.max(...rows.map((r) => Math.max(r.longestTaskMs, Number.isFinite(r.mostlyOursMs) ? r.mostlyOursMs : 0)));
  const longestCpu = Math.max(0, ...rows.map((r) => r.longestCpuMs).filter(Number.isFinite));
  const first = rows.map((r) => r.dclToFirstWorst).filter(Number.isFinite);
  return [
    {
      name: 'real pages: our main-thread (CPU) time, median over pages <= 10 ms',
      met: worstCpu.length === rows.length && median(worstCpu) <= 10,
      detail: `median ${median(cpu).toFixed(1)} ms, median of each page's worst visit ${median(worstCpu).toFixed(1)} ms (${worstCpu.length} of ${rows.length} pages measured); as sampled ${median(ms).toFixed(1)} and ${median(worstMs).toFixed(1)} ms`,
    },
    { name: 'real pages: no task of ours >= 50 ms', met: longest < 50, detail: `longest ${longest.toFixed(1)} ms (the most of our CPU time in one task ${longestCpu.toFixed(1)} ms)` },
    { name: 'real pages: first highlights <= 100 ms after DOMContentLoaded', met: Math.max(...first) <= 100, detail: `median ${median(rows.map((r) => r.dclToFirst).filter(Number.isFinite)).toFixed(0)} ms, worst ${Math.max(...first).toFixed(0)} ms` },
  ];
}
