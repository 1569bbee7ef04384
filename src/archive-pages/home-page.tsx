/** The archive's front page: the reader's own articles, the bundled ones, and the names by kind. Props only. */
import type { HomeView } from './home-model';
import { ArticleLink, EntityLink } from './parts';

const count = (n: number) => (n === 1 ? '1 article' : `${n} articles`);

export function HomePage({ view }: { view: HomeView }) {
  return (
    <section class="home" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        The archive
      </h1>
      <p class="muted">
        {count(view.articles.length + view.yours.length)}
        {view.yours.length > 0 && ` (${view.yours.length} of them yours)`}, kept inside the extension: nothing here comes from the network.
      </p>
      {view.yours.length > 0 && (
        <section aria-labelledby="yours-title">
          <h2 id="yours-title">Your archive</h2>
          <ol class="articles" data-testid="your-articles">
            {view.yours.map((a) => (
              <li key={a.id}>
                <ArticleLink article={a} mark={false} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">{view.yours.length > 0 ? 'Articles bundled with the extension' : 'Articles'}</h2>
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
