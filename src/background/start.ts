import { browser, type Browser } from 'wxt/browser';
import { detectUnknownNamesInSlices } from '../archive/detect';
import { cardPayload } from '../card/payload';
import { factBaseStats } from '../factbase/stats';
import { searchArchive } from '../factbase/search';
import { COMMANDS, LIFE_PORT, MAX_MATCH_TEXT, NO_TEXT, parseRequest, type CommandName, type Request, type Responses } from '../messaging/protocol';
import { encodeMentions, findMentions, nameMentions } from '../matching';
import { isoDay } from '../time/partial-date';
import { activeArchive, pageRevision, readerPageMatcher } from './reader-archive';
import { bundledArchive, bundledMatcher } from './archive';
import { handleLibrary } from './library-requests';
import { citeReaderArticles } from './cite-reader';
import { openAddArticle, watchAddArticleMenu } from './add-article';
import { cardPageFor, entityOf, relatedIds } from './card-page';
import { frameOf, keepText, keptText } from './page-texts';
import { isEnabledFor, setSiteRule, settingsStore } from '../settings';
import { createBadges, toolbarAction } from './badge';
import { openArchivePage } from './open-archive';

type Handled = Exclude<Request['type'], 'ping' | 'findings' | 'step' | 'found' | 'list' | 'command' | 'show' | 'open-archive' | 'read' | `library-${string}` | 'reader-names'>;

/**
 * Most mentions a page is given, in text order: past this a page is marked no further (each mention costs
 * the page a Range, and the whole set passes through its main thread in a few tasks; nobody reads 10,000).
 */
export const MAX_PAGE_MENTIONS = 10_000;

async function matchText(text: string, pageDate: string | undefined) {
  // the bundled matcher unless the reader lets their own names be marked (reader-archive.ts: privacy); then
  // no page waits for the reader's archive to be built
  const marksReader = (await pageRevision()) !== '';
  const matcher = marksReader ? await readerPageMatcher() : await bundledMatcher();
  let found = findMentions(matcher, text, pageDate ? { pageDate } : {});
  if ((await settingsStore().get()).settings.onlyRelatedMarks) found = await onlyRelated(found, text, pageDate, marksReader);
  return encodeMentions(nameMentions(matcher, found.length > MAX_PAGE_MENTIONS ? found.slice(0, MAX_PAGE_MENTIONS) : found));
}

/** The option "Only mark names with background that relates to this page": the other names go unmarked. */
async function onlyRelated<M extends { id: string }>(found: M[], text: string, pageDate: string | undefined, marksReader: boolean): Promise<M[]> {
  const fb = marksReader ? (await activeArchive()).pageFb : (await bundledArchive()).fb;
  const ids = [...new Set(found.map((m) => m.id))];
  const keep = relatedIds(fb, ids, text, pageDate ?? isoDay(new Date()));
  return found.filter((m) => keep.has(m.id));
}

/** Answers the requests the background owns. Everything else is for content scripts. */
async function handle(request: Request, sender: Browser.runtime.MessageSender): Promise<Responses[Handled] | undefined> {
  const frame = frameOf(sender);
  switch (request.type) {
    case 'page-settings': {
      // fresh: the page asks because it heard of a change, which this context may not have heard of yet
      const [{ settings }, archive] = await Promise.all([settingsStore().get({ fresh: true }), pageRevision()]);
      const decision = isEnabledFor(request.url, settings);
      return {
        ...(archive ? { archive } : {}),
        enabled: decision.enabled,
        reason: decision.reason,
        density: settings.density,
        hoverDelayMs: settings.hoverDelayMs,
        hideDelayMs: settings.hideDelayMs,
        modifierOnly: settings.modifierOnly,
        styles: settings.styles,
        // not used by the page itself: a change restarts its session, which is matched again under the new rule
        onlyRelatedMarks: settings.onlyRelatedMarks,
      };
    }
    case 'match':
      keepText(frame, request.text, request.scan); // before any await: a following request of this frame may need it
      return matchText(request.text, request.pageDate);
    case 'match-more': {
      // the top of the same scan (a newer scan of the page may have replaced it: then the page sends it whole)
      const kept = keptText(frame, request.scan);
      if (kept === undefined) return { error: NO_TEXT };
      const text = kept + request.append;
      if (text.length > MAX_MATCH_TEXT) return { error: `text over ${MAX_MATCH_TEXT} characters` };
      keepText(frame, text, request.scan);
      if (request.hold) return { held: true };
      return matchText(text, request.pageDate);
    }
    case 'archive-stats':
      return factBaseStats((await activeArchive()).fb);
    case 'card': {
      const active = await activeArchive();
      // a marked name the merged archive renamed (a surname known first, the full name later) keeps its bundled card
      const fb = entityOf(active.fb, request.id) ? active.fb : active.pageFb;
      const entity = entityOf(fb, request.id);
      if (!entity) return { error: `no entity ${request.id} in the archive` };
      const { settings } = await settingsStore().get();
      const page = cardPageFor(fb, entity, request, { text: keptText(frame), showLater: settings.showLaterFacts, now: new Date() });
      const payload = cardPayload(fb, request.id, page);
      return payload ? citeReaderArticles(payload, active.saved) : { error: `no entity ${request.id} in the archive` };
    }
    case 'search':
      return { results: searchArchive((await activeArchive()).fb, request.query) };
    case 'detect': {
      const text = request.text ?? keptText(frame);
      if (text === undefined) return { error: NO_TEXT };
      const { isKnown } = await activeArchive();
      // a slice at a time: other tabs' requests are answered in between
      return { names: await detectUnknownNamesInSlices(text, isKnown, () => new Promise((resolve) => setTimeout(resolve, 0))) };
    }
    default:
      return undefined;
  }
}

