// Shapes real news gives organisations, people and roles, written in our own words: what the builder must
// make of each, one entity of the right kind per real thing and no fragments of the text around it.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { bodyArticle, typedNames } from '../../helpers/body-articles';

const article = (...paragraphs: string[]) => bodyArticle('o1.txt', '2024-05-02', paragraphs);

const build = (...paragraphs: string[]) => buildFactBase([article(...paragraphs)]).entities;
const typed = typedNames;

describe('organisations in a role', () => {
  it('makes no organisation of an office with lowercase words, nor of an owner glued to a region', () => {
    const entities = build(
      '“Fees will rise,” said Tomas Brel, Ruritania programme director for Lantern Watch, which tracks shipping.',
      'The Daily Kestrel’s South America editor Ines Marlo said the vote was close.',
    );
    const names = typed(entities);
    expect(names.filter((n) => /programme director|South America \[organization\]|Kestrel’s/.test(n))).toEqual([]);
  });
});

describe('one organisation under several names', () => {
  it('keeps a country alone a place, not short for a body named after it', () => {
    const entities = build('Anglers wrote to the U.K. Harbour Board about the nets.', 'The flag is a symbol of U.K. pride for many of them.');
    expect(typed(entities)).toContain('United Kingdom [place]');
  });

  it('is the same body with and without its country before it', () => {
    const entities = build(
      'Rangers from the Iceland Department of Fisheries counted the seals on the reef.',
      'Volunteers let the Department of Fisheries lead the rescue.',
    );
    const bodies = entities.filter((e) => e.type === 'organization' && /Fisheries/.test(e.name));
    expect(bodies.map((e) => e.name)).toEqual(['Iceland Department of Fisheries']);
    expect(bodies[0]!.aliases).toContain('Department of Fisheries');
  });
});

describe('a noun beside a name that says it is a body', () => {
  it('reads a name after "ruling" as a party, and a name listed after bodies as one of them', () => {
    const names = typed(
      build(
        'Ministers of the ruling Vanta-KP met on Monday to choose a new chair.',
        'Hundreds have joined armed groups in the hills, including the Scarlet Banner, over the past year.',
        'Smaller parties such as Tidewater Union lost their seats.',
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Vanta-KP [organization]', 'Scarlet Banner [organization]', 'Tidewater Union [organization]']));
  });
});

describe('what is not part of an organisation’s name', () => {
  it('leaves out a word for the body’s leanings before it', () => {
    const names = typed(build('The ruling party is close to the neighbouring country’s Islamist Crescent Brotherhood movement, officials said.'));
    expect(names).toContain('Crescent Brotherhood [organization]');
    expect(names.filter((n) => n.startsWith('Islamist'))).toEqual([]);
  });
});

describe('what a country before a word is not', () => {
  it('makes no organisation of a country and a capitalised common noun the tagger reads as a body', () => {
    const names = typed(build('Veterans asked marchers to show respect for the U.S. Flag at every parade this summer.'));
    expect(names.filter((n) => /Flag \[organization\]/.test(n))).toEqual([]);
  });
});

describe('what a quoted name is not', () => {
  it('makes no organisation of a quoted nickname whose first word the tagger knows as a company', () => {
    const names = typed(build('Nicknamed "Sir Gadget" or "Google Mireille" by her staff for her taste in phones, she climbed quickly.'));
    expect(names.filter((n) => /Mireille/.test(n))).toEqual([]);
  });

  it('makes no person of a work’s title that is always quoted', () => {
    const names = typed(
      build(
        'The studio finally revealed “Rosa Marie Dash,” a puzzle game for tablets.',
        'Players say "Rosa Marie Dash" is easier than the console games.',
      ),
    );
    expect(names.filter((n) => n.startsWith('Rosa Marie Dash'))).toEqual([]);
  });
});

describe('one person under several names', () => {
  it('gives a family name alone to the relative the story introduced first', () => {
    const entities = build(
      'Net maker Tamati Thompson has repaired trawls in the bay since the 1970s.',
      'Thompson and his son, Anaru Thompson, still mend nets every winter.',
      '“Nets tell you where the fish went,” says Thompson.',
    );
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name).sort()).toEqual(['Anaru Thompson', 'Tamati Thompson']);
    expect(people.find((e) => e.name === 'Tamati Thompson')!.facts.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringMatching(/where the fish went/)]));
  });

  it('makes the first words of a full name the same person', () => {
    const entities = build(
      'Kahu (Anaru Pita) Rewiri paints the hulls at the family yard.',
      'His son, Anaru Pita Rewiri, now runs the boatshed.',
      '“We build them the old way,” says Anaru Pita.',
    );
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Anaru Pita Rewiri');
    expect(people.filter((n) => n !== 'Anaru Pita Rewiri' && n.startsWith('Anaru'))).toEqual([]);
  });
});

describe('roles of relatives', () => {
  const describeAll = (...paragraphs: string[]) => Object.fromEntries(build(...paragraphs).filter((e) => e.type === 'person').map((e) => [e.name, e.description]));

  it('says whose relative someone is, and describes the relative by what they do first', () => {
    const d = describeAll(
      'The park ranger Tamati Thompson, his wife Mereana and two neighbours rowed out to the reef.',
      'Later, photographer Hemi Thompson, helped by his father, Tamati Thompson, repaired a jetty.',
      'Thompson and his 31-year-old son, Hemi Thompson, sailed out at dawn.',
      'The ferry carries the name of his first wife, Aroha, who ran the café.',
    );
    expect(d.Mereana).toBe('Wife of Tamati Thompson');
    expect(d['Hemi Thompson']).toBe('Photographer');
    expect(d['Tamati Thompson']).toBe('Park ranger');
    expect(d.Aroha).toMatch(/^First wife/);
  });

  it('says whose son, past an age, when the family name stands for the father', () => {
    const d = describeAll(
      'Net maker Tamati Thompson has repaired trawls in the bay since the 1970s.',
      'Thompson and his 31-year-old son, Hemi Thompson, sailed out at dawn.',
    );
    expect(d['Hemi Thompson']).toBe('Son of Tamati Thompson');
  });
});

