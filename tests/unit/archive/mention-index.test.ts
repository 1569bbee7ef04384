import { describe, expect, it } from 'vitest';
import type { LocalEntity } from '../../../src/archive/local';
import { lastMentionBefore, mentionStartsAt } from '../../../src/archive/mention-index';

const person = (spans: [number, number][]): LocalEntity => ({
  key: 'person:ana lind',
  type: 'person',
  name: 'Ana Lind',
  aliases: new Set(),
  roles: [],
  mentions: spans.map(([start, end]) => ({ start, end, sentence: 0 })),
});

describe('mention index', () => {
  it('says whether a mention starts at an offset, and sees mentions added later', () => {
    const e = person([[10, 18], [40, 44]]);
    expect(mentionStartsAt(e, 10)).toBe(true);
    expect(mentionStartsAt(e, 11)).toBe(false);
    e.mentions.push({ start: 90, end: 94, sentence: 2 });
    expect(mentionStartsAt(e, 90)).toBe(true);
  });

  it('gives the latest start of a mention that ends before an offset, in any order of mentions', () => {
    // a long mention that starts early and ends late, and a short one inside it
    const e = person([[50, 54], [10, 18], [30, 70]]);
    expect(lastMentionBefore(e, 5)).toBe(-Infinity);
    expect(lastMentionBefore(e, 18)).toBe(10);
    expect(lastMentionBefore(e, 60)).toBe(50);
    expect(lastMentionBefore(e, 70)).toBe(50);
    e.mentions.push({ start: 80, end: 85, sentence: 3 });
    expect(lastMentionBefore(e, 100)).toBe(80);
  });

  it('holds for a name mentioned hundreds of thousands of times (a spread of them overflowed the stack)', () => {
    const e = person(Array.from({ length: 300_000 }, (_, k): [number, number] => [k * 10, k * 10 + 8]));
    expect(lastMentionBefore(e, 2_999_999)).toBe(2_999_990);
    expect(mentionStartsAt(e, 1_234_560)).toBe(true);
  });
});
