import { describe, expect, it } from 'vitest';
import { isOpenableRoute, parseRoute, routeHash, type Route } from '../../../src/archive-pages/routes';

describe('archive page routes', () => {
  it.each<[string, Route]>([
    ['', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/entity/ada-okafor', { page: 'entity', id: 'ada-okafor' }],
    ['#/article/000-abc', { page: 'article', id: '000-abc' }],
    ['#/article/000-abc/s-1x9z', { page: 'article', id: '000-abc', sentence: 's-1x9z' }],
    ['#/search?q=harbour%20board', { page: 'search', query: 'harbour board' }],
    ['#/search', { page: 'search', query: '' }],
    ['#/entity/Ada', { page: 'unknown' }],
    ['#/entity/a/b', { page: 'unknown' }],
    ['#/article/a/not-a-key', { page: 'unknown' }],
    ['#/elsewhere/a', { page: 'unknown' }],
    ['#/entity/', { page: 'unknown' }],
    ['#/entity/<img>', { page: 'unknown' }],
  ])('%s → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { page: 'home' },
    { page: 'entity', id: 'porto-lindo' },
    { page: 'article', id: 'a-1', sentence: 's-abc' },
    { page: 'article', id: 'a-1' },
    { page: 'search', query: 'ferry & "port" / #1' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('lets a web page ask for entity and article pages only, written exactly', () => {
    expect(isOpenableRoute('#/entity/ada-okafor')).toBe(true);
    expect(isOpenableRoute('#/article/a-1/s-abc')).toBe(true);
    expect(isOpenableRoute('#/search?q=x')).toBe(false);
    expect(isOpenableRoute('#/')).toBe(false);
    expect(isOpenableRoute('#/entity/ada-okafor/')).toBe(false);
  });
});
