import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { decodeMentions } from '../matching/wire';
import type { Findings, PageSettings, Request, Responses } from '../messaging/protocol';
import { NO_TEXT, parsePageRequest } from '../messaging/page-requests';
import { watchExtensionContext, type ExtensionContext } from './extension-context';
import { removeLeftovers } from './leftovers';
import { OPTED_OUT, startSession, type Session } from './session';
import { archiveLinks, routeOf } from '../archive-pages/links';
import { isOptedOut } from './extract';
import { adoptMarkSheet } from './mark-sheet';
import { pageDate } from './page-date';
import { pageMeta } from './page-meta';
import { elementCount } from './safe-dom';
import { delay, nextTask } from './tasks';

type Send = <T extends Request['type']>(request: Extract<Request, { type: T }>) => Promise<Responses[T]>;

/** Messages to the background; a failure is also the moment to see whether the extension is still there. */
const sender = (context: ExtensionContext): Send => (request) => {
  context.touch();
  const sent = browser.runtime.sendMessage(request) as Promise<never>;
  sent.catch(() => context.check());
  return sent;
};

/** Removes a listener from an extension event; in an orphaned script the API itself may be gone. */
const quietly = (remove: () => void) => () => {
  try {
    remove();
  } catch {
    // "Extension context invalidated": nothing left to remove from
  }
};

/** The storage.sync item holding the settings (src/settings/quota.ts: SETTINGS_ITEM). */
const SETTINGS_ITEM = 'settings';
/** The storage.local item the background bumps when the reader's archive changes (src/background/reader-archive.ts). */
const LIBRARY_REVISION_ITEM = 'library-revision';
/**
 * Above this many elements the page renders before it is read (see start). The 130 real pages of
 * ../shared/realpages: median 622 elements, 90th percentile 1,752, largest 9,892.
 */
const EAGER_MAX_ELEMENTS = 5_000;
/** A page still loading this long after the settings came has its story's top read as it arrives (session.ts). */
const EARLY_START_MS = 500;
/** A long page's rest travels to the background in parts of this many characters. */
const REST_PART = 200_000;

/** The mentions in the background's answer, or its error thrown. */
function decodeAnswer(answer: object, textLength: number) {
  if ('error' in answer) throw new Error(String(answer.error));
  return decodeMentions(answer, textLength);
}

/** Resolves once the document is parsed (the content script starts at document_start). */
function domReady(signal: AbortSignal): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
    // a parse cut short (window.stop(), the reader's Stop) may never fire DOMContentLoaded
    document.addEventListener('readystatechange', () => document.readyState !== 'loading' && resolve(), { signal });
  });
}

/**
 * Wires the content script for one page: a session runs while the settings say this site is on, and is
 * torn down (highlights, listeners, observers, card) the moment they say off, or the extension is reloaded,
 * updated or disabled (extension-context.ts).
 * It starts at document_start only to ask for the settings while the page is still loading; it reads
 * nothing of the page before DOMContentLoaded.
 */
