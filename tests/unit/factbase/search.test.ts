import { describe, expect, it } from 'vitest';
import { searchArchive } from '../../../src/factbase/search';
import { SCHEMA_VERSION, type Entity, type FactBase } from '../../../src/factbase/schema';

const entity = (id: string, name: string, type: Entity['type'], aliases: string[] = []): Entity => ({
  id, name, type, aliases, facts: [], related: [], articles: [], firstSeen: '2024-01-01', lastSeen: '2024-01-01',
});
const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [],
  entities: [
    entity('ada-okafor', 'Ada Okafor', 'person', ['Okafor']),
    entity('okavango-delta', 'Okavango Delta', 'place'),
    entity('trans-pacific-trade-council', 'Trans-Pacific Trade Council', 'organization', ['TPTC']),
    entity('sao-tome', 'São Tomé', 'place'),
  ],
};

describe('archive search', () => {
  it.each([
    ['oka', ['Ada Okafor', 'Okavango Delta']], // both start with it (Ada Okafor through her alias "Okafor")
    ['delta', ['Okavango Delta']], // a later word's prefix
    ['trade c', ['Trans-Pacific Trade Council']], // inside the name
    ['OKAFOR', ['Ada Okafor']],
    ['pacific', ['Trans-Pacific Trade Council']],
    ['tptc', ['Trans-Pacific Trade Council']],
    ['sao tome', ['São Tomé']],
    ['x', []],
    ['zzz', []],
  ])('"%s" → %j', (query, names) => {
    expect(searchArchive(fb, query).map((r) => r.name)).toEqual(names);
  });
});
