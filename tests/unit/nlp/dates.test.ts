import { describe, expect, it } from 'vitest';
import { asPartialDate, findDates } from '../../../src/nlp/dates';
import { parse, tokenize } from '../../../src/nlp/tokens';

/** Resolves the dates of `text` against an article dated Thursday 2023-11-09 (or `today`). */
function datesIn(text: string, today = '2023-11-09') {
  const doc = parse(text);
  return findDates(doc, tokenize(doc, text), today).map((d) => ({ text: d.text, date: asPartialDate(d), precision: d.precision }));
}

describe('dates resolved against the article date', () => {
  it.each([
    // a bare weekday in a past-tense clause is the most recent one, not the next
    ['The talks ended successfully on Wednesday.', '2023-11-08', 'day'],
    ['Ministers will meet on Wednesday.', '2023-11-15', 'day'],
    ['Leaders are to hold the meeting on November 15.', '2023-11-15', 'day'],
    ['The two men met in Jakarta last year.', '2022', 'year'],
    ['Delegates gather at the end of the month.', '2023-11', 'month'],
    ['The vote takes place in February.', '2024-02', 'month'],
    // a month in a past-tense clause is the last one, not the next
    ['The company announced the deal in February.', '2023-02', 'month'],
    // a participle after a look-ahead's "be" looks ahead ("held" alone is past)
    ['The award ceremony will be held in Oslo on February 10.', '2024-02-10', 'day'],
    ['The final is to be played on March 3.', '2024-03-03', 'day'],
    ['The final was played on March 3.', '2023-03-03', 'day'],
  ])('%s → %s', (text, date, precision) => {
    expect(datesIn(text)).toContainEqual(expect.objectContaining({ date, precision }));
  });

  it('keeps a week as a week', () => {
    const [d] = datesIn('The summit opens next week.');
    expect(d).toMatchObject({ date: '2023-11', precision: 'week' });
  });

  it('a count with a thousands comma ("the lives of 2,012 people") is no year', () => {
    expect(datesIn('The quake has claimed the lives of 2,012 people.')).toEqual([]);
  });

  it('ignores deadlines ("by 2030"), which are pledges, not dates of events', () => {
    expect(datesIn('The country pledged to cut emissions by 2030.')).toEqual([]);
  });
});

describe('months compromise-dates misses', () => {
  it('"In January, Sable Front militants …": a month before a capitalised word, the last January in a past clause', () => {
    expect(datesIn('In January, Sable Front militants beheaded 12 hostages.')).toEqual([{ text: 'In January', date: '2023-01', precision: 'month' }]);
  });

  it('"in March, Lorvan Teske will …": the next March in a clause that looks ahead', () => {
    expect(datesIn('The vote is due in March, Lorvan Teske will say.').map((d) => d.date)).toEqual(['2024-03']);
  });

  it('"Hours after the vote, …": the day before the article or the day itself', () => {
    expect(datesIn('Hours after the vote, protesters filled the square.')).toEqual([{ text: 'Hours after', date: '2023-11', precision: 'week' }]);
  });

  it('"Earlier this year, …" in a story of January’s first days: the year before; later in the year: this year', () => {
    expect(datesIn('Earlier this year, the council closed the port.', '2024-01-03').map((d) => d.date)).toEqual(['2023']);
    expect(datesIn('Earlier this year, the council closed the port.', '2024-03-03').map((d) => d.date)).toEqual(['2024']);
  });
  it('a capitalised season after "a" is a title\'s word ("Anatomy of a Fall"), not autumn; "this fall" still is', () => {
    expect(datesIn('Ana Tesk won the top prize for "Anatomy of a Fall" at the festival.')).toEqual([]);
    expect(datesIn('The film opens this fall.').map((d) => d.text)).toEqual(['this fall']);
  });
});

