import { afterEach, describe, expect, it } from 'vitest';
import { pageDate, parseDate, urlDate } from '../../../src/page/page-date';

const URL_NONE = 'https://news.example/world/story';

function setPage(head: string, body = ''): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

afterEach(() => setPage(''));

describe('pageDate: each source', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2023-11-09T08:00:00+08:00">', ''],
    ['meta date', '<meta name="date" content="2023-11-09">', ''],
    ['meta pubdate', '<meta name="pubdate" content="20231109">', ''],
    ['meta publish-date', '<meta name="publish-date" content="2023/11/09">', ''],
    ['meta dc.date', '<meta name="dc.date" content="2023-11-09">', ''],
    ['meta DC.date.issued', '<meta name="DC.date.issued" content="2023-11-09">', ''],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2023-11-09">', ''],
    ['JSON-LD object', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T10:00:00Z"}</script>', ''],
    ['JSON-LD array', '<script type="application/ld+json">[{"@type":"Org"},{"datePublished":"2023-11-09"}]</script>', ''],
    ['JSON-LD @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-11-09"}]}</script>', ''],
    ['<time datetime> in the article', '', '<article><p>By staff, <time datetime="2023-11-09T09:00">Thursday</time></p></article>'],
  ])('%s', (_name, head, body) => {
    expect(pageDate(setPage(head, body), URL_NONE)).toBe('2023-11-09');
  });

  it.each([
    ['https://news.example/2023/11/09/biden-xi', '2023-11-09'],
    ['https://news.example/world/2023-11-09/biden-xi', '2023-11-09'],
    ['https://news.example/world/biden-xi-2023-11-09.html', '2023-11-09'],
    ['https://news.example/world/20231109/biden-xi', '2023-11-09'],
    ['https://news.example/world/2023/11/biden-xi', undefined],
    ['https://news.example/story/12345678', undefined],
    ['https://news.example/2023/02/30/impossible', undefined],
    ['not a url', undefined],
  ])('URL %s → %s', (url, expected) => {
    expect(urlDate(url)).toBe(expected);
    expect(pageDate(setPage(''), url)).toBe(expected);
  });
});

describe('pageDate: precedence and defence', () => {
  const all =
    '<meta name="date" content="2023-11-02">' +
    '<script type="application/ld+json">{"datePublished":"2023-11-03"}</script>' +
    '<meta property="article:published_time" content="2023-11-01">';
  const time = '<article><time datetime="2023-11-04">x</time></article>';

  it('takes article:published_time first, then meta names, JSON-LD, <time>, the URL', () => {
    const url = 'https://news.example/2023/11/05/story';
    expect(pageDate(setPage(all, time), url)).toBe('2023-11-01');
    expect(pageDate(setPage(all.replace(/<meta property[^>]*>/, ''), time), url)).toBe('2023-11-02');
    expect(pageDate(setPage(all.replace(/<meta[^>]*>/g, ''), time), url)).toBe('2023-11-03');
    expect(pageDate(setPage('', time), url)).toBe('2023-11-04');
    expect(pageDate(setPage('', ''), url)).toBe('2023-11-05');
  });

  it('skips invalid values and broken JSON-LD for the next source', () => {
    const head =
      '<meta property="article:published_time" content="yesterday">' +
      '<meta name="date" content="2023-13-01">' +
      '<script type="application/ld+json">{ not json</script>' +
      '<script type="application/ld+json">{"datePublished": 20231109}</script>' +
      '<script type="application/ld+json">{"@graph": null, "datePublished": "1989-12-31"}</script>' +
      '<script type="application/ld+json">{"datePublished":"2023-11-09"}</script>';
    expect(pageDate(setPage(head), URL_NONE)).toBe('2023-11-09');
  });

  it('returns undefined when nothing is found', () => {
    expect(pageDate(setPage('<meta name="date" content="">'), URL_NONE)).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['2023-11-09T23:30:00-05:00', '2023-11-09'], // as written, not moved to UTC
    ['2023-11-09', '2023-11-09'],
    ['2023/1/9', '2023-01-09'],
    ['20231109', '2023-11-09'],
    ['Thu, 09 Nov 2023 10:00:00 GMT', '2023-11-09'],
    ['November 9, 2023', '2023-11-09'],
    ['Sept. 9th, 2023', '2023-09-09'],
    ['9 Nov. 2023', '2023-11-09'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2023-04-31', undefined],
    ['2023-00-10', undefined],
    ['1989-12-31', undefined],
    ['2101-01-01', undefined],
    ['Thu 9 2023', undefined],
    ['', undefined],
    [20231109, undefined],
    [null, undefined],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });
});
