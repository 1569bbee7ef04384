/** Where things are, for the e2e tests, their global setup and scripts/demo.ts. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
export const FACT_BASE_FILE = path.join(ROOT, 'public/data/factbase.json');

/** Debian's binary itself: the /usr/bin/chromium wrapper adds flags of its own and prints a shell error. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
