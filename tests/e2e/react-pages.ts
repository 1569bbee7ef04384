/**
 * The React pages of reliability row 1 (fixtures/react) and how their highlights are checked, shared by the
 * Chromium test (react.test.ts) and the Firefox one (firefox-react.test.ts).
 */
import { EVENT_WORDS } from '../../src/matching/event-refs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { FACT_BASE_FILE } from './paths';

export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const archive = JSON.parse(readFileSync(FACT_BASE_FILE, 'utf8')) as { entities: { name: string; aliases: string[] }[] };
/** Every form of a name the archive knows: what a painted range may show. */
export const KNOWN = [...new Set([...archive.entities.flatMap((e) => [e.name, ...e.aliases]), ...EVENT_WORDS])];
export const FULL_NAMES = archive.entities.map((e) => e.name);

const NODE_ENV = { 'process.env.NODE_ENV': '"development"' };

/** The React app's page, server-rendered now with react-dom/server, and its client bundle. */
export async function reactPages(): Promise<Record<string, { body: string; type?: string }>> {
  const dir = path.join(FIXTURES, 'react');
  const ssr = await build({
    stdin: {
      contents: "import { renderToString } from 'react-dom/server'; import { App } from './app.jsx'; export const render = (route) => renderToString(<App route={route} />);",
      loader: 'jsx',
      resolveDir: dir,
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    jsxImportSource: 'react', // not the project's preact (tsconfig.json)
    define: NODE_ENV,
    write: false,
    logLevel: 'error',
  });
  const mod = { exports: {} as { render(route: string): string } };
  new Function('module', 'exports', 'require', ssr.outputFiles[0]!.text)(mod, mod.exports, createRequire(import.meta.url));
  const client = await build({
    entryPoints: [path.join(dir, 'client.jsx')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react', // not the project's preact (tsconfig.json)
    define: NODE_ENV,
    write: false,
    logLevel: 'error',
  });
  const shell = readFileSync(path.join(FIXTURES, 'react/live.html'), 'utf8');
  const head = shell.slice(0, shell.indexOf('<body>'));
  const html = `${head}<body>
<div id="root">${mod.exports.render('live')}</div>
<script>
  // React's bundle arrives when the test says so (after the content script has painted), as a late bundle would.
  window.__bundleArrived = () => { const s = document.createElement('script'); s.src = '/react-dom/client.js'; document.body.append(s); };
</script>
</body>
</html>
`;
  return { '/react-dom/live': { body: html }, '/react-dom/client.js': { body: client.outputFiles[0]!.text, type: 'text/javascript; charset=utf-8' } };
}

/** An expression, evaluated in the page: the article's text and our painted ranges (text, inside the article). */
export const HIGHLIGHTS_NOW = `(() => {
  const article = document.querySelector('article');
  const ranges = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('news-context-')) continue;
    for (const r of h) ranges.push({ text: r.toString(), inArticle: article.contains(r.startContainer) && article.contains(r.endContainer) });
  }
  return { text: article.innerText, ranges };
})()`;

/**
 * Whether the highlights match the article's text now: every painted range shows an archive name in text
 * that is still in the article, and every archive full name in the article's text is painted as often as
 * it occurs.
 */
export function compareNow(now: { text: string; ranges: { text: string; inArticle: boolean }[] }): { ok: boolean; problems: string[]; painted: number } {
  const problems: string[] = [];
  for (const r of now.ranges) {
    if (!KNOWN.includes(r.text)) problems.push(`painted "${r.text}", not an archive name`);
    if (!r.inArticle) problems.push(`painted "${r.text}" outside the article (removed text?)`);
  }
  for (const name of FULL_NAMES) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inText = now.text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
    const painted = now.ranges.filter((r) => r.text === name).length;
    if (inText !== painted) problems.push(`"${name}" is in the text ${inText} times, painted ${painted} times`);
  }
  return { ok: problems.length === 0, problems, painted: now.ranges.length };
}
