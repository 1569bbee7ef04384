/**
 * npm run quality:links [-- --corpus <dir>] [--brief] [--show] [--only <substring,...>] [--exclude <substring,...>]
 *
 * Linking measured on real news text the archive has not seen, against hand labels. The corpus (default
 * /work/local-real, never committed) holds:
 * - seeds/*.txt: real articles in the seeds format, built into a fact base here (the archive);
 * - gold/*.json: the builder's gold labels, whose `key`s name real things across files;
 * - linking/texts/*.txt and linking/labels/*.json: other real articles and which of their spans must link
 *   to which key, which must not link, and descriptive references to events (linking/README.md).
 * An archive entity stands for a key when its name (or, failing that, one of its multi-word aliases) is one of
 * that key's names in the gold files; linking/keys.json may add or correct a few (`{"archive-id": "key"}`).
 * Prints per article and overall: linking precision (right links / judged links), name recall (labelled
 * names of the archive linked to the right entity) and descriptive-event recall.
 * --only / --exclude keep (drop) the labelled articles whose file name contains one of the comma-separated
 * substrings, so that a development split and a held-out split can be measured apart.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFactBase } from '../src/archive/build';
import { corpusArticle } from '../tests/quality/corpus';
import { scoreAll, type GoldArticle } from '../tests/quality/score';
import type { FactBase } from '../src/factbase/schema';
import { compileMatcher, findMentions, prepareMatcher, type Mention } from '../src/matching/index';

interface Label {
  text: string;
  key?: string;
  /** 1-based occurrences of `text` this label covers (default: all). */
  nth?: number[];
  /** A link here is right, but a missing one is not counted against recall. */
  optional?: boolean;
  why?: string;
}
interface LinkLabels {
  file: string;
  date: string;
  url?: string;
  names?: Label[];
  events?: Label[];
  nolink?: Label[];
}
interface Span {
  start: number;
  end: number;
  key?: string;
  kind: 'name' | 'event' | 'nolink';
  text: string;
  optional?: boolean;
}

const args = process.argv.slice(2);
const k = args.indexOf('--corpus');
const corpus = resolve(k >= 0 ? args[k + 1]! : '/work/local-real');
const brief = args.includes('--brief');
const show = args.includes('--show');
const listArg = (flag: string): string[] | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? (args[i + 1] ?? '').split(',').filter(Boolean) : undefined;
};
const only = listArg('--only');
const exclude = listArg('--exclude');
const selected = (file: string): boolean => (!only || only.some((s) => file.includes(s))) && !exclude?.some((s) => file.includes(s));

const linking = join(corpus, 'linking');
if (!existsSync(join(corpus, 'seeds')) || !existsSync(join(linking, 'labels'))) {
  console.log(`quality:links: no corpus at ${corpus} (it needs seeds/, gold/ and linking/labels/); nothing to measure`);
  process.exit(0);
}

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

// the archive
const seedsDir = join(corpus, 'seeds');
const articles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => corpusArticle(f, readFileSync(join(seedsDir, f))));
const t0 = performance.now();
const fb: FactBase = buildFactBase(articles);
const buildMs = performance.now() - t0;
const matcher = prepareMatcher(compileMatcher(fb));

// gold names → keys; archive entity → key
const goldArticles = readdirSync(join(corpus, 'gold'))
  .filter((f) => f.endsWith('.json') && f !== 'roles.json')
  .map((f) => JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as GoldArticle);
