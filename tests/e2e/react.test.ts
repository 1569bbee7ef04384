/**
 * Reliability row 1: a React page keeps working with the extension. Two apps, driven the same way:
 *
 * - **React 19 itself** (fixtures/react/app.jsx): rendered here in Node with react-dom/server, bundled for
 *   the page with esbuild (react-dom's development build, which reports every hydration mismatch), and
 *   hydrated with hydrateRoot when the test lets its bundle arrive (after the content script has painted).
 *   React reports any error (mismatches it recovers from, caught and uncaught errors) to the console.
 * - **A hand-written reconciler** (fixtures/react/live.html) that behaves like react-dom where extensions
 *   break it, and stricter: it throws if any node it owns was moved, removed, wrapped or retexted.
 *
 * Each hydrates server-rendered markup, then re-renders a feed of paragraphs 50 times, changing, inserting,
 * removing and reordering its own nodes, with archive names inside conditionally rendered text and names
 * split over several text nodes. Then it navigates client-side (pushState) and back.
 *
 * The same run without the extension gives the reference console output. With the extension: no page
 * errors, the same console output, no frame in which a highlight paints anything but an archive name, and at
 * the end (and after each navigation) the highlights match the final text. A control run (React, no
 * extension) wraps a name in <font> before hydration, as a DOM-editing extension would, and must see errors:
 * the proof that these checks can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  launchWithExtensionRetrying,
  paintedRanges,
  pollUntil,
  serveFixtures,
  waitForContentScript,
  type ChromiumSession,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { compareNow, FIXTURES, HIGHLIGHTS_NOW, KNOWN, reactPages } from './react-pages';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures({ root: FIXTURES, pages: await reactPages() });
});
afterAll(async () => {
  await server?.close();
});

interface Run {
  console: string[];
  errors: string[];
  /** With the extension: what the highlights looked like at each check. */
  checks: { when: string; ok: boolean; problems: string[]; painted: number; ms: number }[];
  /** Frames in which a highlight painted something that is not an archive name, or removed text. */
  badFrames: string[];
  highlightsAtHydration: number;
}

const wait = <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms: number, errors: string[]) =>
  pollUntil(read, (v) => ok(v) || errors.length > 0, ms).then((r) => {
    if (errors.length) throw new Error(`page error while waiting for ${what}: ${errors.join('\n')}`);
    if (!r.ok) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    return r.value;
  });

/** Whether the highlights match the article's text now (react-pages.ts: compareNow). */
async function compareHighlights(page: Page): Promise<{ ok: boolean; problems: string[]; painted: number }> {
  return compareNow((await page.evaluate(HIGHLIGHTS_NOW)) as Parameters<typeof compareNow>[0]);
}

/**
 * Loads the page, lets it hydrate, clicks for 50 re-renders, navigates client-side and back. `tamper` runs
 * in the page just before its bundle arrives (the control run).
 */
async function runApp(session: ChromiumSession, withExtension: ExtensionSession | undefined, url: string, tamper?: () => void): Promise<Run> {
  const page = await session.context.newPage();
  const run: Run = { console: [], errors: [], checks: [], badFrames: [], highlightsAtHydration: -1 };
  page.on('console', (m) => run.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => run.errors.push(`${e.name}: ${e.message}`));
  const check = async (when: string) => {
    if (!withExtension) return;
    const r = await pollUntil(() => compareHighlights(page), (c) => c.ok, 6_000, 100);
    run.checks.push({ when, ...r.value, ms: r.ms });
  };
  try {
    await page.goto(server.url(url));
    if (withExtension) {
      await waitForContentScript(withExtension, page.url());
      await wait('the first highlights', () => paintedRanges(page), (r) => r.length > 0, 5_000, run.errors);
    }
    if (tamper) await page.evaluate(tamper);
    await page.evaluate(() => (window as unknown as { __bundleArrived(): void }).__bundleArrived());
    await wait('hydration', () => page.evaluate(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true), Boolean, 5_000, run.errors);
    run.highlightsAtHydration = await page.evaluate(() => (window as unknown as { __highlightsAtHydration: number }).__highlightsAtHydration);
    await check('after hydration');
    if (withExtension) {
      // Every frame from here on: our highlights may only ever paint archive names, on text still in the page.
      await page.evaluate((known) => {
        const names = new Set(known);
        const bad: string[] = [];
        (window as unknown as { __badFrames: string[] }).__badFrames = bad;
        const frame = () => {
          for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
            if (!name.startsWith('news-context-')) continue;
            for (const r of h) {
              const text = r.toString();
              if (bad.length < 20 && (!names.has(text) || !r.startContainer.isConnected || !r.endContainer.isConnected)) {
                bad.push(`${Math.round(performance.now())} ms: "${text}"${r.startContainer.isConnected ? '' : ' (removed text)'}`);
              }
            }
          }
          requestAnimationFrame(frame);
        };
        frame();
      }, KNOWN);
    }

    await page.click('#run');
    await wait('50 renders', () => page.evaluate(() => (window as unknown as { __runDone?: boolean }).__runDone === true), Boolean, 10_000, run.errors);
    await check('after 50 renders');

    await page.click('#next');
    await wait('the markets route', () => page.evaluate(() => document.querySelector('#feed p')?.getAttribute('data-key')), (k) => k === 'm1', 5_000, run.errors);
    await check('after pushState to /react/markets');

    await page.goBack();
    await wait('the live route again', () => page.evaluate(() => document.querySelector('#feed p')?.getAttribute('data-key')), (k) => k === 'k1', 5_000, run.errors);
    await check('after going back');

    if (withExtension) run.badFrames = await page.evaluate(() => (window as unknown as { __badFrames: string[] }).__badFrames);
    // the page's console messages and errors arrive in order: this marker's arrival means all before it have
    const marker = new Promise<void>((resolve) => page.on('console', (m) => m.text() === '__end' && resolve()));
    await page.evaluate(() => setTimeout(() => console.log('__end'), 0));
    await marker;
    run.console = run.console.filter((m) => m !== 'log: __end');
    return run;
  } finally {
    await page.close();
  }
}

