/** A link from the popup to an archive page: opened in a new tab (the popup then closes), by `links.open` when given. */
import type { ComponentChildren } from 'preact';
import type { CardLinks } from '../card/links';

export function ArchivePageLink(props: { href: string; links: CardLinks; label?: string; children: ComponentChildren; testId?: string }) {
  const { href, links } = props;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      {...(props.label ? { 'aria-label': props.label } : {})}
      {...(props.testId ? { 'data-testid': props.testId } : {})}
      onClick={(e) => {
        if (!links.open) return;
        e.preventDefault();
        links.open(href);
      }}
    >
      {props.children}
    </a>
  );
}
