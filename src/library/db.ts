/**
 * The reader's archive in IndexedDB (through idb), opened by the background only: web pages and content
 * scripts never touch it. Versioned: each version's step runs once, in order, in the upgrade transaction,
 * so a database of any earlier version opens as the current one with nothing lost.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SavedArticle } from './record';

export const DB_NAME = 'news-context-library';
/**
 * Bump with a new step in UPGRADES. 1: articles and options. 2: each article's extraction, kept so that a
 * restarted background builds the archive without running the language analysis on every article again.
 * 3: state: a generation counted up by every change of the articles, and the matcher the last exact build
 * made from them, so a restarted background marks pages without building the archive first.
 */
export const DB_VERSION = 3;

/** The reader's options about their archive, kept with it (they are about what is in it). */
export interface LibraryOptions {
  /** Paint names known only from the reader's own articles on web pages (page scripts can read them). */
  markOnPages: boolean;
}

export const DEFAULT_OPTIONS: LibraryOptions = { markOnPages: false };

/** An article's extraction as the builder made it, and the content it was made from (library/merge.ts). */
export interface KeptExtraction {
  key: string;
  extraction: unknown;
}

/** The matcher of the last exact build, and what it was built from. */
export interface KeptMatcher {
  /** The store's generation the build read. */
  generation: number;
  /** The builder's version (extension version and bundle): another's matcher is not used. */
  salt: string;
  /** A compiled matcher (src/matching), validated when read. */
  compiled: unknown;
}

interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: number } };
  options: { key: 'options'; value: LibraryOptions };
  extractions: { key: string; value: KeptExtraction };
  state: { key: 'generation' | 'matcher'; value: number | KeptMatcher };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** The step to version N from N - 1, keyed by N. */
const UPGRADES: Record<number, (db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => void> = {
  1: (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('savedAt', 'savedAt');
    db.createObjectStore('options');
  },
  2: (db) => {
    db.createObjectStore('extractions');
  },
  3: (db) => {
    db.createObjectStore('state');
  },
};

/** A write the browser refused (quota, a private window, a full disk): nothing of it was stored. */
export class LibraryWriteError extends Error {
  override name = 'LibraryWriteError';
  constructor(
    readonly kind: 'quota' | 'exists' | 'refused',
    message: string,
  ) {
    super(message);
  }
}

function writeError(error: unknown): LibraryWriteError {
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return new LibraryWriteError('quota', 'The browser refused to store more (its storage quota for the extension is used up). Nothing was saved; delete some articles or free disk space.');
  }
  if (name === 'ConstraintError') return new LibraryWriteError('exists', 'An article with that id is already in your archive. Nothing was saved.');
  return new LibraryWriteError('refused', `The browser refused the write: ${String((error as Error)?.message ?? error)}. Nothing was saved.`);
}

export interface Library {
  all(): Promise<SavedArticle[]>;
  /** The articles and the generation they are at, read together. */
  allAt(): Promise<{ articles: SavedArticle[]; generation: number }>;
  /** Counted up by every change of the articles (add, remove, clear). */
  generation(): Promise<number>;
  /** The matcher the last exact build kept, if any. */
  keptMatcher(): Promise<KeptMatcher | undefined>;
  /** Keeps a build's matcher (best effort: a cache). */
  keepMatcher(kept: KeptMatcher): Promise<void>;
  /** The stored ids, without reading the articles. */
  ids(): Promise<string[]>;
  /** Adds every article or none (one transaction); an id already stored refuses the whole batch. */
  add(articles: readonly SavedArticle[]): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  options(): Promise<LibraryOptions>;
  setOptions(options: LibraryOptions): Promise<void>;
  /** The kept extractions, by article id (a cache: losing it costs time, never data). */
  extractions(): Promise<Map<string, KeptExtraction>>;
  /** Adds or replaces these extractions. */
  putExtractions(fresh: ReadonlyMap<string, KeptExtraction>): Promise<void>;
  /** Keeps these extractions and drops those of articles not in `keep`. */
  keepExtractions(fresh: ReadonlyMap<string, KeptExtraction>, keep: ReadonlySet<string>): Promise<void>;
  close(): void;
}

