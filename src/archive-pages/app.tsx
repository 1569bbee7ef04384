/**
 * The archive pages: a header with the search box, and the view the address's hash names (routes.ts). Links
 * are real addresses, so the back button, new tabs and bookmarks work. On each new view focus goes to its
 * heading (or to the sentence the address points at), so a screen reader announces where the reader is.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardLinks } from '../card/links';
import { articleView } from './article-model';
import { ArticlePage } from './article-page';
import type { ArchiveData } from './data';
import { entityView } from './entity-model';
import { EntityPage } from './entity-page';
import { homeView } from './home-model';
import { HomePage } from './home-page';
import { parseRoute, routeHash, type Route } from './routes';
import { SearchPage } from './search-page';
import { searchView } from './search-model';

export interface ArchiveAppProps {
  data: ArchiveData;
  /** The cards' links (archive-pages/links.ts `archiveLinks()`). */
  links: CardLinks;
}

const SITE = 'News Context archive';

/** The current hash, following navigation (links, the back button). */
function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return hash;
}

export function ArchiveApp({ data, links }: ArchiveAppProps) {
  const hash = useHash();
  const route = useMemo(() => parseRoute(hash), [hash]);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const { title, body } = view(route, data, links);
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : SITE;
    const target = route.page === 'article' && route.sentence ? document.getElementById(route.sentence) : null;
    if (target) {
      target.scrollIntoView?.({ block: 'center' });
      target.focus({ preventScroll: true });
    } else if (!first.current) {
      scrollTo?.(0, 0);
      main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }
    first.current = false;
  }, [hash, title]);
  return (
    <>
      <Header route={route} />
      <main ref={main} id="main">
        {body}
      </main>
    </>
  );
}

function view(route: Route, data: ArchiveData, links: CardLinks): { title: string; body: ComponentChild } {
  const { fb, reader } = data;
  switch (route.page) {
    case 'home':
      return { title: '', body: <HomePage view={homeView(fb, reader)} /> };
    case 'search':
      return { title: route.query ? `Search: ${route.query}` : 'Search', body: <SearchPage view={searchView(fb, route.query, reader)} /> };
    case 'entity': {
      const v = entityView(fb, route.id, reader);
      return v ? { title: v.name, body: <EntityPage view={v} /> } : missing();
    }
    case 'article': {
      const v = articleView(fb, data.texts, route.id, reader);
      if (!v) return missing();
      const sentence = route.sentence ? { sentence: route.sentence } : {};
      return { title: v.title, body: <ArticlePage view={v} fb={fb} matcher={data.matcher} links={links} {...sentence} /> };
    }
    default:
      return missing();
  }
}

const missing = () => ({
  title: 'Not found',
  body: (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        Not in the archive
      </h1>
      <p>
        This address names nothing the archive holds. <a href={routeHash({ page: 'home' })}>Go to the archive's front page</a>.
      </p>
    </section>
  ),
});

function Header({ route }: { route: Route }) {
  const query = route.page === 'search' ? route.query : '';
  return (
    <header class="top">
      <a class="home-link" href={routeHash({ page: 'home' })}>
        {SITE}
      </a>
      <search>
        <form
          key={query}
          onSubmit={(e) => {
            e.preventDefault();
            const q = new FormData(e.currentTarget).get('q');
            location.hash = routeHash({ page: 'search', query: typeof q === 'string' ? q.trim() : '' });
          }}
        >
          <label for="q" class="visually-hidden">
            Search the archive
          </label>
          <input id="q" name="q" type="search" defaultValue={query} placeholder="Names, short forms, words" data-testid="archive-search" />
          <button type="submit">Search</button>
        </form>
      </search>
    </header>
  );
}
