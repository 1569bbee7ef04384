/**
 * The archive pages' addresses: one extension page (archive.html) and a route in its `#hash`, so every view
 * has a real address, the back button walks the views, and a link can be opened in a new tab. Pure.
 *
 *   #/                          the archive's front page: its names by kind and its articles
 *   #/entity/<id>               one name or event
 *   #/article/<id>[/s-<key>]    one article, at one sentence (factbase/sentence-key.ts)
 *   #/search?q=<words>          names, aliases and facts
 */
import { isSentenceKey } from '../factbase/sentence-key';

export type Route =
  | { page: 'home' }
  | { page: 'entity'; id: string }
  | { page: 'article'; id: string; sentence?: string }
  | { page: 'search'; query: string }
  | { page: 'unknown' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest search kept in an address (longer queries are cut: nobody types more to find a name). */
export const MAX_QUERY = 200;

/** The route of an address's hash ("#/entity/x"); anything malformed is `unknown`, never an exception. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'home' };
  const search = /^\/search(?:\?(.*))?$/.exec(path);
  if (search) return { page: 'search', query: (new URLSearchParams(search[1] ?? '').get('q') ?? '').slice(0, MAX_QUERY) };
  const [, kind, id, anchor, ...rest] = path.split('/');
  if (rest.length || !id || !ID.test(id) || id.length > 120) return { page: 'unknown' };
  if (kind === 'entity' && anchor === undefined) return { page: 'entity', id };
  if (kind !== 'article') return { page: 'unknown' };
  if (anchor === undefined) return { page: 'article', id };
  return isSentenceKey(anchor) ? { page: 'article', id, sentence: anchor } : { page: 'unknown' };
}

/** The hash of a route; `parseRoute(routeHash(r))` gives `r` back. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'home':
    case 'unknown':
      return '#/';
    case 'entity':
      return `#/entity/${route.id}`;
    case 'article':
      return `#/article/${route.id}${route.sentence ? `/${route.sentence}` : ''}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query.slice(0, MAX_QUERY) })}`;
  }
}

/** A route a web page's card may ask the background to open (checked again there): entity or article only. */
export function isOpenableRoute(hash: string): boolean {
  const route = parseRoute(hash);
  return (route.page === 'entity' || route.page === 'article') && routeHash(route) === hash;
}
