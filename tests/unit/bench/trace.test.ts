// @vitest-environment node
// The bench's reading of the browser's trace: which main-thread task each of our profiler samples fell in.
import { describe, expect, it } from 'vitest';
import { tasksHolding, type TraceEvent } from '../../../scripts/bench/trace';

const thread: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } };
const task = (ts: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, pid: 1, tid: 1 });

describe('tasksHolding', () => {
  it('places a sample in the outermost task however many nested tasks start before it', () => {
    // one 10 ms task of the parser holding 200 short nested ones, then our sample near its end
    const nested = Array.from({ length: 200 }, (_, k) => task(1_000 + k * 40, 20));
    const figures = tasksHolding([thread, task(0, 10_000), ...nested], [{ at: 9_500, until: 9_600 }]);
    expect(figures.unplaced).toBe(0);
    expect(figures.tasks).toBe(1);
    expect(figures.longestOursMs).toBeCloseTo(0.1);
  });

  it('counts a sample stamped just after its task ended as that task\'s, and one far from any task as unplaced', () => {
    const figures = tasksHolding([thread, task(0, 1_000), task(5_000, 1_000)], [
      { at: 1_050, until: 1_100 },
      { at: 3_000, until: 3_100 },
    ]);
    expect(figures.tasks).toBe(1);
    expect(figures.unplaced).toBe(1);
  });
});

describe('tasksHolding across renderers', () => {
  const other: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 2, args: { name: 'CrRendererMain' } };
  const otherTask = (ts: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, pid: 2, tid: 2 });

  it('does not join two of our tasks through another renderer\'s task that overlaps both', () => {
    // ours: two 20 ms slices 5 ms apart on the page's thread; a cross-site frame's renderer runs 100 ms meanwhile
    const samples = [
      { at: 1_000, until: 21_000 },
      { at: 26_000, until: 46_000 },
    ];
    const figures = tasksHolding([thread, other, task(1_000, 20_000), task(26_000, 20_000), otherTask(0, 100_000)], samples);
    expect(figures.unplaced).toBe(0);
    expect(figures.tasks).toBe(2);
    expect(figures.longestOursMs).toBeCloseTo(20);
    expect(figures.longestMostlyOursMs).toBeCloseTo(20);
  });
});

describe('tasksHolding: CPU time', () => {
  const timed = (ts: number, dur: number, tdur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, tdur, pid: 1, tid: 1 });

  it('scales our samples in a task by the thread\'s CPU share of it, and counts a nested task\'s time once', () => {
    // a 20 ms task in which the thread ran 5 ms (it waited for a core the rest), holding a nested 4 ms task;
    // then a 10 ms task that ran throughout
    const events = [thread, timed(0, 20_000, 5_000), timed(2_000, 4_000, 4_000), timed(30_000, 10_000, 10_000)];
    const figures = tasksHolding(events, [
      { at: 1_000, until: 11_000 },
      { at: 30_000, until: 36_000 },
    ]);
    expect(figures.longestOursMs).toBeCloseTo(10);
    expect(figures.cpuMs).toBeCloseTo(10 * (5 / 20) + 6);
    expect(figures.longestOursCpuMs).toBeCloseTo(6);
  });

  it('takes a task without a thread time as all CPU', () => {
    const figures = tasksHolding([thread, task(0, 10_000)], [{ at: 0, until: 4_000 }]);
    expect(figures.cpuMs).toBeCloseTo(4);
  });
});

describe('tasksHolding: which thread is the page\'s', () => {
  it('reads the thread that set the content script\'s marks, though another renderer\'s tasks cover more of the samples', () => {
    const other: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 2, args: { name: 'CrRendererMain' } };
    const mark: TraceEvent = { name: 'news-context:scan-start', ph: 'R', ts: 1_000, pid: 1, tid: 1 };
    // the page's thread: two short tasks; a cross-site frame's renderer: one long task covering every sample
    const events = [thread, other, mark, task(1_000, 2_000), task(10_000, 2_000), { name: 'RunTask', ph: 'X', ts: 0, dur: 50_000, pid: 2, tid: 2 }];
    const samples = [
      { at: 1_000, until: 3_000 },
      { at: 5_000, until: 7_000 },
      { at: 10_000, until: 12_000 },
    ];
    const figures = tasksHolding(events, samples);
    expect(figures.tasks).toBe(2);
    expect(figures.unplaced).toBe(1);
    expect(figures.longestOursMs).toBeCloseTo(2);
    expect(figures.pageThread).toBe(true);
  });

  it('says so when the trace missed the page (its renderer is not in it)', () => {
    // only another renderer's task covers the samples, and no marks: its figures are not the page's
    const other: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 2, args: { name: 'CrRendererMain' } };
    const otherTask: TraceEvent = { name: 'RunTask', ph: 'X', ts: 0, dur: 2_000, pid: 2, tid: 2 };
    const figures = tasksHolding([other, otherTask], [
      { at: 1_000, until: 1_500 },
      { at: 5_000, until: 5_500 },
    ]);
    expect(figures.pageThread).toBe(false);
  });
});
