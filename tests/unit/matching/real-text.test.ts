/**
 * Shapes of real news text the matcher met on other outlets' reports of archive stories, each written
 * again here in our own words with invented names.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Entity, type FactBase } from '../../../src/factbase/schema';
import { compileMatcher, findMentions } from '../../../src/matching/index';

type Spec = Pick<Entity, 'id' | 'type' | 'name'> & { aliases?: string[]; related?: string[]; date?: string; participants?: string[] };
const specs: Spec[] = [
  { id: 'oecs', type: 'organization', name: 'OECS', aliases: ['Oecs'] },
  { id: 'oecs-cup', type: 'event', name: 'Oecs Cup', date: '2031-06' },
  { id: 'marrow', type: 'place', name: 'Marrow' },
];
const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [],
  entities: specs.map((s) => ({
    id: s.id,
    type: s.type,
    name: s.name,
    aliases: s.aliases ?? [],
    facts: [],
    related: (s.related ?? []).map((id) => ({ id, count: 1 })),
    articles: [],
    firstSeen: '2031-01-01',
    lastSeen: '2031-01-01',
    ...(s.date ? { date: s.date } : {}),
    ...(s.participants ? { participants: s.participants } : {}),
  })),
};
const m = compileMatcher(fb);
const linked = (text: string, pageDate?: string) => findMentions(m, text, { pageDate }).map((x) => `${text.slice(x.start, x.end)}→${x.id}`);

describe('an acronym and its capitalised spelling', () => {
  it.each([
    // the archive's own "Oecs" before a capitalised word is the acronym, not the surname of an "Oecs Women"
    ['The OECS Women team lost. The OECS said it would appeal.', ['OECS→oecs', 'OECS→oecs']],
    ['The Oecs Women team lost. The OECS said it would appeal.', ['Oecs→oecs', 'OECS→oecs']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});
