/**
 * The settings in `storage.sync`, so a reader's choices follow them to their other browsers and survive
 * restarts and updates (users complain that the choice "does not stick").
 *
 * One item, `sync:settings` (see quota.ts for why one), with:
 * - migrations: @wxt-dev/storage keeps the version in the item's metadata and migrates once, in whichever
 *   context defines the item first after an update; every read waits for it;
 * - validation on every read: stored values are never trusted (parse.ts), problems come with the value;
 * - batched writes (write-queue.ts): at most one sync write every 2 s, errors reported, previous value kept;
 * - a guard: settings saved by a newer version (synced from another browser) are not overwritten.
 * Every context makes one store (`settingsStore()`); writers should be the popup, options page and
 * background, never content scripts.
 */
import { storage } from 'wxt/utils/storage';
import { migrations } from './migrations';
import { parseSettings, type ParsedSettings } from './parse';
import { SETTINGS_ITEM, fitToSyncQuota } from './quota';
import { SETTINGS_VERSION, defaultSettings, type Settings } from './schema';
import { createWriteQueue, type Change } from './write-queue';

/** The storage key (its metadata, with the version, is stored under "settings$"). */
export const SETTINGS_KEY = `sync:${SETTINGS_ITEM}` as const;
/** Least time between two writes: sync allows 120 a minute and 1,800 an hour; this makes at most 30 and 1,800. */
export const WRITE_INTERVAL_MS = 2000;

/** Something the UI should show: a write that failed (nothing changed), or rules dropped to fit the quota. */
export interface SettingsError {
  kind: 'write-failed' | 'rules-dropped';
  message: string;
  /** For 'rules-dropped': the keys of the rules that were dropped, oldest first. */
  dropped?: string[];
  cause?: unknown;
}

export interface SettingsStore {
  /**
   * The settings (stored, validated, with this context's pending changes applied) and any problems found.
   * `fresh`: read storage again rather than what this context last heard. A context that was told of a change
   * (its own storage.onChanged) may ask before this context's watcher has heard of it: events reach each
   * context on their own, in no set order (seen in Firefox: a tab switched back on asked the background
   * before the background's watcher ran, and stayed off).
   */
  get(options?: { fresh?: boolean }): Promise<ParsedSettings>;
  /**
   * Change the settings: `change` (pure, idempotent: e.g. `s => setSiteRule(s, url, false, 'host')`) is
   * applied at once to what `get` and `watch` show, and written with the next batch.
   * @returns the settings as they now look here.
   */
  update(change: Change<Settings>): Promise<Settings>;
  /** Write pending changes now (e.g. before the popup closes); resolves when written or failed. */
  flush(): Promise<void>;
  /** Call `cb` with the current settings now and after every change, from any context, until `signal` aborts. */
  watch(cb: (current: ParsedSettings) => void, signal: AbortSignal): void;
  /** Call `cb` with every write error or dropped-rules notice until `signal` aborts. */
  onError(cb: (error: SettingsError) => void, signal: AbortSignal): void;
}

/** The storage item: raw (typed `unknown`, since stored data is never trusted) with defaults when absent. */
export function defineSettingsItem(onMigrated?: (value: unknown, version: number) => void) {
  return storage.defineItem<unknown>(SETTINGS_KEY, {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    migrations,
    ...(onMigrated ? { onMigrationComplete: onMigrated } : {}),
  });
}

export interface SettingsStoreOptions {
  writeIntervalMs?: number;
  /** Called after a migration ran in this context (tests; logging). */
  onMigrated?: (value: unknown, version: number) => void;
}

