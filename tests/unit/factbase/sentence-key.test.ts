import { describe, expect, it } from 'vitest';
import { isSentenceKey, KEY_CHARS, sentenceKey } from '../../../src/factbase/sentence-key';

describe('sentenceKey', () => {
  it('is short, stable and blind to whitespace', () => {
    const key = sentenceKey('The ferry  runs\nat dawn.');
    expect(isSentenceKey(key)).toBe(true);
    expect(sentenceKey(' The ferry runs at dawn. ')).toBe(key);
    expect(sentenceKey('The ferry runs at dusk.')).not.toBe(key);
  });

  it('finds a long sentence from its cut form (the builder clips long facts)', () => {
    const long = `${'word '.repeat(KEY_CHARS)}end.`;
    expect(sentenceKey(`${long.slice(0, KEY_CHARS + 20)}…`)).toBe(sentenceKey(long));
  });

  it.each(['s-', 'x-abc', 's-ABC', 's-12345678', 's-a/b'])('%s is not a key', (s) => {
    expect(isSentenceKey(s)).toBe(false);
  });
});