describe('roles in apposition', () => {
  const describeAll = (...paragraphs: string[]) => Object.fromEntries(build(...paragraphs).filter((e) => e.type === 'person').map((e) => [e.name, e.description]));

  it('reads the office before a name that ends in a joined particle ("al-X")', () => {
    const d = describeAll('The court brought charges against Ruritania’s president, Omar Faisal al-Tamimi, and two of his generals.');
    expect(d['Omar Faisal al-Tamimi']).toBe('Ruritania’s president');
  });

  it('reads an office of a named body before the name ("The leader of X, Name,")', () => {
    const d = describeAll('The deputy leader of Harbour Front, Ana Kellerman, condemned the attack on Tuesday.');
    expect(d['Ana Kellerman']).toBe('Deputy leader of Harbour Front');
  });

  it('reads an office not yet taken up ("Vice-president elect X"), hyphen kept', () => {
    const d = describeAll('The choir sang for Vice-president elect Ines Marlo while she watched from a box.');
    expect(d['Ines Marlo']).toBe('Vice-president elect');
  });

  it('gives a plural office before two names joined by "and" to both', () => {
    const d = describeAll('The two are cabinet ministers Tomas Brel and Kwame Asantewaa, who fled to the compound.');
    expect(d['Kwame Asantewaa']).toBe('Cabinet minister');
    expect(d['Tomas Brel']).toBe('Cabinet minister');
  });
});

describe('roles a copula states', () => {
  const people = (...paragraphs: string[]) => build(...paragraphs).filter((e) => e.type === 'person');
  const describeAll = (...paragraphs: string[]) => Object.fromEntries(people(...paragraphs).map((e) => [e.name, e.description]));

  it('reads "Name is a member of the team" and "She’s the director of X" after a name with degrees', () => {
    const d = describeAll(
      'Mira Okonkwo-Lind is a longtime member of the lifeboat crew that answers night calls.',
      '“We did not expect this,” says Ines Marlo, MD, PhD. She’s the head of the Tidal Research Unit in Portmere.',
    );
    expect(d['Mira Okonkwo-Lind']).toBe('Longtime member of the lifeboat crew');
    expect(d['Ines Marlo']).toMatch(/^Head of the Tidal Research Unit/);
  });

  it('makes one person of "Given (Other Given) Family", known by both given names', () => {
    const found = people(
      'Jim (William Henry) Thompson signs every boat he builds.',
      'His friend, William Henry Thompson, now teaches the craft.',
      'Jim is a member of the rowing club that races old whaleboats.',
    );
    expect(found.map((e) => e.name)).toEqual(['William Henry Thompson']);
    expect(found[0]!.aliases).toEqual(expect.arrayContaining(['Jim', 'Jim Thompson']));
    expect(found[0]!.description).toBe('Member of the rowing club');
  });
});

describe('credits inside a paragraph', () => {
  it('ends a photo credit at its slashed word and keeps the names after it', () => {
    const names = typed(build('© Provided by Harbour Wire Inc Lumenta/Verilens Lumenta Inc and Verilens Inc surprised the market this year.'));
    expect(names).toEqual(expect.arrayContaining(['Lumenta Inc [organization]', 'Verilens Inc [organization]']));
    expect(names.filter((n) => n.includes('/'))).toEqual([]);
  });
});

describe('sentence openers', () => {
  it('keeps an opener the tagger reads as an adjective when the article writes it with a capital mid-sentence', () => {
    const people = build('On the beach, Sarah Golden waved the boats in.', 'Golden is the captain of the harbour rescue crew.').filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.description])).toEqual([['Sarah Golden', 'Captain of the harbour rescue crew']]);
  });
});

describe('title-case lines', () => {
  it('makes no person of a run the tagger reads as a name only in a line that capitalises every word', () => {
    const names = typed(
      build(
        'Singer’s $9K Ruby Victoria Gown ... FOUND IN TAXI!!!',
        'The singer’s red gown turned up in the back of a cab, her manager said.',
        'The driver handed it to police on Thursday.',
      ),
    );
    expect(names.filter((n) => /Gown/.test(n))).toEqual([]);
  });
});

describe('buildings', () => {
  it('reads a centre built for a use as a place', () => {
    const names = typed(build('The carvers work in a shed at Tawhiri Cultural Centre in the old port.', 'Meetings moved to the Eastvale Community Center last week.'));
    expect(names).toEqual(expect.arrayContaining(['Tawhiri Cultural Centre [place]', 'Eastvale Community Center [place]']));
  });
});

describe('places by their context', () => {
  it('reads a name after a compass word or a country’s possessive as a place', () => {
    const names = typed(
      build(
        'Her grandfather farmed sheep in New Zealand’s Kahurangi for decades.',
        'The market draws growers from the hill villages of eastern Tawhenua every spring.',
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Kahurangi [place]', 'Tawhenua [place]']));
  });

  it('reads a feature written in lower case as the place the article names with a capital', () => {
    const entities = build('Surfers crowded Ninefold Mile beach on the long weekend.', 'Rangers patrol Ninefold Mile Beach every morning.');
    const places = entities.filter((e) => /Ninefold/.test(e.name));
    expect(places.map((e) => `${e.name} [${e.type}]`)).toEqual(['Ninefold Mile Beach [place]']);
  });
});

