// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, articleId, kindOf, MAX_SEED_BYTES, parseArticle } from '../../../src/archive/parse';
import { buildFactBase } from '../../../src/archive/build';
import { SeedError } from '../../../src/archive/types';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (text: string, file = 'a.txt') => parseArticle(file, bytes(text));

/** The SeedError thrown for `content`, or a failure when there is none. */
function problem(content: string | Uint8Array, file = 'bad.txt'): SeedError {
  try {
    parseArticle(file, typeof content === 'string' ? bytes(content) : content);
  } catch (err) {
    if (err instanceof SeedError) return err;
    throw err;
  }
  throw new Error('expected a SeedError');
}

// Invented stories, not from any archive.
const STORY = [
  'date 2024-03-14 LISBON: Portugal said Wednesday it would open two new ferry routes to the Azores.',
  '',
  'The transport ministry said the routes would start in May.',
  '',
  'Harbour workers plan strike as ferry season nears',
  '',
  '‘A long wait’',
  '',
  'Islanders have asked for the routes for a decade.',
  '',
].join('\n');

describe('parseArticle: the date line', () => {
  it.each([
    ['BEIJING', 'date 2023-11-09 BEIJING: China said things.', 'BEIJING'],
    ['spaces', 'date 2023-11-09 SAN FRANCISCO: Officials met.', 'SAN FRANCISCO'],
    ['commas and dots', 'date 2023-11-09 WASHINGTON, D.C.: Officials met.', 'WASHINGTON, D.C.'],
    ['apostrophe', "date 2023-11-09 ST. JOHN'S: Officials met.", "ST. JOHN'S"],
    ['typographic apostrophe', 'date 2023-11-09 ST. JOHN’S: Officials met.', 'ST. JOHN’S'],
    ['hyphen', 'date 2023-11-09 PORT-AU-PRINCE: Officials met.', 'PORT-AU-PRINCE'],
    ['accented capitals', 'date 2023-11-09 SÃO PAULO: Officials met.', 'SÃO PAULO'],
    ['space before the colon', 'date 2023-11-09 OSLO : Officials met.', 'OSLO'],
    ['leading space', ' date 2023-11-09 OSLO: Officials met.', 'OSLO'],
    ['leading blank lines', '\n\n  date 2023-11-09 OSLO: Officials met.', 'OSLO'],
    ['a BOM', '\uFEFFdate 2023-11-09 OSLO: Officials met.', 'OSLO'],
    ['a BOM and a space', '\uFEFF date 2023-11-09 OSLO: Officials met.', 'OSLO'],
    ['a wire credit', 'date 2023-11-09 OSLO (Wire) - Officials met.', 'OSLO'],
    ['a wire credit after the region and the day', 'date 2023-11-09 PORTMERE, Eastshire, Nov 9 (Wire) - Officials met.', 'PORTMERE, Eastshire'],
    ['a wire credit after the region and the day with a dot', 'date 2023-11-09 PORTMERE, Eastshire, Sept. 9 (Wire) — Officials met.', 'PORTMERE, Eastshire'],
  ])('reads a dateline with %s', (_, text, dateline) => {
    const a = parse(text);
    expect(a.date).toBe('2023-11-09');
    expect(a.dateline).toBe(dateline);
    expect(a.paragraphs[0]!.text).toMatch(/met\.$|said things\.$/);
    expect(a.paragraphs[0]!.text).not.toContain(':');
  });

  it('takes the lead from the next lines when the first line stops at the colon', () => {
    const a = parse('date 2024-01-02 OSLO:\n\nNorway said Tuesday it would act.\n');
    expect(a.paragraphs).toEqual([{ text: 'Norway said Tuesday it would act.', line: 3, kind: 'body' }]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parse('date 2024-02-29 OSLO: A leap day story.').date).toBe('2024-02-29');
  });
});

