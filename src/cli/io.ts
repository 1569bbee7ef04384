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
