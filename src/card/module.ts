/**
 * The card as a separately loaded chunk (entrypoints/card.ts → card.js). It is most of the content script's
 * weight (Preact, floating-ui, styles), and most pages are read without hovering anything, so the content
 * script loads it at the first hover or keyboard step. The chunk registers itself here, on the content
 * script's own (isolated) global object, where the page cannot see it.
 */
import { createCardHost } from './container';
import { CARD_MODULE_KEY } from './module-key';
import { parseCardPayload } from './payload-schema';
import { cardModel } from './view-model';

export const cardModule = { createCardHost, cardModel, parseCardPayload };
export type CardModule = typeof cardModule;

export function registerCardModule(): void {
  (globalThis as Record<symbol, unknown>)[CARD_MODULE_KEY] = cardModule;
}
