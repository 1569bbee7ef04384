import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../../src/nlp/memo';

describe('memoizeText', () => {
  it('computes each text once and gives the same answer again', () => {
    const calls: string[] = [];
    const upper = memoizeText((t) => {
      calls.push(t);
      return t.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('holds at most `max` texts: when full it forgets them all and starts again', () => {
    const calls: string[] = [];
    const same = memoizeText((t) => {
      calls.push(t);
      return t;
    }, 2);
    for (const t of ['a', 'b', 'c', 'a', 'c']) same(t);
    // a, b fill it; c clears it and is kept; a is computed again (and kept beside c); c is still known
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