/** A store over the sync item; see `settingsStore()` for the one a context should share. */
export function createSettingsStore(options: SettingsStoreOptions = {}): SettingsStore {
  const item = defineSettingsItem(options.onMigrated);
  const watchers = new Set<(current: ParsedSettings) => void>();
  const errorWatchers = new Set<(error: SettingsError) => void>();
  let stored: ParsedSettings | undefined;
  let loading: Promise<ParsedSettings> | undefined;
  let unwatchStorage: (() => void) | undefined;

  // The first read only: afterwards `stored` follows every write and storage change.
  const load = async (): Promise<ParsedSettings> => {
    loading ??= item.getValue().then(
      (raw) => (stored ??= parseSettings(raw)),
      (error: unknown) => {
        loading = undefined; // a failed first read is tried again next time, not remembered
        throw error;
      },
    );
    await loading;
    return stored as ParsedSettings;
  };
  const view = (base: ParsedSettings): ParsedSettings => ({
    settings: queue.unsettled().reduce((settings, change) => change(settings), base.settings),
    problems: base.problems,
  });
  const notify = () => stored && each(watchers, view(stored));
  const report = (error: SettingsError) => {
    if (errorWatchers.size === 0) console.warn(`[settings] ${error.message}`);
    each(errorWatchers, error);
  };

  const queue = createWriteQueue<Settings>({
    intervalMs: options.writeIntervalMs ?? WRITE_INTERVAL_MS,
    commit: (changes) => exclusively(async () => {
      const raw = await item.getValue();
      if (isNewerVersion(raw)) throw new NewerVersionError();
      const base = parseSettings(raw);
      stored = base;
      const { settings, dropped } = fitToSyncQuota(changes.reduce((s, change) => change(s), base.settings));
      if (base.problems.length === 0 && JSON.stringify(settings) === JSON.stringify(base.settings)) return;
      await item.setValue(settings);
      stored = { settings, problems: [] };
      if (dropped.length) report(droppedNotice(dropped));
    }),
    onFailure: (error) => report({ kind: 'write-failed', message: describeWriteError(error), cause: error }),
    onSettled: notify,
  });

  const reread = async (): Promise<ParsedSettings> => {
    await load(); // the first read runs the migration; a fresh read after it sees the migrated value
    stored = parseSettings(await item.getValue());
    return stored;
  };
  const get = async (options?: { fresh?: boolean }) => view(await (options?.fresh ? reread() : load()));

  return {
    get,
    async update(change) {
      await load();
      queue.push(change);
      notify();
      return (await get()).settings;
    },
    flush: () => queue.flush(),
    watch(cb, signal) {
      if (signal.aborted) return;
      watchers.add(cb);
      unwatchStorage ??= item.watch((raw) => {
        stored = parseSettings(raw);
        notify();
      });
      signal.addEventListener(
        'abort',
        () => {
          watchers.delete(cb);
          if (watchers.size === 0) {
            unwatchStorage?.();
            unwatchStorage = undefined;
          }
        },
        { once: true },
      );
      load().then(
        () => watchers.has(cb) && stored && each([cb], view(stored)),
        (error: unknown) => console.error('[settings] could not read the settings', error),
      );
    },
    onError(cb, signal) {
      if (signal.aborted) return;
      errorWatchers.add(cb);
      signal.addEventListener('abort', () => errorWatchers.delete(cb), { once: true });
    },
  };
}

/**
 * Runs a commit (read the stored settings, apply the changes, write) while holding a lock shared by all the
 * extension's pages and its background (Web Locks: one origin, every context of the extension). Without it,
 * two contexts committing at once both read the same value and the second write undoes the first one's
 * change (found by tests/e2e/concurrent-settings.test.ts: the popup's switch lost to a keyboard command).
 * Where there are no Web Locks (unit tests), commits run as they come.
 */
function exclusively<T>(commit: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request('news-context:settings-commit', commit) : commit();
}

let shared: SettingsStore | undefined;

/** This context's store, made at first use (not at import, so importing never touches storage). */
export function settingsStore(): SettingsStore {
  shared ??= createSettingsStore();
  return shared;
}

/** Call `cb` with the settings now and after every change until `signal` aborts (this context's store). */
export function watchSettings(cb: (current: ParsedSettings) => void, signal: AbortSignal): void {
  settingsStore().watch(cb, signal);
}

/** Words for a failed write; the previous settings are still in place in every case. */
export function describeWriteError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const kept = 'Your previous settings are kept.';
  if (error instanceof NewerVersionError) {
    return (
      'Settings not saved: a newer version of News Context saved them (in another browser?). ' +
      `Update this one to change them. ${kept}`
    );
  }
  if (/MAX_WRITE_OPERATIONS/i.test(text)) {
    return `Settings not saved: too many changes in a short time. ${kept} Try again in a minute.`;
  }
  if (/quota/i.test(text)) return `Settings not saved: the browser's sync storage is full. ${kept}`;
  return `Settings not saved (${text.slice(0, 200)}). ${kept}`;
}

function droppedNotice(dropped: string[]): SettingsError {
  const n = dropped.length;
  const list = dropped.slice(0, 5).join(', ') + (n > 5 ? ', …' : '');
  return {
    kind: 'rules-dropped',
    message: `Sync storage is full: the ${n} oldest site rule${n === 1 ? ' was' : 's were'} removed (${list}).`,
    dropped,
  };
}

/** Stored settings come from a newer version (synced from another browser): writing would lose its fields. */
class NewerVersionError extends Error {
  constructor() {
    super('settings saved by a newer version');
  }
}

function isNewerVersion(raw: unknown): boolean {
  const version = (raw as { version?: unknown } | null)?.version;
  return typeof version === 'number' && version > SETTINGS_VERSION;
}

/** Call every listener; one that throws must not stop the others or the store. */
function each<T>(listeners: Iterable<(value: T) => void>, value: T): void {
  for (const listener of listeners) {
    try {
      listener(value);
    } catch (error) {
      console.error('[settings] listener failed', error);
    }
  }
}
