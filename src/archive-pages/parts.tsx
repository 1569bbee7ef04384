/** Small pieces the archive pages share: links to an entity or an article, a kind chip. Props only. */
import { TYPE_LABEL } from '../card/labels';
import type { ArticleRef, EntityRef } from './refs';
import { routeHash } from './routes';

export function EntityLink({ item, chip = false }: { item: EntityRef; chip?: boolean }) {
  return (
    <>
      <a href={routeHash({ page: 'entity', id: item.id })}>
        <bdi>{item.name}</bdi>
      </a>
      {chip && (
        <>
          {' '}
          <Kind type={item.type} />
        </>
      )}
    </>
  );
}

export function Kind({ type }: { type: EntityRef['type'] }) {
  return <span class={`kind kind-${type}`}>{TYPE_LABEL[type]}</span>;
}

/** An article's title as a link to its page (at one sentence when `anchor` is given), with date and dateline. */
export function ArticleLink({ article, anchor, label }: { article: ArticleRef; anchor?: string; label?: string }) {
  return (
    <>
      <a href={routeHash({ page: 'article', id: article.id, ...(anchor ? { sentence: anchor } : {}) })}>
        {label ?? <cite>{article.title}</cite>}
      </a>
      <span class="muted">
        {' · '}
        <time dateTime={article.iso}>{article.date}</time>
        {article.dateline && (
          <>
            {' · '}
            <bdi>{article.dateline}</bdi>
          </>
        )}
      </span>
    </>
  );
}
