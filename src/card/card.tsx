/**
 * The card: one entity's background from the archive. Props only: no storage, messaging or page access.
 * Every string is rendered as a text node (never innerHTML); names sit in <bdi> so a bidi override inside
 * one cannot reorder the text around it.
 */
import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import type { CardLinks } from './links';
import type { CardFact, CardModel, CardRef } from './view-model';

/** Light or dark palette; 'auto' follows `prefers-color-scheme`. */
export type CardTheme = 'light' | 'dark' | 'auto';

export interface CardProps {
  model: CardModel;
  /** A related name, place or participant was activated: show its card. */
  onRelated(id: string): void;
  /** The close button was activated. */
  onClose(): void;
  theme?: CardTheme;
  /** Links into the archive pages ("Open in archive", each fact's sentence); none without. */
  links?: CardLinks;
}

/** The card as a non-modal dialog, labelled by the entity's name and described by its description. */
export function Card({ model, onRelated, onClose, theme = 'auto', links }: CardProps) {
  const id = useId();
  const nameId = `${id}-name`;
  const descId = `${id}-desc`;
  const count = model.articleCount;
  return (
    <section
      class="card"
      role="dialog"
      aria-labelledby={nameId}
      aria-describedby={model.description ? descId : undefined}
      tabIndex={-1}
      data-theme={theme === 'auto' ? undefined : theme}
    >
      <header class="head">
        <h2 class="name" id={nameId}>
          <bdi>{model.name}</bdi>
        </h2>
        <span class={`chip chip-${model.type}`}>{model.typeLabel}</span>
        {model.description && (
          <p class="desc" id={descId}>
            {model.description}
            {model.descriptionWhen && <span class="when"> ({model.descriptionWhen})</span>}
          </p>
        )}
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      {model.asOf?.fromPage && (
        <p class="asof">
          As of this page: <time dateTime={model.asOf.iso}>{model.asOf.date}</time>
        </p>
      )}
      <EventLine model={model} onRelated={onRelated} />
      {model.roles && (
        <>
          <h3 class="section-title" id={`${id}-roles`}>Roles</h3>
          <ul class="roles" aria-labelledby={`${id}-roles`}>
            {model.roles.map((r, i) => (
              <li key={i} class={`role role-${r.status}`}>
                <bdi>{r.text}</bdi> <span class="when">({r.when})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {model.notes?.map((note, i) => (
        <p key={i} class="note">
          {note}
        </p>
      ))}
      <Timeline model={model} labelId={`${id}-facts`} links={links} />
      {model.related && (
        <>
          <h3 class="section-title" id={`${id}-related`}>Related</h3>
          <ul class="related" aria-labelledby={`${id}-related`}>
            {model.related.map((r) => (
              <li key={r.id}>
                <RefButton item={r} class="chip-button" onRelated={onRelated} />
              </li>
            ))}
          </ul>
        </>
      )}
      {(count > 0 || model.linkReason || links) && (
        <footer class="foot">
          {count > 0 && <p>{count === 1 ? '1 archive article' : `${count} archive articles`}</p>}
          {model.linkReason && <p class="reason">Why this link: {model.linkReason}</p>}
          {links && (
            <p class="archive-link">
              <ArchiveLink href={links.entity(model.id)} links={links}>
                Open in archive
              </ArchiveLink>
            </p>
          )}
        </footer>
      )}
    </section>
  );
}

/**
 * The archive's facts: the background (its most relevant first, the rest behind "More") and, apart, what
 * came after the page, closed by default. One scrollable region, focusable so keyboard users can scroll it.
 */
function Timeline({ model, labelId, links }: { model: CardModel; labelId: string; links: CardLinks | undefined }) {
  const { facts, moreFacts, later, laterHidden } = model;
  if (!facts && !moreFacts && !later && !laterHidden) return null;
  const background = facts || moreFacts;
  const afterWhat = model.asOf?.fromPage === false ? 'today' : 'this article';
  return (
    <>
      <h3 class="section-title" id={labelId}>
        {background ? 'From the archive' : 'In the archive'}
      </h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard (WCAG 2.1.1) */}
      <section class="timeline" tabIndex={0} aria-labelledby={labelId}>
        {facts && <FactList facts={facts} links={links} />}
        {moreFacts && (
          <details class="more">
            <summary>{facts ? `More (${moreFacts.length})` : `The archive's background (${moreFacts.length})`}</summary>
            <FactList facts={moreFacts} links={links} />
          </details>
        )}
        {later && (
          <details class="later">
            <summary>
              Later, after {afterWhat} ({later.length})
            </summary>
            <FactList facts={later} links={links} />
          </details>
        )}
        {laterHidden && (
          <p class="note">
            {laterHidden === 1 ? '1 later fact is' : `${laterHidden} later facts are`} hidden (see the options).
          </p>
        )}
      </section>
    </>
  );
}

function FactList({ facts, links }: { facts: CardFact[]; links: CardLinks | undefined }) {
  return (
    <ol class="facts">
      {facts.map((fact, i) => (
        <FactItem key={i} fact={fact} links={links} />
      ))}
    </ol>
  );
}

function EventLine({ model, onRelated }: { model: CardModel; onRelated(id: string): void }) {
  const parts = [
    model.timing && (
      <strong key="timing" class={`timing timing-${model.timing.status}`}>
        {model.timing.label}
      </strong>
    ),
    model.date && <time key="date">{model.date}</time>,
    model.place && <RefButton key="place" item={model.place} class="link" onRelated={onRelated} />,
    model.participants && (
      <span key="who">
        {model.participants.map((p, i) => (
          <Fragment key={p.id}>
            {i > 0 && ', '}
            <RefButton item={p} class="link" onRelated={onRelated} />
          </Fragment>
        ))}
      </span>
    ),
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <p class="event">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <span class="sep"> · </span>}
          {part}
        </Fragment>
      ))}
    </p>
  );
}

