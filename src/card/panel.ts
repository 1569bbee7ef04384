/**
 * A panel of the card's shadow root (the card, the list of names): shown with a Preact tree, and on close
 * focus goes back where it was when the panel took it. One unit for both, so they behave the same.
 */
import { render, type ComponentChild } from 'preact';

type Focusable = Element & HTMLOrSVGElement;

export interface Panel {
  readonly open: boolean;
  /**
   * Renders `tree` and shows the panel. `takeFocus`: focus will move into it, so remember what had it
   * (unless the panel already had it, or it was our own host).
   */
  show(tree: ComponentChild, takeFocus: boolean): void;
  /** Unrenders and hides; focus inside goes back where it came from. */
  hide(): void;
}

export function createPanel(frame: HTMLElement, root: ShadowRoot, host: HTMLElement): Panel {
  let open = false;
  let returnFocus: Focusable | undefined;
  return {
    get open() {
      return open;
    },
    show(tree, takeFocus) {
      if (takeFocus && root.activeElement === null) {
        const active = document.activeElement;
        returnFocus = active && active !== host && 'focus' in active ? (active as Focusable) : undefined;
      }
      frame.hidden = false; // before rendering: what the tree focuses as it mounts must be focusable
      render(tree, frame);
      open = true;
    },
    hide() {
      if (!open) return;
      const hadFocus = root.activeElement !== null;
      open = false;
      render(null, frame);
      frame.hidden = true;
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = undefined;
    },
  };
}
