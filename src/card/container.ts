/**
 * The card's container: the one host element we add to a page, its closed shadow root, styles, placement,
 * keyboard handling and teardown. The Card component itself only takes props.
 *
 * Page hazards handled here (docs/reliability.md rows 6, 7, 8, 9):
 * - host on <html>, not <body>: frameworks re-render body; a custom element, not a div, so `div {…}` rules miss it;
 * - closed shadow root, `attachShadow` captured at load so a later page patch cannot intercept it;
 * - `:host` rules with !important (see styles.ts) plus inline !important styles, so page CSS cannot hide it;
 * - a manual popover in the top layer (host.ts raiseHost), so a page's own open popover or modal cannot cover it;
 * - styles through adoptedStyleSheets (not blocked by `style-src 'none'`), a <style> element as fallback;
 * - key events stopped at the shadow root so page shortcuts never see typing inside the card;
 * - pointer hooks listen inside the shadow root, where pages cannot dispatch synthetic events.
 */
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { VirtualElement } from '@floating-ui/dom';
import { Card, type CardTheme } from './card';
import { MentionList, type MentionListProps } from './mention-list';
export { HOST_TAG } from './host';
import { CARD_OFFSET, VIEWPORT_PADDING, placeCard } from './place';
import { createShadowHost, raiseHost } from './host';
import type { CardModel } from './view-model';

/** The card never gets shorter than this, even when the anchor leaves little room. */
const MIN_HEIGHT = 160;

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
  let shell: Shell | undefined;
  let open = false;
  let returnFocus: (Element & HTMLOrSVGElement) | undefined;
  let stopUpdates: (() => void) | undefined;

  const build = (): Shell => {
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
      if (open && e.key === 'Escape' && e.isTrusted && !e.composedPath().includes(host)) hide();
    }, { capture: true, signal: life.signal });
    return { host, root, frame, listFrame };
  };

  const close = () => {
    hide();
    options.onClose?.();
  };

  const hide = () => {
    stopUpdates?.();
    stopUpdates = undefined;
    if (!shell || !open) return;
    const hadFocus = shell.root.activeElement !== null;
    open = false;
    render(null, shell.frame);
    shell.frame.hidden = true;
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  };

  let listOpen = false;
  let listReturnFocus: (Element & HTMLOrSVGElement) | undefined;
  const showList: CardHost['showList'] = (props) => {
    if (life.signal.aborted) return;
    shell ??= build();
    const { host, root, listFrame } = shell;
    if (!host.isConnected) document.documentElement.append(host);
    if (!listOpen) {
      const active = document.activeElement;
      listReturnFocus = active && active !== host && 'focus' in active ? (active as Element & HTMLOrSVGElement) : undefined;
    }
    hide(); // one thing at a time: the list shows its own cards
    raiseHost(host, root.activeElement !== null);
    const theme = typeof options.theme === 'function' ? options.theme() : options.theme;
    listFrame.hidden = false;
    listOpen = true;
    render(h(MentionList, { ...props, theme, onClose: hideList }), listFrame);
    if (!root.activeElement) root.querySelector<HTMLElement>('.list [data-entry], .list')?.focus({ preventScroll: true });
  };
  const hideList = () => {
    if (!shell || !listOpen) return;
    const hadFocus = shell.root.activeElement !== null;
    listOpen = false;
    render(null, shell.listFrame);
    shell.listFrame.hidden = true;
    if (hadFocus && listReturnFocus?.isConnected) listReturnFocus.focus({ preventScroll: true });
    listReturnFocus = undefined;
  };

  const show: CardHost['show'] = (model, anchor, opts = {}) => {
    if (life.signal.aborted) return;
    shell ??= build();
    const { host, root, frame } = shell;
    if (!host.isConnected) document.documentElement.append(host);
    const hadFocus = root.activeElement !== null;
    raiseHost(host, hadFocus);
    if (opts.focus && !hadFocus) {
      const active = document.activeElement;
      returnFocus = active && active !== host && 'focus' in active ? (active as Element & HTMLOrSVGElement) : undefined;
    }
    const theme = typeof options.theme === 'function' ? options.theme() : options.theme;
    render(h(Card, { model, theme, onRelated: (id) => options.onRelated?.(id), onClose: close }), frame);
    frame.hidden = false;
    open = true;
    follow(frame, anchor);
    if (opts.focus || hadFocus) frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  };

  const follow = (frame: HTMLElement, anchor: CardAnchor) => {
    stopUpdates?.();
    const reference = virtual(anchor);
    const moveTo = (x: number, y: number) => {
      frame.style.left = `${Math.round(x)}px`;
      frame.style.top = `${Math.round(y)}px`;
    };
    const fallback = () => {
      const r = reference.getBoundingClientRect();
      const p = placeCard(r, { width: frame.offsetWidth, height: frame.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight });
      moveTo(p.x, p.y);
    };
    fallback(); // first frame at the right place, before the async computation settles
    let current = true;
    const update = () => {
      if (!current) return;
      const r = reference.getBoundingClientRect();
      const ctx = reference.contextElement;
      // The mention was removed from the page: never leave the card pointing at nothing.
      if (ctx && (!ctx.isConnected || (!r.width && !r.height && !r.x && !r.y))) return hide();
      computePosition(reference, frame, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(CARD_OFFSET),
          flip({ padding: VIEWPORT_PADDING }),
          shift({ padding: VIEWPORT_PADDING }),
          size({
            padding: VIEWPORT_PADDING,
            apply: ({ availableHeight }) =>
              frame.style.setProperty('--nc-available', `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`),
          }),
        ],
      }).then(({ x, y }) => current && open && moveTo(x, y), () => current && open && fallback());
    };
    let cleanup: (() => void) | undefined;
    stopUpdates = () => {
      current = false;
      cleanup?.();
    };
    cleanup = autoUpdate(reference, frame, update);
    if (!current) cleanup(); // update() hid the card synchronously
  };

  const destroy = () => {
    hide();
    hideList();
    life.abort();
    if (shell) {
      render(null, shell.frame);
      render(null, shell.listFrame);
      shell.host.remove();
    }
  };
  if (signal.aborted) destroy();
  else signal.addEventListener('abort', destroy, { once: true });

  return {
    show,
    hide,
    isOpen: () => open,
    showList,
    hideList,
    isListOpen: () => listOpen,
    contains: (node) => !!node && !!shell && (node === shell.host || shell.host.contains(node) || shell.root.contains(node)),
    get host() {
      return shell?.host;
    },
  };
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
