/**
 * Builds the extension once for the whole e2e run: Chrome MV3 for the Chromium tests, Firefox MV2 for
 * the Firefox test and the web-ext lint check. E2E_SKIP_BUILD=1 reuses .output/ as it is (fast reruns).
 */
import { existsSync } from 'node:fs';
import { buildExtension, type Target } from './build';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths';

const OUTPUT: Record<Target, string> = { chrome: CHROME_EXTENSION_DIR, firefox: FIREFOX_EXTENSION_DIR };

export default async function setup(): Promise<void> {
  const targets: Target[] = ['chrome', 'firefox'];
  if (process.env.E2E_SKIP_BUILD === '1') {
    const missing = targets.filter((t) => !existsSync(OUTPUT[t]));
    if (missing.length) throw new Error(`E2E_SKIP_BUILD=1 but there is no build in ${missing.map((t) => OUTPUT[t]).join(', ')}: run once without it`);
    console.log('e2e: E2E_SKIP_BUILD=1, using the existing builds in .output/');
    return;
  }
  // One after the other: both builds write .wxt/ and public/data/, and the machine has two cores.
  for (const target of targets) {
    const ms = await buildExtension(target);
    console.log(`e2e: built ${target} in ${(ms / 1000).toFixed(1)} s`);
  }
}
