/** The archive's front page: its names by kind and its articles. Props only. */
import type { HomeView } from './home-model';
import { ArticleLink, EntityLink } from './parts';

export function HomePage({ view }: { view: HomeView }) {
  return (
    <section class="home" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        The archive
      </h1>
      <p class="muted">
        {view.articles.length === 1 ? '1 article' : `${view.articles.length} articles`}, kept inside the extension: nothing here
        comes from the network.
      </p>
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">Articles</h2>
        <ol class="articles">
          {view.articles.map((a) => (
            <li key={a.id}>
              <ArticleLink article={a} />
            </li>
          ))}
        </ol>
      </section>
      {view.groups.map((g) => (
        <section key={g.type} aria-labelledby={`group-${g.type}`}>
          <h2 id={`group-${g.type}`}>{g.label}</h2>
          <ul class="refs">
            {g.entities.map((e) => (
              <li key={e.id}>
                <EntityLink item={e} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
