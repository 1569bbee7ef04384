/**
 * Golden pages (style habit 9): every folder in tests/fixtures/pages/ holds a `source.html` written for
 * this test and an `expected.json` written by hand from what a careful reader expects to be linked. The
 * page goes through the content script's own composition (`scanDocument`) against a fact base built from
 * seeds/, and the linked mentions must equal the expected ones, in page order.
 *
 * Where the pipeline is known to be wrong, `expected.json` keeps the reader's expectation and lists the
 * difference under `known` with the reason: the test then requires the differences to be exactly that
 * list, so a new mistake fails, and so does a fixed one that is still listed. Precision and recall over
 * all pages are printed at the end, known mistakes included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { loadSeeds } from '../../../src/archive/load';
import { compileMatcher, prepareMatcher, type LoadedMatcher } from '../../../src/matching';
import { scanDocument } from '../../../src/page/scan';

const PAGES = path.resolve(__dirname, '../../fixtures/pages');
const SEEDS = path.resolve(__dirname, '../../../seeds');

interface Linked {
  text: string;
  entity: string;
}

/**
 * One difference between the reader's expectation and the pipeline: an expected mention it does not
 * link (`missing`), one it links that the reader would not (`extra`), or the right words linked to
 * another entity (`wrong`, with `got`).
 */
interface Known extends Linked {
  kind: 'missing' | 'extra' | 'wrong';
  got?: string;
  why: string;
}

interface Expected {
  /** The page's date as YYYY-MM-DD, or null when the page has none. */
  date: string | null;
  mentions: Linked[];
  /** Entity ids that must not be linked anywhere on the page (look-alike pages). */
  absent?: string[];
  known?: Known[];
}

type Difference = Omit<Known, 'why'>;

interface Outcome {
  slug: string;
  expected: number;
  predicted: number;
  correct: number;
  known: Known[];
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Whitespace as the reader sees it: a name broken over a line in the HTML source reads as one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const key = (m: Linked): string => `${norm(m.text)}\u0000${m.entity}`;

/**
 * Aligns the expected and the predicted mentions in order (longest common subsequence of text + entity):
 * a prediction is correct when it matches an expected mention at the same place in the sequence. The
 * rest are differences; an unmatched pair with the same text between the same anchors is one `wrong`.
 */
function align(expected: Linked[], predicted: Linked[]): { correct: number; differences: Difference[] } {
  const a = expected.map(key);
  const b = predicted.map(key);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const differences: Difference[] = [];
  let missing: Linked[] = [];
  let extra: Linked[] = [];
  const flush = () => {
    // within one gap between matched mentions, a leftover pair with the same text is one wrong link
    const used = new Set<number>();
    for (const m of missing) {
      const y = extra.findIndex((p, k) => !used.has(k) && norm(p.text) === norm(m.text));
      if (y >= 0) used.add(y);
      differences.push(y >= 0 ? { kind: 'wrong', text: norm(m.text), entity: m.entity, got: extra[y]!.entity } : { kind: 'missing', text: norm(m.text), entity: m.entity });
    }
    extra.forEach((p, k) => {
      if (!used.has(k)) differences.push({ kind: 'extra', text: norm(p.text), entity: p.entity });
    });
    missing = [];
    extra = [];
  };
  let i = 0;
  let j = 0;
  let correct = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      correct++;
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      missing.push(expected[i++]!);
    } else {
      extra.push(predicted[j++]!);
    }
  }
  flush();
  return { correct, differences };
}

function sortDifferences(list: Difference[]): Difference[] {
  const k = (d: Difference) => [d.kind, d.text, d.entity, d.got ?? ''].join('\u0000');
  return [...list].sort((x, y) => (k(x) < k(y) ? -1 : k(x) > k(y) ? 1 : 0));
}

