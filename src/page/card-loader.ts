/**
 * Loads the card chunk (card.js) into the content script's world the first time a card is needed.
 * Only types come from src/card here: a value import would pull the whole card into the content script.
 */
import { browser } from 'wxt/browser';
import { CARD_MODULE_KEY, type CardModule } from '../card/module-key';

let loading: Promise<CardModule> | undefined;

export function loadCardModule(): Promise<CardModule> {
  loading ??= (async () => {
    const getURL = browser.runtime.getURL as (path: string) => string;
    // card.js is web-accessible for exactly this import; it registers itself on our global object.
    await import(/* @vite-ignore */ getURL('/card.js'));
    const mod = (globalThis as Record<symbol, unknown>)[CARD_MODULE_KEY] as CardModule | undefined;
    if (!mod) throw new Error('the card script did not register itself');
    return mod;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