/**
 * The toggle-site command: switch the extension off (or back on) for the active tab's site. The page's own content
 * script tells us its address, so no permission to read tab URLs is needed.
 */
async function toggleSite(tabId: number): Promise<boolean> {
  const ping: Request = { type: 'ping' };
  const answer = (await browser.tabs.sendMessage(tabId, ping).catch(() => undefined)) as { url?: unknown } | undefined;
  if (typeof answer?.url !== 'string') return false; // a page the extension cannot run on
  const url = answer.url;
  const store = settingsStore();
  // Flip the rule that decides this page, at its scope (as the popup's switch does). The change must set a
  // value, not toggle one: the store applies it more than once (to its view and again when writing).
  const decision = isEnabledFor(url, (await store.get()).settings);
  const scope = typeof decision.rule === 'object' ? decision.rule.scope : 'host';
  await store.update((s) => setSiteRule(s, url, !decision.enabled, scope));
  await store.flush();
  return true;
}

/** What the page-side commands ask the content script of the tab. */
const PAGE_REQUESTS: Record<Exclude<CommandName, 'toggle-site' | 'add-article'>, Request> = {
  'next-mention': { type: 'step', direction: 'next' },
  'previous-mention': { type: 'step', direction: 'previous' },
  'mention-list': { type: 'list' },
};

/** Runs a keyboard command (manifest `commands`) on a tab; false when no page of ours is there. */
async function runCommand(command: CommandName, tabId: number): Promise<boolean> {
  if (command === 'toggle-site') return toggleSite(tabId);
  if (command === 'add-article') return openAddArticle(tabId).then(() => true, () => false);
  const answer = (await browser.tabs.sendMessage(tabId, PAGE_REQUESTS[command]).catch(() => undefined)) as { ok?: unknown } | undefined;
  return answer?.ok === true; // undefined: no content script on this page
}

const isCommand = (name: string): name is CommandName => (COMMANDS as readonly string[]).includes(name);

/** Wires the background context: answers requests about the bundled archive, relays keyboard commands. */
export function startBackground(): void {
  // The store keeps what it read: watching keeps it in step with changes made in other contexts
  // (the popup, the options page, another browser through sync).
  const badges = createBadges(toolbarAction());
  settingsStore().watch(({ settings }) => badges.setShown(settings.badge), new AbortController().signal);
  watchAddArticleMenu();
  void toolbarAction()?.setBadgeBackgroundColor({ color: '#3a3f58' })?.catch(() => undefined);
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined && isCommand(command)) await runCommand(command, tab.id);
  });
  // Content scripts hold a port open only to learn when the extension goes away (src/page/extension-context.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFE_PORT || port.sender?.id !== browser.runtime.id) port.disconnect();
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
    if (request.type === 'command') {
      // the same commands, from our own pages only (the popup's shortcut list; tests), never from a web page
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return Promise.resolve({ ok: false });
      const tab = request.tabId !== undefined
        ? Promise.resolve(request.tabId)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id);
      return tab.then((id) => (id === undefined ? false : runCommand(request.name, id))).then((ok) => ({ ok }));
    }
    if (request.type.startsWith('library-') || request.type === 'reader-names') {
      // the reader's archive answers our own pages only: a content script lives inside a web page
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
        return Promise.resolve({ error: 'not allowed here' });
      }
      return handleLibrary(request as Parameters<typeof handleLibrary>[0]);
    }
    if (request.type === 'open-archive') return openArchivePage(request.route, sender).catch(() => ({ ok: false }));
    if (request.type === 'found') {
      // the count for the badge of the tab that sent it (a content script speaks only for its own tab)
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId || !toolbarAction()) return Promise.resolve({ ok: false });
      return settingsStore()
        .get()
        .then(({ settings }) => {
          badges.setShown(settings.badge);
          return badges.report(tabId, request.count, request.off === true);
        })
        .then(() => ({ ok: true }), () => ({ ok: false }));
    }
    const answer = handle(request, sender);
    return answer.then((a) => a ?? { error: `not handled here: ${request.type}` });
  });
}
