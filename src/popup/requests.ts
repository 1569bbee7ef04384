import { browser } from 'wxt/browser';
import { parseCardPayload } from '../card/payload-schema';
import { cardModel, type CardModel } from '../card/view-model';
import type { EntityType } from '../factbase/schema';
import { COMMANDS, type ArchiveStats, type Findings, type LibraryAnswer, type Request, type Responses } from '../messaging/protocol';
import type { PageRead } from '../library/page-article';
import type { Shortcut } from './shortcuts';

/**
 * The tab the popup describes: the active tab of its window, or the one named by `?tab=<id>` when the popup
 * page is opened in a tab of its own (tests, screenshots; a popup cannot describe the tab it is in).
 */
async function describedTab(): Promise<{ id?: number } | undefined> {
  const named = new URLSearchParams(globalThis.location?.search).get('tab');
  if (named && /^\d+$/.test(named)) return { id: Number(named) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function requestArchiveStats(): Promise<ArchiveStats> {
  const request: Request = { type: 'archive-stats' };
  return (await browser.runtime.sendMessage(request)) as ArchiveStats;
}

/**
 * What the page in the active tab mentions. Pages where no content script runs (browser pages, the web
 * store, PDFs) answer nothing: that is reported as "cannot be annotated".
 */
export async function requestFindings(): Promise<Findings> {
  const tab = await describedTab();
  const request: Request = { type: 'findings' };
  try {
    if (tab?.id === undefined) throw new Error('no tab');
    return (await browser.tabs.sendMessage(tab.id, request)) as Findings;
  } catch {
    return { status: 'off', reason: 'This page cannot be annotated (browser pages, the extension store, PDFs).', entities: [], unknown: [] };
  }
}

/** The address of the page in the active tab, as its content script reports it (no permission to read tabs). */
export async function requestActiveUrl(): Promise<string | undefined> {
  const tab = await describedTab();
  if (tab?.id === undefined) return undefined;
  const ping: Request = { type: 'ping' };
  const answer = (await browser.tabs.sendMessage(tab.id, ping).catch(() => undefined)) as { url?: unknown } | undefined;
  return typeof answer?.url === 'string' ? answer.url : undefined;
}

/** Asks the page in the active tab to scroll to an entity's first mention and open its card; closes the popup. */
export async function requestShow(id: string): Promise<void> {
  const tab = await describedTab();
  if (tab?.id === undefined) return;
  const show: Request = { type: 'show', id };
  await browser.tabs.sendMessage(tab.id, show).catch(() => undefined);
  window.close();
}

/** Archive names matching `query`, from the background. */
export async function requestSearch(query: string): Promise<{ id: string; name: string; type: EntityType }[]> {
  const request: Request = { type: 'search', query };
  const answer = (await browser.runtime.sendMessage(request)) as { results?: { id: string; name: string; type: EntityType }[] };
  return Array.isArray(answer?.results) ? answer.results : [];
}

/** One entity's card, built from the slice of the archive the background sends. */
export async function requestCardModel(id: string): Promise<CardModel | undefined> {
  const request: Request = { type: 'card', id };
  const payload = parseCardPayload(await browser.runtime.sendMessage(request));
  return payload && cardModel(payload, id);
}

/** The extension's keyboard commands, in the order the README lists them, with the keys the browser set. */
export async function requestShortcuts(): Promise<Shortcut[]> {
  const all = (await browser.commands?.getAll()) ?? [];
  const order = COMMANDS as readonly string[];
  return all
    .filter((c) => c.name && order.includes(c.name))
    .sort((a, b) => order.indexOf(a.name!) - order.indexOf(b.name!))
    .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
}

/** The story and metadata of the page in the tab, for "Add this article"; undefined where no page of ours runs. */
export async function requestRead(): Promise<PageRead | undefined> {
  const tab = await describedTab();
  if (tab?.id === undefined) return undefined;
  const read: Request = { type: 'read' };
  const answer = (await browser.tabs.sendMessage(tab.id, read).catch(() => undefined)) as Responses['read'] | undefined;
  if (typeof answer?.text !== 'string') return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const [url, headline, byline, date] = [str(answer.url), str(answer.headline), str(answer.byline), str(answer.date)];
  return { text: answer.text, ...(url ? { url } : {}), ...(headline ? { headline } : {}), ...(byline ? { byline } : {}), ...(date ? { date } : {}) };
}

/** Saves a confirmed article in the reader's archive (the background stores it and rebuilds). */
export async function requestSaveArticle(article: { text: string; url?: string; headline?: string; byline?: string }): Promise<LibraryAnswer> {
  const request: Request = { type: 'library-add', article };
  return (await browser.runtime.sendMessage(request)) as LibraryAnswer;
}

/** The names on the tab's page that only the reader's archive knows. */
export async function requestReaderNames(): Promise<Responses['reader-names']> {
  const tab = await describedTab();
  if (tab?.id === undefined) return { names: [], marked: false };
  const request: Request = { type: 'reader-names', tabId: tab.id };
  const answer = (await browser.runtime.sendMessage(request)) as Responses['reader-names'] | { error: string };
  return 'names' in answer ? answer : { names: [], marked: false };
}
