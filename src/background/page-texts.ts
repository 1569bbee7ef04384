/**
 * The text each frame last sent to be matched, so that a long page's rest can follow its top and the
 * unknown-name detection can run on it without the page sending it again (serialising a long text is the
 * content script's biggest cost). One text per frame, dropped with its tab; a restarted background has
 * none and says so (NO_TEXT), and the page sends the text whole.
 */
import { browser, type Browser } from 'wxt/browser';

const texts = new Map<string, { text: string; scan: number | undefined }>();
let watching = false;

/** The frame a message came from, or undefined for our own pages. */
export function frameOf(sender: Browser.runtime.MessageSender): string | undefined {
  const tab = sender.tab?.id;
  return tab === undefined ? undefined : `${tab}:${sender.frameId ?? 0}`;
}

export function keepText(frame: string | undefined, text: string, scan?: number): void {
  if (frame === undefined) return;
  if (!watching) {
    watching = true;
    browser.tabs?.onRemoved.addListener((tabId) => {
      for (const key of texts.keys()) if (key.startsWith(`${tabId}:`)) texts.delete(key);
    });
  }
  texts.set(frame, { text, scan });
}

/** The frame's kept text; with `scan`, only if it belongs to that scan of the page. */
export function keptText(frame: string | undefined, scan?: number): string | undefined {
  const kept = frame === undefined ? undefined : texts.get(frame);
  return kept && (scan === undefined || kept.scan === scan) ? kept.text : undefined;
}
