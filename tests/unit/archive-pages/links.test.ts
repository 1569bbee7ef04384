import { describe, expect, it } from 'vitest';
import { archiveLinks, articleUrl, entityUrl, routeOf, searchUrl } from '../../../src/archive-pages/links';
import { parseRoute } from '../../../src/archive-pages/routes';
import { sentenceKey } from '../../../src/factbase/sentence-key';

describe('archive page links', () => {
  it('give the entity page and an article at one sentence, inside the extension', () => {
    const entity = entityUrl('porto-lindo');
    expect(entity).toMatch(/^[a-z-]+:\/\/[^/]+\/archive\.html#\/entity\/porto-lindo$/);
    const sentence = 'The bridge at Porto Lindo closes in March.';
    const article = articleUrl('a-1', sentence);
    expect(parseRoute(routeOf(article))).toEqual({ page: 'article', id: 'a-1', sentence: sentenceKey(sentence) });
    expect(parseRoute(routeOf(articleUrl('a-1')))).toEqual({ page: 'article', id: 'a-1' });
    expect(parseRoute(routeOf(searchUrl('bridge')))).toEqual({ page: 'search', query: 'bridge' });
  });

  it('routeOf an address without a hash is the front page', () => {
    expect(routeOf('chrome-extension://x/archive.html')).toBe('#/');
  });

  it('make the card links, with the options given', () => {
    const open = () => {};
    const links = archiveLinks({ open });
    expect(links.entity('x')).toBe(entityUrl('x'));
    expect(links.article('a', 'b.')).toBe(articleUrl('a', 'b.'));
    expect(links.open).toBe(open);
  });
});
