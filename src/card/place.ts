/**
 * Where the card goes, as a pure function of rectangles: below the mention, flipped above it when it does
 * not fit below and fits (or fits better) above, shifted to stay inside the viewport.
 * The container uses it for the first frame (no flash at 0,0) and whenever @floating-ui/dom fails.
 */

/** Gap between the mention and the card, px. */
export const CARD_OFFSET = 8;
/** Space kept between the card and the viewport's edges, px. */
export const VIEWPORT_PADDING = 8;

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  x: number;
  y: number;
  side: 'top' | 'bottom';
}

/** The card's top-left corner in viewport coordinates, and the side of the anchor it sits on. */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size): Placement {
  const below = viewport.height - anchor.bottom - CARD_OFFSET - VIEWPORT_PADDING;
  const above = anchor.top - CARD_OFFSET - VIEWPORT_PADDING;
  const side = card.height <= below || below >= above ? 'bottom' : 'top';
  const y = side === 'bottom' ? anchor.bottom + CARD_OFFSET : anchor.top - CARD_OFFSET - card.height;
  return {
    x: clamp(anchor.left, VIEWPORT_PADDING, viewport.width - card.width - VIEWPORT_PADDING),
    y: clamp(y, VIEWPORT_PADDING, viewport.height - card.height - VIEWPORT_PADDING),
    side,
  };
}

/** Like Math.min(max(v, lo), hi), but `lo` wins when the card is larger than the room. */
function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(value, hi));
}