describe('round H', () => {
  it('"a Velkor Air passenger jet on a runway on Tuesday": a noun after a noun is no verb of a clause that looks ahead; the weekday is the last one', () => {
    expect(datesIn('The aircraft collided with a Velkor Air passenger jet on a runway on Tuesday.', '2024-01-03')).toEqual([{ text: 'on Tuesday', date: '2024-01-02', precision: 'day' }]);
  });

  it('a few days across the turn of a year are the month that holds most of them, not the first year', () => {
    expect(asPartialDate({ from: '2023-12-31', to: '2024-01-02', precision: 'week' })).toBe('2024-01');
    expect(asPartialDate({ from: '2023-12-29', to: '2024-01-01', precision: 'week' })).toBe('2023-12');
    expect(asPartialDate({ from: '2023-03-01', to: '2023-06-30', precision: 'month' })).toBe('2023');
  });
  it('a run of days of one month ("from March 26-29", "November 20 to 22", "12-14 June") is a week-long span; "the sixth day" is no date', () => {
    expect(datesIn('The trip will take place from March 26-29.', '2025-01-02')).toEqual([{ text: 'from March 26-29', date: '2025-03', precision: 'week' }]);
    expect(datesIn('Talks are set for November 20 to 22.', '2025-01-02')).toEqual([{ text: 'November 20 to 22', date: '2025-11', precision: 'week' }]);
    expect(datesIn('Leaders meet 12-14 June in Portmere.', '2025-01-02')).toEqual([{ text: '12-14 June', date: '2025-06', precision: 'week' }]);
    expect(datesIn('Workers marched on the sixth day of the strike.')).toEqual([]);
  });

  it('"is expected in Portmere on Monday" looks ahead; "analysts expected a cut on Monday" need not', () => {
    expect(datesIn('The king is expected in Portmere on Monday.')).toEqual([{ text: 'on Monday', date: '2023-11-13', precision: 'day' }]);
    expect(datesIn('Analysts expected a cut on Monday.')).toEqual([{ text: 'on Monday', date: '2023-11-06', precision: 'day' }]);
  });
  it('"the first week of June", "the last week of March": seven days of that month', () => {
    expect(datesIn('She will leave after the state visit in the first week of June.', '2019-05-24')).toEqual([{ text: 'first week of June', date: '2019-06', precision: 'week' }]);
    expect(datesIn('The vote was held in the last week of March.', '2019-05-24')).toEqual([{ text: 'last week of March', date: '2019-03', precision: 'week' }]);
  });
  it('"former Portmere police officer Ana Lind on Tuesday": a word before an office\'s noun is no verb of the clause', () => {
    expect(datesIn('Jurors convicted former Portmere police officer Ana Lind on Tuesday of all counts.', '2021-04-21')).toEqual([{ text: 'on Tuesday', date: '2021-04-20', precision: 'day' }]);
  });
  it('"turned out to be the winner … on Sunday night", "went on to win … on Sunday" tell what happened; "agreed to meet" looks ahead', () => {
    expect(datesIn('The film turned out to be the biggest winner at the ceremony on Sunday night.', '2020-02-10')).toEqual([{ text: 'Sunday night', date: '2020-02-09', precision: 'day' }]);
    expect(datesIn('Velkor went on to win the final on Sunday.', '2020-02-10')).toEqual([expect.objectContaining({ date: '2020-02-09' })]);
    expect(datesIn('The leaders agreed to meet on Wednesday.', '2020-02-10')).toEqual([expect.objectContaining({ date: '2020-02-12' })]);
  });
});

describe('round I', () => {
  it('"July 11, four days before the convention": the day written, not four days before it', () => {
    expect(datesIn('The hearing is set for July 11, four days before the Zembla convention.', '2024-05-30')).toEqual([{ text: 'July 11', date: '2024-07-11', precision: 'day' }]);
    expect(datesIn('The hearing is set for July 11 — just four days before the convention.', '2024-05-30')).toEqual([{ text: 'July 11', date: '2024-07-11', precision: 'day' }]);
    expect(datesIn('Polls close on 4 May, three days after the debate.', '2024-04-30')).toEqual([{ text: 'on 4 May', date: '2024-05-04', precision: 'day' }]);
  });

  it('"Saturday\'s 7.9 magnitude quake", "7.9 on Saturday": a measure beside a day is no day and month (compromise-dates read July 9)', () => {
    expect(datesIn('Rescuers reached villages cut off since Saturday’s 7.9 magnitude quake.', '2015-04-28')).toEqual([{ text: 'Saturday', date: '2015-04-25', precision: 'day' }]);
    expect(datesIn('The reading was 7.9 on Saturday.', '2015-04-28')).toEqual([{ text: 'on Saturday', date: '2015-04-25', precision: 'day' }]);
  });

  it('"the damage wrought by Saturday\'s quake" in a clause that looks ahead: the day of an incident told is behind the story', () => {
    expect(datesIn('Officials have yet to assess the damage wrought by Saturday’s 7.9 magnitude quake.', '2015-04-29')).toEqual([{ text: 'Saturday', date: '2015-04-25', precision: 'day' }]);
    expect(datesIn('Officials will assess the damage on Saturday.', '2015-04-29')).toEqual([{ text: 'on Saturday', date: '2015-05-02', precision: 'day' }]);
  });
});

describe('round J', () => {
  it('a clock time tells no day: "at 4:17 am" alone is no date, and "(0117 GMT) on Monday" is Monday, not the year 117', () => {
    const found = datesIn('A strong quake struck the province of Velkor at 4:17 am local time (0117 GMT) on Monday, followed by a second a few minutes later.', '2023-02-07');
    expect(found).toEqual([{ text: '(0117 GMT) on Monday', date: '2023-02-06', precision: 'day' }]);
    expect(datesIn('The quake hit at 0117 GMT on Monday.', '2023-02-07')).toEqual([{ text: 'at 0117 GMT on Monday', date: '2023-02-06', precision: 'day' }]);
    expect(datesIn('The summit opened at 9:30.', '2023-02-07')).toEqual([]);
    // a day told with its time keeps its day
    expect(datesIn('The vote closes at 10 p.m. on March 3.', '2023-02-07')).toEqual([{ text: 'at 10 p.m. on March 3', date: '2023-03-03', precision: 'day' }]);
  });

  it('a month still to come, told in the present perfect, is this year\'s; told in the past, last year\'s', () => {
    expect(datesIn('Critics have called his silence on the December awards ceremony rude.', '2016-10-28')).toEqual([{ text: 'on the December', date: '2016-12', precision: 'month' }]);
    expect(datesIn('The party won in December.', '2016-10-28')).toEqual([{ text: 'in December', date: '2015-12', precision: 'month' }]);
  });
});

