/**
 * A copy of the built extension (.output/chrome-mv3, or the Firefox build) that ships another fact base, for tests that need kinds
 * or names seeds/ does not have (every build bundles seeds/). The fact base is written as given, so the
 * background's own loading (and migration) reads it; the matcher beside it is compiled as the build does.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FACT_BASE_PATH, MATCHER_PATH } from '../../src/factbase/load';
import { migrateFactBase } from '../../src/factbase/migrate';
import { compileMatcher } from '../../src/matching/compile';
import { CHROME_EXTENSION_DIR } from './paths';

export interface ExtensionCopy {
  /** The unpacked extension, for `launchWithExtension({ extension: dir })`. */
  dir: string;
  /** Deletes the copy; call after the browser is closed. */
  remove(): Promise<void>;
}

export async function extensionWithFactBase(factBase: unknown, from = CHROME_EXTENSION_DIR): Promise<ExtensionCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'news-context-extension-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await cp(from, dir, { recursive: true });
    await writeFile(path.join(dir, FACT_BASE_PATH), JSON.stringify(factBase));
    await writeFile(path.join(dir, MATCHER_PATH), JSON.stringify(compileMatcher(migrateFactBase(factBase))));
  } catch (err) {
    await remove();
    throw err;
  }
  return { dir, remove };
}
