import { describe, expect, it } from 'vitest';
import { checkEventDate, nearbyDays, nearbyYears } from '../../../src/matching/dates';
import { matchText } from '../../../src/matching/index';
import { tokenize } from '../../../src/matching/tokenize';
import { matcher } from './fixture';

describe('event date rule', () => {
  it.each([
    // [event date, years next to the mention, page date, expected reason]
    ['2023-11', [], '2023-11-09', 'event-date'],
    ['2023-11', [], '2023-05-01', 'event-date'], // a preview six months ahead
    ['2023-11', [], '2024-05-31', 'event-date'], // looking back half a year later
    ['2023-11', [], '2023-04-30', 'date-mismatch'],
    ['2023-11', [], '2024-06-01', 'date-mismatch'],
    ['2023-11', [], '2024-11-15', 'date-mismatch'], // next year's edition
    ['2023-11-15', [], '2023-11-20', 'event-date'],
    ['2022', [], '2022-02-01', 'event-date'],
    ['2022', [], '2023-06-30', 'event-date'],
    ['2022', [], '2023-07-01', 'date-mismatch'],
    ['2023-11', [], '2024', 'event-date'], // a year-only page date overlaps the window
    ['2023-11', [2023], '2030-01-01', 'event-year'], // a year next to the mention beats the page date
    ['2023-11', [2024], '2023-11-09', 'date-mismatch'],
    ['2023-11', [2022, 2023], undefined, 'event-year'],
    ['2023-11', [], undefined, 'undated'],
    ['2023-11', [], 'yesterday', 'undated'],
    ['', [], '2023-11-09', 'undated'], // an event the archive could not date is never confirmed
  ])('event %s, years %j, page %s → %s', (event, years, page, reason) => {
    expect(checkEventDate(event, years, page).reason).toBe(reason);
  });
});

describe('years next to a mention', () => {
  const years = (text: string, word: string) => {
    const tokens = tokenize(text);
    const k = tokens.findIndex((t) => t.text === word);
    return nearbyYears(tokens, k, k);
  };
  it.each([
    ['At the 2023 COP28 talks', [2023]],
    ['COP28, held in Dubai in 2023', [2023]],
    ['China pledged at COP28 to be neutral by 2060', []], // a target year, not the date
    ['In 2019 something happened a long long time before anyone spoke of COP28', []], // too far
    ['COP28 and COP29 (2023, 2024)', [2023, 2024]],
  ])('%s', (text, expected) => expect(years(text, 'COP28')).toEqual(expected));
});

describe('events in text', () => {
  const linked = (text: string, pageDate?: string) => matchText(matcher, text, { pageDate }).mentions.map((m) => `${text.slice(m.start, m.end)}→${m.id}:${m.reason}`);
  const refused = (text: string, pageDate?: string) => matchText(matcher, text, { pageDate }).rejected.map((m) => `${text.slice(m.start, m.end)}→${m.id}:${m.reason}`);

  it.each([
    ['Leaders met at the APEC summit in San Francisco.', '2023-11-15', ['APEC summit→apec-summit:event-date']],
    // undated: which summit is unknown, but it is the organisation's
    ['Leaders met at the APEC summit in San Francisco.', undefined, ['APEC→apec:context']],
    // 2024: the span gives way to the organisation inside it
    ['Leaders met at the APEC summit in Lima.', '2024-11-15', ['APEC→apec:context']],
    ['Leaders met at the 2024 APEC summit in Lima.', '2023-11-15', ['APEC→apec:context']],
    ['Recalling the 2023 APEC summit, leaders met.', '2024-11-15', ['APEC summit→apec-summit:event-year']],
    ['COP28 opened in Dubai.', '2023-11-30', ['COP28→cop28:event-date']],
    ['COP28 opened in Dubai.', '2025-11-30', []],
    ['COP27 opened in Egypt.', '2022-11-06', []], // a different token altogether
    ['At COP28 China pledged to peak emissions by 2030.', '2023-12-01', ['COP28→cop28:event-date', 'China→china:full-name']],
    ['The Biden-Xi meeting in Woodside.', '2023-11-16', ['Biden-Xi meeting→biden-xi-meeting:event-date']],
    // another year's meeting: the people inside the span are still named
    ['Joe Biden flew in. The Biden-Xi meeting ended.', '2025-03-01', ['Joe Biden→joe-biden:full-name', 'Biden→joe-biden:full-name-on-page', 'Xi→xi-jinping:related-on-page']],
    ['The G20 summit of 2022 in Bali.', undefined, ['G20 summit→g20-summit:event-year']],
    ['Non-events link without any date: Beijing.', undefined, ['Beijing→beijing:full-name']],
  ])('%s (page %s)', (text, page, expected) => expect(linked(text, page)).toEqual(expected));

  it.each([
    ['COP28 opened in Dubai.', undefined, ['COP28→cop28:undated']],
    ['COP28 opened in Dubai.', '2025-11-30', ['COP28→cop28:date-mismatch']],
    ['Leaders met at the APEC summit in Lima.', '2024-11-15', ['APEC summit→apec-summit:date-mismatch']],
  ])('refused: %s (page %s)', (text, page, expected) => expect(refused(text, page)).toEqual(expected));
});

describe('the event\'s own day written beside it', () => {
  it('finds days as "October 14" and "14 October" near the mention', () => {
    const t = tokenize('The vote is on October 14, not 14 March; and then much further along in the sentence, May 2.');
    expect(nearbyDays(t, 1, 1)).toEqual(['10-14', '03-14']);
  });

  it.each([
    // [event date, days beside it, page date, expected]
    ['2023-10-14', ['10-14'], '2023-01-19', 'event-day'], // nine months ahead, its own day told
    ['2023-10-14', [], '2023-01-19', 'date-mismatch'], // nothing told: the window of six months
    ['2023-10-14', ['03-04'], '2023-01-19', 'date-mismatch'], // another day
    ['2023-10-14', ['10-14'], '2021-09-01', 'date-mismatch'], // two years ahead: another edition
    ['2023-10-14', ['10-14'], '2024-03-01', 'event-date'], // looking back within the window anyway
    ['2023-10', ['10-14'], '2023-01-19', 'date-mismatch'], // a month-dated event has no day to match
  ])('%s, days %j, page %s: %s', (event, days, page, reason) => expect(checkEventDate(event, [], page, days).reason).toBe(reason));
});

