import { slug } from '../factbase/ids';
import { SeedError, type ParsedArticle, type Paragraph } from './types';

/** Larger than any news article by three orders of magnitude: a bigger file is a mistake (a dump, a binary). */
export const MAX_SEED_BYTES = 10 * 1024 * 1024;
/** A stray headline is a handful of words; a longer paragraph without a full stop is body text that lost it. */
const MAX_HEADLINE_WORDS = 25;
/** Headlines of other stories have at least this many words ("Talks stall" is a subhead). */
const MIN_HEADLINE_WORDS = 4;
/** Subheads are short titles: "‘Not smooth’", "What comes next". */
const MAX_SUBHEAD_WORDS = 5;

const FORMAT = 'expected "date YYYY-MM-DD DATELINE: text" on the first line';
const DATE_LINE = /^date[ \t]+(\S+)[ \t]*(.*)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Capitals, spaces, commas, dots, hyphens, apostrophes: "SAN FRANCISCO", "WASHINGTON, D.C.", "ST. JOHN'S". */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .,'’-]*?)[ \t]*:[ \t]*(.*)$/u;
/**
 * Wire copy's dateline: "BEIJING (Reuters) - ", "LIMA, Peru (AP) — ", "LIMA, Peru, Aug 15 (Reuters) -": the
 * city in capitals, an optional region and day, the agency's credit in brackets and a dash. The credit and the
 * day are furniture, not story.
 */
