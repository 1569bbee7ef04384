// @vitest-environment node
// General shapes of real news (round O), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { kindOf, parseArticle } from '../../../src/archive/parse';
import { compileMatcher, findMentions, prepareMatcher } from '../../../src/matching/index';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date: string) => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const people = (fb: Fb) => fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

describe('general shapes (round O)', () => {
  it('a paragraph that lost its full stop is still story text when its clauses are joined as prose', () => {
    expect(kindOf('Tor Velk missed the second kick for Zembla, but Oru Tesk scored for Portmere')).toBe('body');
    expect(kindOf('For the third kick, Ana Lind shot wide for Zembla while Ivo Marr scored for Portmere')).toBe('body');
    // headlines and subheads stay what they are
    expect(kindOf('Zembla wins the cup as Portmere fans weep in the rain')).toBe('headline');
    expect(kindOf('Fix the harbour, not just the roads')).toBe('headline');
    expect(kindOf('Back home')).toBe('subhead');
  });

  it('the people such a paragraph names are the story\'s people', () => {
    const fb = buildAll(['Norway won the final on penalties on Sunday.\n\nAna Lind missed the second kick for Peru, but Maria Tesk scored for Norway\n\nThe fans sang until dawn.'], '2024-05-15');
    expect(people(fb)).toEqual(['Ana Lind', 'Maria Tesk']);
  });

  it('"the UN said", "a UN meeting": a well-known body\'s short form is that body, though the tagger reads it as a prefix', () => {
    const fb = buildAll(['The UN said on Monday it would send aid to Peru.', 'Delegates were heading to a UN environmental meeting in Lima.'], '2024-05-15');
    const un = fb.entities.filter((e) => e.type === 'organization');
    expect(un.map((e) => [e.name, e.articles.length])).toEqual([['United Nations', 2]]);
    expect(un[0]!.aliases).toContain('UN');
  });

  it('"Head of Security Brigadier (rtd) Ana Lind": a military rank alone is no one', () => {
    const fb = buildAll(['The dead included Head of Security Brigadier (rtd) Ana Lind and two pilots.', 'Colonel (retd) Maria Tesk said the crash was a tragedy.'], '2024-05-15');
    expect(people(fb)).toEqual(['Ana Lind', 'Maria Tesk']);
  });

  it('"the Harbour National Party Vice chairman": the word that qualifies the office is not part of the body\'s name', () => {
    const fb = buildAll(['Ana Lind, also the Harbour National Party Vice chairman, said two children were among the dead.', 'Maria Tesk, the Velkor Workers Party Deputy leader, said the strike would go on.'], '2024-05-15');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Harbour National Party', 'Velkor Workers Party']);
    expect(people(fb)).toEqual(['Ana Lind', 'Maria Tesk']);
  });

  it('"set by Crown Prince Ana Lind": "Crown" is the title\'s, no body', () => {
    const fb = buildAll(['The target was set by Crown Prince Ivo Marr of Norway.', 'The Crown Estate said it would sell the Harlow farm.'], '2024-05-15');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Crown Estate']);
    expect(fb.entities.find((e) => e.name === 'Ivo Marr')?.description).toMatch(/Crown Prince/);
  });

  it('"the IPO", "GDP grew": the acronym of a common noun names nothing', () => {
    const fb = buildAll(['The GDP of Peru grew 2% last year.', 'Shares in the IPO rose by 10%, and the ETF fell.'], '2024-05-15');
    expect(fb.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('an acronym the article spells out in lower case stands for a common noun; one it spells out as a name is that name', () => {
    const fb = buildAll(
      ['Velkor Mining raised $2 billion in its quarterly capital raise. The QCR was the largest in Peru.', 'The Harbour Workers Union said the strike would go on. The HWU said members backed it.'],
      '2024-05-15',
    );
    expect(fb.entities.some((e) => e.name === 'QCR' || e.aliases.includes('QCR'))).toBe(false);
    expect(fb.entities.find((e) => e.name === 'Harbour Workers Union')?.aliases).toContain('HWU');
  });

  it('"The House of Commons voted", "the British House of Commons": a house of parliament is one body, at a sentence\'s start too', () => {
    const fb = buildAll(['The House of Commons voted on Monday to sit again.', 'The speaker of the British House of Commons said it would sit on Wednesday.', 'The US House of Representatives voted on Tuesday.'], '2024-05-15');
    const bodies = fb.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.articles.length]);
    expect(bodies).toContainEqual(['House of Commons', 2]);
    expect(bodies.map(([name]) => name)).toContain('US House of Representatives');
    expect(fb.entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Harlow']);
  });

  const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event').map((e) => ({ name: e.name, date: e.date ?? null }));

  it('"ousting the president in a landslide": a margin of votes, no landslide that buried anything', () => {
    const fb = buildAll(['Comedian Ana Lind won the runoff election in Peru on Sunday, ousting President Ivo Marr in a landslide.', 'A landslide buried the village of Tesk in Peru on Sunday, killing 12 people.'], '2024-05-15');
    expect(events(fb).filter((e) => /landslide/.test(e.name))).toEqual([{ name: 'Tesk landslide', date: '2024-05-12' }]);
  });

  it('"won Sunday\'s runoff election": a runoff is a kind of election, dated by the weekday before it', () => {
    const fb = buildAll(['Ana Lind won Sunday’s runoff election in Peru.'], '2024-05-15');
    expect(events(fb)).toEqual([{ name: 'Peru runoff election', date: '2024-05-12' }]);
  });

  it('"the killing of Peruvian writer Ana Lind": the incident is named by the person, past the people\'s word', () => {
    const fb = buildAll(['Trade suffered after the killing of Peruvian writer Ana Lind by agents in Norway last year.', 'The bank suffered after the killing of Saudi writer Maria Tesk in Norway last year.'], '2024-05-15');
    expect(events(fb).map((e) => e.name).sort()).toEqual(['Lind killing', 'Tesk killing']);
  });

  it('"Jebel Al Akhdar", "Wadi Tesk": a mountain or a valley named noun first is a place', () => {
    const fb = buildAll(['The storm hit the coastal regions of Harlow and Jebel Al Akhdar, where the town of Tesk lies.', 'Floods ran down Wadi Tesk, a river running through the city.'], '2024-05-15');
    const places = fb.entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).toContain('Jebel Al Akhdar');
    expect(places).toContain('Wadi Tesk');
    expect(people(fb)).toEqual([]);
  });

  it('"Abdel Hamid Tesk’s government": three of a person\'s names before "government" are a person\'s', () => {
    const fb = buildAll(['Abdel Hamid Tesk’s government in the west of the country is recognised abroad.'], '2024-05-15');
    expect(people(fb)).toEqual(['Abdel Hamid Tesk']);
    expect(fb.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('"Opposition Harbour Party leader Ana Lind": the opposition is what the party is, not its name', () => {
    const fb = buildAll(['Opposition Harbour Party leader Ana Lind is calling for his resignation.'], '2024-05-15');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Harbour Party']);
  });

  it('"Mediterranean storm Tesk", "a storm named “Tesk”": a storm\'s word in lower case before its name names the storm', () => {
    const fb = buildAll(['The damage came to Harlow on Sunday night, when Mediterranean storm Tesk pounded the coast.'], '2024-05-15');
    expect(events(fb)).toEqual([{ name: 'Storm Tesk', date: '2024-05-12' }]);
    expect(people(fb)).toEqual([]);
  });

  it('a named storm told on two days by two articles is one storm, dated by both days', () => {
    const fb = buildAll(['On Monday, Storm Tesk swept eastern Peru, and two dams burst.', 'The floods came on Sunday night, when storm Tesk pounded the coast of Peru.'], '2024-05-15');
    const storms = fb.entities.filter((e) => e.type === 'event' && e.name === 'Storm Tesk');
    expect(storms.map((e) => e.articles.length)).toEqual([2]);
    expect(storms[0]!.date).toBe('2024-05');
  });

  it('"a fifth Harlow crown in the longest singles final": the final is the tournament\'s, named by its place', () => {
    const fb = buildAll(['Ana Lind won a fifth Harlow crown on Sunday in the longest singles final in the tournament’s history, beating Maria Tesk.'], '2024-05-15');
    expect(events(fb)).toEqual([{ name: 'Harlow singles final', date: '2024-05-12' }]);
  });

  it('"the Harlow final" and "the Harlow singles final" of the same day are one final', () => {
    const fb = buildAll(
      ['Ana Lind won a fifth Harlow crown on Sunday in the longest singles final in the tournament’s history, beating Maria Tesk.', 'Maria Tesk lost the Harlow final to Ana Lind on Sunday after five hours.'],
      '2024-05-15',
    );
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.articles.length)).toEqual([2]);
  });

  it('"Velkor Harbour Oil Co (Vhoco)": the one word in brackets after a company\'s legal name is the name it goes by', () => {
    const fb = buildAll(['Velkor Harbour Oil Co (Vhoco) shares began trading on Monday.', 'Trading of Vhoco shares began at 10:30am in Lima. Vhoco raised $25 billion.'], '2024-05-15');
    const company = fb.entities.filter((e) => e.type === 'organization');
    expect(company.map((e) => [e.name, e.articles.length])).toEqual([['Velkor Harbour Oil Co', 2]]);
    expect(company[0]!.aliases).toContain('Vhoco');
  });

  it('"the Saudi Velkorex", "are Saudi Arabian": a people\'s word before one word is no office, and the word no one', () => {
    const fb = buildAll(['The oil giant started trading on the Saudi Velkorex after a mammoth offering.', 'Most of the investors are Saudi Arabian, the bank said.', 'Brazilian Neymar scored twice on Sunday.'], '2024-05-15');
    expect(people(fb)).toEqual(['Neymar']);
  });

  it('a page\'s "Jewish Lindqvist", "Peruvian Lindqvist": a faith\'s or a people\'s word before a surname begins no other name', () => {
    const fb = buildAll(['Ana Lindqvist won the runoff election in Peru on Sunday.'], '2024-05-15');
    const matcher = prepareMatcher(compileMatcher(fb));
    const text = 'In Lima, Jewish Lindqvist pledged to end the war. Lindqvist said the Peruvian Lindqvist of old was gone.';
    const found = findMentions(matcher, text, { pageDate: '2024-05-20' }).filter((m) => text.slice(m.start, m.end) === 'Lindqvist');
    expect(found.length).toBe(3);
  });

  it('"Ana von der Lind", "Tor bin Velk": the particles belong to the name a person goes by; the last word alone is someone else', () => {
    const fb = buildAll(['Ana von der Lind said on Monday the talks would go on.', 'Crown Prince Tor bin Velk said on Monday the talks would go on.'], '2024-05-15');
    expect(fb.entities.find((e) => e.name === 'Ana von der Lind')?.aliases).toEqual(['von der Lind']);
    expect(fb.entities.find((e) => e.name === 'Tor bin Velk')?.aliases).toEqual(['bin Velk']);
    const matcher = prepareMatcher(compileMatcher(fb));
    const text = 'Von der Lind met King Velk, the father of bin Velk, in Lima.';
    expect(findMentions(matcher, text, { pageDate: '2024-05-20' }).map((m) => text.slice(m.start, m.end))).toEqual(['Von der Lind', 'bin Velk']);
  });

  it('"the Supreme Court on Tuesday ruled": a court\'s ruling on a day is an event; one expected is not yet', () => {
    const fb = buildAll(
      [
        'The highest court on Tuesday unanimously ruled that the suspension of parliament was unlawful. The Supreme Court said the advice was void.',
        'The Supreme Court ruling delivered on Tuesday morning was unanimous.',
        'The Velkor Court will rule on the appeal next week, and a ruling is expected on Tuesday.',
      ],
      '2024-05-15',
    );
    const rulings = fb.entities.filter((e) => e.type === 'event');
    expect(rulings.map((e) => [e.name, e.date, e.articles.length])).toEqual([['Supreme Court ruling', '2024-05-14', 2]]);
  });
});

