import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type FactBase } from '../../../src/factbase/schema';
import { compileMatcher, findMentions } from '../../../src/matching/index';
import { usualBodyName, wellKnownForms } from '../../../src/matching/short-forms';

/** An archive of our own that spells everything out and never writes the short forms. */
const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [],
  entities: [
    ['united-kingdom', 'place', 'United Kingdom'],
    ['united-arab-emirates', 'place', 'United Arab Emirates'],
    ['united-states', 'place', 'United States'],
    ['finance-ministry', 'organization', 'Ministry of Finance'],
    ['group-of-seven', 'organization', 'Group of Seven'],
    ['stray-us', 'organization', 'U.S. Navy'],
  ].map(([id, type, name]) => ({ id: id!, type: type as 'place', name: name!, aliases: [], facts: [], related: [], articles: [], firstSeen: '2023-01-01', lastSeen: '2023-01-01' })),
};
const m = compileMatcher(fb);
const linked = (text: string) => findMentions(m, text).map((x) => `${text.slice(x.start, x.end)}→${x.id}`);

describe('well-known short forms the archive never wrote', () => {
  it('the table pairs each name with its short forms, both ways', () => {
    expect(wellKnownForms(['United Kingdom'])).toContain('UK');
    expect(wellKnownForms(['UAE'])).toEqual(['United Arab Emirates']);
    expect(wellKnownForms(['Lima'])).toEqual([]);
    expect(wellKnownForms(['Group of Seven'])).toEqual(['G7', 'G-7', 'Group of 7']);
    // a group written with its number in figures is the same group ("Group of 20 (G-20)" beside "G20")
    expect(usualBodyName('Group of 20')).toBe('Group of Twenty');
    expect(usualBodyName('G-20')).toBe('Group of Twenty');
    // a city the world writes two ways is either, and no body
    expect(wellKnownForms(['Kyiv'])).toEqual(['Kiev']);
    expect(wellKnownForms(['Kiev'])).toEqual(['Kyiv']);
    expect(usualBodyName('Kiev')).toBeUndefined();
  });

  it.each([
    ['Talks in the UK ended.', ['UK→united-kingdom']],
    ['Delegates met in the UAE on Monday.', ['UAE→united-arab-emirates']],
    ['Britain said no.', ['Britain→united-kingdom']],
    ['G7 leaders pledged aid.', ['G7→group-of-seven']],
    // a form with a hyphen is tokenised as the page's text is ("G-7", "G 7")
    ['G-7 leaders pledged aid.', ['G-7→group-of-seven']],
    ['The G 7 pledged aid.', ['G 7→group-of-seven']],
    // an English word in capitals keeps needing support, as the archive's own "US" would
    ['LET US GO', []],
    ['uk and uae in lower case are not names', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('official names in any case', () => {
  it.each([
    ['A spokesman for the ministry of finance said so.', ['ministry of finance→finance-ministry']],
    ['The MINISTRY OF FINANCE said so.', ['MINISTRY OF FINANCE→finance-ministry']],
    ['The Ministry of Finance said so.', ['Ministry of Finance→finance-ministry']],
    // single and two-word names keep their case rule
    ['The ministry said so.', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('well-known short forms the archive wrote itself, and accents', () => {
  /** An archive that wrote "UK" beside its name, and a name without the accent a page may give it. */
  const own: FactBase = {
    ...fb,
    entities: [
      { id: 'united-kingdom', type: 'place', name: 'United Kingdom', aliases: ['UK'], facts: [], related: [], articles: [], firstSeen: '2023-01-01', lastSeen: '2023-01-01' },
      { id: 'tesk-erdogan', type: 'person', name: 'Tesk Erdogan', aliases: ['Erdogan'], facts: [], related: [], articles: [], firstSeen: '2023-01-01', lastSeen: '2023-01-01' },
      { id: 'harbour-authority', type: 'organization', name: 'Harbour Authority', aliases: ['HA'], facts: [], related: [], articles: [], firstSeen: '2023-01-01', lastSeen: '2023-01-01' },
    ],
  };
  const mo = compileMatcher(own);
  const ownLinked = (text: string) => findMentions(mo, text).map((x) => `${text.slice(x.start, x.end)}→${x.id}`);

  it.each([
    // its own "UK" is as good as the name, as the one it never wrote would be
    ['Talks in the UK ended.', ['UK→united-kingdom']],
    // an acronym of its own that the world does not share keeps needing support
    ['The HA is here.', []],
    // accents are no difference between names
    ['Tesk Erdoğan spoke. Erdoğan left.', ['Tesk Erdoğan→tesk-erdogan', 'Erdoğan→tesk-erdogan']],
  ])('%s', (text, expected) => expect(ownLinked(text)).toEqual(expected));
});

