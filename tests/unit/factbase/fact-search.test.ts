import { describe, expect, it } from 'vitest';
import { searchFacts } from '../../../src/factbase/fact-search';
import { SCHEMA_VERSION, type Entity, type Fact, type FactBase } from '../../../src/factbase/schema';

// Invented facts, not from any archive.
const fact = (text: string, article: string, date: string): Fact => ({ text, article, date, kind: 'statement' });
const entity = (id: string, name: string, type: Entity['type'], facts: Fact[]): Entity => ({
  id, name, type, aliases: [], facts, related: [], articles: [], firstSeen: '2024-01-01', lastSeen: '2024-01-01',
});
const FERRY = fact('Mayor Ines Vale said the ferry to Porto Lindo would run all winter.', 'a1', '2024-01-05');
const BRIDGE = fact('The bridge at Porto Lindo closes for repairs in March.', 'a2', '2024-02-10');
const FERRIES = fact('Ferries stopped for two days.', 'a2', '2024-02-10');
const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [],
  entities: [
    entity('ines-vale', 'Ines Vale', 'person', [FERRY]),
    entity('porto-lindo', 'Porto Lindo', 'place', [FERRY, BRIDGE]),
    entity('harbour-board', 'Harbour Board', 'organization', [FERRIES]),
  ],
};

describe('searchFacts', () => {
  it('finds each sentence once, with every name whose fact it is', () => {
    const hits = searchFacts(fb, 'ferry winter');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.text).toBe(FERRY.text);
    expect(hits[0]!.entities.map((e) => e.id)).toEqual(['ines-vale', 'porto-lindo']);
  });

  it('needs every word, ignores case and accents, and puts whole words first, then the newest', () => {
    expect(searchFacts(fb, 'PÖRTO lindo').map((h) => h.article)).toEqual(['a2', 'a1']);
    expect(searchFacts(fb, 'ferr').map((h) => h.text)).toEqual([FERRIES.text, FERRY.text]);
    expect(searchFacts(fb, 'ferry').map((h) => h.text)).toEqual([FERRY.text]);
    expect(searchFacts(fb, 'porto submarine')).toEqual([]);
  });

  it('finds nothing for a query of one-letter words, and keeps to the limit', () => {
    expect(searchFacts(fb, 'a')).toEqual([]);
    expect(searchFacts(fb, 'the', 1)).toHaveLength(1);
  });
});
