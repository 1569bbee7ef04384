// @vitest-environment node
// General shapes of real news (round S), in invented words where a rule must hold for any name in that shape
// (real country names where the rule reads the gazetteer).
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { analyse } from '../../../src/nlp/analyse';
import { standsFor } from '../../../src/archive/initials';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date = '2024-05-15') => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const typeOf = (fb: Fb, name: string) => fb.entities.find((e) => e.name === name)?.type;
const names = (fb: Fb) => fb.entities.map((e) => e.name);
const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event').map((e) => ({ name: e.name, date: e.date ?? null, aliases: e.aliases ?? [] }));

describe('general shapes (round S)', () => {
  it('"National" before an office is the office\'s ("Norway National Security Adviser Ana Lind" names no "Norway National")', () => {
    const fb = buildAll(['Norway National Security Adviser Ana Lind met Ivo Marr in Harlow on Monday.']);
    expect(names(fb).filter((n) => /National/.test(n))).toEqual([]);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/National Security Adviser/);
    // a body whose name holds the word keeps it
    expect(typeOf(buildAll(['The Zembla National Bank governor Ivo Marr resigned on Monday.']), 'Zembla National Bank')).toBe('organization');
  });

  it('an office\'s one-word domain with no holder after it names nothing ("Ivo Marr, Minister of State, said")', () => {
    const fb = buildAll(['Ivo Marr, Minister of State, Member of the Tesk Council, said the talks went well.', 'Ana Lind, the Minister of Finance, met the press on Monday.']);
    expect(names(fb)).not.toContain('State');
    expect(names(fb)).not.toContain('Finance');
    expect(typeOf(fb, 'Ivo Marr')).toBe('person');
  });

  it('"Member of the Council of Ministers": the body whole, no holder named "of Ministers"; a second office after "and" is no part of it', () => {
    const fb = buildAll(['Ivo Marr, Member of the Council of Ministers and National Security Adviser, led the delegation.']);
    expect(names(fb).filter((n) => /^of |Adviser/.test(n))).toEqual([]);
    expect(typeOf(fb, 'Council of Ministers')).toBe('organization');
    expect(typeOf(fb, 'Ivo Marr')).toBe('person');
  });

  it('a place\'s name may open with "New" ("a man from New South Wales")', () => {
    expect(typeOf(buildAll(['A man from New South Wales has been charged with murder.']), 'New South Wales')).toBe('place');
    expect(typeOf(buildAll(['He works for the New York Times in Harlow.']), 'New York Times')).not.toBe('place');
  });

  it('an acronym with one more letter from inside a compound word is the same body, across articles', () => {
    expect(standsFor('USEVS', 'Union of Southeast Velkor States')).toBe(true);
    expect(standsFor('USVS', 'Union of Southeast Velkor States')).toBe(true);
    expect(standsFor('UXVS', 'Union of Southeast Velkor States')).toBe(false);
    // (two names of two words have no room for a guessed letter)
    expect(standsFor('TEV', 'Tesk Velkor')).toBe(false);
    const fb = buildAll(['The ten members of the Union of Southeast Velkor States signed the pact.', 'The pact was signed at the end of the USEVS summit. USEVS said it was a victory.']);
    const body = fb.entities.filter((e) => e.type === 'organization');
    expect(body.map((e) => [e.name, e.aliases])).toEqual([['Union of Southeast Velkor States', ['USEVS']]]);
  });

  it('a street\'s name with its last word written short is the same street ("Tesk Ave", "Tesk Avenue")', () => {
    for (const order of [['Police closed Tesk Avenue on Friday.', 'Armed police were seen on Tesk Ave near the park.'], ['Armed police were seen on Tesk Ave near the park.', 'Police closed Tesk Avenue on Friday.']]) {
      const places = buildAll(order).entities.filter((e) => e.type === 'place' && /Tesk/.test(e.name));
      expect(places.map((e) => [e.name, e.aliases])).toEqual([['Tesk Avenue', ['Tesk Ave']]]);
    }
  });

  it('a name that ends in initials speaks as a body ("Velkor DHB said"), and a territory is a place', () => {
    const fb = buildAll(['Velkor DHB said 48 patients are being treated at Tesk Hospital.', 'He won 19 states and the small Federal Capital Territory.']);
    expect(typeOf(fb, 'Velkor DHB')).toBe('organization');
    expect(typeOf(fb, 'Federal Capital Territory')).toBe('place');
  });

  it('letters after a person\'s name are no part of it ("Ivo Marr MP said"), nor an adverb that opens the sentence ("Later Ivo Marr said")', () => {
    const fb = buildAll(['Ivo Marr MP said the bill would pass.', 'Later Ivo Marr said it was done.', 'Meanwhile Ana Lind KC said it was done.', 'Separately Tovo Lind said so.']);
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Ana Lind', 'Ivo Marr', 'Tovo Lind']);
  });

  it('a hospital where someone is treated or visits is a place; one that speaks is a body', () => {
    const fb = buildAll(['Velkor DHB said 48 patients are being treated at Tesk Hospital.', 'Ana Lind, who was also visiting Tesk Hospital, thanked the staff.', 'Harlow Hospital said it had treated 12 people.']);
    expect(typeOf(fb, 'Tesk Hospital')).toBe('place');
    expect(typeOf(fb, 'Harlow Hospital')).toBe('organization');
  });

  it('a body\'s name read as an undated gathering in another article is the body, in either order ("X of the Velkor Progressives Congress opposition bloc")', () => {
    const texts = ["A spokesman for Ana Lind's Velkor Progressives Congress (VPC) party praised Ivo Marr.", 'Ana Lind of the Velkor Progressives Congress opposition bloc beat Ivo Marr by two million votes.'];
    for (const order of [texts, [...texts].reverse()]) {
      const fb = buildAll(order);
      expect(fb.entities.filter((e) => /Congress/.test(e.name)).map((e) => [e.type, e.name])).toEqual([['organization', 'Velkor Progressives Congress']]);
    }
  });

  it('a vote named only by its kind is named after its country, told anywhere in the story ("Nigeria\'s presidential election", then "the election" dated)', () => {
    const fb = buildAll([
      "Ana Lind won Nigeria's presidential election with 15 million votes.\n\nSecurity was tight for the count. Ivo Marr called Lind to congratulate her on winning this weekend's election.",
    ], '2015-03-31');
    expect(events(fb)).toEqual([{ name: 'Nigeria presidential election', date: '2015-03', aliases: expect.arrayContaining(['presidential election']) }]);
  });

  it('a war is not dated by the story\'s own days ("reached this week … as the war in Ukraine enters a second year")', () => {
    const fb = buildAll(['The deal, reached in the Chinese capital this week, marks a victory for Harlow as the war in Ukraine enters a second year.'], '2023-03-10');
    expect(events(fb).filter((e) => /war/.test(e.name)).map((e) => e.date)).toEqual([null]);
  });

  it('a people\'s word between "the" and a war, a revolution or a genocide names it ("the Rwandan genocide", "the Iranian revolution in 1979")', () => {
    const fb = buildAll(['In 1994, when the Rwandan genocide happened, Ana Lind was deployed as a peacekeeper.', 'The Iranian revolution in 1979 changed the region.', 'The French strike hit rail services.']);
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([
      ['Iranian revolution', '1979'],
      ['Rwandan genocide', '1994'],
    ]);
  });

  it('a people\'s word before a name where something is names a region with it ("crashed in the French Alps")', () => {
    const fb = buildAll(['A plane crashed in the French Alps on Tuesday.', 'He told the German Chancellor Ana Lind in Harlow.']);
    expect(typeOf(fb, 'French Alps')).toBe('place');
    expect(typeOf(fb, 'Ana Lind')).toBe('person');
    expect(names(fb)).not.toContain('German Chancellor Ana Lind');
  });

  it('what a crowd is inside is a place ("the atmosphere inside the Velkorama")', () => {
    expect(typeOf(buildAll(['The crowd created a vibrant atmosphere inside the Velkorama on Sunday.']), 'Velkorama')).toBe('place');
  });

  it('a country that leads an office with no holder named is named all the same ("resigned as UK Prime Minister")', () => {
    const fb = buildAll(['Ana Lind has announced her resignation as UK Prime Minister.']);
    expect(fb.entities.filter((e) => e.type === 'place' && e.name !== 'Harlow').map((e) => e.name)).toEqual(['United Kingdom']);
  });

  it('the name before a plane or a flight is its operator; a company told as a subsidiary, and the group it is of, are companies', () => {
    const fb = buildAll([
      'A Velkorwings plane carrying 144 passengers crashed on Tuesday. The Velka-M rocket was launched later.',
      'The pilot spoke to Ana Lind on Monday. Tesk Air is the low-cost subsidiary of Portavia.',
      'Harlowby is a company town.',
    ]);
    expect(typeOf(fb, 'Velkorwings')).toBe('organization');
    expect(typeOf(fb, 'Tesk Air')).toBe('organization');
    expect(typeOf(fb, 'Portavia')).toBe('organization');
    expect(typeOf(fb, 'Velka-M')).not.toBe('organization');
    expect(typeOf(fb, 'Harlowby')).not.toBe('organization');
  });

  it('a case a court rules in is decided that day; a case told as "the 1992 decision" is of 1992', () => {
    const fb = buildAll([
      'The Zembla High Court has overturned an old ruling in its decision in the Tesk case on Monday.\n\nThe court rejected Lind v. Varo, ruling in the Tesk v. Harlow Trust case that the question belongs to the regions.\n\nLind v. Varo is the 1992 decision that set the rule.',
    ], '2022-06-24');
    const dated = Object.fromEntries(events(fb).map((e) => [e.name, e.date]));
    expect(dated['Lind v. Varo']).toBe('1992');
    expect(dated['Tesk v. Harlow Trust']).toMatch(/^2022-06/);
  });

  it('a final named after a dated edition is of its year; the same final with and without its body\'s short name is one', () => {
    const fb = buildFactBase([
      article('a.txt', '2031-07-13', "Zembla were crowned champions on Sunday as Ana Lind's late winner beat Tesk in the 2031 Ostrel Cup final."),
      article('b.txt', '2031-07-14', 'Zembla have won the 2031 FIFO Ostrel Cup after beating Tesk 1-0 in the final at the Velkorama Stadium on Sunday.'),
    ]);
    const finals = events(fb).filter((e) => /final/.test(e.name));
    expect(finals).toHaveLength(1);
    expect(finals[0]!.date).toMatch(/^2031/);
    expect(events(fb).filter((e) => /World|Ostrel Cup$/.test(e.name)).length).toBeLessThanOrEqual(1);
  });

  it('who a side loses to is no place of the match; a ground with and without "Stadium" is one place', () => {
    const fb = buildFactBase([
      article('a.txt', '2031-07-13', 'Ana Lind led her side to the final at the Velkorama on Sunday, where they lost to Germany 1-0.'),
      article('b.txt', '2031-07-14', 'The crowd inside the Velkorama Stadium cheered the winners on Sunday.'),
    ]);
    expect(fb.entities.filter((e) => e.type === 'place' && /Velkorama/.test(e.name))).toHaveLength(1);
    const germany = fb.entities.find((e) => e.name === 'Germany')?.id;
    expect(germany).toBeDefined();
    expect(fb.entities.filter((e) => e.type === 'event' && e.place === germany)).toEqual([]);
  });

  it('a body the article names alone ends a name after an initial, where the tagger did not split the sentence ("Ana L. Velkorwings is …")', () => {
    const fb = buildAll(['The co-pilot of a Velkorwings flight spoke with the pilot, who was identified only as Ana L. Velkorwings is the low-cost subsidiary of Portavia.']);
    expect(typeOf(fb, 'Velkorwings')).toBe('organization');
    expect(typeOf(fb, 'Ana L.')).toBe('person');
    expect(names(fb)).not.toContain('Ana L. Velkorwings');
    // a person's initial before a surname stays in the name
    expect(typeOf(buildAll(['Ana L. Tesk said the airline would pay.']), 'Ana L. Tesk')).toBe('person');
  });

  it('a house\'s number before a street is its address, one place with the street\'s name ("outside 10 Tesk Street")', () => {
    const fb = buildAll(['The minister spoke outside 10 Tesk Street at 1.30pm on Thursday.', 'Police closed Tesk Street on Friday.']);
    const places = fb.entities.filter((e) => e.type === 'place' && /Tesk/.test(e.name));
    expect(places.map((e) => [e.name, e.aliases])).toEqual([['10 Tesk Street', ['Tesk Street']]]);
  });

  it('an "and" between two counts inside a crash\'s subject opens no clause ("a Velkorwings plane carrying 144 passengers and six crew members crashed")', () => {
    const fb = buildAll(['A Velkorwings plane carrying 144 passengers and six crew members crashed in the Tesk Alps on Tuesday morning.'], '2015-03-26');
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['Velkorwings plane crash', '2015-03-24']]);
  });

  it('a vote asked for is none held; a leadership election is named so; a body holding a conference stays the body', () => {
    const fb = buildAll([
      'Opposition leader Ana Lind repeated her demand made on Wednesday and at the Tesk Union Congress conference on Thursday morning for a general election now.',
      'Ivo Marr said on Thursday there will be a leadership election to be completed within the next week.',
    ], '2022-10-20');
    expect(events(fb).map((e) => e.name).filter((n) => /election/.test(n))).toEqual(['leadership election']);
    expect(typeOf(fb, 'Tesk Union Congress')).toBe('organization');
  });

  it('the other end of a route from or to a known place is a place; a house called by its number keeps it', () => {
    const fb = buildAll(['The plane, on a flight from Barcelona to Velkorf, began to descend.', 'The train from Tesksted to Paris was late.', 'She spoke outside Number 10 this afternoon.', 'Prices rose from Monday to Friday.']);
    expect(typeOf(fb, 'Velkorf')).toBe('place');
    expect(typeOf(fb, 'Tesksted')).toBe('place');
    expect(typeOf(fb, 'Number 10')).toBe('place');
    expect(names(fb)).not.toContain('Number');
  });

  it('the weekend in the possessive is the one just past unless the clause looks ahead; "this" alone is no date', () => {
    const day = (text: string) => analyse(text, '2015-03-31').dates.map((d) => [d.text, d.from, d.to]);
    expect(day("He won this weekend's election.")).toEqual([["this weekend's", '2015-03-28', '2015-03-29']]);
    expect(day("He won last weekend's vote.")).toEqual([["last weekend's", '2015-03-28', '2015-03-29']]);
    expect(day("He will contest this weekend's election.")).toEqual([["this weekend's", '2015-04-04', '2015-04-05']]);
    expect(day('He won the election at the weekend.')).toEqual([['at the weekend', '2015-03-28', '2015-03-29']]);
    expect(day('This is the best result.')).toEqual([]);
  });

  it('a winner\'s prize named with an elided particle is part of the role, and no body ("Ostrel d\'Or winner Ana Lind")', () => {
    const fb = buildAll(["Four-time Ostrel d'Or winner Ana Lind was quiet in the final."]);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/Ostrel d'Or winner/);
    expect(fb.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('a place\'s name spelt with one vowel more or less is one place; another consonant, or a country, is another', () => {
    const fb = buildAll(['The plane flew from Paris to Velkoersdorf on Monday.', 'The crash came on the way from Paris to Velkorsdorf, officials said.', 'The ship sailed to Kingstown on Monday.', 'The ship sailed to Kingston on Tuesday.']);
    expect(fb.entities.filter((e) => e.type === 'place' && /Velko/.test(e.name))).toHaveLength(1);
    expect(typeOf(fb, 'Kingstown')).toBe('place');
    expect(typeOf(fb, 'Kingston')).toBe('place');
  });

  describe('(review) shapes the round S rules must leave alone', () => {
    it('an acronym with a letter from inside a plain word is another body; initials after a given name are a person\'s', () => {
      const fb = buildAll(['Ana Lind of the Zembla National Party said the talks failed.', 'The ZNPA, which runs the ports, raised fees on Monday. ZNPA officials said so.']);
      expect(fb.entities.find((e) => e.name === 'Zembla National Party')?.aliases ?? []).not.toContain('ZNPA');
      expect(standsFor('ZNPA', 'Zembla National Party')).toBe(false);
      expect(typeOf(buildAll(['Ivo Marr MLC said the bill would pass.']), 'Ivo Marr')).toBe('person');
      expect(typeOf(buildAll(['Velkor Tesk SC beat Harlow United 2-0 on Sunday.']), 'Velkor Tesk SC')).toBe('organization');
    });

    it('"New" with one more word, a league after a people\'s word, a researcher\'s clinic, a ship\'s name, a person "of" a subsidiary are left as they were', () => {
      const fb = buildAll([
        'Ivo Marr works for New Velkoria in Harlow.',
        'He scored twice in the German Bundesliga last season.',
        'Researchers at the Velkor Clinic found a cure.',
        'The Tesk Star tanker was seized on Monday.',
        'Tesk is an affiliate of Ana Lind, the investor.',
      ]);
      expect(typeOf(fb, 'New Velkoria')).not.toBe('place');
      expect(typeOf(fb, 'German Bundesliga')).not.toBe('place');
      expect(typeOf(fb, 'Velkor Clinic')).not.toBe('place');
      expect(typeOf(fb, 'Tesk Star')).not.toBe('organization');
      expect(typeOf(fb, 'Ana Lind')).toBe('person');
    });

    it('a year or a count of residents before a street is no house number; a founder after his initial keeps his name', () => {
      const fb = buildAll(['In 2019 Tesk Square was rebuilt.', 'Police questioned 40 Velkor Street traders on Monday.', 'Dell said sales fell. Michael S. Dell, the founder, said more.']);
      expect(names(fb).filter((n) => /^\d/.test(n))).toEqual([]);
      expect(typeOf(fb, 'Michael S. Dell')).toBe('person');
    });

    it('a vote compared with, or a country where someone spoke, names no vote', () => {
      const fb = buildAll(['Zembla held a presidential election on Sunday. Observers said it was freer than Russia\'s presidential election.', 'Ivo Marr, speaking in France on Monday, said the presidential election on Sunday was rigged.'], '2024-05-15');
      expect(events(fb).map((e) => e.name).filter((n) => /Russia|France/.test(n))).toEqual([]);
    });

    it('"last weekend\'s" on a Saturday is the weekend before; "this weekend\'s … will" looks ahead after a past verb', () => {
      expect(analyse("He won last weekend's election.", '2024-05-18').dates.map((d) => d.from)).toEqual(['2024-05-11']);
      expect(analyse("Organisers confirmed this weekend's race will go ahead.", '2024-05-15').dates.map((d) => d.from)).toEqual(['2024-05-18']);
    });

    it('a case cited is not decided that day; tournaments of one year and two sports stay apart', () => {
      const fb = buildAll(['The Zembla High Court has struck down a gun law. Lawyers had cited the decision in Marr v. Velkor to defend it.']);
      expect(events(fb).find((e) => e.name === 'Marr v. Velkor')?.date ?? null).toBeNull();
      const cups = buildFactBase([
        article('a.txt', '2023-11-19', 'Zembla won the 2023 ICC World Cup, beating Tesk.'),
        article('b.txt', '2023-10-28', 'Harlow won the 2023 World Cup in Paris, beating Velkor.'),
      ]);
      expect(cups.entities.filter((e) => e.type === 'event' && /World Cup/.test(e.name))).toHaveLength(2);
    });

    it('a war launched on the day told is dated by it', () => {
      expect(events(buildAll(['Zembla launched a war against Velkor on Monday, officials said.'])).map((e) => e.date)).toEqual(['2024-05-13']);
    });
  });
});
