// @vitest-environment node
// General shapes of real news (round T), in invented words where a rule must hold for any name in that shape
// (real country names where the rule reads the gazetteer).
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date = '2024-05-15') => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const typeOf = (fb: Fb, name: string) => fb.entities.find((e) => e.name === name)?.type;
const names = (fb: Fb) => fb.entities.map((e) => e.name);

describe('general shapes (round T)', () => {
  it('the body whose initials open an event\'s name runs it and is a body of its own ("the 2031 TESK Harbour Cup")', () => {
    const fb = buildAll([
      'Zembla won the 2031 TESK Harbour Cup on Sunday after beating Velkor by six wickets.',
      'Ivo Marr spoke after the closing of the VU Extraordinary Summit in Harlow on Monday.',
      'Ana Lind attended the 15th ZOC Summit in Portmere on Tuesday.',
    ]);
    expect(typeOf(fb, 'TESK')).toBe('organization');
    expect(typeOf(fb, 'VU')).toBe('organization');
    expect(typeOf(fb, 'ZOC')).toBe('organization');
  });

  it('a country\'s code or a place opening an event\'s name is no body ("the US Open", "the Harlow Summit")', () => {
    const fb = buildAll(['Ana Lind won the US Open on Sunday.', 'Ivo Marr hosted the Harlow Summit on Monday.', 'The GDP Forum met on Tuesday.']);
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
    expect(names(fb)).not.toContain('GDP');
  });
});
