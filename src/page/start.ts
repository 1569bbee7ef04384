import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseRequest, type Responses } from '../messaging/protocol';

/** Wires the content script for one page session; everything registered here ends with ctx. */
export function startContent(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown): Promise<Responses['ping']> | undefined => {
    let request;
    try {
      request = parseRequest(message);
    } catch {
      return undefined;
    }
    if (request.type === 'ping') return Promise.resolve({ ok: true, url: location.href });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
