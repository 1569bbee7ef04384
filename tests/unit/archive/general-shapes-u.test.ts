// @vitest-environment node
// General shapes of real news (round U, from a corpus labelled blind and measured once before these rules), in
// invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const two = (x: string, y: string) => buildFactBase([article('a.txt', '2025-01-01', x), article('b.txt', '2025-02-01', y)]).entities;

describe('general shapes (round U)', () => {
  it('one body whether its name writes its small words ("and", "of") or leaves them out, named in full', () => {
    const bodies = two('The deal was cleared by the Harbour Fisheries Tribunal on Monday.', 'The Harbour and Fisheries Tribunal (HFT) gave its approval, the tribunal said.').filter((e) => e.type === 'organization');
    expect(bodies.map((e) => e.name)).toEqual(['Harbour and Fisheries Tribunal']);
    expect(bodies[0]!.aliases).toContain('Harbour Fisheries Tribunal');
    // (other words make another body)
    const other = two('The Harbour Fisheries Tribunal met on Monday.', 'The Harbour Shipping Tribunal met on Friday.').filter((e) => e.type === 'organization');
    expect(other).toHaveLength(2);
  });

  it('"Co-Founder", "Co-Chair": an office with "co-" before it is no one, and no company\'s "Co"', () => {
    const one = (body: string) => buildFactBase([article('c.txt', '2025-01-01', body)]).entities;
    const office = one('Ana Lind runs the Tesk Ledger. She is Co-Founder, CEO and Executive Editor of Tesk Ledger, a news website.');
    expect(office.map((e) => e.name).filter((n) => /Co|Founder/.test(n))).toEqual([]);
    const employer = one('Velkor Co-Founder Ivo Marr said the plan was over.');
    expect(employer.find((e) => e.name === 'Ivo Marr')?.description).toBe('Velkor Co-Founder');
    expect(employer.map((e) => e.name)).not.toContain('Velkor Co');
  });

  it('"A and the first president of <place>, <name>,": the office before the comma is the name\'s, after "and" and an ordinal too', () => {
    const fb = buildFactBase([article('o.txt', '2025-01-01', 'In 1990 the medal was awarded to activist Ana Lind and the first president of Zembla, Ivo Marr.')]);
    expect(fb.entities.find((e) => e.name === 'Ivo Marr')?.description).toMatch(/^First president of Zembla$/i);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/activist/i);
  });
});
