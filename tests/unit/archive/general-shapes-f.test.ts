// @vitest-environment node
// General shapes of real wire copy, in invented words: what a rule fixes must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const build = (body: string) => buildFactBase([parseArticle('shape.txt', Buffer.from(`date 2025-04-02 PORTMERE: ${body}`))]);
const typeOf = (fb: ReturnType<typeof build>, name: string) => fb.entities.filter((e) => e.name === name).map((e) => e.type);

describe('general shapes', () => {
  it('"the president of X": X is the office\'s domain, never a person holding it', () => {
    const fb = build('The president of Zembla said the plan had failed. Voters in Quarnia were not told.');
    expect(typeOf(fb, 'Zembla')).not.toContain('person');
    expect(fb.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('an office and its domain in apposition ("The President of X, Name,") make no organisation', () => {
    const fb = build('The President of Zembla, Pedro Lanz, said the plan had failed. The Governor of the Bank of Quarnia, Ana Ruiz, agreed.');
    expect(fb.entities.filter((e) => /^(President|Governor) /.test(e.name))).toEqual([]);
    expect(typeOf(fb, 'Bank of Quarnia')).toEqual(['organization']);
    expect(typeOf(fb, 'Pedro Lanz')).toEqual(['person']);
  });

  it('an acute accent typed for the apostrophe is the apostrophe: the possessive is no part of the name', () => {
    const fb = build('Karl Ost´s team won the match. Ana O´Dea said so.');
    expect(fb.entities.filter((e) => e.type === 'person' && /s$/.test(e.name))).toEqual([]);
    expect(typeOf(fb, 'Karl Ost')).toEqual(['person']);
  });

  it('a number joined to a lower-case word ("80,000-capacity") is a modifier, not the first word of a name', () => {
    const fb = build('Fans packed the 80,000-capacity Harbour Arena on Sunday.');
    expect(fb.entities.filter((e) => /\d/.test(e.name))).toEqual([]);
    expect(typeOf(fb, 'Harbour Arena')).toEqual(['place']);
  });

  it('a people\'s or a language\'s word after "in" is no place ("written in English", "in the Aussie camp")', () => {
    const fb = build('Cheers rang out in the Aussie camp. The prize is open to any work written in English and published in Quarnia.');
    expect(fb.entities.filter((e) => /^(Aussie|English)$/.test(e.name))).toEqual([]);
    expect(typeOf(fb, 'Quarnia')).toEqual(['place']);
  });

  it('a family name of two words is the short form of the one full name ending with it', () => {
    const fb = build('Many died, said the office of Quarnian President Andrés Tomás Lopera Ibarra. "We have to wait," Lopera Ibarra said. Maria Lopez and Ana Maria Lopez spoke.');
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Ana Maria Lopez', 'Andrés Tomás Lopera Ibarra', 'Maria Lopez']);
  });

  it('an apposition where a role word sits behind a preposition is a time or a place, not an office', () => {
    const fb = build('Speaking to reporters in Quenby, the night before the party leaders summit in the capital, Karl Ost said the deal was done.');
    expect(typeOf(fb, 'Quenby')).toEqual(['place']);
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Karl Ost']);
  });

  it('a follower\'s word before a given name is a leaning, neither part of the name nor a body', () => {
    const fb = build('The Quarnian leader had called for a vote for Gaullist Pedro Lanz against the rival.');
    expect(typeOf(fb, 'Pedro Lanz')).toEqual(['person']);
    expect(fb.entities.filter((e) => /Gaullist/.test(e.name))).toEqual([]);
  });

  it('a plain name whose last word the article also uses alone is a person, unless two names share that word', () => {
    const fb = build('Tavi Korrin scored a record hundred to help Quarnia win.\n\nKorrin made 117 runs.');
    expect(typeOf(fb, 'Tavi Korrin')).toEqual(['person']);
    const shared = build('Miro Anatu scored first. Leti Anatu scored next.\n\nAnatu made 117 runs.');
    expect(shared.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a conjunction opening a quoted clause is no given name, whatever the tagger makes of it', () => {
    const fb = build('Karl Ost wrote: “Although Murray is a witty writer, he is kind.” Will Ruiz said so.');
    expect(fb.entities.filter((e) => /^Although/.test(e.name))).toEqual([]);
    expect(typeOf(fb, 'Will Ruiz')).toEqual(['person']);
  });

  it('a prize\'s first word alone ("the Marren trophy") is that prize said short, not a body', () => {
    const fb = build('Irish writer Karl Ost won the Marren Prize for fiction on Sunday.\n\n“This was hard,” Ost said after being handed the Marren trophy.');
    expect(typeOf(fb, 'Marren')).toEqual([]);
    expect(fb.entities.find((e) => e.name === 'Marren Prize')?.aliases).toContain('Marren');
  });

  it('"The Post" after "The Harbour Post" is that body said short', () => {
    const fb = build('The Harbour Post’s Karl Ost wrote a review. Ana Lind wrote in her review for The Post that it was fine.');
    const orgs = fb.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['Harbour Post']);
    expect(orgs[0]!.aliases).toContain('The Post');
  });

  it('a prize named noun first in another language ("Prix X") is an award', () => {
    const fb = build('The award started as the British counterpart to France’s Prix Lanvert, with only authors from the region eligible.');
    expect(typeOf(fb, 'Prix Lanvert')).toEqual(['award']);
  });

  it('a portfolio between a country and an office ("Quarnia Security Secretary") is the office\'s, no body', () => {
    const fb = build('Quarnia Security Secretary Ana Lind said so. The Security Council met.');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Security Council']);
    expect(typeOf(fb, 'Ana Lind')).toEqual(['person']);
  });
});
