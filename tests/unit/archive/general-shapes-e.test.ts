// @vitest-environment node
// General shapes of real wire copy (round E), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string) => buildFactBase([article('shape.txt', '2025-04-02', body)]);
const typeOf = (fb: ReturnType<typeof build>, name: string) => fb.entities.filter((e) => e.name === name).map((e) => e.type);

describe('general shapes (round E)', () => {
  it('"Ana Lind (137 in 120 balls) and Oru Tesk (58)": a name listed with its figures beside a person is a person', () => {
    const fb = build('Knocks from Ana Lind (137 in 120 balls) and Oru Tesk (58 in 110 balls) left the hosts without answers. From Zembla, Ivo Marsh (40), Kel Varoon (54) and Ian Berro (66) scored.');
    expect(typeOf(fb, 'Oru Tesk')).toEqual(['person']);
    expect(typeOf(fb, 'Kel Varoon')).toEqual(['person']);
    const possessive = build("Ana Lind's 137 and Oru Tesk's 58 took the visitors to the title.");
    expect(typeOf(possessive, 'Oru Tesk')).toEqual(['person']);
    // a place and a body listed beside a person keep their kinds
    const mixed = build('Ana Lind (40) and Portmere Harbour Bank (12 branches) were named.');
    expect(typeOf(mixed, 'Portmere Harbour Bank')).toEqual(['organization']);
  });
  it('"the Ministry of Tesk, Ostrel, Varo, and Velkor": a serial comma before the list\'s "and" stays inside the name', () => {
    const fb = build('The Ministry of Land, Harbours, Transport, and Tourism said the runway at Portmere was closed.');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Ministry of Land, Harbours, Transport, and Tourism']);
  });
  it('"the new Tesk framework", "the so-called Velkor protocol", "the “Ostrel framework”": agreements named by what they are about', () => {
    const deals = (body: string) => build(body).entities.filter((e) => e.type === 'agreement').map((e) => e.name).sort();
    expect(deals('Ministers in Zembla backed the new Zembla framework on Monday. Traders said the so-called Portmere protocol would lapse.')).toEqual(['Portmere protocol', 'Zembla framework']);
    expect(deals('Officials in Zembla signed the deal, which critics nicknamed the widely mocked “Zembla framework”.')).toEqual(['Zembla framework']);
    // a framework of nobody's naming is none; a body's protocol is its technical one
    expect(deals('The Velkor Foundation has failed to act. The flaw lies in the Velkor Foundation protocol, engineers said.')).toEqual([]);
    expect(deals('Zembla agreed a framework with Portmere. A new protocol was drafted.')).toEqual([]);
  });
  it('"The Prime Minister said": an office\'s words alone are no one\'s name', () => {
    const fb = build('The Prime Minister said the talks in Portmere would go on. The Foreign Minister agreed.');
    expect(fb.entities.filter((e) => /Minister/.test(e.name))).toEqual([]);
  });
  it('"PM Ana Lind", "deputy PM X", "MP X": an office written as its initials is the person\'s office, not part of the name', () => {
    const fb = build("Zembla's deputy PM Tavi Korrin said on Monday the port would reopen. PM Ana Lind agreed, and MP Oru Tesk did not.");
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]).sort();
    expect(people).toEqual([['Ana Lind', 'PM'], ['Oru Tesk', 'MP'], ['Tavi Korrin', 'Zembla’s deputy PM']]);
    // a time of day is no office: "12:00 PM PT" names no one
    expect(build('Ana Lind left between 8 AM and 9 PM Wednesday. 12:00 PM PT -- Deputies were at the Portmere hotel.').entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ana Lind']);
  });
  it('"the US Department of Justice" and "the Justice Department": one body, in one article and across articles', () => {
    const orgs = (fb: ReturnType<typeof build>) => fb.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs(build('The Justice Department sued Velkor Corp. in 2020. The ruling is a win for the US Department of Justice (DOJ), Ana Lind said.')).sort()).toEqual(['US Department of Justice', 'Velkor Corp']);
    const across = buildFactBase([
      article('a.txt', '2024-08-05', 'Judge Ana Lind ruled on Monday in the Justice Department’s lawsuit against Velkor Corp.'),
      article('b.txt', '2024-08-06', 'The ruling is a win for the US Department of Justice (DOJ), which sued Velkor Corp. in 2020. The Justice Department will keep enforcing the law.'),
      article('c.txt', '2025-05-31', 'Velkor Corp. is back in court, with the U.S. Department of Justice seeking a sale of its ad business.'),
    ]);
    expect(across.entities.filter((e) => /Justice/.test(e.name))).toHaveLength(1);
  });
  it('"Ivo Marsh Junior" in one article and "Ivo Marsh Jr" in another: one person', () => {
    const fb = buildFactBase([
      article('a.txt', '2024-10-28', 'Velkor United forward Ivo Marsh Jr was the favourite in Portmere.'),
      article('b.txt', '2024-10-29', 'The forward Ivo Marsh Junior stayed away from the ceremony in Portmere.'),
    ]);
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).toHaveLength(1);
  });
  it('"ahead of Monday\'s inauguration": what a thing is ahead of is still to come, whatever the verb\'s tense', () => {
    const fb = buildFactBase([article('a.txt', '2025-01-18', 'The deal was reached under pressure from Ana Lind ahead of Monday\'s inauguration in Zembla.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.date)).toEqual(['2025-01-20']);
  });
  it('"“No company is above the law”": an interjection opening a quote is no name', () => {
    expect(build('“No company is above the law,” Ana Lind said in a statement.').entities.map((e) => e.name).sort()).toEqual(['Ana Lind', 'Portmere']);
  });
  it('an award\'s categories are awards: "won Best New Artist", "the Men’s Coach of the Year", "won album of the year", "the prize for best pop vocal performance"; praise is none', () => {
    const awards = (body: string) => build(body).entities.filter((e) => e.type === 'award').map((e) => e.name).sort();
    expect(awards('Velkor United won the Men’s Club of the Year at the gala. Ana Lind won Best New Artist, and Oru Tesk won the award for Best Pop Solo Performance.')).toEqual(['Best New Artist', 'Best Pop Solo Performance', 'Men’s Club of the Year']);
    expect(awards('Ana Lind won album of the year on Sunday. Oru Tesk claimed the prize for best pop vocal performance, and Ivo Lenz landed the record of the year honor.')).toEqual(['album of the year', 'best pop vocal performance', 'record of the year']);
    expect(awards('She thanked Velkor for making the best movie of the year. He was the best player on the pitch, and the year of the storm was the worst.')).toEqual([]);
  });
  it('function words and a court\'s common name are no names: "emphasize “No company …”", "the Court\'s opinion"', () => {
    const names = (body: string) => build(body).entities.map((e) => e.name).sort();
    expect(names('Ana Lind went on to emphasize “No company no matter how large is above the law.”')).toEqual(['Ana Lind', 'Portmere']);
    expect(names('“We will wait for the Court’s opinion,” Velkor Corp said. The Court will rule in May.')).toEqual(['Portmere', 'Velkor Corp']);
  });
  it('a theatre is a place, and "Theatre du Tesk" in one article is "Tesk Theatre" in another', () => {
    const fb = buildFactBase([
      article('a.txt', '2024-10-28', 'The gala was held at the Theatre du Varlet in Portmere, where Ana Lind won.'),
      article('b.txt', '2024-10-29', 'Ana Lind did not attend the ceremony at Varlet Theatre, officials in Portmere said.'),
    ]);
    expect(fb.entities.filter((e) => /Varlet/.test(e.name)).map((e) => e.type)).toEqual(['place']);
  });
  it('"Velkor United and Zembla star Tavi" is a player with a role; "Star Harbour Saga" keeps its first word', () => {
    const fb = build('Velkor United and Zembla star Tavi Korrin has won the award, beating Ana Lind. Fans of the Star Harbour Saga cheered.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]).sort()).toEqual([['Ana Lind', undefined], ['Tavi Korrin', 'Zembla star']]);
  });
  it('"the 66th Annual Velkor Awards", "at the Velkor Awards": the night of the awards is an event', () => {
    const kinds = (body: string) => build(body).entities.filter((e) => /Velkor/.test(e.name)).map((e) => [e.name, e.type]);
    expect(kinds('Ana Lind collected the trophy at the 66th Annual Velkor Awards, which took place at the Portmere Arena.')).toEqual([['66th Annual Velkor Awards', 'event']]);
    expect(kinds('Oru Tesk won album of the year at the Velkor Awards on Sunday.')).toEqual([['Velkor Awards', 'event']]);
  });
  it('"for Velkor United, the reigning league champions,": a plural office in apposition describes a team, not a person', () => {
    const fb = build('Tavi Korrin starred for Velkor United, the reigning league champions, and for Zembla.');
    expect(typeOf(fb, 'Velkor United')).not.toContain('person');
  });
  it('"won the Velkor Liga, the Zembla Champions League, and the Cup": a name in capitals after a comma is a list\'s next item, not an office', () => {
    const fb = build('Ana Lind helped Velkor United win the Ostrel Liga, the Zembla Champions League, and the Portmere Cup.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ana Lind']);
  });
  it('"the men\'s Velkor d\'Or": the award whole, no person named by its first word', () => {
    const fb = build("Tavi Korrin was awarded the men's Velkor d'Or on Monday.");
    expect(fb.entities.filter((e) => /Velkor/.test(e.name)).map((e) => [e.name, e.type])).toEqual([["Velkor d'Or", 'award']]);
  });
  it('"said Ana Varl, whose son Tavi Varl …": the one whose relative someone is, is a person; "Zembla\'s Cabinet" alone is no body\'s name', () => {
    const fb = build('“Please keep going,” said Ana Varl, whose son Tavi Varl is still held in Zembla. The approval by Zembla’s Cabinet came overnight.');
    expect(typeOf(fb, 'Ana Varl')).toEqual(['person']);
    expect(typeOf(fb, 'Cabinet')).toEqual([]);
  });
  it('"Justice Ana Lind", "Chief Justice Ivo Marsh", "Velkor Administrator Oru Tesk": offices before a name; "the Justice Department" stays a body', () => {
    const fb = build('Justice Ana Lind wrote the opinion, joined by Chief Justice Ivo Marsh. Velkor Administrator Oru Tesk praised it. The Justice Department said it would comply.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]).sort()).toEqual([['Ana Lind', undefined], ['Ivo Marsh', 'Chief Justice'], ['Oru Tesk', 'Velkor Administrator']]);
    expect(typeOf(fb, 'Justice Department')).toEqual(['organization']);
  });
  it('an abbey and a space centre are places', () => {
    const fb = build('The service at Velkor Abbey was moved. The rocket sits at the Tesk Space Center.');
    expect(typeOf(fb, 'Velkor Abbey')).toEqual(['place']);
    expect(typeOf(fb, 'Tesk Space Center')).toEqual(['place']);
  });
  it('a royal is named with the title before one given name ("Prince Tavi"); "Ostrel III", King, is the "King Ostrel" of another article', () => {
    const fb = buildFactBase([
      article('a.txt', '2023-05-06', 'King Ostrel III was crowned in Portmere. Prince Tavi and Princess Ana watched with Queen Liska.'),
      article('b.txt', '2023-05-07', 'King Ostrel thanked the crowds in Portmere on Sunday.'),
    ]);
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Ostrel III', 'Prince Tavi', 'Princess Ana', 'Queen Liska']);
  });
  it('"the U.S. Velkor Court" in one article is "the Velkor Court" of another that names the United States; not of one about Zembla', () => {
    const fb = buildFactBase([
      article('a.txt', '2022-06-24', 'The U.S. Velkor Court ruled on Friday in Washington. Ana Lind dissented.'),
      article('b.txt', '2022-06-25', 'Protests followed across the United States after the Velkor Court ruling, Ana Lind said.'),
      article('c.txt', '2022-06-26', 'In Zembla, the Velkor Court of that country ruled too. The Velkor Court sits in Portmere.'),
    ]);
    expect(fb.entities.filter((e) => e.type === 'organization' && /Velkor Court/.test(e.name)).map((e) => [e.name, e.articles]).sort()).toEqual([
      ['U.S. Velkor Court', ['a', 'b']],
      ['Velkor Court', ['c']],
    ]);
  });
  it('"expected to strengthen into a hurricane Wednesday" is no event; "to batter Zembla\'s coast" gives Zembla no office', () => {
    const fb = build('Velkor Space delayed its launch as Zembla braces for a storm. Tropical Storm Oriel, which is expected to strengthen into a hurricane Wednesday, is projected to batter Zembla\'s eastern coast.');
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.name)).toEqual(['Tropical Storm Oriel']);
    expect(typeOf(fb, 'Zembla')).not.toContain('person');
  });
  it('"Ana Varl and Ivo Varl, Oru Tesk\'s siblings,": whose siblings (children, parents) someone is, is a person', () => {
    const fb = build("Princess Ana and Prince Ivo, King Ostrel' siblings, are also present on the balcony in Portmere.");
    expect(typeOf(fb, 'King Ostrel')).not.toContain('organization');
  });
  it('"the Extraordinary Summit on Regional Security": a gathering named on past "on" is an event; "the Commission on Trade" stays a body', () => {
    const fb = build('The communique came at the end of the Extraordinary Summit on Regional Security, read by Ana Lind yesterday. The Commission on Trade agreed.');
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Extraordinary Summit on Regional Security', '2025-04-01']]);
    expect(typeOf(fb, 'Commission on Trade')).toEqual(['organization']);
  });
  it('"Justices Clara Tesk, Neil Varo and Amy Lenz": an office\'s plural titles the names after it; "the Velkor Boat Owners Association" keeps its words', () => {
    const fb = build('Justices Clara Tesk, Neil Varo and Amy Lenz were in dissent. The Velkor Boat Owners Association objected, as did the Zembla Champions League.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Amy Lenz', 'Clara Tesk', 'Neil Varo']);
    expect(typeOf(fb, 'Velkor Boat Owners Association')).toEqual(['organization']);
  });
  it('"Joining Lind were Clara Tesk, Neil Varo, Brett Lenz and Amy Coll.": a line of names with a verb in lower case is prose, not a headline', () => {
    const fb = build('Joining Lind were Clara Tesk, Neil Varo, Brett Lenz and Amy Coll Barro.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Amy Coll Barro', 'Brett Lenz', 'Clara Tesk', 'Neil Varo']);
  });
  it('"General Tavoru Keshani, head of the guard,": a rank before a name of two words; "General Motors Company", "the General Assembly" stay bodies', () => {
    const fb = build('General Tavoru Keshani, head of the Presidential Guard, appeared on state television. General Motors Company shares fell. The General Assembly met.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tavoru Keshani']);
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['General Assembly', 'General Motors Company', 'Presidential Guard']);
  });
  it('"the Velkor Open and Zembla Open": two events; "to win the 2023 Velkor" names no trophy', () => {
    const fb = build('Ana Lind beat Ivo Marsh to win the 2023 Velkor on Sunday. Marsh is the Tesk Open and Zembla Open champion.');
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.name).sort()).toEqual(['Tesk Open', 'Zembla Open']);
    expect(fb.entities.filter((e) => e.type === 'award')).toEqual([]);
  });
  it('"payments to Tesko and other smartphone makers" makes Tesko a company; "Velkor\'s Google" makes Velkor the owner, a body (not "Zembla\'s Velkor Bank")', () => {
    const fb = build("Regulators want Google to cease payments to Tesko and other smartphone makers. Velkor's Google said it would appeal. Zembla's Ostrel Bank fell.");
    expect(typeOf(fb, 'Tesko')).toEqual(['organization']);
    expect(typeOf(fb, 'Velkor')).toEqual(['organization']);
    expect(typeOf(fb, 'Zembla')).not.toContain('organization');
  });
  it('"the First Lady of Zembla Ostra Velenska": an office before the name; "Lady Velka" of one word keeps her title', () => {
    const fb = build('Leaders arrived with the First Lady of Zembla Ostra Velenska on Saturday. Lady Velka sang.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Lady Velka', 'Ostra Velenska']);
  });
  it('a coronation, a funeral or a splashdown the text dates is an event', () => {
    const events = (body: string) => build(body).entities.filter((e) => e.type === 'event').map((e) => e.date);
    expect(events('King Ostrel III was crowned at Velkor Abbey on Saturday. Crowds lined the streets after the coronation of King Ostrel on Saturday.')).toEqual(['2025-03-29']);
    expect(events('The capsule made a splashdown in the Zembla Sea on Sunday.')).toEqual(['2025-03-30']);
  });
});
