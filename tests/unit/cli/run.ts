/** Runs a CLI command in-process (as `npm run <name>` would, with stdout and stderr captured). */
import type { IO } from '../../../src/cli/io';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

type Command = (argv: string[], io: IO) => Promise<number>;

/** `cwd`: the folder the command runs in (relative paths and defaults resolve there), restored after. */
export async function runCommand(command: Command, args: string[], cwd?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  // as console.log and console.error write: one line each
  const io: IO = {
    out: (t) => {
      stdout += `${t}\n`;
    },
    err: (t) => {
      stderr += `${t}\n`;
    },
  };
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    return { code: await command(args, io), stdout, stderr };
  } finally {
    if (cwd) process.chdir(before);
  }
}