function readExpected(slug: string): Expected {
  return JSON.parse(readFileSync(path.join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;
}

/** The page through the content script's composition, as `npm run annotate` runs it. */
async function scanPage(slug: string, matcher: LoadedMatcher): Promise<{ date: string | undefined; mentions: Linked[] }> {
  const html = readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8');
  // No date in the URL: the page's own metadata must date it. Nothing is fetched: no scripts, styles or images.
  const window = new Window({
    url: `https://news.example/pages/${slug}/`,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const scan = scanDocument(doc, window.location.href, matcher, { checkVisibility: false });
    return { date: scan.date, mentions: scan.mentions.map((m) => ({ text: scan.page.text.slice(m.start, m.end), entity: m.id })) };
  } finally {
    await window.happyDOM.close();
  }
}

let matcher: LoadedMatcher;
const outcomes: Outcome[] = [];

beforeAll(async () => {
  matcher = prepareMatcher(compileMatcher(buildFactBase(await loadSeeds(SEEDS))));
});

afterAll(() => {
  if (outcomes.length === 0) return;
  const sum = (f: (o: Outcome) => number) => outcomes.reduce((n, o) => n + f(o), 0);
  const ratio = (n: number, d: number) => (d === 0 ? '1.000' : (n / d).toFixed(3));
  const lines = ['golden pages: matcher precision and recall (mention level, text + entity in page order)'];
  for (const o of [...outcomes].sort((x, y) => x.slug.localeCompare(y.slug))) {
    lines.push(
      `  ${o.slug.padEnd(28)} expected ${String(o.expected).padStart(3)}  linked ${String(o.predicted).padStart(3)}  ` +
        `correct ${String(o.correct).padStart(3)}  P ${ratio(o.correct, o.predicted)}  R ${ratio(o.correct, o.expected)}`,
    );
  }
  const correct = sum((o) => o.correct);
  lines.push(
    `  ${'all pages'.padEnd(28)} expected ${String(sum((o) => o.expected)).padStart(3)}  linked ${String(sum((o) => o.predicted)).padStart(3)}  ` +
      `correct ${String(correct).padStart(3)}  P ${ratio(correct, sum((o) => o.predicted))}  R ${ratio(correct, sum((o) => o.expected))}`,
  );
  const known = outcomes.flatMap((o) => o.known.map((k) => ({ slug: o.slug, ...k })));
  lines.push(`known discrepancies (${known.length}):`);
  for (const k of known) {
    const what = k.kind === 'wrong' ? `"${k.text}" → ${k.got}, expected ${k.entity}` : `"${k.text}" → ${k.entity}`;
    lines.push(`  ${k.slug}: ${k.kind} ${what}: ${k.why}`);
  }
  console.log(lines.join('\n'));
});

describe('golden pages', () => {
  it('has the fixture folders', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(slugs)('%s', async (slug) => {
    const expected = readExpected(slug);
    const absent = new Set(expected.absent ?? []);
    const known = expected.known ?? [];
    // the fixture itself must be coherent: an entity cannot be both expected and absent
    expect(expected.mentions.filter((m) => absent.has(m.entity)), 'expected mentions of absent entities').toEqual([]);
    expect(known.every((k) => k.why?.trim()), 'every known discrepancy says why').toBe(true);

    const { date, mentions } = await scanPage(slug, matcher);
    const { correct, differences } = align(expected.mentions, mentions);
    outcomes.push({ slug, expected: expected.mentions.length, predicted: mentions.length, correct, known });

    expect(date ?? null, 'page date').toBe(expected.date);
    // exactly the known differences, no more (a regression) and no fewer (a fix: remove it from the list).
    // Compared as a multiset: without offsets in expected.json, which of two equal "Kerry"s is the one
    // missing is a guess of the alignment, not a fact about the page.
    expect(sortDifferences(differences), 'differences from expected.json beyond its "known" list').toEqual(
      sortDifferences(known.map(({ why: _why, ...d }) => d)),
    );
    // absent entities appear only where a known difference already admits it
    const admitted = known.filter((k) => k.kind !== 'missing').map((k) => (k.kind === 'wrong' ? k.got : k.entity));
    const linkedAbsent = mentions.filter((m) => absent.has(m.entity)).map((m) => m.entity);
    expect(linkedAbsent.filter((id) => !admitted.includes(id)), 'absent entities linked').toEqual([]);
  });
});