const namesOfKey = new Map<string, Set<string>>();
for (const gold of goldArticles as { entities: { key: string; name: string; aliases?: string[] }[] }[]) {
  for (const e of gold.entities) {
    const set = namesOfKey.get(e.key) ?? new Set<string>();
    for (const n of [e.name, ...(e.aliases ?? [])]) set.add(norm(n));
    namesOfKey.set(e.key, set);
  }
}
const keysOfName = new Map<string, string[]>();
for (const [key, names] of namesOfKey) for (const n of names) keysOfName.set(n, [...(keysOfName.get(n) ?? []), key]);
const overridesFile = join(linking, 'keys.json');
const overrides = existsSync(overridesFile) ? (JSON.parse(readFileSync(overridesFile, 'utf8')) as Record<string, string | null>) : {};
const keyOfId = new Map<string, string>();
for (const e of fb.entities) {
  if (e.id in overrides) {
    const o = overrides[e.id];
    if (o) keyOfId.set(e.id, o);
    continue;
  }
  const typed = (keys: string[] | undefined) => keys?.find((x) => x.startsWith(`${e.type}:`)) ?? keys?.[0];
  // by its name, then by an alias of several words, then by any alias (the archive's "United States" is the gold's
  // "U.S." when no gold article wrote the name out)
  const byAliases = (aliases: string[]) => typed(aliases.flatMap((a) => keysOfName.get(norm(a)) ?? []));
  const key = typed(keysOfName.get(norm(e.name))) ?? byAliases(e.aliases.filter((a) => a.includes(' '))) ?? byAliases(e.aliases);
  if (key) keyOfId.set(e.id, key);
}
// an archive entity whose names the gold never wrote ("Beirut explosion" for the gold's "Beirut port explosion"):
// the key the fact-base scoring matched it to in the seeds, when it matched one key only
const matchedKeys = new Map<string, Set<string>>();
for (const a of scoreAll(goldArticles, fb).articles) for (const m of a.matches) if (m.key) matchedKeys.set(m.id, (matchedKeys.get(m.id) ?? new Set()).add(m.key));
for (const [id, keys] of matchedKeys) if (!keyOfId.has(id) && !(id in overrides) && keys.size === 1) keyOfId.set(id, [...keys][0]!);
for (const id of Object.keys(overrides)) if (!fb.entities.some((e) => e.id === id)) console.log(`note: keys.json names ${id}, which this archive does not have`);
const keysInArchive = new Set(keyOfId.values());

/** Whole-word occurrences of `text` (case-sensitive), 1-based `nth` kept. */
function occurrences(body: string, label: Label): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let at = body.indexOf(label.text), n = 1; at >= 0; at = body.indexOf(label.text, at + 1)) {
    const end = at + label.text.length;
    if ((at > 0 && word.test(body[at - 1]!) && word.test(label.text[0]!)) || (end < body.length && word.test(body[end]!) && word.test(label.text.at(-1)!))) continue;
    if (!label.nth || label.nth.includes(n)) out.push({ start: at, end });
    n++;
  }
  return out;
}

/** Labelled spans of one kind. */
function spansOf(body: string, labels: Label[] | undefined, kind: Span['kind'], file: string): Span[] {
  const all: Span[] = [];
  for (const l of labels ?? []) {
    const found = occurrences(body, l);
    if (!found.length) console.log(`warning: ${file}: label "${l.text}" not found in the text`);
    for (const o of found) all.push({ ...o, key: l.key, kind, text: l.text, optional: l.optional });
  }
  return all;
}

/** For recall, a span inside a longer span of the same kind is the longer one's. */
function outermost(all: Span[]): Span[] {
  return all.filter((s) => !all.some((t) => t !== s && t.start <= s.start && t.end >= s.end && t.end - t.start > s.end - s.start));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

type Count = { right: number; wrong: number; unjudged: number; names: number; namesHit: number; events: number; eventsHit: number; absent: number };
const zero = (): Count => ({ right: 0, wrong: 0, unjudged: 0, names: 0, namesHit: 0, events: 0, eventsHit: 0, absent: 0 });
const total = zero();
const rows: string[] = [];
const details: string[] = [];
const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '  - ');
let matchMs = 0;

const labelFiles = readdirSync(join(linking, 'labels'))
  .filter((f) => f.endsWith('.json') && selected(f))
  .sort();
