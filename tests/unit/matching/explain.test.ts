import { describe, expect, it } from 'vitest';
import { explainMention, findMentions, nameMentions } from '../../../src/matching/index';
import { prepareMatcher } from '../../../src/matching/load';
import { compiled } from './fixture';

describe('the reason sentence for the card', () => {
  it.each([
    ['John Kerry arrived. Kerry spoke.', 1, '“Kerry” links to John Kerry because “John Kerry” appears on this page.'],
    ['John Kerry arrived.', 0, '“John Kerry” links to John Kerry: the archive knows it by this name.'],
    ['Kerry met Xie Zhenhua.', 0, '“Kerry” links to John Kerry because Xie Zhenhua, named with it in the archive, appears on this page.'],
    ['The envoy Kerry landed.', 0, '“Kerry” links to John Kerry because of the word “envoy” next to it.'],
    ['COP28 opened.', 0, '“COP28” links to COP28 because the page’s date (2023-11-30) fits the event’s date (2023-11).'],
    ['The 2023 COP28 talks.', 0, '“COP28” links to COP28 because the year 2023 written next to it is the event’s year.'],
    ['She moved to the US, where she worked.', 0, '“US” links to United States because of the word “the” next to it.'],
  ])('%s', (text, k, sentence) => {
    const named = nameMentions(prepareMatcher(compiled), findMentions(compiled, text, { pageDate: '2023-11-30' }));
    expect(explainMention(text, named[k]!)).toBe(sentence);
  });

  it('says when the day written beside an event was its day', () => {
    const text = 'The Biden-Xi meeting will be held on November 15.';
    const named = nameMentions(prepareMatcher(compiled), findMentions(compiled, text, { pageDate: '2023-03-01' }));
    expect(named.map((m) => explainMention(text, m))).toEqual(['“Biden-Xi meeting” links to Biden-Xi meeting because the day written next to it (November 15) is the event’s day.']);
  });
});
