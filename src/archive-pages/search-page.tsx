/** Search results over the archive's names, aliases, articles and facts. Props only. */
import { sentenceKey } from '../factbase/sentence-key';
import { ArticleLink, EntityLink, Kind } from './parts';
import type { SearchView } from './search-model';

export function SearchPage({ view }: { view: SearchView }) {
  const { query, names, articles, facts } = view;
  return (
    <section class="search" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {query.trim() ? <>Search: “{query}”</> : 'Search the archive'}
      </h1>
      {!query.trim() && <p>Type a name, a short form or words from the archive's sentences above.</p>}
      {query.trim() && names.length === 0 && articles.length === 0 && facts.length === 0 && <p data-testid="no-results">Nothing in the archive matches.</p>}
      {names.length > 0 && (
        <section aria-labelledby="names-title">
          <h2 id="names-title">Names ({names.length})</h2>
          <ul class="refs" data-testid="name-results">
            {names.map((n) => (
              <li key={n.id}>
                <EntityLink item={n} /> <Kind type={n.type} />
                {n.description && <span class="muted"> · {n.description}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">Articles ({articles.length})</h2>
          <ul class="refs" data-testid="article-results">
            {articles.map((a) => (
              <li key={a.id}>
                <ArticleLink article={a} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {facts.length > 0 && (
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">Facts ({facts.length})</h2>
          <ul class="facts" data-testid="fact-results">
            {facts.map((f, i) => (
              <li key={i}>
                <p>{f.text}</p>
                <p class="muted">
                  <ArticleLink article={f.article} anchor={sentenceKey(f.text)} />
                  {' · '}
                  {f.entities.map((e, k) => (
                    <span key={e.id}>
                      {k > 0 && ', '}
                      <EntityLink item={e} />
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
