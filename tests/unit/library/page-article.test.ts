import { describe, expect, it } from 'vitest';
import { parseSaved } from '../../../src/library/record';
import { datelineFromUrl, draftFromPage, draftText } from '../../../src/library/page-article';

const P = '\u2029';

describe('a draft article from the page', () => {
  it('skips the page\'s date line between headline and story, so the lead gives the dateline', () => {
    const draft = draftFromPage(
      { text: ['Harbour strike enters second week', ' · 11 March 2024', 'PORTMERE: Dockworkers stayed out on Monday.', 'Talks resume on Friday.'].join(P), headline: 'Harbour strike enters second week', date: '2024-03-11' },
      '2024-12-01',
    );
    expect(draft.dateline).toBe('PORTMERE');
    expect(draft.paragraphs).toEqual(['Dockworkers stayed out on Monday.', 'Talks resume on Friday.']);
  });

  it('drops the headline and byline blocks, takes the dateline from the lead, and parses as a seeds file', () => {
    const draft = draftFromPage(
      {
        text: ['Harbour strike enters second week', 'By A. Writer', 'PORTMERE (Wire) — Dockworkers stayed out on Monday.', 'Talks resume on Friday.'].join(P),
        headline: 'Harbour strike enters second week',
        byline: 'A. Writer',
        date: '2024-03-11',
        url: 'https://news.example/strike',
      },
      '2024-12-01',
    );
    expect(draft).toEqual({
      date: '2024-03-11',
      dateline: 'PORTMERE',
      headline: 'Harbour strike enters second week',
      byline: 'A. Writer',
      url: 'https://news.example/strike',
      paragraphs: ['Dockworkers stayed out on Monday.', 'Talks resume on Friday.'],
      words: 9,
    });
    const text = draftText(draft);
    expect(text).toBe('date 2024-03-11 PORTMERE: Dockworkers stayed out on Monday.\n\nTalks resume on Friday.\n');
    expect(parseSaved({ file: 'x.txt', text }).paragraphs.map((p) => p.text)).toEqual(draft.paragraphs);
  });

  it.each([
    ['a colon dateline', 'KALVIK: The mediator met both sides.', 'KALVIK'],
    ['a region after the city', 'KALVIK, Vessel Coast — The mediator met both sides.', 'KALVIK, VESSEL COAST'],
    ['no dateline: the site', 'The mediator met both sides.', 'NEWS.EXAMPLE.ORG'],
  ])('reads %s', (_what, lead, dateline) => {
    const draft = draftFromPage({ text: lead, url: 'https://www.news.example.org/a' }, '2024-12-01');
    expect(draft.dateline).toBe(dateline);
    expect(draft.date).toBe('2024-12-01');
    expect(() => parseSaved({ file: 'x.txt', text: draftText(draft) })).not.toThrow();
  });

  it('makes a dateline the seeds format accepts from any address', () => {
    expect(datelineFromUrl('https://abc7.example/x')).toBe('ABC.EXAMPLE');
    expect(datelineFromUrl('not a url')).toBe('WEB');
    expect(datelineFromUrl('http://127.0.0.1/')).toBe('WEB');
  });
});
