import { describe, expect, it } from 'vitest';
import type { RoleSpan } from '../../../src/factbase/schema';
import { eventTiming, latestBefore, roleOn, rolesAsOf, splitByDate } from '../../../src/time/as-of';
import { compareDates, daySpan, isPartialDate } from '../../../src/time/partial-date';

describe('partial dates', () => {
  it.each([
    ['2023', { first: '2023-01-01', last: '2023-12-31' }],
    ['2024-02', { first: '2024-02-01', last: '2024-02-29' }],
    ['2023-02', { first: '2023-02-01', last: '2023-02-28' }],
    ['2023-11-09', { first: '2023-11-09', last: '2023-11-09' }],
    ['2023-13', undefined],
    ['2023-02-30', undefined],
    ['Nov 2023', undefined],
  ])('%s covers %j', (date, span) => {
    expect(daySpan(date)).toEqual(span);
    expect(isPartialDate(date)).toBe(span !== undefined);
  });

  it.each([
    ['2023-11-08', '2023-11-09', 'before'],
    ['2023-11-09', '2023-11-09', 'same'],
    ['2023-11-10', '2023-11-09', 'after'],
    ['2023-11', '2023-11-09', 'same'], // any day of November: neither before nor after the 9th
    ['2023-10', '2023-11-09', 'before'],
    ['2023-12', '2023-11-09', 'after'],
    ['2023', '2023-11-09', 'same'],
    ['2024', '2023-11-09', 'after'],
    ['2023-11-09', '2023', 'same'], // a page known only to its year
    ['2024-01-02', '2023', 'after'],
    ['2022-12-31', '2023-01', 'before'],
    ['soon', '2023-11-09', undefined],
  ])('%s is %s relative to %s', (date, reference, expected) => {
    expect(compareDates(date, reference)).toBe(expected);
  });
});

describe('splitByDate', () => {
  const facts = [
    { id: 'old', date: '2015-03-02' },
    { id: 'day', date: '2015-06-01' },
    { id: 'new', date: '2023-11-09' },
    { id: 'bad', date: 'never' },
  ];

  it('keeps facts on or before the page date as background and the rest as later', () => {
    const { before, later } = splitByDate(facts, '2015-06-01');
    expect(before.map((f) => f.id)).toEqual(['old', 'day']);
    expect(later.map((f) => f.id)).toEqual(['new']);
  });

  it('never puts a fact dated after the page into the background', () => {
    for (const asOf of ['2015-03-01', '2015-05-31', '2016', '2023-11-08']) {
      const { before } = splitByDate(facts, asOf);
      expect(before.every((f) => compareDates(f.date, asOf) !== 'after')).toBe(true);
      expect(before.map((f) => f.id)).not.toContain('new');
    }
  });

  it('on a page known only to its month or year, counts that month or year as background', () => {
    expect(splitByDate(facts, '2015-06').before.map((f) => f.id)).toEqual(['old', 'day']);
    expect(splitByDate(facts, '2015').later.map((f) => f.id)).toEqual(['new']);
    expect(splitByDate(facts, '2014').before).toEqual([]);
  });

  it('with today as the date (a page without one), everything in the archive is background', () => {
    expect(splitByDate(facts, '2030-01-01').later).toEqual([]);
  });
});

describe('roles as of a date', () => {
  const envoy: RoleSpan = { text: 'Harbour envoy', from: '2019-04-01', to: '2021-06-30', until: '2021-09-15', articles: ['a1'] };
  const minister: RoleSpan = { text: 'Harbour minister', from: '2022-01-10', to: '2023-05-02', articles: ['a2'] };

  it('a role held on the date, as of the last day the archive states it (or the page, if earlier)', () => {
    expect(roleOn([envoy, minister], '2024-01-01')).toMatchObject({ text: 'Harbour minister', status: 'held', date: '2023-05-02' });
    expect(roleOn([envoy, minister], '2022-06-01')).toMatchObject({ text: 'Harbour minister', status: 'held', date: '2022-06-01' });
  });

  it('a role that had ended by the date is former, until its end', () => {
    expect(roleOn([envoy], '2021-09-15')).toMatchObject({ status: 'former', date: '2021-09-15' });
    expect(roleOn([envoy], '2021-12-01')).toMatchObject({ status: 'former', date: '2021-09-15' });
  });

  it('a role that ended after the date was still held then', () => {
    expect(roleOn([envoy], '2021-06-01')).toMatchObject({ status: 'held', date: '2021-06-01' });
    expect(roleOn([envoy], '2021-09-14')).toMatchObject({ status: 'held', date: '2021-06-30' });
  });

  it('a role that began after the date is later, and is never the role of the day', () => {
    expect(rolesAsOf([envoy, minister], '2020-01-01').map((r) => r.status)).toEqual(['held', 'later']);
    expect(roleOn([minister], '2021-01-01')).toBeUndefined();
  });

  it('prefers a role held to one that had ended; the history is oldest first', () => {
    expect(roleOn([minister, envoy], '2022-03-01')).toMatchObject({ text: 'Harbour minister', status: 'held' });
    expect(rolesAsOf([minister, envoy], '2022-03-01').map((r) => [r.text, r.status])).toEqual([
      ['Harbour envoy', 'former'],
      ['Harbour minister', 'held'],
    ]);
  });

  it('reads partial page dates', () => {
    expect(roleOn([envoy], '2021')).toMatchObject({ status: 'held', date: '2021-06-30' }); // ended during the year, maybe after
    expect(roleOn([envoy], '2021-10')).toMatchObject({ status: 'former' });
    expect(roleOn([minister], '2022-01')).toMatchObject({ status: 'held', date: '2022-01-31' });
  });
});

describe('latestBefore and eventTiming', () => {
  it('finds the latest date on or before the page, stale past a year', () => {
    expect(latestBefore(['2020-01-01', '2022-05-01', '2030-01-01'], '2023-11-09')).toEqual({ date: '2022-05-01', stale: true });
    expect(latestBefore(['2023-01-01'], '2023-11-09')).toEqual({ date: '2023-01-01', stale: false });
    expect(latestBefore(['2022-06'], '2023-11-09')).toEqual({ date: '2022-06-30', stale: true });
    expect(latestBefore(['2030-01-01'], '2023-11-09')).toBeUndefined();
  });

  it.each([
    ['2023-11-15', '2023-11-09', 'upcoming'],
    ['2023-11-15', '2023-11-20', 'past'],
    ['2023-11-15', '2023-11-15', 'same'],
    ['2023-11', '2023-11-09', 'same'],
    ['2023-11', '2023-10-30', 'upcoming'],
    ['2022', '2023-11-09', 'past'],
  ])('an event of %s on a page of %s is %s', (event, page, expected) => {
    expect(eventTiming(event, page)).toBe(expected);
  });
});
