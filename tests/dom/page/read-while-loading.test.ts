import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EARLY_REGROWTH, EARLY_RETRY_MS, readWhileLoading } from '../../../src/page/session';

describe('readWhileLoading: the top of a page still being parsed', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<main><p>A first paragraph that is far too short to be a story.</p></main>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A scanner that never finds enough story, and counts how often it was asked to look. */
  const tooLittle = () => {
    const calls: number[] = [];
    const scan = (head?: number) => {
      calls.push(head ?? 0);
      return Promise.resolve(false);
    };
    return { calls, scanner: { scan } };
  };
  const add = (n: number) => {
    for (let i = 0; i < n; i++) document.querySelector('main')!.append(document.createElement('p'));
  };

  it('looks again only once the page has grown since it last looked', async () => {
    const { calls, scanner } = tooLittle();
    let parse!: () => void;
    const parsed = new Promise<void>((resolve) => {
      parse = resolve;
    });
    const stop = new AbortController();
    const reading = readWhileLoading(scanner, parsed, stop.signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);

    // a parser waiting for a script adds nothing: the same too-little story is not read again
    await vi.advanceTimersByTimeAsync(EARLY_RETRY_MS * 6);
    expect(calls).toHaveLength(1);

    // a little more (under EARLY_REGROWTH times what was there) is not worth a read either
    const before = document.getElementsByTagName('*').length;
    add(Math.floor(before * (EARLY_REGROWTH - 1)) - 1);
    await vi.advanceTimersByTimeAsync(EARLY_RETRY_MS * 3);
    expect(calls).toHaveLength(1);

    // the page has doubled: its top is read again
    add(before);
    await vi.advanceTimersByTimeAsync(EARLY_RETRY_MS);
    expect(calls).toHaveLength(2);

    // parsed: no more early reads, however the page grows
    parse();
    add(before * 4);
    await vi.advanceTimersByTimeAsync(EARLY_RETRY_MS * 4);
    await reading;
    expect(calls).toHaveLength(2);
    stop.abort();
  });
});
