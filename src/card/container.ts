/**
 * The card's container: the one host element we add to a page, its closed shadow root, styles, placement,
 * keyboard handling and teardown. The Card component itself only takes props.
 *
 * Page hazards handled here (reliability rows 6, 7, 8, 9 in tests/README.md):
 * - host on <html>, not <body>: frameworks re-render body; a custom element, not a div, so `div {…}` rules miss it;
 * - closed shadow root, `attachShadow` captured at load so a later page patch cannot intercept it;
 * - `:host` rules with !important (see styles.ts) plus inline !important styles, so page CSS cannot hide it;
 * - a manual popover in the top layer (host.ts raiseHost), so a page's own open popover or modal cannot cover it;
 * - styles through adoptedStyleSheets (not blocked by `style-src 'none'`), a <style> element as fallback;
 * - key events stopped at the shadow root so page shortcuts never see typing inside the card;
 * - pointer hooks listen inside the shadow root, where pages cannot dispatch synthetic events.
 */
import { h } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { VirtualElement } from '@floating-ui/dom';
import { Card, type CardTheme } from './card';
import { MentionList, type MentionListProps } from './mention-list';
export { HOST_TAG } from './host';
import { createPanel, type Panel } from './panel';
import { createShadowHost, raiseHost } from './host';
import type { CardLinks } from './links';
import type { CardModel } from './view-model';

/** The card never gets shorter than this, even when the anchor leaves little room. */
const MIN_HEIGHT = 160;
/** Gap between the mention and the card, px. */
const CARD_OFFSET = 8;
/** Space kept between the card and the viewport's edges, px. */
const VIEWPORT_PADDING = 8;

/** What the card is placed against: a Range or Element (followed as it moves) or a fixed rectangle. */
export type CardAnchor = { getBoundingClientRect(): DOMRect } | DOMRect;

export interface CardHostOptions {
  /** Aborting removes the host and every listener. */
  signal: AbortSignal;
  /** Palette; a function is read at each show (the page's background may differ per page). */
  theme?: CardTheme | (() => CardTheme);
  /** A related name was activated; typically the caller resolves it and calls `show` again. */
  onRelated?(id: string): void;
  /** The card was closed from inside (close button or Esc). */
  onClose?(): void;
  /** Links into the archive pages, for the card and the list's cards. */
  links?: CardLinks;
  /** The pointer entered/left the card: the caller cancels/restarts its hide timer (300 ms). */
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

export interface CardHost {
  /** Renders `model` next to `anchor`; `focus` moves focus into the card and back to where it was on Esc. */
  show(model: CardModel, anchor: CardAnchor, opts?: { focus?: boolean }): void;
  /** Hides the card and stops following the anchor; focus inside the card goes back where it came from. */
  hide(): void;
  isOpen(): boolean;
  /**
   * Opens the list of the page's names (top right, focus on its first entry); Esc or its close button closes
   * it and focus goes back to where it was.
   */
  showList(props: Omit<MentionListProps, 'onClose' | 'theme'>): void;
  hideList(): void;
  isListOpen(): boolean;
  /** Whether `node` is the host or inside the card (e.g. an event target or a composedPath entry). */
  contains(node: Node | null | undefined): boolean;
  /** The host element, created at the first `show`. */
  readonly host: HTMLElement | undefined;
}

interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  frame: HTMLElement;
  /** The list of names lives beside the card, in the same root. */
  listFrame: HTMLElement;
}