for (const f of labelFiles) {
  const lab = JSON.parse(readFileSync(join(linking, 'labels', f), 'utf8')) as LinkLabels;
  const body = readFileSync(join(linking, 'texts', lab.file), 'utf8');
  const t1 = performance.now();
  const mentions: Mention[] = findMentions(matcher, body, { pageDate: lab.date });
  matchMs += performance.now() - t1;
  const names = spansOf(body, lab.names, 'name', lab.file);
  const events = spansOf(body, lab.events, 'event', lab.file);
  const nolink = spansOf(body, lab.nolink, 'nolink', lab.file);
  for (const s of [...names, ...events]) if (s.key && !namesOfKey.has(s.key)) console.log(`warning: ${lab.file}: key ${s.key} is in no gold file`);
  const c = zero();
  const keyOf = (m: Mention) => keyOfId.get(m.id);
  const say = (line: string) => details.push(`  ${lab.file}: ${line}`);
  for (const m of mentions) {
    const surface = body.slice(m.start, m.end);
    // a name inside a labelled longer name is right when it is labelled too ("China" in "China's foreign ministry")
    const near = [...names, ...events, ...nolink].filter((s) => overlaps(s, m));
    if (near.some((s) => s.key && s.key === keyOf(m) && s.start <= m.start && s.end >= m.end)) c.right++;
    else if (near.length) {
      c.wrong++;
      say(`WRONG "${surface}" → ${m.id} (${m.reason}${m.evidence ? `: ${m.evidence}` : ''}); labelled ${near.map((s) => `${s.kind} "${s.text}" ${s.key ?? ''}`).join(', ')}`);
    } else {
      c.unjudged++;
      say(`unjudged "${surface}" → ${m.id} (${keyOf(m) ?? 'no key'}, ${m.reason})`);
    }
  }
  for (const [list, kind] of [
    [outermost(names), 'name'],
    [outermost(events), 'event'],
  ] as const) {
    for (const s of list) {
      // "Taiwan" inside a "Taiwan Strait" labelled nolink is not a name to find
      if (s.optional || nolink.some((n) => n.start <= s.start && n.end >= s.end)) continue;
      if (!s.key || !keysInArchive.has(s.key)) {
        c.absent++;
        continue;
      }
      const hit = mentions.some((m) => overlaps(s, m) && keyOf(m) === s.key);
      if (kind === 'name') {
        c.names++;
        if (hit) c.namesHit++;
      } else {
        c.events++;
        if (hit) c.eventsHit++;
      }
      if (!hit) say(`missed ${kind} "${s.text}" @${s.start} (${s.key})`);
    }
  }
  if (show) for (const m of mentions) say(`  link "${body.slice(m.start, m.end)}" → ${m.id} (${m.reason}) in "…${body.slice(Math.max(0, m.start - 40), m.end + 20).replace(/\s+/g, " ")}…"`);
  for (const key of Object.keys(total) as (keyof Count)[]) total[key] += c[key];
  rows.push(
    `${lab.file.replace(/\.txt$/, '').padEnd(40)} ${pct(c.right, c.right + c.wrong).padStart(9)} ${`${c.right}/${c.right + c.wrong}`.padStart(7)}` +
      ` ${pct(c.namesHit, c.names).padStart(6)} ${`${c.namesHit}/${c.names}`.padStart(7)} ${pct(c.eventsHit, c.events).padStart(6)} ${`${c.eventsHit}/${c.events}`.padStart(5)} ${String(c.unjudged).padStart(8)}`,
  );
}

console.log(`quality:links: archive of ${articles.length} articles from ${corpus} (${fb.entities.length} entities, ${keyOfId.size} with a gold key; built in ${buildMs.toFixed(0)} ms)`);
console.log(`${labelFiles.length} labelled articles; matching took ${matchMs.toFixed(1)} ms in all\n`);
if (!brief) {
  console.log(`${'article'.padEnd(40)} precision  links  names   hits  events  hits unjudged`);
  for (const r of rows) console.log(r);
  console.log('');
}
console.log(
  `overall: precision ${pct(total.right, total.right + total.wrong)} (${total.right}/${total.right + total.wrong}), ` +
    `name recall ${pct(total.namesHit, total.names)} (${total.namesHit}/${total.names}), ` +
    `descriptive events ${pct(total.eventsHit, total.events)} (${total.eventsHit}/${total.events}); ` +
    `${total.unjudged} links unjudged, ${total.absent} labels for things the archive does not hold`,
);
if (!brief && details.length) console.log(`\n${details.join('\n')}`);
