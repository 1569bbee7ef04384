import type { CardModule } from './module';

export type { CardModule };

/** Where the card chunk registers itself for the content script (kept apart so importing it costs nothing). */
export const CARD_MODULE_KEY = Symbol.for('news-context.card-module');
