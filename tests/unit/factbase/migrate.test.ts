import { describe, expect, it } from 'vitest';
import { migrateFactBase } from '../../../src/factbase/migrate';
import { SCHEMA_VERSION } from '../../../src/factbase/schema';
import { FactBaseError } from '../../../src/factbase/validate';

/** A schema 1 fact base as the builder wrote it before agreements and awards: invented names. */
const v1 = () => ({
  schema: 1,
  articles: [{ id: 'a1', file: 'a1.txt', date: '2024-05-02', dateline: 'NORVIK', headline: 'Ferry talks resume', words: 120 }],
  entities: [
    {
      id: 'ilse-brandvold', type: 'person', name: 'Ilse Brandvold', aliases: ['Brandvold'], description: 'ferry minister',
      facts: [{ text: 'Brandvold said the talks would resume.', article: 'a1', date: '2024-05-02', kind: 'statement' }],
      related: [{ id: 'norvik', count: 1 }], articles: ['a1'], firstSeen: '2024-05-02', lastSeen: '2024-05-02',
    },
    { id: 'norvik', type: 'place', name: 'Norvik', aliases: [], facts: [], related: [], articles: ['a1'], firstSeen: '2024-05-02', lastSeen: '2024-05-02' },
  ],
});

describe('migrateFactBase', () => {
  it('is at schema 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('upgrades schema 1 to the current schema, nothing else changed, the input untouched', () => {
    const old = v1();
    const before = structuredClone(old);
    expect(migrateFactBase(old)).toEqual({ ...before, schema: SCHEMA_VERSION });
    expect(old).toEqual(before);
  });

  it('takes a current fact base as it is, with the new kinds', () => {
    const current = { ...v1(), schema: SCHEMA_VERSION };
    current.entities.push(
      { id: 'norvik-ferry-accord', type: 'agreement', name: 'Norvik Ferry Accord', aliases: [], facts: [], related: [], articles: ['a1'], firstSeen: '2024-05-02', lastSeen: '2024-05-02' },
      { id: 'tidewater-prize', type: 'award', name: 'Tidewater Prize', aliases: [], facts: [], related: [], articles: ['a1'], firstSeen: '2024-05-02', lastSeen: '2024-05-02' },
    );
    expect(migrateFactBase(current).entities.map((e) => e.type)).toEqual(['person', 'place', 'agreement', 'award']);
  });

  it('refuses a newer schema, saying so', () => {
    const call = () => migrateFactBase({ ...v1(), schema: SCHEMA_VERSION + 1 });
    expect(call).toThrow(FactBaseError);
    expect(call).toThrow(`fact base schema ${SCHEMA_VERSION + 1} is newer than this version of News Context reads (1 to ${SCHEMA_VERSION}): update the extension`);
  });

  it.each([
    ['null', null, /expected a JSON object, found null/],
    ['a string', 'factbase', /expected a JSON object, found "factbase"/],
    ['a list', [v1()], /expected a JSON object, found a list/],
    ['no schema', { articles: [], entities: [] }, /"schema" should be a version number \(1 to \d+\), found nothing/],
    ['schema as a string', { ...v1(), schema: '1' }, /found "1"/],
    ['schema 0', { ...v1(), schema: 0 }, /found 0/],
    ['schema 1.5', { ...v1(), schema: 1.5 }, /found 1\.5/],
    ['a schema 1 shape that is wrong', { ...v1(), articles: 'none' }, /invalid fact base: articles:/],
    ['a kind no schema has', { ...v1(), entities: [{ ...v1().entities[1]!, type: 'ship' }] }, /invalid fact base: entities\.0\.type/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => migrateFactBase(input)).toThrow(FactBaseError);
    expect(() => migrateFactBase(input)).toThrow(message);
  });
});
