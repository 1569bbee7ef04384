/**
 * Hover with intent: a mention must stay under a trusted pointer for `dwellMs` before the card
 * opens; the card hides `hideMs` after the pointer leaves both the mention and the card. Hit-testing runs at
 * most once per animation frame and never touches the DOM.
 */
import type { PaintedMention } from './highlights';
import { mentionAt, type HitSource } from './hit-test';

export interface HoverOptions {
  signal: AbortSignal;
  painted: HitSource;
  dwellMs: number;
  hideMs: number;
  /** Open cards only while this key is held (against cards that open by accident). */
  modifier?: 'off' | 'alt' | 'shift' | 'ctrl';
  /** Open (or move) the card to this mention. */
  open(mention: PaintedMention, rect: DOMRect): void;
  /** The pointer came to rest on a mention and the dwell began: fetch what its card will need. */
  prepare?(mention: PaintedMention): void;
  hide(): void;
  /** Whether the pointer is over the card (then it stays). */
  overCard(): boolean;
}

export interface Hover {
  /** The pointer entered the card: keep it. */
  keep(): void;
  /** The pointer left the card: hide it unless it comes back. */
  release(): void;
}

export function watchHover(o: HoverOptions): Hover {
  let frame = 0;
  let last: { x: number; y: number } | undefined;
  let current: PaintedMention | undefined;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = () => {
    if (hideTimer) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      if (!o.overCard()) {
        current = undefined;
        o.hide();
      }
    }, o.hideMs);
  };
  const test = () => {
    frame = 0;
    if (!last) return;
    if (o.overCard()) {
      cancelHide();
      return;
    }
    const hit = mentionAt(last.x, last.y, o.painted);
    if (hit?.mention === current) {
      if (hit) cancelHide();
      return;
    }
    clearTimeout(dwell);
    if (!hit) {
      current = undefined;
      scheduleHide();
      return;
    }
    cancelHide();
    current = hit.mention;
    o.prepare?.(hit.mention);
    dwell = setTimeout(() => {
      if (current === hit.mention) o.open(hit.mention, hit.rect);
    }, o.dwellMs);
  };
  const onMove = (e: PointerEvent) => {
    // Only a real pointer opens cards: pages can dispatch synthetic events (reliability row 7 in tests/README.md).
    if (!e.isTrusted || e.pointerType === 'touch') return;
    const m = o.modifier ?? 'off';
    if (m !== 'off' && !(m === 'alt' ? e.altKey : m === 'shift' ? e.shiftKey : e.ctrlKey)) return;
    last = { x: e.clientX, y: e.clientY };
    frame ||= requestAnimationFrame(test);
  };
  window.addEventListener('pointermove', onMove, { passive: true, capture: true, signal: o.signal });
  o.signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(dwell);
    clearTimeout(hideTimer);
  });
  return { keep: cancelHide, release: scheduleHide };
}