describe.each([
  { app: 'React 19 (react-dom/server, hydrateRoot)', url: '/react-dom/live' },
  { app: 'a hand-written React-style reconciler', url: '/react/live.html' },
])('$app, with the extension', ({ url }) => {
  let without: Run;
  let withExt: Run;

  beforeAll(async () => {
    const plain = await launchChromium({ extension: false });
    try {
      without = await runApp(plain, undefined, url);
    } finally {
      await plain.close();
    }
    const browser = await launchWithExtensionRetrying();
    try {
      withExt = await runApp(browser, browser, url);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('runs cleanly without the extension (the reference run)', () => {
    expect(without.errors).toEqual([]);
    const renders = without.console.filter((l) => /^log: render \d+ \(click\)/.test(l));
    expect(renders).toHaveLength(50);
    expect(without.console.filter((l) => l.startsWith('log: hydrated'))).toEqual(['log: hydrated: 6 paragraphs']);
    expect(without.console.filter((l) => l.startsWith('error:') || l.startsWith('warning:'))).toEqual([]);
    expect(without.console.filter((l) => /^log: done: 50 renders, \d+ paragraphs$/.test(l))).toHaveLength(1);
    expect(without.console.filter((l) => l.includes('(navigate)') || l.includes('(popstate)'))).toHaveLength(2);
  });

  it('throws no error and logs exactly what the page logs without the extension', () => {
    expect(withExt.errors).toEqual([]);
    expect(withExt.console).toEqual(without.console);
  });

  it('had painted the server-rendered names before the page hydrated', () => {
    expect(withExt.highlightsAtHydration).toBeGreaterThan(0);
  });

  it('never painted anything but an archive name on text still in the page, in any frame', () => {
    expect(withExt.badFrames).toEqual([]);
  });

  it('ends with highlights that match the final text, after the re-renders and after each navigation', () => {
    expect(withExt.checks.map((c) => c.when)).toEqual(['after hydration', 'after 50 renders', 'after pushState to /react/markets', 'after going back']);
    for (const c of withExt.checks) {
      expect(c.problems, c.when).toEqual([]);
      expect(c.painted, c.when).toBeGreaterThan(0);
    }
    console.log(`${url}: highlights matched the text ${withExt.checks.map((c) => `${c.when} in ${c.ms} ms`).join(', ')}`);
  });
});

describe('the control: React 19 with a name wrapped in <font> before hydration (no extension)', () => {
  it('gets React errors, so the checks above can fail', async () => {
    const plain = await launchChromium({ extension: false });
    let run: Run;
    try {
      run = await runApp(plain, undefined, '/react-dom/live', () => {
        // what a DOM-editing extension (or a translator) does: wrap a name's text node in an element
        const walker = document.createTreeWalker(document.getElementById('feed')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.nodeValue === 'John Kerry') {
            const font = document.createElement('font');
            n.parentNode!.replaceChild(font, n);
            font.append(n);
            break;
          }
        }
      }).catch((err: unknown) => ({ console: [], errors: [String(err)], checks: [], badFrames: [], highlightsAtHydration: -1 }));
    } finally {
      await plain.close();
    }
    const reported = [...run.errors, ...run.console.filter((l) => l.startsWith('error:'))];
    expect(reported.some((l) => l.includes('Hydration failed')), `React did not report the foreign <font>: ${reported.join('\n')}`).toBe(true);
  });
});
