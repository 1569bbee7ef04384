import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_READ_SLICE_MS, SLICE_MS } from '../../../src/page/extract';
import type { createPainter } from '../../../src/page/highlights';
import { createScanner } from '../../../src/page/scanner';

/** A painter that paints nothing: the scanner's reading is what is looked at here. */
const painter = { paint: () => [], unsupportedReason: undefined } as unknown as ReturnType<typeof createPainter>;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('createScanner: how a page is read', () => {
  it("reads a page's first time in longer slices than its rescans (its own first frames would come between)", async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 800 }, (_, i) => `<p>Paragraph ${i} on <b>Ana Lind</b> in Portmere.</p>`).join('')}</article>`;
    // a clock that moves three milliseconds each time it is read, and a count of the tasks given back
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3));
    let yields = 0;
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        yields++;
        return Promise.resolve();
      },
    };
    const scanner = createScanner({
      signal: new AbortController().signal,
      painter,
      skip: () => false,
      match: () => Promise.resolve([]),
      matchRest: () => Promise.resolve([]),
    });
    await scanner.scan();
    const first = yields;
    yields = 0;
    await scanner.scan();
    const rescan = yields;
    expect(first).toBeGreaterThan(0);
    // the same page, read in slices of SLICE_MS instead of FIRST_READ_SLICE_MS
    expect(rescan / first).toBeGreaterThan((FIRST_READ_SLICE_MS / SLICE_MS) * 0.6);
    expect(FIRST_READ_SLICE_MS).toBeLessThanOrEqual(25); // with the clock checks' overshoot, no task of ours nears 50 ms
  });
});
