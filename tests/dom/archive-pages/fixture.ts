/**
 * A small invented archive for the archive pages' tests: two stories of our own, nothing from real news; and
 * the same archive with two articles of the reader's, as the background's `library-pages` answers it.
 */
import { compileMatcher, loadMatcher } from '../../../src/matching';
import { SCHEMA_VERSION, type Entity, type Fact, type FactBase } from '../../../src/factbase/schema';
import { TEXTS_SCHEMA, type ArticleTexts } from '../../../src/factbase/texts';
import { mergedData, type ArchiveData } from '../../../src/archive-pages/data';
import { NO_READER } from '../../../src/archive-pages/refs';

export const S = {
  vote: 'Mayor Ines Vale said the Harbour Board would vote on the new ferry route to Porto Lindo.',
  delay: 'The board delayed the vote by a week.',
  quote: '“We will not leave the islands waiting,” Vale said.',
  summit: 'Vale will host the Porto Lindo ferry summit on 12 March.',
  bridge: 'The bridge at Porto Lindo reopened on Monday.',
  stray: 'Storm warnings lifted across the coast',
  strike: 'Tova Sund led the ferry crews out on strike in Porto Lindo.',
  after: 'No boat left the harbour by noon.',
} as const;

const fact = (text: string, article: string, date: string, extra: Partial<Fact> = {}): Fact => ({ text, article, date, kind: 'statement', ...extra });
const A1 = 'a-2024-02-01';
const A2 = 'a-2024-03-20';

const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({
  aliases: [], facts: [], related: [], articles: [A1], firstSeen: '2024-02-01', lastSeen: '2024-02-01', ...e,
});

export const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [
    { id: A1, file: `${A1}.txt`, date: '2024-02-01', dateline: 'PORTO LINDO', lead: S.vote, words: 60 },
    { id: A2, file: `${A2}.txt`, date: '2024-03-20', dateline: 'ELSBY', headline: 'Bridge reopens after repairs', words: 20 },
  ],
  entities: [
    entity({
      id: 'ines-vale', name: 'Ines Vale', type: 'person', aliases: ['Vale'], description: 'Mayor of Porto Lindo',
      roles: [{ text: 'Mayor of Porto Lindo', from: '2024-02-01', to: '2024-02-01', articles: [A1] }],
      facts: [
        fact(S.vote, A1, '2024-02-01'),
        fact(S.quote, A1, '2024-02-01', { kind: 'quote', quote: 'We will not leave the islands waiting', speaker: 'ines-vale' }),
        fact(S.summit, A1, '2024-02-01'),
      ],
      related: [{ id: 'porto-lindo', count: 2 }, { id: 'harbour-board', count: 1 }, { id: 'porto-lindo-ferry-summit-2024', count: 1 }],
    }),
    entity({
      id: 'porto-lindo', name: 'Porto Lindo', type: 'place',
      facts: [fact(S.vote, A1, '2024-02-01'), fact(S.summit, A1, '2024-02-01'), fact(S.bridge, A2, '2024-03-20')],
      related: [{ id: 'ines-vale', count: 2 }], articles: [A1, A2], lastSeen: '2024-03-20',
    }),
    entity({
      id: 'harbour-board', name: 'Harbour Board', type: 'organization',
      facts: [fact(S.vote, A1, '2024-02-01')], related: [{ id: 'ines-vale', count: 1 }],
    }),
    entity({
      id: 'porto-lindo-ferry-summit-2024', name: 'Porto Lindo ferry summit', type: 'event', date: '2024-03-12',
      place: 'porto-lindo', participants: ['ines-vale'], facts: [fact(S.summit, A1, '2024-02-01')],
    }),
  ],
};

export const texts: ArticleTexts = {
  schema: TEXTS_SCHEMA,
  articles: [
    { id: A1, blocks: [
      { kind: 'body', sentences: [S.vote, S.delay] },
      { kind: 'headline', sentences: [S.stray] },
      { kind: 'body', sentences: [S.quote, S.summit] },
    ] },
    { id: A2, blocks: [{ kind: 'body', sentences: [S.bridge] }] },
  ],
};

export const ARTICLE = { first: A1, second: A2 };

export const data = (): ArchiveData => ({ fb, texts, matcher: loadMatcher(JSON.parse(JSON.stringify(compileMatcher(fb)))), reader: NO_READER });

// The reader's own articles: one that brings a name the bundled archive lacks (Tova Sund), and an older one,
// saved later, that names nobody.
const R1 = 'r-2024-04-05-ferry-strike';
const R2 = 'r-2024-01-10-quiet-winter';

export const READER = { strike: R1, winter: R2, url: 'https://news.example/ferry-strike', headline: 'Ferry crews walk out' };

const mergedFb = (): FactBase => ({
  ...fb,
  articles: [
    ...fb.articles,
    { id: R2, file: `${R2}.txt`, date: '2024-01-10', dateline: 'ELSBY', lead: 'A quiet winter on the coast.', words: 12 },
    { id: R1, file: `${R1}.txt`, date: '2024-04-05', dateline: 'PORTO LINDO', lead: S.strike, words: 30 },
  ],
  entities: [
    ...fb.entities.map((e) =>
      e.id === 'porto-lindo'
        ? { ...e, facts: [...e.facts, fact(S.strike, R1, '2024-04-05')], articles: [...e.articles, R1], lastSeen: '2024-04-05', related: [...e.related, { id: 'tova-sund', count: 1 }] }
        : e,
    ),
    entity({
      id: 'tova-sund', name: 'Tova Sund', type: 'person', aliases: ['Sund'], description: 'Leader of the ferry crews',
      facts: [fact(S.strike, R1, '2024-04-05')], related: [{ id: 'porto-lindo', count: 1 }], articles: [R1], firstSeen: '2024-04-05', lastSeen: '2024-04-05',
    }),
  ],
});

/** The background's answer to `library-pages` (through JSON, as a message carries it): the reader saved R1 and R2. */
export const readerAnswer = (): unknown => {
  const merged = mergedFb();
  return JSON.parse(
    JSON.stringify({
      articles: [
        { id: R2, file: `${R2}.txt`, date: '2024-01-10', dateline: 'ELSBY', savedAt: 2_000, namesAdded: 0, bytes: 40 },
        { id: R1, file: `${R1}.txt`, date: '2024-04-05', dateline: 'PORTO LINDO', headline: READER.headline, url: READER.url, site: 'news.example', savedAt: 1_000, namesAdded: 1, bytes: 90 },
      ],
      merged: {
        fb: merged,
        texts: { schema: TEXTS_SCHEMA, articles: [{ id: R1, blocks: [{ kind: 'body', sentences: [S.strike, S.after] }] }, { id: R2, blocks: [{ kind: 'body', sentences: ['A quiet winter on the coast.'] }] }] },
        matcher: compileMatcher(merged),
      },
    }),
  );
};


/** The pages' data with the reader's archive, as data.ts makes it of the background's answer. */
export const readerData = (): ArchiveData => mergedData(readerAnswer(), texts)!;
