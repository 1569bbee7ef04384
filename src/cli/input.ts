/**
 * Node only: reading the files a user names on the command line without trusting them. A file is opened,
 * checked (a regular file, not too large) and then read in chunks that stop at the limit, so a huge file,
 * `/dev/zero`, a pipe or a file that grows while it is read costs at most `maxBytes` of memory.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** A problem with an input file, in one line for the user (no stack). */
export class InputError extends Error {
  override name = 'InputError';
}

const CHUNK = 1024 * 1024;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * The bytes of `file`, at most `maxBytes` of them.
 * @throws InputError when it is missing, unreadable, not a regular file, or larger than `maxBytes`.
 */
export async function readBoundedFile(file: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    // fstat of the open file: what is read below is what was checked.
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InputError(`${file} is not a regular file (a folder, device or pipe)`);
    if (stats.size > maxBytes) throw new InputError(`${file} is ${mb(stats.size)}; the limit is ${mb(maxBytes)}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total)), 0, undefined, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new InputError(`${file} grew past the limit of ${mb(maxBytes)} while it was read`);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`);
  } finally {
    await handle.close();
  }
}

/** How deeply `root`'s elements nest (root itself is 1), walked without recursion. */
export function nestingDepth(root: Element): number {
  let deepest = 0;
  let depth = 1;
  let node: Element | null = root;
  while (node) {
    if (depth > deepest) deepest = depth;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return deepest;
}
