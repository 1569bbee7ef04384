// @vitest-environment node
// General shapes of real news (round N: a body named by its kind alone), in invented words: a rule must hold
// for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { linkArticles } from '../../../src/archive/link';
import type { LocalEntity } from '../../../src/archive/local';
import { compileMatcher, findMentions, prepareMatcher } from '../../../src/matching/index';
import { factBaseOf } from '../matching/fixture';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date: string) => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const bodies = (fb: Fb, name: string) => fb.entities.filter((e) => e.type === 'organization' && e.name === name).map((e) => e.articles.length);

describe('general shapes (round N)', () => {
  const norway = 'Norway passed the fishing bill on Monday. The Senate voted 40 to 12 for it in Oslo, and Norway will apply it next year. Ana Lind, who wrote it, said Norway had waited long enough.';
  const peru = 'Peru will debate the mining bill this week. The Senate must approve it before Friday, and Peru expects a close vote. Tor Velk said Peru needed the revenue.';

  it('"the Senate" in a story about one country and in a story about another are two bodies', () => {
    expect(bodies(buildAll([norway, peru], '2024-05-15'), 'Senate')).toEqual([1, 1]);
  });

  it('"the Senate" in two stories about the same country is one body', () => {
    const again = 'Norway raised the fuel tax on Tuesday. The Senate backed it after a long debate, and Norway will collect it from June.';
    expect(bodies(buildAll([norway, again], '2024-05-15'), 'Senate')).toEqual([2]);
  });

  it('a body with a name of its own stays one body across countries', () => {
    const a = 'Norway joined the Velkor Council on Monday. Norway said the Velkor Council would meet in Oslo, and Norway will host it.';
    const b = 'Peru left the Velkor Council this week. Peru said the Velkor Council had failed it, and Peru will not return.';
    expect(bodies(buildAll([a, b], '2024-05-15'), 'Velkor Council')).toEqual([2]);
  });

  it('a page links "the Senate" to the body of the country it is about, and to neither when it names neither', () => {
    const fb = buildAll([norway, peru], '2024-05-15');
    const matcher = prepareMatcher(compileMatcher(fb));
    const senateOf = (text: string) =>
      findMentions(matcher, text, { pageDate: '2024-05-20' })
        .filter((m) => text.slice(m.start, m.end) === 'Senate')
        .map((m) => fb.entities.find((e) => e.id === m.id)!.articles[0]);
    expect(senateOf('Peru approved the mining bill on Friday. The Senate passed it late at night.')).toEqual(['shape-1']);
    expect(senateOf('Norway will tax fishing boats. The Senate passed it late at night.')).toEqual(['shape-0']);
    expect(senateOf('The Senate passed the bill late at night, and the markets rose.')).toEqual([]);
  });

  const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event').map((e) => ({ name: e.name, date: e.date ?? null }));

  it('"the gigantic explosion", "an epic final": what the writer thinks of it is no part of its name', () => {
    const fb = buildAll(['Rescuers said the gigantic explosion on Tuesday at the port of Tesk wrecked the docks.', 'Zembla lost an epic final against Norway on Sunday. The players wept.'], '2024-05-15');
    expect(events(fb).map((e) => e.name).sort()).toEqual(['2024 final', 'Tesk explosion']);
  });

  it('"X stated Wednesday that the explosion has killed 100 people": the day is the statement\'s, and the deaths are the explosion\'s', () => {
    const fb = buildAll(['The Velkor Red Cross stated Wednesday that the explosion at the port of Tesk has killed over 100 people and injured 4,000. Rescuers searched the port.'], '2024-05-15');
    // the lede's news of the days before the story, not an event of the statement's day, nor a "killing of over 100 people"
    expect(events(fb)).toEqual([{ name: 'Tesk explosion', date: '2024-05' }]);
  });

  it('"the two nations would hold negotiations", undated: no event between the first two countries named', () => {
    const fb = buildAll(['Ana Lind concluded a meeting with the leader of Peru, Tor Velk. The statement said the two nations would hold follow-on negotiations. Lind then flew to Chile.'], '2024-05-15');
    expect(events(fb).filter((e) => /negotiations/.test(e.name))).toEqual([]);
  });

  const named = (fb: Fb) => fb.entities.filter((e) => e.type !== 'event' && e.name !== 'Harlow').map((e) => `${e.type}:${e.name}`).sort();

  it('"the country\'s Information Minister X", "Deputy Infrastructure and Transport Minister Y": a portfolio is no body, and no person', () => {
    const fb = buildAll(['The agency quoted the country\'s Information Minister Ana Lind. Deputy Infrastructure and Transport Minister Oru Tesk resigned.'], '2024-05-15');
    expect(named(fb)).toEqual(['person:Ana Lind', 'person:Oru Tesk']);
  });

  it('"the table once used by Norway\'s Chief Justices": an office\'s plural names no one', () => {
    expect(named(buildAll(['The table was once used by Norway\'s Chief Justices, the museum said.'], '2024-05-15'))).toEqual(['place:Norway']);
  });

  it('"the Peruvian Harbour Authority", later "the Harbour Authority": one body', () => {
    const fb = buildAll(['The Peruvian Harbour Authority said 100 people died. The Harbour Authority said its teams were still searching.'], '2024-05-15');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases])).toEqual([['Peruvian Harbour Authority', ['Harbour Authority']]]);
  });

  it('"Zembla&39;s Velkor Court", "Tesk &amp; Sons": character references in scraped copy are their characters', () => {
    const fb = buildAll(['The ruling was changed by Norway&39;s Velkor Court of Appeal in 2015. Tesk &amp; Sons agreed, and Ana Lind&#39;s lawyers said so.'], '2024-05-15');
    expect(named(fb)).toEqual(['organization:Tesk & Sons', 'organization:Velkor Court of Appeal', 'person:Ana Lind', 'place:Norway']);
  });

  it('"tried to meet Barry and June Lind": two people of one family name, and no meeting between them', () => {
    const fb = buildAll(['The judge said Tesk tried to meet Barry and June Lind to apologise.'], '2024-05-15');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Barry Lind', 'June Lind']);
    expect(events(fb)).toEqual([]);
  });

  it('a body named by its kind alone, told again in an article that names no country, is the archive\'s', () => {
    const first = 'Norway\'s Supreme Court of Appeal ruled on Monday. Norway welcomed it, and Norway will comply.';
    const again = 'The Supreme Court of Appeal will hear the case again next year, the lawyers said.';
    expect(bodies(buildAll([first, again], '2024-05-15'), 'Supreme Court of Appeal')).toEqual([2]);
  });

  it('"X has been sentenced to six years for murdering Y on 14 February 2013": the sentencing is the news, not of the deed\'s day', () => {
    const fb = buildAll(['Former sprinter Ana Lind has been sentenced to six years in prison for murdering her partner Oru Tesk on 14 February 2013. The judge read the ruling for an hour.'], '2016-07-06');
    const sentencing = events(fb).filter((e) => /sentencing/.test(e.name));
    expect(sentencing.map((e) => e.name)).toEqual(['Lind sentencing']);
    expect(sentencing[0]!.date).toMatch(/^2016/);
  });

  it('"a final that was settled after a 3-3 draw on Sunday": a score before a noun is no verb that looks ahead', () => {
    const fb = buildAll(['Zembla lost the Harbour Cup final, which was settled in a shootout after a 3-3 draw on Sunday. The players wept.'], '2022-12-19');
    expect(events(fb).find((e) => /final/.test(e.name))?.date).toBe('2022-12-18');
  });

  it('a page links the company "Kestrel" in "Kestrel AG", not in "Kestrel Zembla Ltd", another company', () => {
    const matcher = prepareMatcher(compileMatcher(factBaseOf([{ id: 'kestrel', type: 'organization', name: 'Kestrel' }])));
    const linked = (text: string) => findMentions(matcher, text, { pageDate: '2024-05-20' }).map((m) => text.slice(m.start, m.end));
    expect(linked('Shares of Kestrel Zembla Ltd rose on Monday.')).toEqual([]);
    expect(linked('Shares of Kestrel AG rose, and Kestrel said so.')).toEqual(['Kestrel', 'Kestrel']);
  });

  it('"the SVCA" on a page that names a related name links the archive\'s "Supreme Velkor Court of Appeal"; alone, or shared by two bodies, it does not', () => {
    const specs = [
      { id: 'ana-lind', type: 'person' as const, name: 'Ana Lind', related: ['sca'] },
      { id: 'sca', type: 'organization' as const, name: 'Supreme Velkor Court of Appeal', related: ['ana-lind'] },
    ];
    const linkedIn = (fb: ReturnType<typeof factBaseOf>, text: string) => findMentions(prepareMatcher(compileMatcher(fb)), text, { pageDate: '2024-05-20' }).map((m) => `${text.slice(m.start, m.end)}→${m.id}`);
    expect(linkedIn(factBaseOf(specs), 'Ana Lind lost her appeal. The SVCA ruled on Monday.')).toEqual(['Ana Lind→ana-lind', 'SVCA→sca']);
    expect(linkedIn(factBaseOf(specs), 'The SVCA ruled on Monday.')).toEqual([]);
    const twins = [...specs, { id: 'svca-2', type: 'organization' as const, name: 'Southern Velkor Cycling Association', related: ['ana-lind'] }];
    expect(linkedIn(factBaseOf(twins), 'Ana Lind lost her appeal. The SVCA ruled on Monday.')).toEqual(['Ana Lind→ana-lind']);
  });

  it('"A and Norway\'s B have kicked off a summit", the opening: a summit between the two, the news of the days before; "will hold" is no event', () => {
    const begun = buildAll(["President Ana Lind and Norway's Prime Minister Tor Velk have kicked off a momentous summit, with Lind declaring the two would have a great discussion. Velk agreed."], '2018-06-12');
    expect(events(begun)).toEqual([{ name: 'Lind-Velk summit', date: '2018-06' }]);
    expect(begun.entities.find((e) => e.type === 'event')?.participants?.sort()).toEqual(['ana-lind', 'tor-velk']);
    const ahead = buildAll(['President Ana Lind and Prime Minister Tor Velk will hold a summit, with Lind declaring the two would have a great discussion. Velk agreed.'], '2018-06-12');
    expect(events(ahead)).toEqual([]);
  });

  it('"the Korean peninsula", "the Arabian peninsula": a people\'s word with a kind of place after it is the place, not the word alone', () => {
    expect(named(buildAll(['Talks on the denuclearisation of the Korean peninsula began in June. The Arabian peninsula is hot.'], '2024-05-15'))).toEqual(['place:Arabian peninsula', 'place:Korean peninsula']);
  });

  it('"President Tor Jae In in April": a capitalised "In" inside running text ends the name, and goes by no alias', () => {
    const fb = buildAll(['The declaration was signed by Ana Lind and Zemblan President Tor Jae In in April. Lind praised it.'], '2024-05-15');
    const tor = fb.entities.find((e) => e.name.startsWith('Tor'));
    expect([tor?.name, tor?.aliases]).toEqual(['Tor Jae In', []]);
  });

  it('"the June 12 summit", "her summit with B last month": a day or a month the page gives finds the event weeks later', () => {
    const fb = factBaseOf([
      { id: 'ada-okafor', type: 'person', name: 'Ada Okafor', aliases: ['Okafor'] },
      { id: 'ana-lind', type: 'person', name: 'Ana Lind', aliases: ['Lind'] },
      { id: 'okafor-lind-summit', type: 'event', name: 'Okafor-Lind summit', aliases: ['Okafor-Lind meeting'], date: '2031-06-12', participants: ['ada-okafor', 'ana-lind'] },
    ]);
    const described = (text: string) =>
      findMentions(prepareMatcher(compileMatcher(fb)), text, { pageDate: '2031-07-06' })
        .filter((m) => m.reason === 'event-described')
        .map((m) => text.slice(m.start, m.end));
    expect(described('Ada Okafor and Ana Lind spoke again. Aides kept the promises of the June 12 summit in view.')).toEqual(['summit']);
    expect(described('Aides met to fix the promises of Ada Okafor’s summit with Ana Lind last month.')).toEqual(['summit']);
    // (weeks later, with no day or month given, a summit is not that one)
    expect(described('Aides met to fix the promises of Ada Okafor’s summit with Ana Lind.')).toEqual([]);
  });

  it('"Ethipian Airlines" beside "Ethiopian Airlines": a body\'s name misspelt by a letter is the body', () => {
    const fb = buildAll(['A Velkorian Airlines jet crashed on Sunday, Velkorian Airlines said.', 'Velkoran Airlines said on Monday that the jet had been inspected.'], '2024-05-15');
    expect(bodies(fb, 'Velkorian Airlines')).toEqual([2]);
  });

  it('"the Civil Harbour Rights Front": a front is a body', () => {
    expect(named(buildAll(['Organisers from the Civil Harbour Rights Front said two million people marched on Sunday.'], '2024-05-15'))).toEqual(['organization:Civil Harbour Rights Front']);
  });

  it('"signed the Harbour Economic Partnership agreement", "the Comprehensive and Progressive Agreement for Tesk Partnership", and the same name read as a body elsewhere: agreements', () => {
    const fb = buildAll(
      [
        'Fifteen countries on Sunday signed the Harbour Economic Partnership agreement, the largest trade deal since the Comprehensive and Progressive Agreement for Tesk Partnership.',
        'Leaders ended eight years of talks on the Harbour Economic Partnership (HEP) and signed it on Sunday, Ana Lind said.',
      ],
      '2024-05-15',
    );
    expect(fb.entities.filter((e) => /Partnership/.test(e.name)).map((e) => `${e.type}:${e.name}:${e.articles.length}`).sort()).toEqual([
      'agreement:Comprehensive and Progressive Agreement for Tesk Partnership:1',
      'agreement:Harbour Economic Partnership:2',
    ]);
  });

  it('a quoted title and a name in brackets after a listed person\'s are works, none of the kinds', () => {
    const fb = buildAll(['The triumph for "Harbour Lights" surprised Hollywood, and "Harbour Lights" won again. The nominees were Anna Lind (Marriage Tides), John Velk (Little Harbours), and Mary Tesk (Norway).'], '2024-05-15');
    expect(named(fb)).toEqual(['person:Anna Lind', 'person:John Velk', 'person:Mary Tesk', 'place:Norway']);
  });

  it('a crash told as the news of the days before the story and "Sunday\'s crash" in another story are one event', () => {
    const crash = (name: string, from: string, to: string, place?: LocalEntity): LocalEntity => ({
      key: `event:${name}`, type: 'event', name, aliases: new Set(), roles: [], mentions: [], contest: 'crash',
      date: { text: name, start: 0, end: 0, from, to, precision: from === to ? 'day' : 'week' }, ...(place ? { place } : {}),
    });
    const velkor: LocalEntity = { key: 'place:velkor', type: 'place', name: 'Velkor', aliases: new Set(), roles: [], mentions: [] };
    const item = (id: string, date: string, entities: LocalEntity[]) => ({
      article: { id, file: `${id}.txt`, date, dateline: '', paragraphs: [], words: 0 },
      extraction: { entities, sentences: [], quotes: [], pledges: new Map(), pending: [] },
    });
    const { entities } = linkArticles([item('a', '2019-03-11', [velkor, crash('Velkor crash', '2019-03-09', '2019-03-11', velkor)]), item('b', '2019-03-12', [crash('2019 crash', '2019-03-10', '2019-03-10')])]);
    expect(entities.filter((e) => e.type === 'event').map((e) => [e.name, [...e.articles]])).toEqual([['Velkor crash', ['a', 'b']]]);
  });

  it('"the crash of the Kestrel Air jet, which had been handed to the airline in November": the month is the jet\'s, not the crash\'s', () => {
    expect(events(buildAll(['Nobody could yet say what caused the crash of the Kestrel Air jet, which was new and had been handed to the airline in November.'], '2019-03-10'))).toEqual([]);
  });

  it('"after Ana Lind became the U.S. president in 2017": the office she became is her role', () => {
    const fb = buildAll(['Talks gained momentum after Ana Lind became the U.S. president in 2017. Lind later left them.'], '2020-11-15');
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toBe('U.S. president');
  });

  it('a surname the page backs once ("President Lind said") is the person wherever the page writes it again', () => {
    const fb = factBaseOf([{ id: 'ana-lind', type: 'person', name: 'Ana Lind', aliases: ['Lind'], description: 'Zembla\'s president' }]);
    const text = 'President Lind pointed to the award on Thursday. The crowd cheered when Lind went on at length about trade.';
    const linked = findMentions(prepareMatcher(compileMatcher(fb)), text, { pageDate: '2024-05-20' }).map((m) => `${text.slice(m.start, m.end)}@${m.start}`);
    expect(linked).toEqual(['Lind@10', 'Lind@72']);
  });

  it('"Vietnam, the Philippines, Laos and Cambodia": a country\'s own name is a place though the dictionary reads it as a people\'s plural', () => {
    expect(named(buildAll(['The pact includes ten member states, among them Vietnam, the Philippines, Laos and Cambodia.'], '2024-05-15'))).toEqual(['place:Cambodia', 'place:Laos', 'place:Philippines', 'place:Vietnam']);
  });

  it('"two million people marched in X today", "protesters marched" in a sentence naming X: the X march, one across stories', () => {
    const fb = buildFactBase([
      article('a.txt', '2019-06-16', 'As many as two million people marched in Oslo today to demand the resignation of the mayor, Ana Lind.'),
      article('b.txt', '2019-06-16', 'A sea of black filled Oslo’s streets on Sunday as an estimated two million protesters marched to demand that Ana Lind resign.'),
      article('c.txt', '2019-06-16', 'Ana Lind said she would listen to people who marched, she told reporters on Sunday.'),
    ]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date, e.articles.length])).toEqual([['Oslo march', '2019-06-16', 2]]);
  });

  it('"the Committee for a Responsible Harbour Budget": an article after a body\'s "for" is in its name', () => {
    expect(named(buildAll(['The Committee for a Responsible Harbour Budget said the plan would cost $2 trillion.'], '2024-05-15'))).toEqual(['organization:Committee for a Responsible Harbour Budget']);
  });

  it('"Velka" for the archive\'s "VELKA", backed on the page like a short form; "Care" is a word, never "CARE"', () => {
    const fb = factBaseOf([
      { id: 'ana-lind', type: 'person', name: 'Ana Lind', related: ['velka', 'care'] },
      { id: 'velka', type: 'organization', name: 'VELKA', related: ['ana-lind'] },
      { id: 'care', type: 'organization', name: 'CARE', related: ['ana-lind'] },
    ]);
    const text = 'Ana Lind spoke for Velka on Monday. Care was taken, she said.';
    expect(findMentions(prepareMatcher(compileMatcher(fb)), text, { pageDate: '2024-05-20' }).map((m) => `${text.slice(m.start, m.end)}→${m.id}`)).toEqual(['Ana Lind→ana-lind', 'Velka→velka']);
  });
});