export function startContent(ctx: ContentScriptContext): void {
  performance.mark('news-context:start');
  // an earlier copy that Firefox replaced without letting it clean up (Chromium never injects into open tabs)
  if (import.meta.env.FIREFOX) removeLeftovers();
  const life = new AbortController();
  const context = watchExtensionContext(browser.runtime, life);
  const send = sender(context);
  // WXT invalidates ctx when a "newer copy started" event arrives on the document, which any page can
  // dispatch (issue 10): taken as a hint only, believed when the extension is really gone.
  ctx.onInvalidated(() => context.check());
  let session: { stop: AbortController; run: Session } | undefined;
  /** A session on its way (waiting for the page to be parsed, or for half a second): the next settings stop it. */
  let pending: AbortController | undefined;
  let off: Findings | undefined = { status: 'scanning', entities: [], unknown: [] };
  let key = '';

  const start = async (settings: PageSettings) => {
    const stop = new AbortController();
    life.signal.addEventListener('abort', () => stop.abort(), { once: true });
    session = undefined;
    pending = stop;
    // now, while the page is still loading: adopted later, the rules would make the browser restyle it all
    const sheet = new AbortController();
    stop.signal.addEventListener('abort', () => sheet.abort(), { once: true });
    adoptMarkSheet(document, settings.styles, sheet.signal);
    // On a page of ordinary size reading starts in DOMContentLoaded's own task, before the page's first
    // rendering: yielding first put the page's first style and layout before it, and the first highlights
    // after it (DCL -> first highlights on 12 real pages, median of page medians 33 -> 17 ms, worst page 76 ->
    // 43 ms; our main-thread time unchanged: the style lookups do the style work rendering then skips). On a
    // huge page the style work our first lookup forces would join the parser's last task: there the page
    // renders first (1,000,000 words: the page's longest task 93 -> 224 ms when read at once).
    const parsed = domReady(stop.signal).then(() => (elementCount(document) > EAGER_MAX_ELEMENTS ? nextTask() : undefined));
    // A page still loading well after it started (a long page streaming in, a slow connection) shows its
    // story's top long before it is parsed: the session reads that top as it arrives (session.ts).
    const loading = await Promise.race([parsed.then(() => false), delay(EARLY_START_MS).then(() => document.readyState === 'loading')]);
    if (!loading) await parsed;
    if (pending === stop) pending = undefined;
    if (stop.signal.aborted || life.signal.aborted) return;
    if (isOptedOut(document)) sheet.abort();
    off = undefined;
    session = {
      stop,
      run: startSession({
        signal: stop.signal,
        density: settings.density,
        dwellMs: settings.hoverDelayMs,
        hideMs: settings.hideDelayMs,
        modifier: settings.modifierOnly,
        requestCard: (id, page) => send({ type: 'card', id, ...page }),
        // a web page may not open an extension page: the background opens it in a new tab
        links: archiveLinks({ open: (url) => void send({ type: 'open-archive', route: routeOf(url) }).catch(() => undefined) }),
        reportCount: (count) => void send({ type: 'found', count }).catch(() => undefined),
        match: async (text, pageDate, scan) => {
          const answer = await send({ type: 'match', text, scan, ...(pageDate ? { pageDate } : {}) });
          if ('error' in answer) throw new Error(answer.error);
          return decodeMentions(answer, text.length);
        },
        // The background still has the top of the page: only the rest travels (unless it was restarted).
        matchRest: async (text, from, pageDate, scan) => {
          const date = pageDate ? { pageDate } : {};
          // in parts of REST_PART characters, one message a task: copying megabytes into one message is a long task
          let at = from;
          for (; text.length - at > REST_PART; at += REST_PART) {
            const held = await send({ type: 'match-more', append: text.slice(at, at + REST_PART), scan, hold: true, ...date });
            if (!('held' in held)) return decodeAnswer(await send({ type: 'match', text, scan, ...date }), text.length);
          }
          let answer: object = await send({ type: 'match-more', append: text.slice(at), scan, ...date });
          if ('error' in answer && answer.error === NO_TEXT) answer = await send({ type: 'match', text, scan, ...date });
          return decodeAnswer(answer, text.length);
        },
        ...(loading ? { parsed } : {}),
        // The background runs it on the text it was just sent to match; sent again only if it lost it.
        detectUnknown: async (text) => {
          let answer = await send({ type: 'detect' });
          if ('error' in answer && answer.error === NO_TEXT) answer = await send({ type: 'detect', text });
          return 'names' in answer && Array.isArray(answer.names) ? answer.names : [];
        },
      }),
    };
    // read before the page was parsed: a request not to be annotated may come later in it
    if (loading) void parsed.then(() => {
      if (stop.signal.aborted || session?.stop !== stop || !isOptedOut(document)) return;
      session.run = OPTED_OUT;
      stop.abort();
      void send({ type: 'found', count: 0 }).catch(() => undefined); // the badge, as on a page that opts out at once
    });
  };

  // Settings decide, live: switching the site off in the popup (in any tab) stops this page's session.
  const apply = (settings: PageSettings) => {
    const next = JSON.stringify(settings);
    if (next === key) return;
    key = next;
    session?.stop.abort();
    session = undefined;
    pending?.abort();
    pending = undefined;
    if (!settings.enabled) {
      off = { status: 'off', reason: settings.reason, entities: [], unknown: [] };
      void send({ type: 'found', count: 0, off: true }).catch(() => undefined);
      return;
    }
    void start(settings);
  };
  // The background decides with the one isEnabledFor (src/settings): the settings code stays out of the
  // content script's budget, and the background's store has already migrated what storage holds.
  const read = () =>
    send({ type: 'page-settings', url: location.href }).then(
      (s) => {
        performance.mark('news-context:settings');
        return !life.signal.aborted && apply(s);
      },
      () => undefined,
    );
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    // the reader's archive changed: the background's answer says whether this page's marks change with it
    if ((area === 'sync' && SETTINGS_ITEM in changes) || (area === 'local' && LIBRARY_REVISION_ITEM in changes)) void read();
  };
  browser.storage.onChanged.addListener(onChanged);
  life.signal.addEventListener('abort', quietly(() => browser.storage.onChanged.removeListener(onChanged)));
  void read();

  const answer = (message: unknown): Promise<unknown> | undefined => {
    const request = parsePageRequest(message);
    if (!request) return undefined; // not for us (or not well-formed): another listener may answer
    switch (request.type) {
      case 'ping':
        return Promise.resolve({ ok: true, url: location.href } satisfies Responses['ping']);
      case 'findings':
        return Promise.resolve(session?.run.findings({ unknown: true }) ?? off ?? { status: 'scanning', entities: [], unknown: [] });
      case 'show':
        return Promise.resolve({ ok: session?.run.show(request.id) ?? false } satisfies Responses['show']);
      case 'step':
        return Promise.resolve({ ok: session?.run.step(request.direction) ?? false } satisfies Responses['step']);
      case 'read': {
        // the metadata only for "Add this article": read when asked, never while marking
        const date = pageDate(document, location.href);
        const read: Responses['read'] = { ...(session?.run.read() ?? { text: '', root: '' }), url: location.href, ...pageMeta(document), ...(date ? { date } : {}) };
        return Promise.resolve(read);
      }
      case 'list':
        return (session?.run.list() ?? Promise.resolve(false)).then((ok): Responses['list'] => ({ ok }));
      default:
        return undefined;
    }
  };
  const onMessage = (message: unknown) => answer(message);
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', quietly(() => browser.runtime.onMessage.removeListener(onMessage)));
}