describe('parseArticle: paragraphs', () => {
  it('splits on blank lines, keeps 1-based first lines, and classifies', () => {
    const a = parse(STORY, '017_Lisbon Ferries.txt');
    expect(a).toEqual({
      id: '017-lisbon-ferries',
      file: '017_Lisbon Ferries.txt',
      date: '2024-03-14',
      dateline: 'LISBON',
      paragraphs: [
        { text: 'Portugal said Wednesday it would open two new ferry routes to the Azores.', line: 1, kind: 'body' },
        { text: 'The transport ministry said the routes would start in May.', line: 3, kind: 'body' },
        { text: 'Harbour workers plan strike as ferry season nears', line: 5, kind: 'headline' },
        { text: '‘A long wait’', line: 7, kind: 'subhead' },
        { text: 'Islanders have asked for the routes for a decade.', line: 9, kind: 'body' },
      ],
      words: 13 + 10 + 9,
    });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('gives the same result with %s line ends', (_, eol) => {
    const a = parse(STORY.replaceAll('\n', eol));
    expect(a).toEqual(parse(STORY));
  });

  it('joins a paragraph that spans lines with single spaces, and keeps its first line', () => {
    const a = parse('date 2024-03-14 LISBON: The minister\nsaid the routes\r\n   would open.\n\n\n\nA second\tparagraph  here.\n');
    expect(a.paragraphs).toEqual([
      { text: 'The minister said the routes would open.', line: 1, kind: 'body' },
      { text: 'A second paragraph here.', line: 7, kind: 'body' },
    ]);
  });

  it('treats whitespace-only lines as blank', () => {
    const a = parse('date 2024-03-14 LISBON: One.\n   \t\nTwo here.');
    expect(a.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [1, 'One.'],
      [3, 'Two here.'],
    ]);
  });

  it('counts only body words', () => {
    const a = parse('date 2024-03-14 LISBON: One two – three.\n\nStray headline of some other story\n\n‘Sub head’');
    expect(a.words).toBe(3);
  });

  it('always keeps the lead as body, even when it reads like a headline', () => {
    expect(parse('date 2024-03-14 LISBON: Ferry routes to open in May').paragraphs[0]!.kind).toBe('body');
  });
});

describe('kindOf', () => {
  it.each<[string, 'body' | 'headline' | 'subhead']>([
    ['The ministry said the talks ended.', 'body'],
    ['“We will not stop,” she said.', 'body'],
    ['He called the plan “a good start.”', 'body'],
    ['Did the talks work?', 'body'],
    ['The road was long!', 'body'],
    ['Both sides must…', 'body'],
    ['Officials said the plan was “a start”', 'body'],
    ['Mayor, unions set to sign deal on bus fares after long talks', 'headline'],
    ['Harbour workers plan strike', 'headline'],
    ['Oil prices fall 3%', 'headline'],
    ['‘Not easy’', 'subhead'],
    ['“Too little, too late”', 'subhead'],
    ["'What comes next'", 'subhead'],
    ['What comes next', 'subhead'],
    ['Background', 'subhead'],
    // Too long for a headline: a body paragraph that lost its full stop.
    [`${'word '.repeat(30)}end`, 'body'],
    // Starts in lower case: a broken sentence, not a title.
    ['and the minister said the talks would go on', 'body'],
    // Ends on a comma: a broken sentence.
    ['The ministry said the talks would continue,', 'body'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('articleId', () => {
  it.each([
    ['000_eb919bbc4fd26729.txt', '000-eb919bbc4fd26729'],
    ['Beijing Climate Talks.TXT', 'beijing-climate-talks'],
    ['__a--b__.txt', 'a-b'],
    ['São_Paulo.txt', 'sao-paulo'],
    ['2024.03.14 story.txt', '2024-03-14-story'],
  ])('%s → %s', (file, id) => {
    expect(articleId(file)).toBe(id);
  });
});

describe('parseArticle: bad input names the file and line', () => {
  const formatHint = 'expected "date YYYY-MM-DD DATELINE: text" on the first line';
  it.each<[string, string | Uint8Array, number | undefined, string | RegExp]>([
    ['an empty file', '', 1, 'empty file'],
    ['a blank file', ' \n\r\n\t\n', 1, 'empty file'],
    ['a missing date line', 'BEIJING: China said things.', 1, `${formatHint}, found "BEIJING: China said things."`],
    ['a date line after leading blanks', '\n\nThe story.', 3, `${formatHint}, found "The story."`],
    ['a capitalised keyword', 'Date 2023-11-09 OSLO: Text.', 1, `${formatHint}, found "Date 2023-11-09 OSLO: Text."`],
    ['a malformed date', 'date 2023-1-9 OSLO: Text.', 1, `malformed date "2023-1-9": ${formatHint}`],
    ['a date in another order', 'date 09/11/2023 OSLO: Text.', 1, /malformed date "09\/11\/2023"/],
    ['30 February', 'date 2023-02-30 OSLO: Text.', 1, 'invalid date 2023-02-30: 2023-02 has 28 days'],
    ['29 February in a common year', 'date 2023-02-29 OSLO: Text.', 1, 'invalid date 2023-02-29: 2023-02 has 28 days'],
    ['month 13', 'date 2023-13-01 OSLO: Text.', 1, 'invalid date 2023-13-01: there is no month 13'],
    ['month 0', 'date 2023-00-10 OSLO: Text.', 1, 'invalid date 2023-00-10: there is no month 0'],
    ['day 0', 'date 2023-04-00 OSLO: Text.', 1, 'invalid date 2023-04-00: 2023-04 has 30 days'],
    ['day 31 in April', 'date 2023-04-31 OSLO: Text.', 1, 'invalid date 2023-04-31: 2023-04 has 30 days'],
    ['no dateline', 'date 2023-11-09 China said things.', 1, /^no dateline: expected capitals and a colon/],
    ['a lower-case dateline', 'date 2023-11-09 Beijing: China said things.', 1, /^no dateline/],
    ['a dateline without a colon', 'date 2023-11-09 BEIJING China said things.', 1, /^no dateline/],
    ['nothing after the date', 'date 2023-11-09', 1, /^no dateline/],
    ['no story', 'date 2023-11-09 OSLO:', 1, 'no story text after the dateline'],
    ['no story after blank lines', '\ndate 2023-11-09 OSLO:  \n\n\n', 2, 'no story text after the dateline'],
    ['two articles in one file', 'date 2023-11-09 OSLO: One.\n\ndate 2023-11-10 BERGEN: Two.', 3, 'a second "date" line: one article per file'],
    ['a NUL character', 'date 2023-11-09 OSLO: One.\n\nTwo\0.', 3, /NUL/],
  ])('%s', (_, content, line, reason) => {
    const err = problem(content);
    expect(err.file).toBe('bad.txt');
    expect(err.line).toBe(line);
    if (typeof reason === 'string') expect(err.reason).toBe(reason);
    else expect(err.reason).toMatch(reason);
    expect(err.message).toBe(`bad.txt:${line}: ${err.reason}`);
  });

  it.each<[string, number[], number]>([
    ['Latin-1 é on line 3', [...bytes('date 2023-11-09 OSLO: One.\n\nCaf'), 0xe9, ...bytes(' two.')], 3],
    ['a lone continuation byte on line 1', [...bytes('date 2023-11-09 OSLO: '), 0x80], 1],
    ['a truncated sequence at the end', [...bytes('date 2023-11-09 OSLO: One.\n'), 0xe2, 0x80], 2],
    ['an overlong slash', [...bytes('date 2023-11-09 OSLO: One.\n\n\n'), 0xc0, 0xaf], 4],
    ['an encoded surrogate', [...bytes('date 2023-11-09 OSLO: One.\n'), 0xed, 0xa0, 0x80], 2],
    ['a UTF-16 file', [0xff, 0xfe, ...bytes('d\0a\0t\0e\0')], 1],
  ])('reports non-UTF-8 bytes: %s', (_, content, line) => {
    const err = problem(Uint8Array.from(content));
    expect(err.line).toBe(line);
    expect(err.reason).toMatch(/^not valid UTF-8 \(byte 0x[0-9a-f]{2}|end of file/);
  });

  it('accepts valid multi-byte text, including a literal U+FFFD', () => {
    expect(parse('date 2023-11-09 OSLO: Ærø, 北京, 🙂 and \uFFFD.').paragraphs[0]!.text).toBe('Ærø, 北京, 🙂 and \uFFFD.');
  });

  it('refuses a file over 10 MB before decoding it', () => {
    // 0xff is not UTF-8: had the parser decoded first, it would report the encoding instead.
    const err = problem(new Uint8Array(MAX_SEED_BYTES + 1).fill(0xff));
    expect(err.line).toBeUndefined();
    expect(err.reason).toBe('file is 10.0 MB; the limit is 10 MB');
    expect(err.message).toBe('bad.txt: file is 10.0 MB; the limit is 10 MB');
  });

  it('refuses a file name that gives no id', () => {
    expect(problem('date 2023-11-09 OSLO: One.', '__.txt').reason).toMatch(/article id/);
  });
});

describe('a page saved by the reader', () => {
  const page = (...paragraphs: string[]) => articleFromParagraphs({ file: 'saved.txt', date: '2024-05-02', dateline: '', paragraphs });

  it('takes a wire dateline off the story’s first paragraph', () => {
    const a = page('By Ines Kalda', 'PORTMERE, Eastshire (AP) — The Harbour Council met on Monday to set the ferry levy.', 'Its chair spoke later.');
    expect(a.dateline).toBe('PORTMERE, Eastshire');
    expect(a.paragraphs[1]!.text).toBe('The Harbour Council met on Monday to set the ferry levy.');
    const names = buildFactBase([a]).entities.map((e) => e.name);
    expect(names).toContain('Harbour Council');
    expect(names).not.toContain('AP'); // the wire's credit is no organisation
    expect(names).not.toContain('The Harbour Council');
  });

  it('leaves a paragraph alone that only has brackets in it', () => {
    const a = page('Ministers (from all parties) – and their aides – met on Monday.');
    expect(a.dateline).toBe('');
    expect(a.paragraphs[0]!.text).toBe('Ministers (from all parties) – and their aides – met on Monday.');
  });
});
