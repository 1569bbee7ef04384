import { browser, type Browser } from 'wxt/browser';
import { detectUnknownNames } from '../archive/detect';
import { cardPayload } from '../card/payload';
import { factBaseStats } from '../factbase/stats';
import { searchArchive } from '../factbase/search';
import { parseRequest, type Request, type Responses } from '../messaging/protocol';
import { findMentions } from '../matching';
import { bundledArchive, bundledMatcher, bundledMatcherJson } from './archive';
import { isEnabledFor, setSiteRule, settingsStore } from '../settings';
import { badgeText, OFF_BADGE, toolbarAction } from './badge';

type Handled = Exclude<Request['type'], 'ping' | 'findings' | 'step' | 'found'>;

/** Answers the requests the background owns. Everything else is for content scripts. */
async function handle(request: Request): Promise<Responses[Handled] | undefined> {
  switch (request.type) {
    case 'page-settings': {
      const { settings } = await settingsStore().get();
      const decision = isEnabledFor(request.url, settings);
      return {
        enabled: decision.enabled,
        reason: decision.reason,
        density: settings.density,
        hoverDelayMs: settings.hoverDelayMs,
        hideDelayMs: settings.hideDelayMs,
        modifierOnly: settings.modifierOnly,
        styles: settings.styles,
      };
    }
    case 'matcher':
      return bundledMatcherJson();
    case 'match': {
      const matcher = await bundledMatcher();
      return { mentions: findMentions(matcher, request.text, request.pageDate ? { pageDate: request.pageDate } : {}) };
    }
    case 'archive-stats':
      return factBaseStats((await bundledArchive()).fb);
    case 'card': {
      const payload = cardPayload((await bundledArchive()).fb, request.id);
      return payload ?? { error: `no entity ${request.id} in the archive` };
    }
    case 'search':
      return { results: searchArchive((await bundledArchive()).fb, request.query) };
    case 'detect': {
      const { isKnown } = await bundledArchive();
      return { names: detectUnknownNames(request.text, isKnown) };
    }
    default:
      return undefined;
  }
}

/**
 * Alt+Shift+A: switch the extension off (or back on) for the active tab's site. The page's own content
 * script tells us its address, so no permission to read tab URLs is needed.
 */
async function toggleSite(tabId: number): Promise<void> {
  const ping: Request = { type: 'ping' };
  const answer = (await browser.tabs.sendMessage(tabId, ping).catch(() => undefined)) as { url?: unknown } | undefined;
  if (typeof answer?.url !== 'string') return; // a page the extension cannot run on
  const url = answer.url;
  const store = settingsStore();
  await store.update((s) => setSiteRule(s, url, !isEnabledFor(url, s).enabled, 'host'));
  await store.flush();
}

/** Keyboard commands (manifest `commands`) that act on the page in the active tab. */
const STEPS: Record<string, 'next' | 'previous'> = { 'next-mention': 'next', 'previous-mention': 'previous' };

/** Wires the background context: answers requests about the bundled archive, relays keyboard commands. */
export function startBackground(): void {
  // The store keeps what it read: watching keeps it in step with changes made in other contexts
  // (the popup, the options page, another browser through sync).
  settingsStore().watch(() => undefined, new AbortController().signal);
  void toolbarAction()?.setBadgeBackgroundColor({ color: '#3a3f58' })?.catch(() => undefined);
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'toggle-site') {
      await toggleSite(tab.id);
      return;
    }
    const direction = STEPS[command];
    if (!direction) return;
    const step: Request = { type: 'step', direction };
    await browser.tabs.sendMessage(tab.id, step).catch(() => undefined); // no content script on this page
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own pages and content scripts can reach us; still, validate everything they send.
    if (sender.id !== browser.runtime.id) return undefined;
    let request: Request;
    try {
      request = parseRequest(message);
    } catch (error) {
      return Promise.resolve({ error: String(error) });
    }
    if (request.type === 'found') {
      // the count for the badge of the tab that sent it (a content script speaks only for its own tab)
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId) return Promise.resolve({ ok: false });
      const action = toolbarAction();
      if (!action) return Promise.resolve({ ok: false });
      const text = settingsStore()
        .get()
        .then(({ settings }) => (!settings.badge ? '' : request.off ? OFF_BADGE : badgeText(request.count)));
      return text.then((t) => action.setBadgeText({ tabId, text: t })).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    }
    const answer = handle(request);
    return answer.then((a) => a ?? { error: `not handled here: ${request.type}` });
  });
}
