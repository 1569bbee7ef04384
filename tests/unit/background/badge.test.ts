import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/badge';

describe('badge text', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
    [123456, '999+'],
  ])('%s → "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
    expect(badgeText(count).length).toBeLessThanOrEqual(4);
  });
});
