/**
 * The reader's own archive, owned by the background: the IndexedDB store (library/db.ts), the merged
 * archive built from the bundled seeds and the reader's articles (library/merge.ts), and what a web page
 * may see of it. Privacy: unless the reader allows it, pages are marked with the bundled matcher only, so
 * the highlight registry a page script can read is exactly what it would be without the reader's archive;
 * the reader's own names are listed in the popup instead. Cards (in a closed shadow root) use the merged
 * archive.
 */
import { browser } from 'wxt/browser';
import { knownNames } from '../archive/detect';
import { parseSeedsBundle } from '../archive/seeds-bundle';
import type { ParsedArticle } from '../archive/types';
import { readBundledJson, SEEDS_PATH } from '../factbase/load';
import type { FactBase } from '../factbase/schema';
import { TEXTS_SCHEMA, type ArticleTexts } from '../factbase/texts';
import { DEFAULT_OPTIONS, openLibrary, type Library, type LibraryOptions } from '../library/db';
import { createArchiveBuilder, namesAdded, overBundled, withArticle, type ArchiveBuilder, type KeptExtraction, type MergedArchive } from '../library/merge';
import { parseSaved, siteOf, type SavedArticle } from '../library/record';
import { compileMatcher, extendMatcher, loadMatcher, prepareMatcher, type LoadedMatcher } from '../matching';
import type { LibraryArticle } from '../messaging/protocol';
import { bundledArchive, bundledMatcher } from './archive';

/** The storage.local item bumped after every change, so content scripts ask again how to mark their page. */
export const LIBRARY_REVISION_ITEM = 'library-revision';

export interface ActiveArchive {
  /** The merged archive (the bundled one while the reader's is empty): cards, search, the popup. */
  fb: FactBase;
  isKnown: (name: string) => boolean;
  /** Matches every name of the merged archive. */
  matcher: LoadedMatcher;
  /** What web pages are marked with, and the fact base it belongs to (the bundled ones unless the reader allows more). */
  pageMatcher: LoadedMatcher;
  pageFb: FactBase;
  readerOnly: ReadonlySet<string>;
  saved: SavedArticle[];
  /** The text of the reader's articles for the archive pages (the bundled ones are in texts.json). */
  readerTexts: ArticleTexts;
  added: Map<string, number>;
  options: LibraryOptions;
  /** Changes whenever what pages are marked with changes; '' while pages see only the bundled archive. */
  pageRevision: string;
  /** The merged archive this was made from (undefined while the reader's archive is empty). */
  merged?: MergedArchive;
  /** False while an article added at once is laid over the archive and its exact build is still to run. */
  exact: boolean;
}

/**
 * Past this many reader articles an added article is laid over the archive at once (withArticle,
 * extendMatcher) and the exact build of everything follows a moment later: linking a big archive again
 * takes seconds (10,000 articles: about 3 s in Node), which the reader must not wait for to see marks.
 * Below it the exact build is fast enough (200 articles: about 0.1 s). Changeable for tests.
 */
export const QUICK_ADD = { fromArticles: 200, exactAfterMs: 2_000 };

let library: Promise<Library> | undefined;
let builder: ArchiveBuilder | undefined;
let active: Promise<ActiveArchive> | undefined;
/** Changes run one after another: a build never sees half of another change. */
let queue: Promise<unknown> = Promise.resolve();

function openOnce(): Promise<Library> {
  library ??= openLibrary();
  library.catch(() => (library = undefined));
  return library;
}

let seeds: Promise<ParsedArticle[] | undefined> | undefined;
/** The bundled seeds, parsed at build time (a file inside the extension, not the network). */
function bundledSeeds(): Promise<ParsedArticle[] | undefined> {
  seeds ??= readBundledJson(SEEDS_PATH).then(parseSeedsBundle, () => undefined);
  return seeds;
}

