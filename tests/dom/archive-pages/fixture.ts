/** A small invented archive for the archive pages' tests: two stories of our own, nothing from real news. */
import { compileMatcher, loadMatcher } from '../../../src/matching';
import { SCHEMA_VERSION, type Entity, type Fact, type FactBase } from '../../../src/factbase/schema';
import { TEXTS_SCHEMA, type ArticleTexts } from '../../../src/factbase/texts';
import type { ArchiveData } from '../../../src/archive-pages/data';

export const S = {
  vote: 'Mayor Ines Vale said the Harbour Board would vote on the new ferry route to Porto Lindo.',
  delay: 'The board delayed the vote by a week.',
  quote: '“We will not leave the islands waiting,” Vale said.',
  summit: 'Vale will host the Porto Lindo ferry summit on 12 March.',
  bridge: 'The bridge at Porto Lindo reopened on Monday.',
  stray: 'Storm warnings lifted across the coast',
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

export const data = (): ArchiveData => ({ fb, texts, matcher: loadMatcher(JSON.parse(JSON.stringify(compileMatcher(fb)))) });
