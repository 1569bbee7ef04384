/**
 * The requests a content script answers (from the popup and the background), checked by hand: the page's
 * script stays free of the schema library, which it would otherwise load and build on every page for five
 * small messages. Same rules as protocol.ts (strict objects, no extra keys, bounded strings); the
 * protocol's tests check that both accept and refuse the same messages.
 */

/** The background's answer when it no longer has the text a request refers to (it was restarted). */
export const NO_TEXT = 'no text kept for this page';

/**
 * The name of the port each content script holds open to the background, only to learn when the extension
 * goes away (src/page/extension-context.ts); nothing is sent on it.
 */
export const LIFE_PORT = 'news-context:life';

export type PageRequest =
  | { type: 'ping' }
  | { type: 'findings' }
  | { type: 'list' }
  | { type: 'read' }
  | { type: 'show'; id: string }
  | { type: 'step'; direction: 'next' | 'previous' };

/** Most archive names a card request carries as the page's (a page rarely mentions more than a few dozen). */
export const MAX_PAGE_IDS = 2_000;

/** The page a card opens on, as a card request carries it (protocol.ts: the `card` request). */
export interface CardPageContext {
  /** The page's date, YYYY-MM-DD; absent: the card's "now" is today. */
  pageDate?: string;
  /** The ids of the archive names found on the page, at most MAX_PAGE_IDS. */
  pageIds?: string[];
}

/** Entity ids: lower-case words joined by single hyphens, at most 120 characters (protocol.ts: EntityId). */
export const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The request, or undefined for anything else (including requests meant for the background). */
export function parsePageRequest(message: unknown): PageRequest | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  if (Object.getPrototypeOf(message) !== Object.prototype) return undefined;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  switch (m.type) {
    case 'ping':
    case 'findings':
    case 'list':
    case 'read':
      return only('type') ? { type: m.type } : undefined;
    case 'show':
      return only('type', 'id') && typeof m.id === 'string' && m.id.length <= 120 && ENTITY_ID.test(m.id)
        ? { type: 'show', id: m.id }
        : undefined;
    case 'step':
      return only('type', 'direction') && (m.direction === 'next' || m.direction === 'previous')
        ? { type: 'step', direction: m.direction }
        : undefined;
    default:
      return undefined;
  }
}