/** FNV-1a over the strings: a short revision that is the same after a restart of the background. */
function revisionOf(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The version of what a build makes: the extension's and the bundled archive's. */
const saltOf = (bundledFb: FactBase): string => `${browser.runtime.getManifest().version}:${JSON.stringify(bundledFb).length}:`;

/**
 * The builder, with the extractions a previous life of the background kept in IndexedDB: a restart does
 * not analyse every article again. They are used only by the same version of the extension and bundle
 * (the salt), and only while an article's content is unchanged.
 */
async function builderFor(bundledFb: FactBase): Promise<ArchiveBuilder> {
  if (builder) return builder;
  const made = createArchiveBuilder(undefined, saltOf(bundledFb));
  try {
    const kept = await (await openOnce()).extractions();
    made.preload(kept as Map<string, KeptExtraction>);
  } catch {
    // a cache: without it the first build takes longer
  }
  builder = made;
  return made;
}

/** Keeps these extractions, best effort (a refused write only costs time later). */
async function keepExtractionsOf(fresh: ReadonlyMap<string, KeptExtraction>): Promise<void> {
  try {
    await (await openOnce()).putExtractions(fresh);
  } catch (e) {
    console.warn(`News Context: extractions not kept (the next build makes them again): ${String(e)}`);
  }
}

/** Keeps the extractions the last build made, best effort (a refused write only costs time later). */
async function keepExtractions(b: ArchiveBuilder, ids: ReadonlySet<string>): Promise<void> {
  if (!b.fresh.size && b.kept === ids.size) return;
  try {
    await (await openOnce()).keepExtractions(b.fresh, ids);
  } catch (e) {
    console.warn(`News Context: extractions not kept (the next restart rebuilds them): ${String(e)}`);
  }
}

async function merge(bundledFb: FactBase, saved: SavedArticle[]): Promise<MergedArchive> {
  const builder = await builderFor(bundledFb);
  const reader: ParsedArticle[] = [];
  for (const a of saved) {
    try {
      reader.push(parseSaved(a));
    } catch (e) {
      console.warn(`News Context: a stored article could not be read and is left out: ${String(e)}`);
    }
  }
  const seedArticles = await bundledSeeds();
  const bundledIds = bundledFb.articles.map((a) => a.id).sort().join(' ');
  const matches = seedArticles && seedArticles.map((a) => a.id).sort().join(' ') === bundledIds;
  const merged = matches ? builder.build(seedArticles, reader) : overBundled(bundledFb, builder.build([], reader));
  void keepExtractions(builder, new Set([...(matches ? seedArticles : []), ...reader].map((a) => a.id)));
  return merged;
}

/** What the store holds; a store that cannot be opened (a browser without IndexedDB here) holds nothing. */
async function stored(): Promise<{ saved: SavedArticle[]; generation: number; options: LibraryOptions }> {
  try {
    const lib = await openOnce();
    const [{ articles, generation }, options] = await Promise.all([lib.allAt(), lib.options()]);
    return { saved: articles, generation, options };
  } catch (e) {
    console.warn(`News Context: the reader's archive could not be opened: ${String(e)}`);
    return { saved: [], generation: -1, options: DEFAULT_OPTIONS };
  }
}

/** Keeps the matcher of an exact build for the next start of the background (best effort: a cache). */
async function keepMatcher(generation: number, salt: string, matcher: LoadedMatcher): Promise<void> {
  try {
    await (await openOnce()).keepMatcher({ generation, salt, compiled: matcher.compiled });
  } catch (e) {
    console.warn(`News Context: the matcher was not kept (the next start builds the archive first): ${String(e)}`);
  }
}

let kept: Promise<LoadedMatcher | undefined> | undefined;

/**
 * The matcher the last exact build kept, while it is of the articles stored now and of this version of
 * the extension: a background that has just started marks pages with it instead of building the archive
 * first (seconds for a big archive). Undefined when there is none (or it is stale or corrupt).
 */
function keptMatcher(): Promise<LoadedMatcher | undefined> {
  kept ??= (async () => {
    try {
      const lib = await openOnce();
      const [generation, snapshot, { fb }] = await Promise.all([lib.generation(), lib.keptMatcher(), bundledArchive()]);
      if (!snapshot || snapshot.generation !== generation || snapshot.salt !== saltOf(fb)) return undefined;
      return loadMatcher(snapshot.compiled);
    } catch (e) {
      console.warn(`News Context: the kept matcher could not be used: ${String(e)}`);
      return undefined;
    }
  })();
  return kept;
}

/**
 * What pages are marked with when the reader lets their names be marked: the active archive's matcher once
 * built, until then the matcher the last build kept; the archive is built only when there is none.
 */
export async function readerPageMatcher(): Promise<LoadedMatcher> {
  if (active) return (await active).pageMatcher;
  return quickPages ?? (await keptMatcher()) ?? (await activeArchive()).pageMatcher;
}

/** The kept matcher extended with the articles added since this background started, until it builds the archive. */
let quickPages: LoadedMatcher | undefined;

/**
 * What pages are marked with, as a revision: '' while only the bundled archive is; a quick add laid over the
 * archive has its own, so that pages match again when the exact build replaces it.
 */
const pageRevisionOf = (ids: readonly string[], options: LibraryOptions, exact = true): string =>
  options.markOnPages && ids.length ? `${revisionOf([...ids].sort())}${exact ? '' : ':quick'}` : '';

let revision: Promise<string> | undefined;

/**
 * What pages are marked with, as a revision ('' while only the bundled archive is marked): cheap, read
 * for every page's settings without building the archive.
 */
export function pageRevision(): Promise<string> {
  revision ??= openOnce()
    .then(async (lib) => pageRevisionOf(await lib.ids(), await lib.options()))
    .catch(() => '');
  return revision;
}

async function compute(): Promise<ActiveArchive> {
  const [{ fb: bundledFb, isKnown: bundledKnown }, bundled, { saved, generation, options }] = await Promise.all([bundledArchive(), bundledMatcher(), stored()]);
  if (!saved.length) {
    const readerTexts: ArticleTexts = { schema: TEXTS_SCHEMA, articles: [] };
    return { fb: bundledFb, isKnown: bundledKnown, matcher: bundled, pageMatcher: bundled, pageFb: bundledFb, readerOnly: new Set(), saved, readerTexts, added: new Map(), options, pageRevision: '', exact: true };
  }
  const merged = await merge(bundledFb, saved);
  const matcher = prepareMatcher(compileMatcher(merged.factBase));
  if (generation >= 0) void keepMatcher(generation, saltOf(bundledFb), matcher);
  return archiveOf(merged, matcher, { bundledFb, bundled, saved, options, exact: true });
}

/** The active archive of a merged archive and its matcher. */
function archiveOf(
  merged: MergedArchive,
  matcher: LoadedMatcher,
  { bundledFb, bundled, saved, options, exact }: { bundledFb: FactBase; bundled: LoadedMatcher; saved: SavedArticle[]; options: LibraryOptions; exact: boolean },
): ActiveArchive {
  const fb = merged.factBase;
  const marked = options.markOnPages;
  return {
    fb,
    isKnown: knownNames(fb.entities.flatMap((e) => [e.name, ...e.aliases])),
    matcher,
    pageMatcher: marked ? matcher : bundled,
    pageFb: marked ? fb : bundledFb,
    readerOnly: merged.readerOnly,
    saved,
    readerTexts: merged.texts,
    added: namesAdded(merged),
    options,
    pageRevision: pageRevisionOf(saved.map((a) => a.id), options, exact),
    merged,
    exact,
  };
}

/** The archive as it stands (built once per background life, and again after each change). */
export function activeArchive(): Promise<ActiveArchive> {
  return active ?? rebuild();
}

/** Builds again; a failed build is forgotten, so the next request tries again. */
function rebuild(): Promise<ActiveArchive> {
  quickPages = undefined;
  const next = compute();
  active = next;
  next.catch(() => {
    if (active === next) active = undefined;
  });
  return next;
}

/** Tells content scripts (storage.local) that what they are marked with may have changed. */
async function announce(ids: readonly string[], pageRevision: string, exact: boolean): Promise<void> {
  await browser.storage.local.set({ [LIBRARY_REVISION_ITEM]: `${ids.length}:${revisionOf(ids)}:${pageRevision}:${exact ? 'exact' : 'quick'}` });
}

const announceBuilt = (built: ActiveArchive) => announce(built.saved.map((a) => a.id), built.pageRevision, built.exact);

/**
 * Runs a change to the store, then rebuilds and tells content scripts that the archive changed. A refused
 * write (quota) rejects with nothing changed and nothing rebuilt.
 */
export function changeLibrary<T>(change: (lib: Library, now: ActiveArchive) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const [lib, now] = await Promise.all([openOnce(), activeArchive()]);
    const result = await change(lib, now);
    revision = undefined;
    kept = undefined;
    exactDue = undefined;
    await announceBuilt(await rebuild());
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

let exactDue: ReturnType<typeof setTimeout> | undefined;

/** The exact build of everything, QUICK_ADD.exactAfterMs after the last quick add. */
function scheduleExact(): void {
  if (exactDue !== undefined) clearTimeout(exactDue);
  const due = setTimeout(() => {
    if (exactDue !== due) return;
    exactDue = undefined;
    queue = queue
      .then(async () => {
        revision = undefined;
        await announceBuilt(await rebuild());
      })
      .catch(() => undefined);
  }, QUICK_ADD.exactAfterMs);
  exactDue = due;
}

/**
 * Adds articles to the store; `make` gets the article ids already taken (bundled and the reader's). In a
 * big archive their names are marked at once: the articles are built alone and laid over the archive (or,
 * in a background that has just started and not built it, over the matcher the last build kept), the
 * matcher extended with their names; the exact build of everything follows QUICK_ADD.exactAfterMs later
 * (once, after the last of several adds) and replaces it. Resolves when the articles are stored and
 * marked, with how many names they brought. A refused write rejects with nothing changed.
 */
export function addToLibrary(make: (taken: ReadonlySet<string>) => SavedArticle[]): Promise<{ ids: string[]; namesAdded: number }> {
  const run = queue.then(async () => {
    const lib = await openOnce();
    const [{ fb: bundledFb }, bundled, storedIds, options] = await Promise.all([bundledArchive(), bundledMatcher(), lib.ids(), lib.options()]);
    const articles = make(new Set([...bundledFb.articles.map((a) => a.id), ...storedIds]));
    const ids = articles.map((a) => a.id);
    // what the articles are laid over, read before the store changes (the kept matcher is of the store before)
    const quickly = storedIds.length >= QUICK_ADD.fromArticles;
    const built = quickly && active ? await active.catch(() => undefined) : undefined;
    const over = built?.merged ? built : undefined;
    const overMatcher = quickly && !over ? (quickPages ?? (await keptMatcher())) : undefined;
    await lib.add(articles);
    revision = undefined;
    kept = undefined;
    const single = over || overMatcher ? await builtAlone(bundledFb, articles) : undefined;
    if (!single) {
      exactDue = undefined;
      const exact = await rebuild();
      await announceBuilt(exact);
      return { ids, namesAdded: ids.reduce((n, id) => n + (exact.added.get(id) ?? 0), 0) };
    }
    const allIds = [...storedIds, ...ids];
    let namesAdded: number;
    if (over) {
      const merged = withArticle(over.merged!, single);
      const quick = archiveOf(merged, extendMatcher(over.matcher, single.factBase.entities), { bundledFb, bundled, saved: [...over.saved, ...articles], options, exact: false });
      active = Promise.resolve(quick);
      namesAdded = ids.reduce((n, id) => n + (quick.added.get(id) ?? 0), 0);
    } else {
      const known = new Set(overMatcher!.compiled.ids);
      quickPages = extendMatcher(overMatcher!, single.factBase.entities);
      namesAdded = single.factBase.entities.filter((e) => !known.has(e.id)).length;
    }
    revision = Promise.resolve(pageRevisionOf(allIds, options, false));
    await announce(allIds, await revision, false);
    scheduleExact();
    return { ids, namesAdded };
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Articles built alone (undefined when one cannot be read: the exact build decides what to do with it). */
async function builtAlone(bundledFb: FactBase, articles: SavedArticle[]): Promise<MergedArchive | undefined> {
  let parsed: ParsedArticle[];
  try {
    parsed = articles.map(parseSaved);
  } catch {
    return undefined;
  }
  const alone = createArchiveBuilder(undefined, saltOf(bundledFb));
  const single = alone.build([], parsed);
  // the exact build that follows reuses the analysis made here (kept in IndexedDB too, for a builder yet to be
  // made: a background that has just started does not read every kept analysis to add one article)
  if (builder) builder.preload(alone.fresh);
  void keepExtractionsOf(alone.fresh);
  return single;
}

/** The reader's articles as the options page lists them, newest first. */
export function listing(a: ActiveArchive): LibraryArticle[] {
  const byId = new Map(a.fb.articles.map((x) => [x.id, x]));
  const encoder = new TextEncoder();
  return [...a.saved].reverse().map((s) => {
    const built = byId.get(s.id);
    const site = siteOf(s.url);
    return {
      id: s.id,
      file: s.file,
      date: built?.date ?? '',
      dateline: built?.dateline ?? '',
      ...(s.headline ? { headline: s.headline } : {}),
      ...(s.url ? { url: s.url } : {}),
      ...(site ? { site } : {}),
      savedAt: s.savedAt,
      namesAdded: a.added.get(s.id) ?? 0,
      bytes: encoder.encode(s.text).byteLength,
    };
  });
}
