import { describe, expect, it } from 'vitest';
import { detectUnknownNames, detectUnknownNamesInSlices, knownNames, SLICE_CHARS } from '../../../src/archive/detect';

const FILLER =
  'Officials spent the week on budgets, bus routes and the price of bread, and nobody there was named at all. ';
/** Invented names, far enough apart that compromise reads them in different slices. */
const TEXT = [
  'Harbour minister Ilse Marwick met the Norvik Port Authority on Monday.',
  FILLER.repeat(60),
  'Later, Tomas Okonkwo-Reyes of the Baltic Grain Council said Ilse Marwick had promised new cranes.',
  FILLER.repeat(60),
  'Mayor Ruth Adeyemi thanked Ilse Marwick.',
].join('\u2029');

describe('names the archive does not know', () => {
  const isKnown = knownNames(['Ruth Adeyemi']);

  it('are found across the whole text, read a slice at a time, and known ones are left out', () => {
    expect(TEXT.length).toBeGreaterThan(3 * SLICE_CHARS);
    const names = detectUnknownNames(TEXT, isKnown).map((n) => n.text);
    expect(names).toEqual(expect.arrayContaining(['Ilse Marwick', 'Tomas Okonkwo-Reyes']));
    expect(names).not.toContain('Ruth Adeyemi');
    expect(detectUnknownNames(TEXT, isKnown).find((n) => n.text === 'Ilse Marwick')?.count).toBe(3);
  });

  it('gives the same answer when it pauses between slices, and pauses more than once on a long text', async () => {
    let pauses = 0;
    const sliced = await detectUnknownNamesInSlices(TEXT, isKnown, async () => void pauses++);
    expect(sliced).toEqual(detectUnknownNames(TEXT, isKnown));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(TEXT.length / SLICE_CHARS));
  });
});
