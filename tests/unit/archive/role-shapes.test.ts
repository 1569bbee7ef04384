// The shapes around a name that real news gives and that are not a person's office, and the ones that are,
// written in our own words: a courtesy title, a list ("including", "along with"), an age, a relation to the
// writer, a plural office shared by two people, an owner in the possessive, and an office's organisation
// whose first word a tagger reads as a verb ("State Department").
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { bodyArticle } from '../../helpers/body-articles';

const article = (...paragraphs: string[]) => bodyArticle('r1.txt', '2024-05-02', paragraphs, 'PORTMERE');

const describeAll = (...paragraphs: string[]) =>
  Object.fromEntries(buildFactBase([article(...paragraphs)]).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]));

describe('what is not an office', () => {
  it('is not taken from a courtesy title, a list, an age or a relation to the writer', () => {
    const d = describeAll(
      'Opponents of the harbour levy Mr Tobias Renn once called reckless now back it.',
      'The mayor thanked several helpers, including neighbour Ilse Vorn, for clearing the quay.',
      'Pieter Aalst, along with other harbour pilots, signed the letter on Monday.',
      'Her 12-year-old son Milo Darrow found the stranded seal on the beach.',
      'My colleague Saskia Brandt tried the new ferry app last week.',
    );
    expect(d['Tobias Renn']).toBeUndefined();
    expect(d['Ilse Vorn']).toBeUndefined();
    expect(d['Pieter Aalst']).toBeUndefined();
    expect(d['Milo Darrow'] ?? '').not.toMatch(/year|old/i);
    expect(d['Saskia Brandt']).toBeUndefined();
  });

  it('keeps an owner in the possessive, one person of a plural office, and a whole organisation', () => {
    const d = describeAll(
      'Harbour Authority’s chief engineer Lotte Vries inspected the seawall on Friday.',
      'The council named deputy mayors Jonas Hale and Rika Sand to lead the review.',
      'State Department deputy spokesperson Amir Castell said the talks would resume.',
    );
    expect(d['Lotte Vries']).toBe('Harbour Authority’s chief engineer');
    expect(d['Jonas Hale']).toBe('Deputy mayor');
    expect(d['Amir Castell']).toBe('State Department deputy spokesperson');
  });

  it('reads an adviser or a fellow in an apposition, and makes no one of a hyphenated title alone', () => {
    const fb = buildFactBase([
      article(
        'The tour featured the Premier’s national security adviser, Noor Valdez, and two engineers.',
        '“Both sides will cool off,” said Anton Lisk, a senior fellow at the Harbour Policy Institute.',
        'Complaints go to the Inspector-General of Port Safety, who reports once a year.',
      ),
    ]);
    const d = Object.fromEntries(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]));
    expect(d['Noor Valdez']).toBe('Premier’s national security adviser');
    expect(d['Anton Lisk']).toBe('Senior fellow at the Harbour Policy Institute');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('General');
  });
});

describe('a kind of body alone', () => {
  it('is no organisation: "the Government", "the Press", "Terms of Service", "See X", "South Korean", while a whole name stays', () => {
    const fb = buildFactBase([
      article(
        'The Government said on Monday that the Harbour Council would vote on the levy.',
        'Read our Terms of Service before you post, the Press was told.',
        'See Harbour Council’s levy notice for the details.',
        'South Korean police and port inspectors are looking into the levy, the Harbour Council said.',
      ),
    ]);
    const orgs = fb.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(fb.entities.map((e) => e.name).filter((n) => n.startsWith('See ') || n === 'South Korean')).toEqual([]);
    expect(orgs).toContain('Harbour Council');
    for (const word of ['Government', 'Press', 'Service']) expect(orgs).not.toContain(word);
  });
});

describe('talks a place names', () => {
  it('are that place\'s talks, dated by their sentence, not a meeting of the two people the sentence names', () => {
    const fb = buildFactBase([
      article('In 1998, when Prime Minister Odile Marchal opposed the Geneva peace talks, President Tomas Ekberg cut the aid.'),
    ]);
    const events = fb.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => [e.name, e.date])).toEqual([['Geneva peace talks', '1998']]);
  });
});

describe('an ampersand inside a name', () => {
  it('joins the words around it into one organisation', () => {
    const fb = buildFactBase([article('The harbour cranes were built by Varen & Holt, the engineering firm said on Monday.')]);
    const orgs = fb.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toContain('Varen & Holt');
    expect(fb.entities.map((e) => e.name)).not.toContain('Varen');
  });
});


describe('a day of the week beside a name', () => {
  it('is not part of an office, nor an organisation the office belongs to', () => {
    const fb = buildFactBase([article('On Thursday photographer Nele Brink posted pictures of the flooded quay.')]);
    const person = fb.entities.find((e) => e.name === 'Nele Brink');
    expect(person?.description).toBe('Photographer');
    expect(fb.entities.map((e) => e.name)).not.toContain('Thursday');
  });

  it('is not glued to a place written just before it, while a day with a modifier or in a longer name stays', () => {
    const names = buildFactBase([
      article(
        'Ministers met in Portmere Thursday to settle the harbour levy.',
        'Officials in Eastbridge Monday night said the fire was contained.',
        'The Good Friday Accord was cited by both sides.',
      ),
    ]).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Portmere', 'Eastbridge', 'Good Friday Accord']));
    expect(names.some((n) => /^(Portmere|Eastbridge) /.test(n))).toBe(false);
  });

  it('is not part of an organisation’s name after a connector', () => {
    const names = buildFactBase([article('The Portmere Finance Committee on Wednesday approved the new ferry fares.')]).entities.map((e) => e.name);
    expect(names).toContain('Portmere Finance Committee');
    expect(names.some((n) => /Wednesday/.test(n))).toBe(false);
  });
});
