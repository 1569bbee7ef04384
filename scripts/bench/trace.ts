/**
 * Tasks as the browser runs them, from its own trace (CDP Tracing: the main thread's RunTask events). A task is
 * ours when a profiler sample of ours (profile.ts) falls inside it, and its length is the whole task's, native
 * work it caused (style, layout) included. The profiler alone cannot tell where a task ends: our reading of a
 * big page is cut into slices that yield to the page (scheduler.yield), and on a page with nothing else to do
 * the next slice starts within a millisecond, so runs of our samples join slices that were separate tasks.
 */
import type { CDPSession } from 'playwright-core';
import type { CpuProfile } from './profile';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time for the event, µs (the OS's thread clock): less than `dur` when it waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** The content script's performance marks (src/page): set on the page's main thread. */
const MARK_PREFIX = 'news-context:';
/** How far after a task's end a sample may be stamped and still be that task's, µs. */
const SLACK_US = 200;

/**
 * Starts the browser's trace of the page; the returned function ends it and gives its events. `light`: the
 * tasks alone (with their thread times), which costs the page next to nothing; the full trace also records
 * every call from native code into a script, which slows a page's scripts.
 */
export async function startTracing(cdp: CDPSession, opts: { light?: boolean } = {}): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      // blink.user_timing: the content script's performance marks, which say which thread is the page's
      includedCategories: opts.light
        ? ['toplevel', 'blink.user_timing', '__metadata']
        : ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'],
      excludedCategories: ['*'],
    },
  } as never);
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** The profile's samples whose stack `ours` accepts: when (µs, the trace's clock) and until the next sample. */
export function sampleTimes(profile: CpuProfile, ours: (nodeId: number) => boolean): { at: number; until: number }[] {
  const out: { at: number; until: number }[] = [];
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t);
  }
  for (let i = 0; i < profile.samples.length; i++) {
    if (ours(profile.samples[i]!)) out.push({ at: times[i]!, until: times[i + 1] ?? profile.endTime });
  }
  return out;
}

export interface TaskFigures {
  /** Tasks holding at least one sample of ours. */
  tasks: number;
  /** The most of our samples' time within one task, ms: our longest task. */
  longestOursMs: number;
  /** Tasks in which our samples' time reaches 50 ms. */
  over50: number;
  /** The longest whole task (native work included) in which most of the time was ours, ms. */
  longestMostlyOursMs: number;
  /** Samples of ours that fell in no task the trace shows (a sign the clocks or threads did not match). */
  unplaced: number;
  /**
   * Our samples' time as CPU time: within each task, our share of its wall time times the thread's CPU time
   * for the task. On a machine with fewer cores than busy threads (2 here: the browser, its compositor and
   * raster threads, the extension's background, the bench itself) a page's thread waits for a core for much
   * of a task while it loads, and the profiler's samples count that wait as the time of whatever ran before it.
   */
  cpuMs: number;
  /** The most of our CPU time (as above) within one task, ms. */
  longestOursCpuMs: number;
  /**
   * Whether the trace holds the page's thread: the content script's marks on it (or, without marks, nine in ten
   * samples placed). A page whose navigation started a renderer of its own is sometimes missing from the trace
   * altogether (seen in 2 of 4 visits of nytimes-1 and telegraph): its figures above are then nothing.
   */
  pageThread: boolean;
}

/**
 * The renderer main thread's tasks that hold one of our samples (each standing for the time until the next
 * sample, within the task).
 * The trace is the whole browser's: every renderer (the page's cross-site frames, other tabs) has a main thread
 * of its own, and their tasks overlap the page's. Tasks are joined only within one thread, and the thread read
 * is the one that set the content script's marks, or else the one whose tasks hold the most of the samples (a
 * busy cross-site frame's long tasks can cover the gaps between the page's short ones, so the second rule alone
 * picked the wrong thread in some visits).
 * A page's own task can hold some of ours (our mutation observer's callback runs at the end of the parser's
 * task): what counts is our time within each task.
 */
