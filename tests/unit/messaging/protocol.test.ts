import { describe, expect, it } from 'vitest';
import { parsePageRequest } from '../../../src/messaging/page-requests';
import { parseRequest } from '../../../src/messaging/protocol';

const accepts = (m: unknown) => {
  try {
    parseRequest(m);
    return true;
  } catch {
    return false;
  }
};

/** Messages a content script answers. */
const PAGE_OK: unknown[] = [
  { type: 'ping' },
  { type: 'findings' },
  { type: 'list' },
  { type: 'read' },
  { type: 'show', id: 'john-kerry' },
  { type: 'show', id: 'cop28' },
  { type: 'step', direction: 'next' },
  { type: 'step', direction: 'previous' },
];

/** Hostile or broken messages (docs/reliability.md row 11). */
const BAD: unknown[] = [
  null,
  undefined,
  'ping',
  42,
  [],
  [{ type: 'ping' }],
  {},
  { type: 'nonsense' },
  { type: 'ping', extra: 1 },
  { type: 'show' },
  { type: 'read', text: 'x' },
  { type: 'show', id: 7 },
  { type: 'show', id: 'Not An Id' },
  { type: 'show', id: 'a--b' },
  { type: 'show', id: 'x'.repeat(121) },
  { type: 'step', direction: 'sideways' },
  { type: 'step' },
  JSON.parse('{"type":"ping","__proto__":{"polluted":true}}'),
  Object.assign(Object.create({ inherited: true }), { type: 'ping' }),
];

describe('requests to a content script', () => {
  it.each(PAGE_OK.map((m) => [JSON.stringify(m), m]))('accepts %s, as the protocol does', (_, m) => {
    expect(parsePageRequest(m)).toEqual(m);
    expect(accepts(m)).toBe(true);
  });

  it.each(BAD.map((m) => [String(JSON.stringify(m)), m]))('refuses %s, as the protocol does', (_, m) => {
    expect(parsePageRequest(m)).toBeUndefined();
    if (m !== null && typeof m === 'object' && Object.getPrototypeOf(m) !== Object.prototype) return; // valibot reads own keys only
    expect(accepts(m)).toBe(false);
  });

  it('leaves requests for the background to the background', () => {
    for (const m of [{ type: 'archive-stats' }, { type: 'match', text: 'x' }, { type: 'card', id: 'john-kerry' }]) {
      expect(accepts(m)).toBe(true);
      expect(parsePageRequest(m)).toBeUndefined();
    }
  });
});

describe('requests to the background', () => {
  it.each([
    [{ type: 'match', text: 'John Kerry spoke.', pageDate: '2023-11-09', scan: 3 }, true],
    [{ type: 'match', text: 'x', pageDate: '9 Nov 2023' }, false],
    [{ type: 'match-more', append: 'more', scan: 3 }, true],
    [{ type: 'match-more', append: 'more' }, false],
    [{ type: 'match-more', append: 'more', scan: -1 }, false],
    [{ type: 'detect' }, true],
    [{ type: 'detect', text: 'x'.repeat(200_001) }, false],
    [{ type: 'found', count: 3, off: true }, true],
    [{ type: 'found', count: 1.5 }, false],
    [{ type: 'command', name: 'mention-list', tabId: 4 }, true],
    [{ type: 'command', name: 'rm-rf' }, false],
    [{ type: 'page-settings', url: 'https://example.com/'.padEnd(9000, 'x') }, false],
  ])('%j → %s', (m, ok) => {
    expect(accepts(m)).toBe(ok);
  });
});

describe('the card request', () => {
  it.each([
    [{ type: 'card', id: 'john-kerry' }, true],
    [{ type: 'card', id: 'john-kerry', pageDate: '2015-06-01', pageIds: ['china', 'cop28'] }, true],
    [{ type: 'card', id: 'john-kerry', pageDate: '2015-06' }, true],
    [{ type: 'card', id: 'john-kerry', pageDate: '2015' }, true],
    [{ type: 'card', id: 'john-kerry', pageDate: 'June 2015' }, false],
    [{ type: 'card', id: 'john-kerry', pageDate: '2015-06-01T10:00' }, false],
    [{ type: 'card', id: 'john-kerry', pageIds: ['<img src=x>'] }, false],
    [{ type: 'card', id: 'john-kerry', pageIds: 'china' }, false],
    [{ type: 'card', id: 'john-kerry', pageIds: Array.from({ length: 2001 }, (_, i) => `n${i}`) }, false],
    [{ type: 'card', id: 'john-kerry', pageText: 'the whole page' }, false],
  ])('%j: accepted %s', (message, ok) => {
    expect(accepts(message)).toBe(ok);
  });
});
