/**
 * npm run quality:quotes [-- --corpus <dir>] [--brief]
 *
 * Quotes and their speakers measured on real news, against hand labels:
 * - default: the real pages in ../shared/realpages, labelled in tests/quality/real/quotes/ (dev pages only);
 * - --corpus <dir>: a folder with seeds/ (seed-format .txt files) and quotes/ (one JSON per labelled seed).
 * A labelled quote is found when an extracted quote contains its first words; its speaker is right when the
 * extracted speaker's name or one of its aliases is one of the label's names.
 * Prints quote recall, speaker precision (right speakers / speakers given) and speaker recall
 * (right speakers / labelled quotes that have a speaker).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../src/archive/extract';
import type { LocalQuote } from '../src/archive/local';
import { corpusArticle } from '../tests/quality/corpus';
import type { ParsedArticle } from '../src/archive/types';
import { hasRealPages, REALPAGES, realArticle } from '../tests/quality/realpages';

interface QuoteLabel {
  start: string;
  speaker: string | string[] | null;
}
interface QuoteGold {
  page?: string;
  file?: string;
  quotes: QuoteLabel[];
}

const args = process.argv.slice(2);
const k = args.indexOf('--corpus');
const corpus = k >= 0 ? resolve(args[k + 1]!) : undefined;
const brief = args.includes('--brief');

/** Case, accents, quote marks, brackets and punctuation fold away: "[My husband] wouldn’t" = "my husband wouldnt". */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

const labelDir = corpus ? join(corpus, 'quotes') : join(import.meta.dirname, '../tests/quality/real/quotes');
if (!corpus && !hasRealPages()) {
  console.log(`quality:quotes: ${REALPAGES} is absent; nothing to measure`);
  process.exit(0);
}
if (!existsSync(labelDir)) throw new Error(`no quote labels in ${labelDir}`);
const golds = readdirSync(labelDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(labelDir, f), 'utf8')) as QuoteGold);

const articleOf = (g: QuoteGold): ParsedArticle =>
  corpus ? corpusArticle(g.file!, readFileSync(join(corpus, 'seeds', g.file!))) : realArticle(g.page!, '2020-01-01');

let labelled = 0;
let found = 0;
let withSpeaker = 0;
let given = 0;
let right = 0;
let extra = 0;
const lines: string[] = [];
for (const g of golds) {
  const name = g.page ?? g.file!;
  const quotes = extractArticle(articleOf(g)).quotes;
  const folded = quotes.map((q) => ({ q, text: fold(q.quote) }));
  const used = new Set<LocalQuote>();
  for (const label of g.quotes) {
    labelled++;
    const want = label.speaker === null ? [] : [label.speaker].flat();
    if (want.length) withSpeaker++;
    const start = fold(label.start);
    const hit = folded.find((f) => f.text.includes(start));
    if (!hit) {
      lines.push(`  ${name}: missed quote "${label.start}"`);
      continue;
    }
    found++;
    used.add(hit.q);
    const speaker = hit.q.speaker;
    if (speaker) given++;
    const names = speaker ? [speaker.name, ...speaker.aliases].map(fold) : [];
    const ok = !!speaker && want.some((w) => names.includes(fold(w)));
    if (ok) right++;
    else if (speaker || want.length)
      lines.push(`  ${name}: "${label.start}" speaker ${speaker ? `"${speaker.name}"` : 'none'}, want ${want.length ? want.join(' | ') : 'none'}`);
  }
  extra += quotes.filter((q) => !used.has(q)).length;
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
console.log(`${corpus ?? 'realpages'}: ${golds.length} articles, ${labelled} labelled quotes (${withSpeaker} with a speaker)`);
console.log(`quote recall      ${ratio(found, labelled)} (${found}/${labelled})`);
console.log(`speaker precision ${ratio(right, given)} (${right}/${given})`);
console.log(`speaker recall    ${ratio(right, withSpeaker)} (${right}/${withSpeaker})`);
console.log(`sentences with quoted words matching no label (scare quotes, titles, later sentences of a long quote): ${extra}`);
if (!brief && lines.length) console.log(lines.join('\n'));
