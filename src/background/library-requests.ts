/**
 * The requests about the reader's own archive, answered for the extension's own pages only (start.ts checks
 * the sender): list, add, import, delete, clear, export, the marking option, the reader's names on a tab, and
 * the merged archive for the archive pages.
 */
import { LibraryWriteError } from '../library/db';
import { fileNameFor, parseSaved, safeUrl, type SavedArticle } from '../library/record';
import { findMentions } from '../matching';
import type { ArchivePagesAnswer, FoundEntity, LibraryAnswer, Request, Responses } from '../messaging/protocol';
import { activeArchive, addToLibrary, changeLibrary, listing, type ActiveArchive } from './reader-archive';
import { keptText } from './page-texts';
import { articleId } from '../archive/parse';
import { SeedError } from '../archive/types';
import type { EntityType } from '../factbase/schema';

type LibraryRequest = Extract<Request, { type: `library-${string}` | 'reader-names' }>;

const taken = (a: ActiveArchive): Set<string> => new Set(a.fb.articles.map((x) => x.id));

/** A stored article from what a page sent, checked as the builder will read it (throws SeedError). */
function toSaved(input: { file: string; text: string; url?: string | undefined; headline?: string | undefined; byline?: string | undefined; savedAt?: number | undefined }, now: number): SavedArticle {
  parseSaved(input);
  const url = safeUrl(input.url);
  const headline = input.headline?.trim();
  const byline = input.byline?.trim();
  return {
    id: articleId(input.file),
    file: input.file,
    text: input.text,
    savedAt: input.savedAt ?? now,
    ...(url ? { url } : {}),
    ...(headline ? { headline } : {}),
    ...(byline ? { byline } : {}),
  };
}

function failure(e: unknown): LibraryAnswer {
  if (e instanceof LibraryWriteError) return { ok: false, error: e.message, ...(e.kind === 'quota' ? { quota: true } : {}) };
  if (e instanceof SeedError) return { ok: false, error: e.message };
  return { ok: false, error: String((e as Error)?.message ?? e) };
}

/** Stores articles (all or none) and answers with how many names the new ones brought. */
async function store(make: (taken: ReadonlySet<string>) => SavedArticle[]): Promise<LibraryAnswer> {
  try {
    const { ids, namesAdded } = await addToLibrary((taken) => {
      const articles = make(taken);
      const clash = articles.find((a) => taken.has(a.id));
      if (clash) throw new SeedError(clash.file, undefined, `article id "${clash.id}" is already in your archive (or the bundled one)`);
      return articles;
    });
    return { ok: true, ids, namesAdded };
  } catch (e) {
    return failure(e);
  }
}

/** The reader-only names in the text a tab last sent to be matched (not painted on the page unless allowed). */
async function readerNames(tabId: number): Promise<Responses['reader-names']> {
  const a = await activeArchive();
  const text = keptText(`${tabId}:0`);
  if (!text || !a.readerOnly.size) return { names: [], marked: a.options.markOnPages };
  const counts = new Map<string, number>();
  for (const m of findMentions(a.matcher, text)) if (a.readerOnly.has(m.id)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const byId = new Map(a.fb.entities.map((e) => [e.id, e]));
  const names: FoundEntity[] = [...counts].map(([id, count]) => ({ id, name: byId.get(id)!.name, type: byId.get(id)!.type as EntityType, count }));
  return { names: names.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)), marked: a.options.markOnPages };
}

/** The merged archive for the archive pages: nothing but the list while the reader has saved nothing. */
export function archivePages(a: ActiveArchive): ArchivePagesAnswer {
  const articles = listing(a);
  if (!a.saved.length) return { articles };
  return { articles, merged: { fb: a.fb, texts: a.readerTexts, matcher: a.matcher.compiled } };
}

export async function handleLibrary(request: LibraryRequest): Promise<Responses[LibraryRequest['type']]> {
  const now = Date.now();
  switch (request.type) {
    case 'library-list': {
      const a = await activeArchive();
      return { articles: listing(a), markOnPages: a.options.markOnPages, taken: [...taken(a)].sort(), entities: a.fb.entities.length, readerOnly: a.readerOnly.size };
    }
    case 'library-add':
      return store((ids) => {
        const date = /^date\s+(\d{4}-\d{2}-\d{2})/.exec(request.article.text)?.[1] ?? 'undated';
        const file = request.file ?? fileNameFor(date, request.article.headline, ids);
        return [toSaved({ ...request.article, file }, now)];
      });
    case 'library-import':
      return store(() => request.articles.map((x) => toSaved(x, now)));
    case 'library-delete':
      return changeLibrary((lib) => lib.remove(request.id)).then((): LibraryAnswer => ({ ok: true, ids: [request.id], namesAdded: 0 }), failure);
    case 'library-clear':
      return changeLibrary((lib) => lib.clear()).then((): LibraryAnswer => ({ ok: true, ids: [], namesAdded: 0 }), failure);
    case 'library-options':
      return changeLibrary(async (lib) => lib.setOptions({ ...(await lib.options()), markOnPages: request.markOnPages })).then(
        (): LibraryAnswer => ({ ok: true, ids: [], namesAdded: 0 }),
        failure,
      );
    case 'library-export':
      return { articles: (await activeArchive()).saved };
    case 'library-pages':
      return archivePages(await activeArchive());
    case 'reader-names':
      return readerNames(request.tabId);
  }
}
