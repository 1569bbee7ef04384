/** An entity's archive page. Props only. */
import { sentenceKey } from '../factbase/sentence-key';
import type { EntityView, TimelineFact } from './entity-model';
import { ArticleLink, EntityLink, Kind, Mine } from './parts';
import { routeHash } from './routes';

export function EntityPage({ view }: { view: EntityView }) {
  const count = view.articles.length;
  return (
    <article class="entity" aria-labelledby="page-title">
      <header>
        <Kind type={view.type} />
        <h1 id="page-title" tabIndex={-1}>
          <bdi>{view.name}</bdi>
        </h1>
        {view.description && <p class="desc">{view.description}</p>}
        {view.aliases.length > 0 && <p class="muted">Also written: {view.aliases.join(', ')}</p>}
        <EventLine view={view} />
        <p class="muted">
          In {count === 1 ? '1 archive article' : `${count} archive articles`}, {view.seen.first}
          {view.seen.last !== view.seen.first ? ` to ${view.seen.last}` : ''}.
        </p>
        {view.mine && (
          <p data-testid="entity-mine">
            <Mine>From your archive</Mine>: only your own articles name it.
          </p>
        )}
      </header>
      {view.roles.length > 0 && (
        <section aria-labelledby="roles-title">
          <h2 id="roles-title">Roles</h2>
          <ol class="roles">
            {view.roles.map((r, i) => (
              <li key={i}>
                {r.text} <span class="muted">({r.when}{r.until ? `; ended by ${r.until}` : ''})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.timeline.length > 0 && (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          {view.timeline.map((day) => (
            <section key={day.iso} class="day" aria-label={day.date}>
              <h3>
                <time dateTime={day.iso}>{day.date}</time>
              </h3>
              {day.articles.map(({ article, facts }) => (
                <div key={article.id} class="from-article">
                  <h4>
                    <ArticleLink article={article} />
                  </h4>
                  <ul class="facts">
                    {facts.map((f, i) => (
                      <FactLine key={i} fact={f} articleId={article.id} />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>
      )}
      {view.quotes.length > 0 && (
        <section aria-labelledby="quotes-title">
          <h2 id="quotes-title">Quotes</h2>
          <ul class="quotes">
            {view.quotes.map((q, i) => (
              <li key={i}>
                <blockquote>“{q.quote}”</blockquote>
                <p class="muted">
                  {q.speaker && (
                    <>
                      <EntityLink item={q.speaker} />
                      {', '}
                    </>
                  )}
                  <ArticleLink article={q.article} anchor={sentenceKey(q.sentence)} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RefList id="related" title="Related names" items={view.related} />
      <RefList id="events" title="Events" items={view.events} />
      {view.articles.length > 0 && (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">Articles that mention it</h2>
          <ol class="articles">
            {view.articles.map((a) => (
              <li key={a.id}>
                <ArticleLink article={a} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function EventLine({ view }: { view: EntityView }) {
  if (!view.date && !view.place && !view.participants.length) return null;
  return (
    <p class="event">
      {view.date && <span>When: {view.date}. </span>}
      {view.place && (
        <span>
          Where: <EntityLink item={view.place} />.{' '}
        </span>
      )}
      {view.participants.length > 0 && (
        <span>
          Who:{' '}
          {view.participants.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <EntityLink item={p} />
            </span>
          ))}
          .
        </span>
      )}
    </p>
  );
}

function FactLine({ fact, articleId }: { fact: TimelineFact; articleId: string }) {
  return (
    <li class={`fact fact-${fact.kind}`}>
      {fact.text}
      {fact.speaker && (
        <>
          {' — '}
          <EntityLink item={fact.speaker} />
        </>
      )}
      {fact.targets && <span class="muted"> (targets: {fact.targets.join(', ')})</span>}{' '}
      <a class="to-sentence" href={routeHash({ page: 'article', id: articleId, sentence: sentenceKey(fact.text) })}>
        In the article
      </a>
    </li>
  );
}

function RefList({ id, title, items }: { id: string; title: string; items: EntityView['related'] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul class="refs">
        {items.map((r) => (
          <li key={r.id}>
            <EntityLink item={r} chip />
          </li>
        ))}
      </ul>
    </section>
  );
}
