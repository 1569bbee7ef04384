/** A small invented fact base for the card tests: nothing here is from the real archive. */
import { SCHEMA_VERSION, type Entity, type FactBase } from '../../../src/factbase/schema';

export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';
export const BIDI = '\u202Eevil\u202C';

const stub = (id: string, type: Entity['type'], name: string): Entity => ({
  id, type, name, aliases: [], facts: [], related: [], articles: ['a1'], firstSeen: '2023-01-10', lastSeen: '2023-01-10',
});

const LONG_LEAD =
  'Harbour officials in Elsby said on Tuesday that the new tidal barrier would be finished two years ahead of schedule, ' +
  'after months of delays caused by storms and a dispute over funding.';

export const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [
    { id: 'a1', file: 'a1.txt', date: '2023-01-10', dateline: 'ELSBY', headline: 'Veldt opens harbour talks', words: 300 },
    { id: 'a2', file: 'a2.txt', date: '2023-05-02', dateline: 'PORT ELSBY', lead: LONG_LEAD, words: 420 },
    { id: 'a3', file: 'a3.txt', date: '2023-09-20', dateline: 'NORVIK', headline: 'Oskaland sets harbour targets', words: 510 },
    { id: 'a4', file: 'a4.txt', date: '2023-11-16', dateline: 'ELSBY', headline: `Summit ends ${HOSTILE}`, words: 200 },
    { id: 'a5', file: 'a5.txt', date: '2024-02-01', dateline: 'NORVIK', words: 100 },
  ],
  entities: [
    {
      id: 'mara-veldt', type: 'person', name: 'Mara Veldt', aliases: ['Veldt'],
      description: 'Harbour minister of Oskaland',
      facts: [
        { text: 'Veldt said the barrier was on track.', article: 'a2', date: '2023-05-02', kind: 'statement' },
        { text: '“We will not wait,” Veldt said.', article: 'a1', date: '2023-01-10', kind: 'quote', quote: 'We will not wait', speaker: 'mara-veldt' },
        { text: 'Veldt pledged clean ports by 2030 and zero waste by 2040.', article: 'a3', date: '2023-09-20', kind: 'pledge', targets: ['2030', '2040'] },
        { text: 'Veldt said the barrier was on track.', article: 'a4', date: '2023-11-16', kind: 'statement' },
      ],
      related: [
        { id: 'r1', count: 2 }, { id: 'r2', count: 9 }, { id: 'r3', count: 3 }, { id: 'r4', count: 4 },
        { id: 'r5', count: 5 }, { id: 'r6', count: 6 }, { id: 'r7', count: 7 }, { id: 'r8', count: 8 },
        { id: 'r9', count: 1 }, { id: 'tidewater-summit', count: 9 },
      ],
      articles: ['a1', 'a2', 'a3', 'a4'],
      firstSeen: '2023-01-10', lastSeen: '2023-11-16',
    },
    {
      id: 'tidewater-summit', type: 'event', name: 'Tidewater Summit', aliases: [],
      facts: [{ text: `The summit ended with a joint note. ${HOSTILE} ${BIDI}`, article: 'a4', date: '2023-11-16', kind: 'statement' }],
      related: [{ id: 'mara-veldt', count: 9 }],
      articles: ['a4'], firstSeen: '2023-11-16', lastSeen: '2023-11-16',
      date: '2023-11-15', place: 'port-elsby', participants: ['mara-veldt', 'harbour-authority'],
    },
    { ...stub('norvik-forum', 'event', 'Norvik Forum'), date: '2024-03' },
    { ...stub('old-accord', 'event', 'Old Accord'), date: '2019' },
    stub('port-elsby', 'place', 'Port Elsby'),
    { ...stub('harbour-authority', 'organization', `Harbour Authority ${BIDI}`), description: HOSTILE },
    ...['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'].map((id) => stub(id, 'person', `Person ${id.toUpperCase()}`)),
    { ...stub('quiet-co', 'organization', 'Quiet Co'), articles: [] },
  ],
};
