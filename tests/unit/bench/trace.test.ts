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