/** Creates the card's container; nothing is added to the page until the first `show`. */
export function createCardHost(options: CardHostOptions): CardHost {
  const { signal } = options;
  const life = new AbortController();
  const on = { signal: life.signal };
  let shell: (Shell & { card: Panel; list: Panel }) | undefined;
  let stopUpdates: (() => void) | undefined;

  const build = () => {
    const { host, root } = createShadowHost();
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    const listFrame = document.createElement('div');
    listFrame.className = 'frame list-frame';
    listFrame.hidden = true;
    root.append(frame, listFrame);
    const stop = (e: Event) => e.stopPropagation();
    root.addEventListener('keydown', (e) => {
      stop(e);
      if ((e as KeyboardEvent).key === 'Escape' && !e.defaultPrevented) close();
    }, on);
    root.addEventListener('keyup', stop, on);
    root.addEventListener('keypress', stop, on);
    frame.addEventListener('pointerenter', () => options.onPointerEnter?.(), on);
    frame.addEventListener('pointerleave', () => options.onPointerLeave?.(), on);
    // WCAG 1.4.13: Esc dismisses a hover-opened card while focus stays on the page.
    window.addEventListener('keydown', (e) => {
      if (shell?.card.open && e.key === 'Escape' && e.isTrusted && !e.composedPath().includes(host)) hide();
    }, { capture: true, signal: life.signal });
    return { host, root, frame, listFrame, card: createPanel(frame, root, host), list: createPanel(listFrame, root, host) };
  };
  /** The shell, built at the first use and put back on the page if the page removed it. */
  const attached = () => {
    shell ??= build();
    if (!shell.host.isConnected) document.documentElement.append(shell.host);
    return shell;
  };
  const theme = () => (typeof options.theme === 'function' ? options.theme() : options.theme);

  const close = () => {
    hide();
    options.onClose?.();
  };

  const hide = () => {
    stopUpdates?.();
    stopUpdates = undefined;
    shell?.card.hide();
  };

  const showList: CardHost['showList'] = (props) => {
    if (life.signal.aborted) return;
    const { root, list, host } = attached();
    const takeFocus = !list.open;
    hide(); // one thing at a time: the list shows its own cards
    raiseHost(host, root.activeElement !== null);
    const links = options.links ? { links: options.links } : {};
    list.show(h(MentionList, { ...props, ...links, theme: theme(), onClose: hideList }), takeFocus);
    if (!root.activeElement) root.querySelector<HTMLElement>('.list [data-entry], .list')?.focus({ preventScroll: true });
  };
  const hideList = () => shell?.list.hide();

  const show: CardHost['show'] = (model, anchor, opts = {}) => {
    if (life.signal.aborted) return;
    const { root, frame, card, host } = attached();
    const hadFocus = root.activeElement !== null;
    raiseHost(host, hadFocus);
    const links = options.links ? { links: options.links } : {};
    card.show(h(Card, { model, theme: theme(), onRelated: (id) => options.onRelated?.(id), onClose: close, ...links }), !!opts.focus);
    stopUpdates?.();
    stopUpdates = followAnchor(frame, anchor, hide);
    if (opts.focus || hadFocus) frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  };

  const destroy = () => {
    hide();
    hideList();
    life.abort();
    shell?.host.remove();
  };
  if (signal.aborted) destroy();
  else signal.addEventListener('abort', destroy, { once: true });

  return {
    show,
    hide,
    isOpen: () => !!shell?.card.open,
    showList,
    hideList,
    isListOpen: () => !!shell?.list.open,
    contains: (node) => !!node && !!shell && (node === shell.host || shell.host.contains(node) || shell.root.contains(node)),
    get host() {
      return shell?.host;
    },
  };
}

/**
 * Keeps `frame` beside `anchor` with floating-ui while either moves; calls `gone` when the mention left the
 * page or the card cannot be placed. Returns the stop.
 */
function followAnchor(frame: HTMLElement, anchor: CardAnchor, gone: () => void): () => void {
  const reference = virtual(anchor);
  const moveTo = (x: number, y: number) => {
    frame.style.left = `${Math.round(x)}px`;
    frame.style.top = `${Math.round(y)}px`;
    frame.style.opacity = '';
  };
  // Unseen until floating-ui has placed it (its promise settles in microtasks, before the next frame);
  // transparent rather than hidden, so that focus can go into it at once.
  frame.style.opacity = '0';
  let current = true;
  const update = () => {
    if (!current) return;
    const r = reference.getBoundingClientRect();
    const ctx = reference.contextElement;
    // The mention was removed from the page: never leave the card pointing at nothing.
    if (ctx && (!ctx.isConnected || (!r.width && !r.height && !r.x && !r.y))) return gone();
    computePosition(reference, frame, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(CARD_OFFSET),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply: ({ availableHeight }) => frame.style.setProperty('--nc-available', `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`),
        }),
      ],
    }).then(
      ({ x, y }) => current && moveTo(x, y),
      () => current && gone(), // nowhere to put it: better no card than one in the wrong place
    );
  };
  let cleanup: (() => void) | undefined;
  const stop = () => {
    current = false;
    cleanup?.();
  };
  cleanup = autoUpdate(reference, frame, update);
  if (!current) cleanup(); // update() found the mention gone, synchronously
  return stop;
}

function virtual(anchor: CardAnchor): VirtualElement {
  if (!('getBoundingClientRect' in anchor) || typeof anchor.getBoundingClientRect !== 'function') {
    const rect = anchor as DOMRect;
    return { getBoundingClientRect: () => rect };
  }
  const node = anchor instanceof Node ? anchor : (anchor as Partial<Range>).commonAncestorContainer;
  const contextElement = node instanceof Element ? node : (node?.parentElement ?? undefined);
  return { getBoundingClientRect: () => anchor.getBoundingClientRect(), ...(contextElement ? { contextElement } : {}) };
}
