// An acronym alone is a body's name only on evidence (otherwise it is as likely "GDP"): shapes real wire copy
// gives that evidence in, written in our own words.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { articleFromParagraphs } from '../../../src/archive/parse';
import { bodyArticle, entitiesOf, typedNames } from '../../helpers/body-articles';

const build = (...paragraphs: string[]) => entitiesOf('ac1.txt', '2023-08-26', ...paragraphs);
const typed = typedNames;

describe('an acronym that names a body', () => {
  it('is the body in brackets after a description in lower case', () => {
    const names = typed(build('The Veltrian rowing federation (VRF) barred Marco Ruel from the regatta for a year.', 'Ruel denied it.'));
    expect(names).toContain('VRF [organization]');
  });

  it('is the body whose office a person holds', () => {
    const names = typed(build('Ines Calder, who is a KLMA vice-president, left early.', 'Dana Holt, the TRQ president, stayed until the vote.'));
    expect(names).toContain('KLMA [organization]');
    expect(names).toContain('TRQ [organization]');
  });

  it('is not a title written in capitals, nor a country whose office is named', () => {
    const names = typed(build('The CEO chairman Ines Calder said sales fell.', 'The U.S. president met Calder in Portmere on Monday.'));
    expect(names.filter((n) => /^(CEO|US|U\.S\.) /.test(n) || /United States \[organization\]/.test(n))).toEqual([]);
  });
});

describe('the office of a body or an event named by its code', () => {
  it('is a title, not a person, and a numbered event, not an organisation', () => {
    const entities = build(
      'Omar Haddad, the KLX9 President, said the delegates had come a long way.',
      'Within minutes, KLX9 President Omar Haddad approved the text.',
    );
    const names = typed(entities);
    expect(names.filter((n) => /President/.test(n))).toEqual([]);
    expect(names).not.toContain('KLX9 [organization]');
    expect(names).toContain('KLX9 [event]');
    expect(names).toContain('Omar Haddad [person]');
  });
});

describe('one person under two spellings of a particle', () => {
  it('joins "Al Rami" and "al-Rami" across articles', () => {
    const a = articleFromParagraphs({ file: 'ac2.txt', date: '2023-11-30', dateline: '', paragraphs: [{ text: 'Conference president Yusuf Al Rami opened the talks in Portmere.', kind: 'body' }] });
    const b = articleFromParagraphs({ file: 'ac3.txt', date: '2023-12-13', dateline: '', paragraphs: [{ text: 'Yusuf al-Rami, the conference president, said the deal was historic.', kind: 'body' }] });
    const people = buildFactBase([a, b]).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toHaveLength(1);
  });
});

describe('a country that owns an office', () => {
  it('is the country, not an organisation', () => {
    const names = typed(build('Some 180 leaders, including Britain’s King Osric IV and the heads of state of the region, are expected to attend.'));
    expect(names).not.toContain('Britain [organization]');
    expect(names).toContain('United Kingdom [place]');
  });
});

describe('an acronym compromise reads as a body in one mention only', () => {
  it('is the body when any of its mentions says so', () => {
    const names = typed(build('Ministers met at the start of ORBA climate talks in Portmere.', 'The ORBA on Thursday declared the year the hottest on record.'));
    expect(names).toContain('ORBA [organization]');
  });
});

describe('a point of comparison is no date of the event told', () => {
  it('does not date a gathering by the year after "since"', () => {
    const entities = build('The KLMA and the hosts say the talks will be the most important since the Lisbon accord in 2015.');
    expect(entities.filter((e) => e.type === 'event' && e.date === '2015')).toEqual([]);
  });
});

describe('a body named with the body it belongs to', () => {
  it('is one body with and without its owner before it', () => {
    const entities = build(
      'The KLMA’s Appeals Committee has suspended Marco Ruel for 90 days.',
      'The decision of the chairman of the KLMA Appeals Committee was sent to Ruel on Saturday.',
      'The KLMA said the ban would stand.',
    );
    const committees = entities.filter((e) => /Appeals Committee/.test(e.name));
    expect(committees.map((e) => e.name)).toEqual(['KLMA Appeals Committee']);
    // the body the committee belongs to stays a body of its own
    expect(typed(entities)).toContain('KLMA [organization]');
  });
});

describe('a well-known body under its short form and its full name', () => {
  const full = articleFromParagraphs({ file: 'ac4.txt', date: '2023-11-30', dateline: '', paragraphs: [{ text: 'The United Nations sent observers to Portmere on Thursday.', kind: 'body' }] });
  const short = articleFromParagraphs({ file: 'ac5.txt', date: '2023-12-13', dateline: '', paragraphs: [{ text: 'The UN on Wednesday declared the deal a first.', kind: 'body' }] });
  const bodies = (articles: ReturnType<typeof articleFromParagraphs>[]) =>
    buildFactBase(articles)
      .entities.filter((e) => e.type === 'organization')
      .map((e) => `${e.id} ${e.name} (${e.aliases.join(', ')})`);

  it('is one body, named and identified the same whichever article came first', () => {
    expect(bodies([full, short])).toEqual(['united-nations United Nations (UN)']);
    expect(bodies([short, full])).toEqual(['united-nations United Nations (UN)']);
  });
});

describe('one person under two transliterations', () => {
  const people = (...articles: ReturnType<typeof bodyArticle>[]) =>
    buildFactBase(articles)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);

  it('joins a family name written with one letter more across articles', () => {
    const a = bodyArticle('tr1.txt', '2023-07-10', ['President Ivan Kostenko arrived in Portmere on Monday.']);
    const b = bodyArticle('tr2.txt', '2023-07-12', ['President Ivan Kostenkko said the talks in Portmere went well.']);
    expect(people(a, b)).toHaveLength(1);
    expect(people(b, a)).toHaveLength(1);
  });

  it('keeps two people whose family names differ by a changed letter', () => {
    const a = bodyArticle('tr3.txt', '2023-07-10', ['Judge Maria Santos ruled on Monday.']);
    const b = bodyArticle('tr4.txt', '2023-07-12', ['Senator Maria Santis said she would appeal.']);
    expect(people(a, b)).toHaveLength(2);
  });
});
