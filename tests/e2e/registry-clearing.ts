/**
 * Reliability row 4's hostile page, shared by the Chromium and Firefox tests: a page that clears the highlight
 * registry every 100 ms for 4 s. An expression to evaluate in the page; it resolves to the times (ms from its
 * start) at which it found our highlights back.
 */
import { expect } from 'vitest';

export const CLEAR_REGISTRY_FOR_4_S = `new Promise((resolve) => {
  const times = [];
  const started = performance.now();
  const timer = setInterval(() => {
    if ([...CSS.highlights.keys()].some((k) => k.startsWith('news-context-'))) times.push(Math.round(performance.now() - started));
    CSS.highlights.clear();
    if (performance.now() - started > 4000) {
      clearInterval(timer);
      resolve(times);
    }
  }, 100);
})`;

/** The first tick finds the first paint; then at most 4 restores in 2 s (src/page/highlights.ts), none after. */
export function expectGaveUp(backs: number[]): void {
  expect(backs.length).toBeGreaterThanOrEqual(2);
  expect(backs.length).toBeLessThanOrEqual(6);
  expect(backs.filter((t) => t > 2_500)).toEqual([]);
}
