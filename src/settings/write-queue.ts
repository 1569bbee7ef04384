/**
 * Batching writes to `storage.sync`, which allows 120 writes a minute and 1,800 an hour: at most one commit
 * per interval (2 s, so 30 a minute), whatever the user does.
 *
 * Leading edge, then batches: a change after a quiet interval is committed at once (on the next task, so a
 * burst made in one event handler is one write), because switching a site off must reach every tab within
 * 1 s; changes made within the interval after a commit wait and go out together in one commit.
 * Changes are functions (settings → settings) applied in order to the freshest stored value at commit
 * time, so changes to different keys made by other contexts in between are not overwritten, and for any
 * one key the last change wins.
 */

/** A change: pure and idempotent (set a value, never toggle one), since it may be applied more than once. */
export type Change<T> = (value: T) => T;

export interface WriteQueue<T> {
  /** Queue a change; it is committed on the next task, or when the interval since the last commit ends. */
  push(change: Change<T>): void;
  /** Commit what is queued now, without waiting for the interval; resolves when nothing is in flight. */
  flush(): Promise<void>;
  /** Changes being committed, then those waiting: the local view is the stored value with these applied. */
  unsettled(): readonly Change<T>[];
}

export interface WriteQueueOptions<T> {
  /** Least time between the starts of two commits. */
  intervalMs: number;
  /** Apply `changes` to the stored value and write it; throws when the write fails. */
  commit: (changes: readonly Change<T>[]) => Promise<void>;
  /** A failed commit: its changes are dropped (the stored value stays as it was). */
  onFailure: (error: unknown, changes: readonly Change<T>[]) => void;
  /** After every commit, failed or not, once its changes are no longer in flight. */
  onSettled?: () => void;
}

/** A write queue; see the module comment for its timing. */
export function createWriteQueue<T>({ intervalMs, commit, onFailure, onSettled }: WriteQueueOptions<T>): WriteQueue<T> {
  let waiting: Change<T>[] = [];
  let inFlight: readonly Change<T>[] = [];
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;

  const schedule = () => {
    if (timer !== undefined || running || waiting.length === 0) return;
    timer = setTimeout(run, Math.max(0, lastStart + intervalMs - Date.now()));
  };

  function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (running) return running;
    if (waiting.length === 0) return Promise.resolve();
    inFlight = waiting;
    waiting = [];
    lastStart = Date.now();
    const batch = inFlight;
    running = commit(batch)
      .catch((error: unknown) => onFailure(error, batch))
      .finally(() => {
        inFlight = [];
        running = undefined;
        onSettled?.();
        schedule();
      });
    return running;
  }

  return {
    push(change) {
      waiting.push(change);
      schedule();
    },
    async flush() {
      // A commit in flight first (it may hold older changes), then whatever waits behind it.
      if (running) await running;
      await run();
    },
    unsettled: () => [...inFlight, ...waiting],
  };
}
