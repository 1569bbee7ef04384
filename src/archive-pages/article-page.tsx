/**
 * An archive article's page: headline, date, dateline, its text sentence by sentence (each sentence an anchor
 * a fact links to), its names marked as on the web with their cards, and a list of them for the keyboard.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardLinks } from '../card/links';
import type { FactBase } from '../factbase/schema';
import type { LoadedMatcher } from '../matching';
import type { ArticleView } from './article-model';
import { markArticle, type ArticleMarks } from './article-marks';
import { EntityLink, Kind, Mine } from './parts';

export interface ArticlePageProps {
  view: ArticleView;
  /** The anchor of the sentence the address points at. */
  sentence?: string;
  fb: FactBase;
  matcher: LoadedMatcher | undefined;
  links: CardLinks;
}

const STRAY: Record<string, string> = { headline: 'Headline of another story', subhead: 'Subhead' };

/** Where the reader read one of their articles: its site, and the original address, followed only on a click. */
function Source({ view }: { view: ArticleView }) {
  return (
    <p class="muted" data-testid="article-source">
      {view.url ? (
        <>
          You saved it from <bdi>{view.site ?? view.url}</bdi>
          {' · '}
          {/* the reader's own address: opened only when clicked, in a new tab, sending no referrer (as the card's) */}
          <a href={view.url} target="_blank" rel="noreferrer noopener" referrerpolicy="no-referrer">
            Original
          </a>
        </>
      ) : (
        'You added it without an address: its text is all the archive keeps.'
      )}
    </p>
  );
}

export function ArticlePage({ view, sentence, fb, matcher, links }: ArticlePageProps) {
  const text = useRef<HTMLDivElement>(null);
  const [marks, setMarks] = useState<ArticleMarks | undefined>();
  useEffect(() => {
    const root = text.current;
    if (!root) return;
    const life = new AbortController();
    setMarks(markArticle({ root, fb, matcher, date: view.iso, links, signal: life.signal }));
    return () => life.abort();
  }, [view.id, view.iso, fb, matcher, links]);
  const counts = new Map<string, number>();
  for (const m of marks?.mentions ?? []) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return (
    <article class="article" aria-labelledby="page-title">
      <header>
        <p class="kicker">{view.mine ? <Mine>From your archive</Mine> : 'Archive article'}</p>
        <h1 id="page-title" tabIndex={-1}>
          {view.title}
        </h1>
        <p class="muted" data-testid="article-meta">
          <time dateTime={view.iso}>{view.date}</time>
          {view.dateline && (
            <>
              {' · '}
              <bdi>{view.dateline}</bdi>
            </>
          )}
          {` · ${view.words} words`}
        </p>
        {view.mine && <Source view={view} />}
      </header>
      {view.blocks ? (
        <div class="article-text" ref={text}>
          {view.blocks.map((b, i) =>
            b.kind === 'body' ? (
              <p key={i}>
                {b.sentences.map((s, k) => (
                  <Fragment key={k}>
                    {k > 0 && ' '}
                    <span
                      class={s.anchor && s.anchor === sentence ? 'sentence cited' : 'sentence'}
                      {...(s.anchor ? { id: s.anchor, tabIndex: -1 } : {})}
                    >
                      {s.text}
                    </span>
                  </Fragment>
                ))}
              </p>
            ) : (
              <p key={i} class="stray">
                <span class="muted">{STRAY[b.kind]}: </span>
                {b.sentences.map((x) => x.text).join(' ')}
              </p>
            ),
          )}
        </div>
      ) : (
        <p class="notice">This build of the extension has no text for its articles; the facts are on the names' pages.</p>
      )}
      {view.names.length > 0 && (
        <aside aria-labelledby="names-title">
          <h2 id="names-title">Names in this article</h2>
          <ul class="names" data-testid="article-names">
            {view.names.map((n) => {
              const count = counts.get(n.id) ?? 0;
              return (
                <li key={n.id}>
                  <EntityLink item={n} /> <Kind type={n.type} />
                  {count > 0 && (
                    <>
                      {' '}
                      <span class="muted" title={`${count} marked in the text`}>×{count}</span>{' '}
                      <button type="button" class="show" aria-label={`Show ${n.name} in the text`} onClick={() => marks?.show(n.id)}>
                        Show in text
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </aside>
      )}
    </article>
  );
}
