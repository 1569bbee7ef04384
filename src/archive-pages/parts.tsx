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

/** The mark of the reader's own articles and names, in the card's words. */
export function Mine({ children = 'from your archive' }: { children?: string }) {
  return <span class="mine">{children}</span>;
}

/**
 * An article's title as a link to its page (at one sentence when `anchor` is given), with date and dateline;
 * one of the reader's also with its site and "from your archive" (unless `mark` is false: a list of theirs).
 */
export function ArticleLink({ article, anchor, label, mark = true }: { article: ArticleRef; anchor?: string; label?: string; mark?: boolean }) {
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
        {article.site && (
          <>
            {' · '}
            <bdi>{article.site}</bdi>
          </>
        )}
        {article.mine && mark && (
          <>
            {' · '}
            <Mine />
          </>
        )}
      </span>
    </>
  );
}
