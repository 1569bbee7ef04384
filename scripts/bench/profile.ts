/**
 * Main-thread time from the V8 sampling profiler (CDP Profiler, 100 µs interval), attributed by script:
 * a sample is "ours" when its stack holds a frame of a script `owns` accepts (chrome-extension://… for the
 * extension, the peers' injected scripts for them). Content scripts run in an isolated world of the page's
 * own isolate, so the page target's profiler sees them.
 */
import type { CDPSession } from 'playwright-core';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Attribution {
  /** ms of samples whose stack holds one of our frames. */
  ms: number;
  /**
   * The same with each sample's time capped at 1 ms: time the thread spent descheduled (other work on a
   * loaded machine) is not counted as ours. Closer to CPU time; used to compare builds on a busy machine.
   */
  cappedMs: number;
  /** The longest run of our samples (gaps of GC or "(program)" under 1 ms bridged), ms: a task of ours. */
  longestTaskMs: number;
  /** Runs ≥ 50 ms. */
  tasksOver50: number;
  /** Number of runs (tasks of ours). */
  tasks: number;
  /** The most our samples in any 10 s window, as a share of the window (null when the profile is shorter). */
  maxShare10s: number | null;
  /** ms of our samples by the deepest frame of ours and the leaf (what it was doing there). */
  byFrame: { frame: string; ms: number }[];
  byLeaf: { frame: string; ms: number }[];
  /** ms from the profile's start to our first and last sample. */
  firstAt: number | null;
  lastAt: number | null;
}

export const SAMPLING_INTERVAL_US = 100;

/** The page's main-isolate heap after a garbage collection, in bytes (null where CDP cannot tell). */
export async function heapAfterGc(cdp: CDPSession): Promise<number | null> {
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  } catch {
    return null;
  }
}

export async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

export async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.send('Profiler.disable').catch(() => undefined);
  return profile;
}

const frameName = (f: CallFrame) => {
  const file = f.url ? f.url.replace(/^chrome-extension:\/\/[a-p]{32}\//, 'ext:').replace(/^.*\//, (m) => (f.url.startsWith('chrome-extension') ? m : '')) : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
};

/** Per profile node: the deepest frame on its stack of a script `owns` accepts, or null (memoised). */
export function deepestFrameOf(profile: CpuProfile, owns: (url: string) => boolean): (id: number) => ProfileNode | null {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, ProfileNode | null>();
  const deepest = (id: number): ProfileNode | null => {
    if (memo.has(id)) return memo.get(id)!;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const hit = n.callFrame.url && owns(n.callFrame.url) ? n : p === undefined ? null : deepest(p);
    memo.set(id, hit);
    return hit;
  };
  return deepest;
}

/** Attributes the profile's samples to the scripts `owns` accepts. */
export function attribute(profile: CpuProfile, owns: (url: string) => boolean, windowMs = 10_000): Attribution {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deepestOurs = deepestFrameOf(profile, owns);
  const times: number[] = [];
  let t = 0;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t);
  }
  const dur = (i: number) => Math.max(0, ((i + 1 < times.length ? times[i + 1]! : profile.endTime - profile.startTime) - times[i]!) / 1000);

  let ms = 0;
  let cappedMs = 0;
  const frames = new Map<string, number>();
  const leaves = new Map<string, number>();
  const ourSamples: { at: number; ms: number }[] = [];
  const runs: number[] = [];
  let runStart: number | null = null;
  let runEnd = 0;
  let gapStart: number | null = null;
  const close = () => {
    if (runStart !== null) runs.push(runEnd - runStart);
    runStart = null;
    gapStart = null;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const at = times[i]! / 1000;
    const d = dur(i);
    const mine = deepestOurs(id);
    if (mine) {
      ms += d;
      cappedMs += Math.min(d, 1);
      ourSamples.push({ at, ms: d });
      const f = frameName(mine.callFrame);
      frames.set(f, (frames.get(f) ?? 0) + d);
      const leaf = frameName(byId.get(id)!.callFrame);
      leaves.set(leaf, (leaves.get(leaf) ?? 0) + d);
      if (runStart === null) runStart = at;
      runEnd = at + d;
      gapStart = null;
    } else if (runStart !== null) {
      const name = byId.get(id)!.callFrame.functionName;
      const bridge = name === '(garbage collector)' || name === '(program)';
      if (!bridge) close();
      else {
        gapStart ??= at;
        if (at + d - gapStart >= 1) close();
      }
    }
  }
  close();

  let maxShare10s: number | null = null;
  const span = (profile.endTime - profile.startTime) / 1000;
  if (span >= windowMs) {
    maxShare10s = 0;
    for (let from = 0; from + windowMs <= span; from += 250) {
      let sum = 0;
      for (const s of ourSamples) if (s.at >= from && s.at < from + windowMs) sum += s.ms;
      maxShare10s = Math.max(maxShare10s, sum / windowMs);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.BENCH_TOP ?? 12))
      .map(([frame, v]) => ({ frame, ms: Math.round(v * 100) / 100 }));
  return {
    ms,
    cappedMs,
    longestTaskMs: Math.max(0, ...runs),
    tasksOver50: runs.filter((r) => r >= 50).length,
    tasks: runs.length,
    maxShare10s,
    byFrame: top(frames),
    byLeaf: top(leaves),
    firstAt: ourSamples[0]?.at ?? null,
    lastAt: ourSamples.length ? ourSamples.at(-1)!.at : null,
  };
}
