import { describe, expect, it } from 'vitest';
import { CARD_OFFSET, VIEWPORT_PADDING, placeCard } from '../../../src/card/place';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const rect = (left: number, top: number, width = 80, height = 18) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it.each([
    ['below a mention with room below', rect(100, 100), { x: 100, y: 118 + CARD_OFFSET, side: 'bottom' }],
    ['above a mention near the bottom edge', rect(100, 700), { x: 100, y: 700 - CARD_OFFSET - 300, side: 'top' }],
    ['shifted left at the right edge', rect(900, 100), { x: 1000 - 360 - VIEWPORT_PADDING, y: 126, side: 'bottom' }],
    ['shifted right at the left edge', rect(-40, 100), { x: VIEWPORT_PADDING, y: 126, side: 'bottom' }],
  ] as const)('places the card %s', (_, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toEqual(expected);
  });

  it('uses the larger side when neither fits, and stays inside the viewport', () => {
    const tall = { width: 360, height: 700 };
    const p = placeCard(rect(100, 300), tall, viewport);
    expect(p.side).toBe('bottom');
    expect(p.y).toBeGreaterThanOrEqual(VIEWPORT_PADDING);
    expect(p.y + tall.height).toBeLessThanOrEqual(viewport.height - VIEWPORT_PADDING);
    expect(placeCard(rect(100, 600), tall, viewport).side).toBe('top');
  });

  it('pins to the top-left padding when the card is larger than the viewport', () => {
    expect(placeCard(rect(10, 10), { width: 2000, height: 2000 }, viewport)).toMatchObject({ x: VIEWPORT_PADDING, y: VIEWPORT_PADDING });
  });
});