/** Opens (creating or upgrading) the reader's archive. `name` is for tests. */
export async function openLibrary(name = DB_NAME): Promise<Library> {
  const db = await openDB<LibrarySchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion + 1; v <= DB_VERSION; v++) UPGRADES[v]!(db, tx);
    },
  });
  /** Runs a write; the transaction's failure (quota included) comes out as a LibraryWriteError. */
  type WriteTx = IDBPTransaction<LibrarySchema, ['articles', 'options', 'extractions', 'state'], 'readwrite'>;
  const write = async (run: (tx: WriteTx) => Promise<unknown>) => {
    const tx = db.transaction(['articles', 'options', 'extractions', 'state'], 'readwrite');
    // The reason is a request's error (ConstraintError, QuotaExceededError), not the transaction's own
    // AbortError that follows it; any failure aborts the whole transaction, so nothing of it is stored.
    const failures: unknown[] = [];
    let requests: Promise<unknown>;
    try {
      requests = run(tx).catch((e: unknown) => failures.push(e));
    } catch (e) {
      failures.push(e);
      requests = Promise.resolve();
      tx.abort();
    }
    await tx.done.catch((e: unknown) => failures.push(e));
    await requests;
    if (failures.length) throw writeError(failures.find((e) => (e as Error)?.name !== 'AbortError') ?? failures[0]);
  };
  /** A change of the articles, with the generation counted up in the same transaction. */
  const change = (run: (tx: WriteTx) => Promise<unknown>) =>
    write(async (tx) => {
      const state = tx.objectStore('state');
      const generation = ((await state.get('generation')) as number | undefined) ?? 0;
      await Promise.all([run(tx), state.put(generation + 1, 'generation')]);
    });
  const generation = async (): Promise<number> => ((await db.get('state', 'generation')) as number | undefined) ?? 0;
  return {
    all: () => db.getAllFromIndex('articles', 'savedAt'),
    allAt: async () => {
      const tx = db.transaction(['articles', 'state']);
      const [articles, generation] = await Promise.all([tx.objectStore('articles').index('savedAt').getAll(), tx.objectStore('state').get('generation')]);
      return { articles, generation: (generation as number | undefined) ?? 0 };
    },
    generation,
    keptMatcher: async () => {
      const kept = (await db.get('state', 'matcher')) as KeptMatcher | undefined;
      return kept && typeof kept === 'object' && typeof kept.generation === 'number' && typeof kept.salt === 'string' ? kept : undefined;
    },
    keepMatcher: (kept) => write((tx) => tx.objectStore('state').put(kept, 'matcher')),
    ids: () => db.getAllKeys('articles'),
    add: (articles) => change((tx) => Promise.all(articles.map((a) => tx.objectStore('articles').add(a)))),
    remove: (id) => change((tx) => Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('extractions').delete(id)])),
    clear: () => change((tx) => Promise.all([tx.objectStore('articles').clear(), tx.objectStore('extractions').clear(), tx.objectStore('state').delete('matcher')])),
    extractions: async () => {
      const tx = db.transaction('extractions');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      return new Map(keys.map((k, i) => [k, values[i]!]));
    },
    putExtractions: (fresh) => write((tx) => Promise.all([...fresh].map(([id, x]) => tx.objectStore('extractions').put(x, id)))),
    keepExtractions: (fresh, keep) =>
      write(async (tx) => {
        const store = tx.objectStore('extractions');
        const stale = (await store.getAllKeys()).filter((k) => !keep.has(k));
        await Promise.all([...stale.map((k) => store.delete(k)), ...[...fresh].map(([id, x]) => store.put(x, id))]);
      }),
    options: async () => ({ ...DEFAULT_OPTIONS, ...((await db.get('options', 'options')) ?? {}) }),
    setOptions: (options) => write((tx) => tx.objectStore('options').put(options, 'options')),
    close: () => db.close(),
  };
}
