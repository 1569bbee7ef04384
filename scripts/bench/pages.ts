/**
 * The bench's pages, generated at run time: the archive's seed article as a news page, long articles of
 * invented copy naming the fact base's people, organisations, places and events (taken from the built fact
 * base, so nothing here knows the seed's names), a live blog that appends a post every 500 ms and an
 * infinite-scroll feed that appends on scroll and on a timer. Every page records its long tasks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSeeds } from '../../src/archive/load';
import type { EntityType } from '../../src/factbase/kinds';
import { FACT_BASE_FILE, ROOT } from '../../tests/e2e/paths';
import { escapeHtml, newsPage } from '../../tests/helpers/news-page';

export interface FactEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  date?: string;
}

export interface BenchPage {
  /** Short key, also the path: /<key>.html */
  key: string;
  /** Label for the table. */
  label: string;
  html: string;
  /** Keeps changing after load (live blog, feed): measured over a CPU window. */
  live?: 'blog' | 'feed';
}

export async function readFactBase(file = FACT_BASE_FILE): Promise<{ date: string; entities: FactEntity[] }> {
  const fb = JSON.parse(await readFile(file, 'utf8')) as { articles: { date: string }[]; entities: FactEntity[] };
  const date = fb.articles.map((a) => a.date).sort().at(-1) ?? '2023-11-10';
  return { date, entities: fb.entities };
}

