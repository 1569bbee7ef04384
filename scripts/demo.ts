/**
 * `npm run demo [-- --headless] [-- --article <id|file>]`: the extension on a news page made from a seed article.
 *
 * Builds the extension, renders a seed article (the first one unless --article) as a news page served on
 * 127.0.0.1, opens Chromium with the extension (a window when there is a display, headless otherwise or
 * with --headless), prints what the extension reports for the page, saves a screenshot to artifacts/demo.png,
 * then exits (headless) or waits until the window is closed.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { loadSeeds } from '../src/archive/load';
import type { ParsedArticle } from '../src/archive/types';
import type { ArchiveStats } from '../src/messaging/protocol';
import {
  firstPainted,
  launchWithExtension,
  openExtensionPage,
  sendFromExtensionPage,
  serveFixtures,
  waitForContentScript,
  waitForFindings,
  type ExtensionSession,
} from '../tests/e2e/browser';
import { buildExtension } from '../tests/e2e/build';
import { ROOT } from '../tests/e2e/paths';
import { headlineOf, newsPage } from '../tests/helpers/news-page';

const SCREENSHOT = path.join(ROOT, 'artifacts/demo.png');

interface DemoPage {
  session: ExtensionSession;
  page: Page;
  url: string;
  article: ParsedArticle;
}

/** What the extension reports about the page, one step per line of the report, in order. */
interface ReportStep {
  label: string;
  run(demo: DemoPage): Promise<string>;
}

const REPORT: ReportStep[] = [
  {
    label: 'content script',
    run: async ({ session, url }) => `answered a ping from ${(await waitForContentScript(session, url)).url}`,
  },
  {
    label: 'archive',
    run: async ({ session, page }) => {
      const extensionPage = await openExtensionPage(session, 'options.html');
      const stats = (await sendFromExtensionPage(extensionPage, { type: 'archive-stats' })) as ArchiveStats;
      await extensionPage.close();
      await page.bringToFront();
      const span = stats.from && stats.to ? `, ${stats.from} to ${stats.to}` : '';
      return `${plural(stats.articles, 'article')}, ${plural(stats.entities, 'name and event', 'names and events')}${span} (from the background)`;
    },
  },
  {
    label: 'found',
    run: async ({ session, url }) => {
      const f = await waitForFindings(session, url);
      if (f.status !== 'ready') return `${f.status}${f.reason ? `: ${f.reason}` : ''}`;
      const known = f.entities.map((e) => `${e.name} (${e.type}, ×${e.count})`);
      const unknown = f.unknown.slice(0, 8).map((n) => `${n.text} (${n.type})`);
      return [
        `${plural(f.entities.length, 'name or event', 'names and events')} from the archive, painted on the page:`,
        ...known.map((k) => `    ${k}`),
        `  not in the archive (detected in the background): ${unknown.join(', ') || 'none'}`,
      ].join('\n');
    },
  },
  {
    label: 'card',
    run: async ({ page }) => {
      const target = (await firstPainted(page, 'person')) ?? (await firstPainted(page, 'event'));
      if (!target) return 'nothing painted to hover';
      await page.mouse.move(target.x, target.y);
      await page.waitForTimeout(900);
      return `hovered "${target.text}": its card is in the screenshot`;
    },
  },
  {
    label: 'network',
    run: async ({ session }) => {
      const external = session.externalRequests();
      return external.length ? `${plural(external.length, 'request')} left the machine:\n    ${external.join('\n    ')}` : 'no request left 127.0.0.1';
    },
  },
];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { headless: { type: 'boolean' }, article: { type: 'string' } } });
  const headless = values.headless || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

  const articles = await loadSeeds(path.join(ROOT, 'seeds'));
  const article = values.article ? articles.find((a) => a.id === values.article || a.file === values.article) : articles[0];
  if (!article) {
    console.error(`demo: no article "${values.article}" in seeds/ (have: ${articles.map((a) => a.id).join(', ')})`);
    return 2;
  }

  console.log('demo: building the extension…');
  const ms = await buildExtension('chrome');
  console.log(`demo: built in ${(ms / 1000).toFixed(1)} s`);

  const pathname = `/news/${article.id}.html`;
  const server = await serveFixtures({ pages: { [pathname]: newsPage(article) } });
  const session = await launchWithExtension({ headless, viewport: { width: 1100, height: 900 } });
  const stopOnSignal = () => void shutdown(session, server).then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  try {
    const page = await session.context.newPage();
    const url = server.url(pathname);
    await page.goto(url);
    console.log(`demo: ${headless ? 'headless Chromium' : 'Chromium'} with the extension on ${url}`);
    console.log(`      "${headlineOf(article)}" (${article.file}, ${article.date})`);

    for (const step of REPORT) console.log(`  ${`${step.label}:`.padEnd(16)}${await step.run({ session, page, url, article })}`);

    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`demo: screenshot ${path.relative(process.cwd(), SCREENSHOT) || SCREENSHOT}`);

    if (!headless) {
      console.log('demo: close the browser window (or press Ctrl-C) to finish');
      await new Promise((resolve) => session.context.once('close', resolve));
    }
    return 0;
  } finally {
    process.off('SIGINT', stopOnSignal);
    await shutdown(session, server);
  }
}

/** Browser first: it holds keep-alive connections that would keep the server open. */
async function shutdown(session: ExtensionSession, server: { close(): Promise<void> }) {
  await session.close();
  await server.close();
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
