/** Where a command writes: the console when run by npm, a buffer when a test calls it in-process. */
export interface IO {
  /** One line (or block) for stdout. */
  out(text: string): void;
  /** One line (or block) for stderr. */
  err(text: string): void;
}

export const consoleIO: IO = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** `run()`'s value, or the Error it threw (for a parse whose failure is a usage message). */
export function attempt<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