function FactItem({ fact, links }: { fact: CardFact; links: CardLinks | undefined }) {
  const { citation } = fact;
  return (
    <li class={`fact fact-${fact.kind}`}>
      <p class="fact-text">
        {fact.text}
        {fact.speaker && (
          <>
            {' — '}
            <bdi>{fact.speaker.name}</bdi>
          </>
        )}
      </p>
      {fact.targets && <p class="fact-meta">Targets: {fact.targets.join(', ')}</p>}
      {fact.relates && <Relates relates={fact.relates} />}
      <p class="fact-meta">
        <time dateTime={fact.iso}>{fact.date}</time>
        {citation.dateline && (
          <>
            {' · '}
            <bdi>{citation.dateline}</bdi>
          </>
        )}
        {citation.date !== fact.date && ` · ${citation.date}`}
        {citation.title && (
          <>
            {' · '}
            <cite class="cite">{citation.title}</cite>
          </>
        )}
        {citation.mine && (
          <>
            {' · '}
            <span class="mine">from your archive</span>
            {citation.url && (
              <>
                {' · '}
                {/* the reader's own address: opened only when clicked, sending no referrer */}
                <a class="link" href={citation.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
                  Original
                </a>
              </>
            )}
          </>
        )}
        {links && !citation.mine && (
          <>
            {' · '}
            <ArchiveLink href={links.article(citation.article, citation.sentence)} links={links}>
              In the article
            </ArchiveLink>
          </>
        )}
      </p>
    </li>
  );
}

/** Why a fact is shown first: the page's other names it mentions, the page's words it shares. */
function Relates({ relates }: { relates: NonNullable<CardFact['relates']> }) {
  const { names, terms } = relates;
  return (
    <p class="fact-meta relates">
      {'On this page: '}
      {names.map((n, i) => (
        <Fragment key={n.id}>
          {i > 0 && ', '}
          <bdi>{n.name}</bdi>
        </Fragment>
      ))}
      {names.length > 0 && terms.length > 0 && '; '}
      {terms.length > 0 && terms.map((t) => `“${t}”`).join(', ')}
    </p>
  );
}

function RefButton(props: { item: CardRef; class: string; onRelated(id: string): void }) {
  const { item, onRelated } = props;
  return (
    <button type="button" class={props.class} onClick={() => onRelated(item.id)}>
      <bdi>{item.name}</bdi>
    </button>
  );
}

/** A link into the archive pages; where the page cannot follow it (a web page), `links.open` does. */
function ArchiveLink(props: { href: string; links: CardLinks; children: string }) {
  const { href, links } = props;
  const open = links.open;
  return (
    <a
      class="link"
      href={href}
      target={links.newTab ? '_blank' : undefined}
      onClick={(e) => {
        if (!open) return;
        e.preventDefault();
        open(href);
      }}
    >
      {props.children}
    </a>
  );
}
