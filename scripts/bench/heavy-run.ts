/**
 * `npm run bench:heavy [-- --repeats N] [-- --no-build]`: only the hardening rows of the bench (heavy.ts):
 * a 1,000,000-word page, a page whose text changes every 10 ms, and the first page after a stopped service
 * worker, each against the same page without the extension. `npm run bench` prints them too.
 */
import { parseArgs } from 'node:util';
import { launchChromium, launchWithExtensionRetrying, serveFixtures } from '../../tests/e2e/browser';
import { buildExtension } from '../../tests/e2e/build';
import { loadSeeds } from '../../src/archive/load';
import { newsPage } from '../../tests/helpers/news-page';
import { ROOT } from '../../tests/e2e/paths';
import path from 'node:path';
import { heavyPages, runHeavy } from './heavy';
import { LONGTASK_SCRIPT, readFactBase } from './pages';

const { values } = parseArgs({ options: { repeats: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false } } });
const repeats = Number(values.repeats);
if (!values['no-build']) await buildExtension('chrome');
const { date, entities } = await readFactBase();
const [seed] = await loadSeeds(path.join(ROOT, 'seeds'));
const pages = heavyPages(entities, date);
const server = await serveFixtures({
  pages: {
    '/blank.html': '<!doctype html><title>blank</title>',
    '/huge.html': pages.huge,
    '/ticker.html': pages.ticker,
    '/seed.html': newsPage(seed!).replace('</head>', `${LONGTASK_SCRIPT}</head>`),
  },
});
const session = await launchWithExtensionRetrying();
const plain = await launchChromium({ extension: false });
try {
  const result = await runHeavy(session, plain, { blank: server.url('/blank.html'), huge: server.url('/huge.html'), ticker: server.url('/ticker.html'), seed: server.url('/seed.html') }, repeats);
  console.log(result.lines.join('\n'));
  for (const b of result.budgets) console.log(`  ${b.met ? 'met    ' : 'NOT met'}  ${b.name} (${b.detail})`);
} finally {
  await session.close();
  await plain.close();
  await server.close();
}