/** Every name and alias of the fact base: the one list all peers highlight. */
export function aliasesOf(entities: readonly FactEntity[]): string[] {
  return [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Records long tasks from the start; the bench reads window.__longtasks. */
export const LONGTASK_SCRIPT =
  '<script>window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true });</script>';

const FILLER = [
  'Several trade groups, unions and city councils published long statements about prices, jobs and transport.',
  'Most of the week was taken up by a debate on the budget, which ran late into the night.',
  'Local businesses said the weather had kept customers away for a third weekend in a row.',
  'A spokesperson for the port authority declined to comment on the timetable for the new terminal.',
  'Commuters faced delays after a signal failure on the main line north of the river.',
  'The report runs to more than two hundred pages and includes a long appendix on methods.',
  'Economists expect growth to slow in the second half of the year as borrowing costs stay high.',
  'Farmers in the valley said the harvest was late but better than they had feared in the spring.',
];

/**
 * A deterministic story paragraph naming some entities: people in full first (so short forms are supported),
 * then by short form; organisations, places and events in sentences of their own, events in their year.
 */
function storyParagraph(entities: readonly FactEntity[], i: number): string {
  const pick = <T>(xs: readonly T[], k: number) => xs[k % xs.length]!;
  const people = entities.filter((e) => e.type === 'person');
  const orgs = entities.filter((e) => e.type === 'organization');
  const places = entities.filter((e) => e.type === 'place');
  const events = entities.filter((e) => e.type === 'event');
  const s: string[] = [];
  if (people.length) {
    const p = pick(people, i);
    const q = pick(people, i + 1);
    const short = p.aliases.find((a) => !a.includes(' ') && p.name.includes(a));
    s.push(`${p.name} met ${q.name} on Thursday, officials said.`);
    if (short) s.push(`${short} told reporters that the talks had been useful.`);
  }
  if (places.length) s.push(`Delegations travelled from ${pick(places, i).name} and ${pick(places, i + 3).name} for the meetings.`);
  if (orgs.length) s.push(`A statement from ${pick(orgs, i).name} welcomed the outcome.`);
  if (events.length && i % 2 === 0) {
    const e = pick(events, i);
    const year = e.date ? e.date.slice(0, 4) : '';
    s.push(`Both sides looked ahead to the ${e.name}${year ? ` in ${year}` : ''}.`);
  }
  s.push(pick(FILLER, i), pick(FILLER, i + 3));
  return s.join(' ');
}

const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

/** A news page of about `target` words: story paragraphs every third paragraph, plain filler in between. */
export function articlePage(entities: readonly FactEntity[], date: string, target: number, title: string): string {
  const paras: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const text = i % 3 === 0 ? storyParagraph(entities, i / 3) : FILLER.map((_, k) => FILLER[(i + k) % FILLER.length]).slice(0, 5).join(' ');
    paras.push(`<p>${escapeHtml(text)}</p>`);
    n += words(text);
  }
  return shell(title, date, `<article><h1>${escapeHtml(title)}</h1>\n${paras.join('\n')}</article>`);
}

function shell(title: string, date: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="${date}T09:00:00Z">
${LONGTASK_SCRIPT}
<style>body { font: 18px/1.6 Georgia, serif; margin: 0 auto; max-width: 720px; padding: 0 16px; }</style>
</head><body><header>The Daily Bench</header><main>${body}</main>${script}</body></html>`;
}

/** A live blog: a few posts at load, then one more at the top every `everyMs`. */
export function liveBlogPage(entities: readonly FactEntity[], date: string, everyMs = 500): string {
  const posts = Array.from({ length: 10 }, (_, i) => `<li><time>${10 + i}:00</time><p>${escapeHtml(storyParagraph(entities, i))}</p></li>`);
  const texts = Array.from({ length: 24 }, (_, i) => storyParagraph(entities, i + 10));
  const script = `<script>(() => { let k = 0; const list = document.getElementById('posts'); const texts = ${JSON.stringify(texts)};
setInterval(() => { const li = document.createElement('li'); li.innerHTML = '<time>now</time><p></p>'; li.querySelector('p').textContent = texts[k++ % texts.length] + ' (update ' + k + ')'; list.prepend(li); }, ${everyMs}); })();</script>`;
  return shell('Live: talks go on', date, `<article><h1>Live: talks go on</h1><ol id="posts">${posts.join('\n')}</ol></article>`, script);
}

/** An infinite-scroll feed: 30 items at load; 10 more when scrolled near the bottom and every `everyMs`. */
export function feedPage(entities: readonly FactEntity[], date: string, everyMs = 1000): string {
  const item = (i: number) => `<div class="item"><h2>Story ${i}</h2><p>${escapeHtml(storyParagraph(entities, i))}</p></div>`;
  const texts = Array.from({ length: 40 }, (_, i) => storyParagraph(entities, i + 30));
  const script = `<script>(() => { let k = 30; const feed = document.getElementById('feed'); const texts = ${JSON.stringify(texts)};
const more = () => { const frag = document.createDocumentFragment(); for (let j = 0; j < 10; j++, k++) { const d = document.createElement('div'); d.className = 'item'; d.innerHTML = '<h2></h2><p></p>'; d.firstChild.textContent = 'Story ' + k; d.lastChild.textContent = texts[k % texts.length]; frag.append(d); } feed.append(frag); };
let busy = false; addEventListener('scroll', () => { if (busy || innerHeight + scrollY < document.body.scrollHeight - 400) return; busy = true; requestAnimationFrame(() => { more(); busy = false; }); }, { passive: true });
setInterval(more, ${everyMs}); })();</script>`;
  return shell('Your feed', date, `<div id="feed">${Array.from({ length: 30 }, (_, i) => item(i)).join('\n')}</div>`, script);
}

export async function benchPages(opts: { quick?: boolean } = {}): Promise<{ pages: BenchPage[]; entities: FactEntity[]; aliases: string[] }> {
  const { date, entities } = await readFactBase();
  const [seed] = await loadSeeds(path.join(ROOT, 'seeds'));
  const pages: BenchPage[] = [
    { key: 'seed', label: 'seed article', html: newsPage(seed!).replace('</head>', `${LONGTASK_SCRIPT}</head>`) },
    { key: 'w1500', label: '1,500 words', html: articlePage(entities, date, 1_500, 'Talks go on') },
    { key: 'w14000', label: '14,000 words', html: articlePage(entities, date, 14_000, 'The long read') },
    { key: 'w20000', label: '20,000 words', html: articlePage(entities, date, 20_000, 'The longer read') },
    { key: 'w100000', label: '100,000 words', html: articlePage(entities, date, 100_000, 'The whole report') },
    { key: 'liveblog', label: 'live blog', html: liveBlogPage(entities, date), live: 'blog' },
    { key: 'feed', label: 'infinite feed', html: feedPage(entities, date), live: 'feed' },
  ];
  if (opts.quick) pages.splice(pages.findIndex((p) => p.key === 'w20000'), 1);
  return { pages, entities, aliases: aliasesOf(entities) };
}
