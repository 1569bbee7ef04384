import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_READ_SLICE_MS, SLICE_MS } from '../../../src/page/extract';
import type { createPainter } from '../../../src/page/highlights';
import { createScanner, HEAD_READ_MAX_MS } from '../../../src/page/scanner';

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

describe('createScanner: the top of a page still loading', () => {
  const story = (paragraphs: number) =>
    `<article>${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i} says that Ana Lind met the harbour board of Portmere about the tram timetable.</p>`).join('')}</article>`;
  /** A scanner whose painter and background record what they are given; `answer` replaces the background's. */
  const recording = (answer?: (text: string) => Promise<never[]>) => {
    const sent: string[] = [];
    const rest: string[] = [];
    const painted: unknown[][] = [];
    const scanner = createScanner({
      signal: new AbortController().signal,
      painter: {
        paint: (list: unknown[]) => {
          painted.push(list);
          return [];
        },
        unsupportedReason: undefined,
      } as unknown as ReturnType<typeof createPainter>,
      skip: () => false,
      match: (text) => {
        sent.push(text);
        if (answer) return answer(text);
        const at = text.indexOf('Ana Lind');
        return Promise.resolve([{ start: at, end: at + 8, id: 'ana-lind', name: 'Ana Lind', type: 'person', reason: 'full-name' } as never]);
      },
      matchRest: (text) => {
        rest.push(text);
        return Promise.resolve([]);
      },
    });
    return { scanner, sent, rest, painted };
  };

  it('paints the top once the story read so far holds that much, and reads no further', async () => {
    document.body.innerHTML = story(400);
    const { scanner, sent, rest, painted } = recording();
    expect(await scanner.scan(2_000)).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.length).toBeGreaterThanOrEqual(2_000);
    expect(sent[0]!.length).toBeLessThan(document.body.textContent!.length / 4);
    expect(rest).toEqual([]);
    expect(painted).toHaveLength(1);
    expect(scanner.status()).toBe('ready');
  });

  it('paints nothing, and sends nothing, while the story is shorter than that', async () => {
    document.body.innerHTML = story(5);
    const { scanner, sent, painted } = recording();
    expect(await scanner.scan(2_000)).toBe(false);
    expect(sent).toEqual([]);
    expect(painted).toEqual([]);
    expect(scanner.status()).toBe('scanning');
    // the whole page, once parsed, is read as always
    expect(await scanner.scan()).toBe(true);
    expect(sent).toHaveLength(1);
    expect(painted).toHaveLength(1);
  });

  it('gives up reading the top after a while (a page growing faster than it is read)', async () => {
    document.body.innerHTML = story(8000);
    const { scanner, sent } = recording();
    // a clock that moves three milliseconds each time it is read; each task given back lets 100 ms pass
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let yields = 0;
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        yields++;
        vi.advanceTimersByTime(100);
        return Promise.resolve();
      },
    };
    try {
      // more than the page holds: the top is never reached
      expect(await scanner.scan(10_000_000)).toBe(false);
      const early = yields;
      expect(sent).toEqual([]);
      expect(early).toBeLessThanOrEqual(HEAD_READ_MAX_MS / 100 + 1);
      // the whole page's read, on the same clock, takes many more tasks
      yields = 0;
      await scanner.scan();
      expect(yields).toBeGreaterThan(early + 3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks each range of the top against its text: nothing tells it of changes while the page loads', async () => {
    document.body.innerHTML = story(400);
    const { scanner, painted } = recording((text) => {
      const at = text.indexOf('Ana Lind');
      // the page's own script rewrites the first paragraph while the background is matching
      document.querySelector('p')!.firstChild!.textContent = 'Paragraph 0 is short.';
      return Promise.resolve([{ start: at, end: at + 8, id: 'ana-lind', name: 'Ana Lind', type: 'person', reason: 'full-name' } as never]);
    });
    expect(await scanner.scan(2_000)).toBe(true);
    expect(painted).toEqual([[]]);
  });

  it('counts every change as one that may change the story until a whole page was read', async () => {
    document.body.innerHTML = `${story(400)}<aside id="rail"><p>Most read</p></aside>`;
    const { scanner } = recording();
    const outside = [{ type: 'childList', target: document.getElementById('rail'), addedNodes: [], removedNodes: [] }] as unknown as MutationRecord[];
    expect(await scanner.scan(2_000)).toBe(true);
    expect(scanner.affectedBy(outside)).toBe(true);
    await scanner.scan();
    expect(scanner.affectedBy(outside)).toBe(false);
  });
});