export function tasksHolding(events: readonly TraceEvent[], samples: readonly { at: number; until: number }[]): TaskFigures {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // the thread that set the content script's marks (news-context:*) is the page's; without them (a peer's visit),
  // the thread whose tasks hold the most of the samples
  const marked = new Set(events.filter((e) => e.name.startsWith(MARK_PREFIX) && main.has(`${e.pid}:${e.tid}`)).map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, Task[]>();
  for (const x of events) {
    const thread = `${x.pid}:${x.tid}`;
    if (x.ph !== 'X' || !TASK_EVENTS.has(x.name) || x.dur === undefined || !(marked.size ? marked : main).has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push({ from: x.ts, to: x.ts + x.dur, cpu: x.tdur ?? x.dur });
    byThread.set(thread, list);
  }
  let best: Omit<TaskFigures, 'pageThread'> = { tasks: 0, longestOursMs: 0, over50: 0, longestMostlyOursMs: 0, unplaced: samples.length, cpuMs: 0, longestOursCpuMs: 0 };
  for (const list of byThread.values()) {
    const figures = onThread(outermost(list), samples);
    if (figures.unplaced < best.unplaced) best = figures;
  }
  const placed = samples.length - best.unplaced;
  return { ...best, pageThread: (marked.size > 0 && byThread.size > 0) || (samples.length > 0 && placed >= samples.length * 0.9) };
}

/** A task on one thread: its wall-clock span and its thread (CPU) time, µs. */
interface Task {
  from: number;
  to: number;
  cpu: number;
}

/** One thread's outermost tasks: a task event nested in another is part of it (a long task of the parser can hold hundreds). */
function outermost(list: Task[]): Task[] {
  const tasks: Task[] = [];
  for (const e of list.sort((a, b) => a.from - b.from || b.to - a.to)) {
    const last = tasks.at(-1);
    if (last && e.from <= last.to) {
      // nested: its thread time is in the outer task's already; overlapping past its end (a clock's rounding): added
      if (e.to > last.to) {
        last.to = e.to;
        last.cpu += e.cpu;
      }
    } else tasks.push({ ...e });
  }
  return tasks;
}

function onThread(tasks: readonly Task[], samples: readonly { at: number; until: number }[]): Omit<TaskFigures, 'pageThread'> {
  const ours = new Map<number, number>();
  let unplaced = 0;
  for (const { at, until } of samples) {
    // the last task starting at or before `at`, if it still runs then; a sample taken within SLACK_US of its end
    // is its (the sampler and the trace stamp their times on different threads: a busy machine shifts them by
    // a few tens of microseconds)
    let lo = 0;
    let hi = tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid]!.from <= at) lo = mid + 1;
      else hi = mid;
    }
    const found = lo > 0 && tasks[lo - 1]!.to + SLACK_US >= at ? lo - 1 : -1;
    if (found < 0) unplaced++;
    else ours.set(found, (ours.get(found) ?? 0) + Math.max(0, Math.min(until, tasks[found]!.to) - at) / 1000);
  }
  const held = [...ours].map(([i, ms]) => {
    const task = tasks[i]!;
    const wall = task.to - task.from;
    return { ms, length: wall / 1000, cpuMs: ms * (wall > 0 ? Math.min(1, task.cpu / wall) : 1) };
  });
  return {
    tasks: held.length,
    longestOursMs: Math.max(0, ...held.map((t) => t.ms)),
    over50: held.filter((t) => t.ms >= 50).length,
    longestMostlyOursMs: Math.max(0, ...held.filter((t) => t.ms >= t.length / 2).map((t) => t.length)),
    unplaced,
    cpuMs: held.reduce((sum, t) => sum + t.cpuMs, 0),
    longestOursCpuMs: Math.max(0, ...held.map((t) => t.cpuMs)),
  };
}

/**
 * The page's longest task before DOMContentLoaded fired (the parser's, layout of what it parsed included) and
 * from then on, ms, on the main thread that fired it. They are told apart because the first depends on where
 * the parser happened to yield (on the 1,000,000-word page its last task is 62 or 165 ms, with or without
 * the extension alike), and only the second can hold the reading of a page as big as that (start.ts).
 */
export function longestAroundDcl(events: readonly TraceEvent[]): { beforeMs: number; afterMs: number } | undefined {
  const dcl = events.find((e) => e.name === 'MarkDOMContent');
  if (!dcl) return undefined;
  let beforeMs = 0;
  let afterMs = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name) || e.dur === undefined || e.pid !== dcl.pid || e.tid !== dcl.tid) continue;
    if (e.ts < dcl.ts) beforeMs = Math.max(beforeMs, e.dur / 1000);
    else afterMs = Math.max(afterMs, e.dur / 1000);
  }
  return { beforeMs, afterMs };
}
