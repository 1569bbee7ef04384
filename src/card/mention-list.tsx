/**
 * The in-page list of the archive names this page mentions (keyboard command "open the list"): a non-modal
 * dialog, each name a button; activating one shows its card in place of the list, and Esc (or "All names")
 * comes back to the list with focus on the name it came from. Props only, like the card.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../factbase/schema';
import { Card, type CardTheme } from './card';
import { TYPE_GROUP, TYPE_NOUN, TYPE_ORDER } from './labels';
import type { CardLinks } from './links';
import type { CardModel } from './view-model';

export interface ListEntry {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions of it on the page. */
  count: number;
}

export interface MentionListProps {
  entries: ListEntry[];
  /** The card of entry `id` (undefined when the archive has no card for it). */
  loadCard(id: string): Promise<CardModel | undefined>;
  /** Brings the name's first mention on the page into view (the list stays open). */
  onGoTo(id: string): void;
  /** Esc on the list, or its close button. */
  onClose(): void;
  theme?: CardTheme;
  /** Links into the archive pages, for the cards it shows. */
  links?: CardLinks;
}

const mentions = (n: number) => (n === 1 ? '1 mention' : `${n} mentions`);

export function MentionList({ entries, loadCard, onGoTo, onClose, theme = 'auto', links }: MentionListProps) {
  const id = useId();
  const [card, setCard] = useState<CardModel | undefined>();
  const [missing, setMissing] = useState<string | undefined>();
  /** The entry whose card is (or was last) open: focus returns to it. */
  const from = useRef<string | undefined>(undefined);
  const root = useRef<HTMLElement>(null);

  const open = (entryId: string, goTo: boolean) => {
    if (goTo) {
      from.current = entryId;
      onGoTo(entryId);
    }
    setMissing(undefined);
    void loadCard(entryId).then(
      (model) => (model ? setCard(model) : setMissing(entryId)),
      () => setMissing(entryId),
    );
  };
  const back = () => setCard(undefined);

  // Focus follows the view: the card when one opens, the entry it came from when it closes.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    if (card) el.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    else {
      const entry = from.current && el.querySelector<HTMLElement>(`[data-entry="${CSS.escape(from.current)}"]`);
      (entry || el.querySelector<HTMLElement>('[data-entry]') || el).focus({ preventScroll: true });
    }
  }, [card]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      if (card) back();
      else onClose();
      return;
    }
    if (card) return;
    const buttons = [...(root.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])];
    const at = buttons.indexOf(e.target as HTMLElement);
    const to =
      e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : NaN;
    if (Number.isNaN(to) || !buttons.length) return;
    e.preventDefault();
    buttons[(to + buttons.length) % buttons.length]?.focus();
  };

  return (
    <section
      ref={root}
      class="list"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-theme={theme === 'auto' ? undefined : theme}
      onKeyDown={onKeyDown}
    >
      {card ? (
        <>
          <button type="button" class="link back" onClick={back}>
            ← All names on this page
          </button>
          <Card model={card} theme={theme} onRelated={(other) => open(other, false)} onClose={back} {...(links ? { links } : {})} />
        </>
      ) : (
        <>
          <header class="head">
            <h2 class="name" id={`${id}-title`}>
              Names on this page
            </h2>
            <p class="desc">
              {entries.length === 0
                ? 'Nothing from the archive on this page.'
                : `${entries.length} from the archive. Enter shows a card; Esc closes.`}
            </p>
            <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
              ×
            </button>
          </header>
          {missing && (
            <p class="desc" role="status">
              The archive has no card for this name.
            </p>
          )}
          <div class="groups">
            {TYPE_ORDER.filter((t) => entries.some((e) => e.type === t)).map((t) => (
              <section key={t} aria-labelledby={`${id}-${t}`}>
                <h3 class="section-title" id={`${id}-${t}`}>
                  {TYPE_GROUP[t]}
                </h3>
                <ul class="entries">
                  {entries
                    .filter((e) => e.type === t)
                    .map((e) => (
                      <li key={e.id}>
                        <button
                          type="button"
                          class="entry"
                          data-entry={e.id}
                          aria-label={`${e.name}, ${TYPE_NOUN[e.type]}, ${mentions(e.count)}`}
                          onClick={() => open(e.id, true)}
                        >
                          <bdi>{e.name}</bdi>
                          <span class="count" aria-hidden="true">
                            ×{e.count}
                          </span>
                        </button>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
