import { browser } from 'wxt/browser';
import { loadBundledFactBase } from '../factbase/load';
import { factBaseStats } from '../factbase/stats';
import { parseRequest, type ArchiveStats } from '../messaging/protocol';

/** Wires the background context: answers requests about the bundled archive. */
export function startBackground(): void {
  let stats: Promise<ArchiveStats> | undefined;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension pages and content scripts can message us; still, validate everything.
    if (sender.id !== browser.runtime.id) return undefined;
    let request;
    try {
      request = parseRequest(message);
    } catch (error) {
      return Promise.resolve({ error: String(error) });
    }
    if (request.type === 'archive-stats') {
      stats ??= loadBundledFactBase().then(factBaseStats);
      return stats;
    }
    return undefined;
  });
}
