/**
 * simpleDate (src/nlp/simple-dates.ts) must say what compromise-dates says for every phrase it takes on, on
 * any day: a grid of phrases on days chosen for their edges (month and year ends, a leap day, each weekday).
 */
import { describe, expect, it } from 'vitest';
import { DATES_HOOK, engine } from '../../../src/nlp/engine';
import { simpleDate } from '../../../src/nlp/simple-dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAYS = ['2023-01-01', '2023-02-28', '2023-06-14', '2023-12-31', '2024-01-01', '2024-02-29', '2024-03-31', '2024-05-05', '2024-05-06', '2024-09-12', '2024-11-30'];

function phrases(): string[] {
  const out = ['today', 'yesterday', 'tomorrow', 'last week', 'this week', 'next week', 'last month', 'next month', 'last year', 'this year', 'next year'];
  for (const w of WEEKDAYS) out.push(w, `on ${w}`, `${w} morning`, `${w} afternoon`, `on ${w} evening`, `${w} night`);
  for (const unit of ['week', 'month', 'year']) out.push(`at the end of the ${unit}`, `by the end of the ${unit}`, `the end of the ${unit}`);
  for (const y of ['1999', '2019', '2031']) out.push(y, `in ${y}`);
  for (const m of MONTHS) {
    out.push(`in ${m}`, `${m} 2019`, `in ${m}, 2024`, `in ${m} last year`, `${m} last year`);
    for (const d of [1, 14, 29, 31]) out.push(`${m} ${d}`, `on ${m} ${d}th`, `${d} ${m} 2023`, `${m} ${d}, 2019`);
  }
  return out;
}

/** compromise-dates' own reading of the one date in "Lind met Ode <phrase>." on `today`. */
function theirs(phrase: string, today: string): { text: string; said: string } | undefined {
  const doc = engine()(`Lind met Ode ${phrase}.`).compute(DATES_HOOK) as unknown as {
    dates(o: object): { json(o: object): { text: string; dates?: { start: string; end: string; unit?: string } }[] };
  };
  const found = doc.dates({ today, timezone: 'UTC' }).json({ terms: false });
  if (found.length !== 1) return undefined;
  const d = found[0]!;
  return { text: d.text, said: [d.dates?.start, d.dates?.end, d.dates?.unit].join(' ') };
}

describe('simple date phrases resolved without compromise-dates (simple-dates.ts)', () => {
  it('agrees with compromise-dates on every phrase it takes, on days at the edges', () => {
    let taken = 0;
    const differ: string[] = [];
    for (const today of DAYS) {
      for (const phrase of phrases()) {
        const them = theirs(phrase, today);
        if (!them) continue;
        const ours = simpleDate(them.text, today);
        if (!ours) continue;
        taken++;
        const said = [ours.start, ours.end, ours.unit].join(' ');
        if (said !== them.said) differ.push(`${today} "${phrase}": ${said}, compromise-dates ${them.said}`);
      }
    }
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(2000);
  }, 60_000);

  it('leaves what it does not know to compromise-dates', () => {
    for (const text of ['29 March', 'last Tuesday', 'next Friday', 'late on Tuesday', 'Tuesday before dawn', 'the day before', 'in the 1990s', 'February 30', 'mid-June', 'three weeks ago', 'in 2100']) {
      expect(simpleDate(text, '2024-05-01'), text).toBeUndefined();
    }
  });

  it('reads them as news writes them', () => {
    expect(simpleDate('on Tuesday.', '2024-05-01')).toEqual({ start: '2024-05-07T00:00:00.000Z', end: '2024-05-07T23:59:59.999Z', unit: 'day' });
    expect(simpleDate('next week', '2024-05-01')).toEqual({ start: '2024-05-06T00:00:00.000Z', end: '2024-05-12T23:59:59.999Z', unit: 'week' });
    expect(simpleDate('in April', '2024-05-01')?.start).toBe('2025-04-01T00:00:00.000Z');
    expect(simpleDate('December 31, 2023,', '2024-05-01')?.unit).toBe('day');
  });
});