const WIRE_DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]*?(?:,[ \t]*\p{Lu}[\p{L}\p{M} .'’-]*?)?)(?:,[ \t]*\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2})?[ \t]*\([^()]{1,40}\)[ \t]*[-–—:][ \t]*(.*)$/u;
/** The same without the credit: "CAPE VELKOR, Fla. — ", "PORTMERE -- " (a dash, never a hyphen alone). */
const DASH_DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’]{3,}?(?:,[ \t]*\p{Lu}[\p{L}\p{M} .'’-]*?)?)[ \t]+(?:—|–|--)[ \t]*(\S.*)$/u;
/** A second article pasted into the same file. */
const SECOND_DATE_LINE = /^date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+\p{Lu}[\p{Lu}\p{M} .,'’-]*:/u;
const QUOTES = `"'“”‘’«»`;
const SENTENCE_END = new RegExp(`[.!?…][${QUOTES})\\]]*$`, 'u');
const QUOTED = new RegExp(`^[${QUOTES}]|[${QUOTES}]$`, 'u');
/** Headlines end on a word or number: no full stop, no closing quote, no comma. */
const ENDS_ON_WORD = /[\p{L}\p{N}%]$/u;
/**
 * Two clauses joined as prose joins them: "Tor Velk missed the second kick, but Oru Tesk scored", "… while
 * Ana Lind scored". A paragraph of ten words or more built so is body text that lost its full stop, not a
 * headline (headlines join clauses with a dash, a colon or "as").
 */
const PROSE_CLAUSES = /,\s+(?:but|while|whereas|although|though|yet)\s|\s(?:while|whereas)\s/u;
const MIN_PROSE_WORDS = 10;
const STARTS_LIKE_TITLE = new RegExp(`^[\\p{Lu}\\p{N}${QUOTES}]`, 'u');
/**
 * A photo credit at the end of a caption, after its last sentence: "… in Portmere.CreditAna Lind/The Daily
 * Kestrel", "… on Monday. Credit: Ana Lind/Agency". Furniture: the caption before it is story text.
 */
export const CAPTION_CREDIT = new RegExp(`(?<=[.!?…][${QUOTES})]*)\\s*Credit(?:Credit)*:?\\s*\\S.{0,120}$`, 'u');

/**
 * One seed file → a parsed article (pure). `file` is the name relative to the seeds folder; it gives the id.
 * Throws a SeedError naming the file and line of the first problem.
 */
export function parseArticle(file: string, content: Uint8Array): ParsedArticle {
  const fail = (line: number | undefined, reason: string): never => {
    throw new SeedError(file, line, reason);
  };
  if (content.byteLength > MAX_SEED_BYTES) {
    fail(undefined, `file is ${(content.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SEED_BYTES / 1024 / 1024} MB`);
  }
  const id = articleId(file);
  if (!id) fail(undefined, 'the file name has no letters or digits to make an article id from');

  const lines = decode(file, content)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) fail(1, 'empty file');
  const nul = lines.findIndex((l) => l.includes('\0'));
  if (nul >= 0) fail(nul + 1, 'contains NUL characters: not a text file');

  const dateLine = first + 1;
  const head = DATE_LINE.exec(lines[first]!.trim()) ?? fail(dateLine, `${FORMAT}, found "${clip(lines[first]!.trim())}"`);
  const [, date, rest] = head;
  checkDate(date!, (reason) => fail(dateLine, reason));
  const lead = WIRE_DATELINE.exec(rest!) ?? DATELINE.exec(rest!) ?? fail(dateLine, `no dateline: expected capitals and a colon after the date ("LISBON: ...") or a wire credit ("LISBON (Reuters) - ..."), found "${clip(rest!)}"`);
  const [, dateline, story] = lead;

  // The story starts after the colon; the lead may continue on the next lines or start after a blank line.
  const body = [...lines];
  body[first] = story!;
  const paragraphs = listItems(blocks(body, first).map(({ text, line }, k) => ({ text, line, kind: k === 0 ? 'body' : kindOf(text) }) as Paragraph));
  if (!paragraphs.length) fail(dateLine, 'no story text after the dateline');
  const pasted = paragraphs.find((p) => SECOND_DATE_LINE.test(p.text));
  if (pasted) fail(pasted.line, 'a second "date" line: one article per file');

  const words = paragraphs.filter((p) => p.kind === 'body').reduce((n, p) => n + countWords(p.text), 0);
  return { id: id!, file, date: date!, dateline: dateline!, paragraphs, words };
}

/**
 * A wire dateline opening the story's first paragraph on a page ("PORTMERE (AP) — The council ..."): taken off
 * the paragraph, which then starts with the story, and returned; '' when there is none. Left on, the wire's
 * credit became an organisation and the city's sentence began with it.
 */
function wireDateline(paragraphs: Paragraph[]): string {
  const first = paragraphs.slice(0, 3).find((p) => p.kind === 'body');
  const lead = first ? (WIRE_DATELINE.exec(first.text) ?? DASH_DATELINE.exec(first.text)) : null;
  if (!first || !lead?.[2]) return '';
  first.text = lead[2];
  return lead[1]!.trim();
}

/**
 * An article whose paragraphs are already split (a page the reader saved, a real page in the tests): each
 * paragraph is classified like a seed file's, without a lead forced to be story text. No dateline is ''.
 */
export function articleFromParagraphs(parts: {
  file: string;
  date: string;
  dateline: string;
  headline?: string | undefined;
  /** Text, or text and kind when the source knows it (a list item is story text without a full stop). */
  paragraphs: (string | { text: string; kind: Paragraph['kind'] })[];
}): ParsedArticle {
  const fail = (reason: string): never => {
    throw new SeedError(parts.file, undefined, reason);
  };
  const id = articleId(parts.file) || fail('the file name has no letters or digits to make an article id from');
  checkDate(parts.date, fail);
  const paragraphs = parts.paragraphs
    .map((p) => (typeof p === 'string' ? { text: p, kind: undefined } : p))
    .map((p) => ({ ...p, text: unglue(p.text.replace(/\s+/g, ' ').trim()) }))
    .filter((p) => p.text)
    .map((p, k): Paragraph => ({ text: p.text, line: k + 1, kind: p.kind ?? kindOf(p.text) }));
  listItems(paragraphs);
  if (!paragraphs.some((p) => p.kind === 'body')) fail('no story text');
  const dateline = parts.dateline || wireDateline(paragraphs);
  const words = paragraphs.filter((p) => p.kind === 'body').reduce((n, p) => n + countWords(p.text), 0);
  const headline = parts.headline?.replace(/\s+/g, ' ').trim();
  return { id, file: parts.file, date: parts.date, dateline, ...(headline ? { headline } : {}), paragraphs, words };
}

/**
 * "Here is a list of all the winners:" and the lines after it ("Best actor: Ana Lind for Velkor"): a list the
 * story introduces is story text, though its lines end without a full stop. It ends at the next sentence.
 */
function listItems(paragraphs: Paragraph[]): Paragraph[] {
  paragraphs.forEach((p, k) => {
    if (!/:\s*$/.test(p.text) || countWords(p.text) < 3) return;
    p.kind = 'body';
    for (let m = k + 1; m < paragraphs.length && paragraphs[m]!.kind !== 'body' && countWords(paragraphs[m]!.text) <= MAX_LIST_ITEM_WORDS; m++) paragraphs[m]!.kind = 'body';
  });
  return paragraphs;
}
const MAX_LIST_ITEM_WORDS = 30;

/** "000_eb919bbc4fd26729.txt" → "000-eb919bbc4fd26729": lowercase, no extension, non-alphanumerics → '-'. */
export function articleId(file: string): string {
  return slug(file.replace(/\.[^./\\]*$/, ''));
}

/** How a paragraph other than the lead reads: story text, a stray headline of another story, or a subhead. */
export function kindOf(text: string): Paragraph['kind'] {
  if (SENTENCE_END.test(text) || CAPTION_CREDIT.test(text)) return 'body';
  const n = countWords(text);
  if (n < MIN_HEADLINE_WORDS || (n <= MAX_SUBHEAD_WORDS && QUOTED.test(text))) return 'subhead';
  if (n >= MIN_PROSE_WORDS && PROSE_CLAUSES.test(text)) return 'body';
  if (n <= MAX_HEADLINE_WORDS && ENDS_ON_WORD.test(text) && STARTS_LIKE_TITLE.test(text)) return 'headline';
  return 'body';
}

/**
 * "… 30 organisations.Past winners include …", "… in Oslo.\"This year's …": copy that lost the space between two
 * sentences (scraped text often does) gets it back, so the sentences and the names beside the full stop read
 * apart. Only after a lower-case word of two letters or more, before a capitalised word: "No.1", "U.S.", a
 * decimal and "e.g." stay as they are.
 */
const GLUED_SENTENCE = /(?<=\p{Ll}\p{Ll}["”’]?[.!?]["”’]?)(?=\p{Lu}(?:\p{Ll}|\s))/gu;
export const unglue = (text: string): string => decodeReferences(text).replace(GLUED_SENTENCE, ' ');

const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };
/**
 * "Zembla&#39;s court", "Tesk &amp; Sons", and "Zembla&39;s" (scraped copy that lost the "#"): HTML character
 * references in a seed's text are the characters they stand for (a name would otherwise end at "&").
 */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|3[49]|38|[a-z]{2,6});/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : /^\d+$/.test(lower) ? Number(lower) : undefined;
    if (code === undefined) return NAMED_REFERENCES[lower] ?? whole;
    return code > 0x1f && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Words are runs between spaces that hold a letter or digit (a lone dash is not a word). */
export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Paragraphs: runs of non-blank lines from `from` on, joined with single spaces, with their first line (1-based). */
function blocks(lines: string[], from: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current: string[] = [];
  let start = 0;
  for (let i = from; i <= lines.length; i++) {
    const l = i < lines.length ? lines[i]!.trim() : '';
    if (l) {
      if (!current.length) start = i + 1;
      current.push(l);
    } else if (current.length) {
      out.push({ text: unglue(current.join(' ').replace(/\s+/g, ' ')), line: start });
      current = [];
    }
  }
  return out;
}

function checkDate(date: string, fail: (reason: string) => never): void {
  const m = ISO_DAY.exec(date) ?? fail(`malformed date "${clip(date)}": ${FORMAT}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) fail(`invalid date ${date}: there is no month ${month}`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) fail(`invalid date ${date}: ${year}-${m[2]} has ${days} days`);
}

function decode(file: string, content: Uint8Array): string {
  try {
    // fatal: a wrong encoding must be reported, not silently turned into U+FFFD.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    const at = firstInvalidUtf8(content);
    let line = 1;
    for (let i = 0; i < at; i++) if (content[i] === 0x0a) line++;
    const byte = content[at]?.toString(16).padStart(2, '0') ?? 'end of file';
    throw new SeedError(file, line, `not valid UTF-8 (byte 0x${byte} at offset ${at}): save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (!len) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += len;
  }
  return b.length;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
