// @vitest-environment node
// General shapes of real wire copy (round D), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle, unglue } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string) => buildFactBase([article('shape.txt', '2025-04-02', body)]);
const typeOf = (fb: ReturnType<typeof build>, name: string) => fb.entities.filter((e) => e.name === name).map((e) => e.type);
/** [name, date] of each event one article dated `date` gives. */
const eventsOn = (date: string, body: string) =>
  buildFactBase([article('events.txt', date, body)])
    .entities.filter((e) => e.type === 'event')
    .map((e) => [e.name, e.date]);

describe('general shapes (round D)', () => {
  it('a name before "shares" or "stock" used as a noun is a company; "shares" as a verb after a person says nothing', () => {
    const fb = build('Quarn Vellis shares have surged after the central bank offered help. Orbix stock fell. Ana Lopez shares her view, Lopez said.');
    expect(typeOf(fb, 'Quarn Vellis')).toEqual(['organization']);
    expect(typeOf(fb, 'Orbix')).toEqual(['organization']);
    expect(typeOf(fb, 'Ana Lopez')).toEqual(['person']);
  });

  it('a company with its legal form and "Group" is the company without them, in one article and across articles', () => {
    const one = build('Kestrel Varn said the deal was done. Kestrel Varn Group AG has been merged into Tollen Group AG, Tollen said.');
    expect(one.entities.filter((e) => e.type === 'organization' && /Kestrel/.test(e.name))).toHaveLength(1);
    expect(one.entities.filter((e) => e.type === 'organization' && /Tollen/.test(e.name))).toHaveLength(1);
    const two = buildFactBase([
      article('a.txt', '2025-03-01', 'The lender Kestrel Varn said on Monday that it would cut costs.'),
      article('b.txt', '2025-06-01', 'Kestrel Varn Group AG has been merged into Tollen, the regulator said.'),
    ]);
    expect(two.entities.filter((e) => /Kestrel/.test(e.name)).map((e) => e.type)).toEqual(['organization']);
  });

  it('a style of address ("His Majesty", "Her Royal Highness") is neither a name nor part of the office; "the Kingdom" alone is no place', () => {
    const fb = build('His Majesty King Rodrigo IV on Tuesday visited the wounded, where the Sovereign enquired about them. His Majesty the King thanked the Kingdom. Her Royal Highness Princess Ana Valdor spoke.');
    expect(fb.entities.map((e) => e.name).filter((n) => /Majesty|Highness|Royal|Sovereign|Kingdom/.test(n))).toEqual([]);
    expect(fb.entities.find((e) => e.name === 'Rodrigo IV')?.description).toBe('King');
    expect(fb.entities.find((e) => e.name === 'Ana Valdor')?.description).toBe('Princess');
    const mid = build('Officials said His Majesty King Pedro II on Tuesday visited the wounded.');
    expect(mid.entities.map((e) => e.name).filter((n) => /^(His|Majesty)/.test(n))).toEqual([]);
    expect(mid.entities.find((e) => e.name === 'Pedro II')?.description).toBe('King');
  });

  it('a compass word before a people\'s word ("the North African country") is a description, not a place', () => {
    const fb = build('The North African country mourned, and the Southern European states sent help to the victims in Tesk.');
    expect(fb.entities.map((e) => e.name).filter((n) => /African|European/.test(n))).toEqual([]);
    expect(typeOf(fb, 'Tesk')).toEqual(['place']);
  });

  it('a country after a lowercase word for a side ("the win over host France") is the country; "coach Jordan" keeps the office', () => {
    const fb = build('The one-point win over host France was hard won. Coach Jordan said it was over.');
    expect(typeOf(fb, 'France')).toEqual(['place']);
    expect(typeOf(fb, 'Jordan')).toEqual(['person']);
  });

  it('a trophy written in lower case after a name is an award (not a person), one with the prize of that name', () => {
    const fb = build('Ana Ruiz lifted the Webb Tallis trophy after the final. The Portmere trophy cabinet is full.');
    expect(typeOf(fb, 'Webb Tallis trophy')).toEqual(['award']);
    expect(fb.entities.filter((e) => /Webb Tallis|Portmere trophy/.test(e.name) && e.type !== 'award')).toEqual([]);
    expect(fb.entities.filter((e) => /Portmere trophy/.test(e.name))).toEqual([]);
    const prize = build('The Quenby Prize went to Karl Ost on Sunday, the judges said. He was handed the Quenby trophy at a dinner.');
    expect(prize.entities.filter((e) => e.type === 'award').map((e) => e.name)).toEqual(['Quenby Prize']);
  });

  it('a sentence dense with names is prose, not a title-case headline: its verbs are in lower case', () => {
    const fb = build('Maria Lund met Karl Ost in Oslo on Sunday.');
    expect(typeOf(fb, 'Maria Lund')).toEqual(['person']);
    expect(typeOf(fb, 'Karl Ost')).toEqual(['person']);
    // a line in title case still says nothing of who its capitalised words are
    const headline = buildFactBase([parseArticle('h.txt', Buffer.from('date 2025-04-02 PORTMERE: Ruby Velvet Gown Stolen From Harbour Museum\n\nThe museum said the gown was taken overnight.'))]);
    expect(headline.entities.filter((e) => e.name === 'Ruby Velvet' && e.type === 'person')).toEqual([]);
  });

  it('a demonym opening the name of a body is part of it; before a person it is her nationality', () => {
    const fb = build('The Peruvian Harbour Research Organisation said the pier was stable. Peruvian Vice President Dana Ostrova spoke.');
    expect(typeOf(fb, 'Peruvian Harbour Research Organisation')).toEqual(['organization']);
    expect(typeOf(fb, 'Harbour Research Organisation')).toEqual([]);
    expect(typeOf(fb, 'Dana Ostrova')).toEqual(['person']);
  });

  it('a prize or an award "for" its field is one award ("the X Prize for Fiction"), as "in" its field is', () => {
    expect(typeOf(build('Karl Ost won the Quenby Prize for Fiction on Sunday.'), 'Quenby Prize for Fiction')).toEqual(['award']);
    expect(typeOf(build('Ana Berg won the Tarrow Award for Poetry.'), 'Tarrow Award for Poetry')).toEqual(['award']);
    expect(typeOf(build('Ana Berg won the Tarrow Prize in Literature in 2021.'), 'Tarrow Prize in Literature')).toEqual(['award']);
  });

  it('a name joined by a hyphen to a number ("Vellan-3") is a numbered designation, not its word alone', () => {
    const fb = build('The Pragyan Rover in Vellan-3 Mission has completed its assignments, the agency said on Saturday.');
    expect(fb.entities.filter((e) => e.name === 'Vellan')).toEqual([]);
  });

  it('an office for a region between a body\'s possessive and its head ("the agency\'s Middle East and North Africa director") makes a person', () => {
    const fb = build('"It will take months," Ilvo Tarkenen, the agency\'s Middle East and North Africa director, said in a statement. Bora Sel, the temporary speaker of the assembly, opened the session.');
    expect(typeOf(fb, 'Ilvo Tarkenen')).toEqual(['person']);
    expect(fb.entities.find((e) => e.name === 'Ilvo Tarkenen')?.description).toMatch(/Middle East and North Africa director/);
    expect(typeOf(fb, 'Bora Sel')).toEqual(['person']);
    expect(fb.entities.find((e) => e.name === 'Bora Sel')?.description).toMatch(/speaker/i);
  });

  it('a namesake in quotation marks before an institution\'s head ("the “Rodrigo IV” University Hospital") is part of its name (a hospital visited is a place); "in <city>" after a hospital is where it is', () => {
    const fb = build('King Rodrigo IV on Tuesday visited the “Rodrigo IV” University Hospital in Tesk, where he met the wounded. The visit to the “Rodrigo IV” University Hospital was brief.');
    expect(typeOf(fb, 'Rodrigo IV University Hospital')).toEqual(['place']);
    expect(fb.entities.map((e) => e.name).filter((n) => /^University Hospital/.test(n))).toEqual([]);
    expect(typeOf(fb, 'Rodrigo IV')).toEqual(['person']);
  });

  it('a cup held up ("lifted the Tallis Varn Cup") is the trophy, one award with "the Tallis Varn trophy" of another article; a cup also played for stays the tournament', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-05-03', 'Zembla skipper Oro Lindqvist lifted the Tallis Varn trophy after the final in Tesk.'),
      article('b.txt', '2025-05-20', 'He recalled when coach Ada Fenn lifted the Tallis Varn Cup at Harbour Park in 1999.'),
      article('c.txt', '2025-06-01', 'Zembla lifted the Ostrel Cup again. They had won at the Ostrel Cup in Tesk a year before.'),
    ]);
    expect(fb.entities.filter((e) => /Tallis Varn/.test(e.name)).map((e) => e.type)).toEqual(['award']);
    expect(fb.entities.filter((e) => /Ostrel/.test(e.name)).map((e) => e.type)).not.toContain('award');
  });

  it('an agency called by its one name word in one article and in full in another is one organisation, in either order; a dictionary word is not such a name', () => {
    const one = (a: string, b: string) =>
      buildFactBase([article('a.txt', '2025-05-03', a), article('b.txt', '2025-05-20', b)]).entities.filter((e) => /Velkor/.test(e.name));
    const short = 'The state-run Velkor news agency reported the count. "We are ahead," the leader said, according to Velkor.';
    const full = 'The results were published by the state-owned Velkor Agency on Sunday.';
    expect(one(short, full).map((e) => e.type)).toEqual(['organization']);
    expect(one(full, short).map((e) => e.type)).toEqual(['organization']);
    const labour = buildFactBase([article('a.txt', '2025-05-03', 'The Labour Party won in Tesk, its leader said.'), article('b.txt', '2025-05-20', 'Labour was praised by the union.')]);
    expect(labour.entities.find((e) => e.name === 'Labour Party')?.aliases ?? []).not.toContain('Labour');
  });

  it('a sentence that opens with a gerund before "of" ("Landing of the probe …") names no place', () => {
    const fb = build('Landing of Velkaran 3 is expected to take place on August 23 or 24. Docking of the module in Tesk went well.');
    expect(fb.entities.map((e) => e.name).filter((n) => /^(Landing|Docking)$/.test(n))).toEqual([]);
  });

  it('years in a list ("won the Ostrel Cup in 1987 and 2009") are past editions, not the one the lede is about, which is this year\'s', () => {
    const fb = buildFactBase([article('a.txt', '2025-11-19', 'Zembla have won the Ostrel Cup for a record sixth time, beating Quarnia in the final. Quarnia won the Ostrel Cup in 1987 and 2009.')]);
    const cup = fb.entities.find((e) => e.type === 'event' && e.name === 'Ostrel Cup');
    expect(cup?.date).toBe('2025');
  });

  it('"Storm X" and "Tropical Storm X" are events, a hurricane centre is not; every name in a list after "the cities of" is a place', () => {
    const fb = build('Flooding caused by Storm Kessa swept away homes. Tropical Storm Orra hit Tesk, the Harbour Hurricane Center said. The cities of al-Vassa, Merrow, al-Tarq, and Quell, and the towns of Ossun and al-Brenna were hit.');
    expect(typeOf(fb, 'Storm Kessa')).toEqual(['event']);
    expect(typeOf(fb, 'Tropical Storm Orra')).toEqual(['event']);
    expect(typeOf(fb, 'Harbour Hurricane Center')).not.toContain('event');
    for (const town of ['al-Vassa', 'Merrow', 'al-Tarq', 'Quell', 'Ossun', 'al-Brenna']) expect(typeOf(fb, town), town).toEqual(['place']);
  });

  it('an abbreviated title before a name ("Harbour Democratic Gov. Ana Ruiz") is no name; a country after "of" does not take the office after it', () => {
    const fb = build('The speech followed one by Harbour Democratic Gov. Ilse Marrow, who backs the plan. Oro Vantek of Belgium, head of the Tesk Rights Centre, spoke on Monday.');
    expect(fb.entities.map((e) => e.name).filter((n) => /Gov/.test(n))).toEqual([]);
    expect(typeOf(fb, 'Ilse Marrow')).toEqual(['person']);
    expect(typeOf(fb, 'Belgium')).toEqual(['place']);
  });

  it('a name right before "teammate" is the club ("his Tesk Saint-Varn teammate led Zembla to the title")', () => {
    const fb = build('He was not celebrating as his Tesk Saint-Varn teammate led Zembla to the title.');
    expect(typeOf(fb, 'Tesk Saint-Varn')).toEqual(['organization']);
  });

  it('one person with and without a middle initial written without its dot; one body in British and American spelling; "U.S. District Judge" holds no body', () => {
    const two = (x: string, y: string) => buildFactBase([article('a.txt', '2025-01-01', x), article('b.txt', '2025-02-01', y)]).entities;
    const judge = two('U.S. District Judge Oren T Valdak said the trial was over.', 'Judge Oren Valdak sentenced him on Thursday.');
    expect(judge.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Oren T Valdak']);
    expect(judge.filter((e) => e.type === 'organization')).toEqual([]);
    const centre = two('The prize went to the Center for Tesk Liberties on Friday.', 'The Centre for Tesk Liberties said it was honoured.');
    expect(centre.filter((e) => /Tesk Liberties/.test(e.name))).toHaveLength(1);
  });

  it('"the <office> of <body>, <name>," gives the name that office, and the office is no body', () => {
    const fb = build('He received his mandate from the Temporary Speaker of the Grand National Assembly of Zembla, Oro Vantek. The head of the Tesk Relief Society, Ilse Marrow, has confirmed the toll.');
    expect(fb.entities.find((e) => e.name === 'Oro Vantek')?.description).toMatch(/Speaker of the Grand National Assembly/);
    expect(fb.entities.find((e) => e.name === 'Ilse Marrow')?.type).toBe('person');
    expect(fb.entities.map((e) => e.name).filter((n) => /^(Temporary )?Speaker/.test(n))).toEqual([]);
  });

  it('a name after a country\'s possessive is a person\'s when one of its words alone speaks later ("Norway’s Oru Tesk … Oru stressed")', () => {
    const fb = build('Norway’s Oru Tesk met the envoy on Monday. Oru stressed the need for calm, and Oru told reporters it went well.');
    expect(typeOf(fb, 'Oru Tesk')).toEqual(['person']);
    const town = build('Norway’s Port Velkor was flooded on Monday. The mayor said the water rose.');
    expect(typeOf(town, 'Port Velkor')).toEqual(['place']);
  });

  it('a storm\'s name opening a sentence is the storm, dated by its sentence; "hit" with a weekday tells the day before the article', () => {
    const fb = buildFactBase([article('storm.txt', '2023-09-11', 'Officials feared the worst. Storm Velkor swept in over the sea on Sunday, swamping roads.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Storm Velkor', '2023-09-10']]);
    const hit = buildFactBase([article('hit.txt', '2023-09-11', 'Officials said Hurricane Orla hit the coast on Sunday.')]);
    expect(hit.entities.find((e) => e.name === 'Hurricane Orla')?.date).toBe('2023-09-10');
    const ahead = buildFactBase([article('ahead.txt', '2023-09-11', 'Officials said Hurricane Orla will hit the coast on Sunday.')]);
    expect(ahead.entities.find((e) => e.name === 'Hurricane Orla')?.date).toBe('2023-09-17');
  });
  it('a sudden incident told undated in the first sentence is the news of the days before the article, named by its place', () => {
    const events = (body: string) => buildFactBase([article('lede.txt', '2023-09-12', body)]).entities.filter((e) => e.type === 'event');
    const flood = events('Hundreds are feared dead after heavy flooding swept away homes in the city of Velkor, officials said.');
    expect(flood.map((e) => [e.name, e.date?.slice(0, 7)])).toEqual([['Velkor flood', '2023-09']]);
    expect(events('A powerful earthquake struck the Tesk region of Zembla, killing dozens.').map((e) => e.name)).toEqual(['Zembla earthquake']);
    expect(events('Officials warned of flooding in the city of Velkor as the rain went on.')).toEqual([]);
    expect(events('Officials met in the city of Velkor. Heavy flooding swept away homes in the town of Ostrel.')).toEqual([]);
  });
  it('"a two-day summit" of a body is its summit, dated by its sentence, without the length in its name', () => {
    const fb = buildFactBase([article('summit.txt', '2023-07-10', 'Leaders of the Tesk Treaty Organization will gather in Vilnius on Tuesday for a two-day summit.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Tesk Treaty Organization summit', '2023-07-11']]);
  });
  it('"on Tuesday and Wednesday" are the days of one gathering, dated by the first; dates years apart stay a list', () => {
    const fb = buildFactBase([article('days.txt', '2023-07-10', 'Tesk Treaty Organization leaders meet in Vilnius on Tuesday and Wednesday for a summit expected to focus on Zembla.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Tesk Treaty Organization summit', '2023-07-11']]);
    const list = buildFactBase([article('list.txt', '2023-07-10', 'Tesk Treaty Organization leaders met in Vilnius in 2019 and 2021 for a summit.')]);
    expect(list.entities.filter((e) => e.type === 'event')).toEqual([]);
  });
  it('"X went on trial on Monday", "put X on trial": the trial of X, dated by its sentence, one with "X\'s trial"', () => {
    const events = (body: string) => eventsOn('2023-07-10', body);
    expect(events('Ana Lind went on trial in Portmere on Monday, accused of fraud. Ana Lind’s trial is expected to last six weeks.')).toEqual([['Lind trial', '2023-07-10']]);
    expect(events('Prosecutors put Ana Lind on trial on Monday.')).toEqual([['Lind trial', '2023-07-10']]);
    expect(events('Ana Lind is on trial.')).toEqual([]);
  });
  it('an award\'s ceremony is an event, dated by its sentence: named before the noun, or the article\'s only award', () => {
    const events = (body: string) => eventsOn('2023-10-09', body);
    // (the prize won, told undated in the lede, was announced in the days before the story: an event of its own)
    expect(events('Ana Lind won the Tesk Peace Prize. The award ceremony will be held in Oslo on December 10.')).toEqual([
      ['Tesk Peace Prize announcement', '2023-10'],
      ['Tesk Peace Prize ceremony', '2023-12-10'],
    ]);
    expect(events('Saturday’s awards ceremony in Oslo drew a crowd. The Tesk Peace Prize went to Ana Lind.')).toEqual([['Tesk Peace Prize ceremony', '2023-10-07']]);
    expect(events('A ceremony will be held in Oslo on December 10.')).toEqual([]);
  });
  it('an agreement named by what it is about in lower case ("the Norway nuclear deal", "the 2015 …") is one agreement; "a trade deal" and a possessive\'s deal are none', () => {
    const kinds = (body: string) => build(body).entities.filter((e) => e.type === 'agreement').map((e) => [e.name, [...e.aliases]]);
    expect(kinds('Zembla pulled out of the Norway nuclear deal in 2018. The 2015 Norway nuclear deal had capped enrichment.')).toEqual([['Norway nuclear deal', ['2015 Norway nuclear deal']]]);
    expect(kinds('Both countries remain in the Paris climate agreement.')).toEqual([['Paris climate agreement', []]]);
    expect(kinds('Norway signed a trade deal with Sweden. Norway’s deal with Sweden collapsed.')).toEqual([]);
  });

  it('"the Treaty of X", "the Bill of Rights": an agreement named on through "of"', () => {
    const kinds = (body: string) => build(body).entities.filter((e) => e.type === 'agreement').map((e) => e.name);
    expect(kinds('The Treaty of Ostrel was signed in 1921. Officials said the Protocol of Tesk still holds.').sort()).toEqual(['Protocol of Tesk', 'Treaty of Ostrel']);
  });
  it('an award of one word after a verb of winning ("won an Orlo", "two Orlos") and a "d\'Or" are awards; "an Orlo nomination" and "a Senate seat" are not', () => {
    const awards = (body: string) => build(body).entities.filter((e) => e.type === 'award').map((e) => e.name);
    expect(awards('She won an Orlo for the role. He won the Ballon d’Or for a third time.').sort()).toEqual(['Ballon d’Or', 'Orlo']);
    expect(awards('Ana Lind won two Orlos on Sunday.')).toEqual(['Orlo']);
    expect(awards('She won an Orlo nomination. Republicans won a Senate seat.')).toEqual([]);
  });
  it('"a magnitude 7.8 earthquake struck southern Norway early Monday": the quake, named by the place it struck', () => {
    const events = (body: string) => eventsOn('2023-02-07', body);
    expect(events('Officials spoke. A magnitude 7.8 earthquake struck southern Norway early Monday, killing thousands.')).toEqual([['Norway earthquake', '2023-02-06']]);
    expect(events('Officials spoke. The earthquake that struck Norway on Monday killed 5,000 people.')).toEqual([['Norway earthquake', '2023-02-06']]);
    // a country's possessive introduces the place: "ripped through Norway’s capital Oslo" struck Oslo
    expect(events('The death toll in Monday’s huge blast that ripped through Norway’s capital Oslo has risen to 135.')).toEqual([['Oslo blast', '2023-02-06']]);
  });
  it('"X arrived in Oslo on Monday for a three-day state visit": X\'s visit, placed where X arrived', () => {
    const fb = buildFactBase([article('visit.txt', '2023-10-16', 'President Ana Lind arrived in Oslo on Monday for a three-day state visit.')]);
    const visit = fb.entities.find((e) => e.type === 'event');
    expect([visit?.name, visit?.date, fb.entities.find((e) => e.id === visit?.place)?.name]).toEqual(['Lind state visit', '2023-10-16', 'Oslo']);
  });
  it('"in Sunday\'s final … to win the Ostrel Cup": the final of the tournament told after it', () => {
    const fb = buildFactBase([article('final.txt', '2023-03-13', 'Zembla beat Norway 3-1 in Sunday’s final at Wembley Stadium to win the Ostrel Cup.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date]).sort()).toEqual([['Ostrel Cup final', '2023-03-12'], ['Ostrel Cup', '2023']]);
  });
  it('"Secretary of State X" is X\'s office; in a list, "X, chief of staff Y, and …" gives X no office of Y\'s', () => {
    const described = (body: string) => Object.fromEntries(build(body).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]));
    expect(described('Secretary of State Ana Lind joined the talks.')).toEqual({ 'Ana Lind': 'Secretary of State' });
    expect(described('Ana Lind, chief of staff Oro Vantek, and national security adviser Ilse Marrow joined the talks.')['Ana Lind']).toBeUndefined();
    expect(described('Ana Lind, leader of the opposition Harbour Party, spoke.')['Ana Lind']).toMatch(/leader of the opposition Harbour Party/i);
  });
  it('"Sheikh X" of one word is a name ("X" after it); "Former <place> police officer X" opens with no name; an office\'s possessive names a body ("County Sheriff’s Office", "King’s College")', () => {
    const people = (body: string) => build(body).entities.filter((e) => e.type === 'person').map((e) => [e.name, [...e.aliases]]);
    expect(people('Zembla Prime Minister Sheikh Valdana resigned on Monday. Valdana fled.')).toEqual([['Sheikh Valdana', ['Valdana']]]);
    const kinds = (body: string) => build(body).entities.map((e) => `${e.type}:${e.name}`).sort();
    expect(kinds('Former Portmere police officer Ana Lind was found guilty.').some((k) => /Former/.test(k))).toBe(false);
    expect(kinds('He was taken into custody by the Tesk County Sheriff’s Office. He studied at King’s College.')).toEqual(['organization:King’s College', 'organization:Tesk County Sheriff’s Office', 'place:Portmere']);
  });
  it('"the Zemblan International Search and Rescue Group" is one body across its "and"; a "Unit" is a body', () => {
    const kinds = (body: string) => build(body).entities.filter((e) => e.type !== 'place').map((e) => `${e.type}:${e.name}`).sort();
    expect(kinds('Norway and Spain have already dispatched the Zemblan International Search and Rescue Group, and Spain’s Military Emergencies Unit, to help.')).toEqual([
      'organization:Military Emergencies Unit',
      'organization:Zemblan International Search and Rescue Group',
    ]);
  });
  it('"mainly in Tesk, Ostrel, Velkor and Brisa": every name of a list after "in" is a place', () => {
    const places = build('The casualties are mainly in Tesk, Ostrel, Velkor and Brisa, officials said.').entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places.sort()).toEqual(['Brisa', 'Ostrel', 'Portmere', 'Tesk', 'Velkor']);
  });

  it('"US Zembla Survey" and "United States Zembla Survey" in two articles are one body', () => {
    const fb = buildFactBase([article('a.txt', '2023-09-09', 'According to the US Zembla Survey, it was strong.'), article('b.txt', '2023-09-10', 'The United States Zembla Survey said it was strong.')]);
    expect(fb.entities.filter((e) => /Survey/.test(e.name)).map((e) => e.name)).toEqual(['US Zembla Survey']);
  });
  it('a list the story introduces with a colon is story text, though its lines end without a full stop', () => {
    const fb = buildFactBase([
      parseArticle('list.txt', Buffer.from('date 2023-05-28 PORTMERE: The festival ended on Saturday.\n\nHere is a list of all the winners:\n\nBest actor: Ana Lind for Velkor\n\nBest director: Maria Velde for The Sea\n\nThe jury praised them all.\n\nStorm hits Tesk coast\n')),
    ]);
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Ana Lind', 'Maria Velde']);
    // a stray headline after the list is still no story text
    expect(fb.entities.some((e) => e.name === 'Tesk')).toBe(false);
  });
  it('"Prime Minister X resigned on Monday", "X announced her resignation on Tuesday": X\'s resignation, dated; nobody\'s resignation is no event', () => {
    const events = (body: string) => eventsOn('2024-08-07', body);
    expect(events('Zembla Prime Minister Ana Lind resigned on Monday after weeks of protests.')).toEqual([['Lind resignation', '2024-08-05']]);
    expect(events('Ana Lind announced her resignation on Tuesday.')).toEqual([['Lind resignation', '2024-08-06']]);
    expect(events('Protesters demanded the resignation of the government on Tuesday.')).toEqual([]);
  });
  it('"a rare, strong earthquake that struck central Norway Friday night": the quake, dated; "The quake struck at 11.11 p.m." after it is the same', () => {
    const fb = buildFactBase([article('quake2.txt', '2023-09-09', 'The death toll from a rare, strong earthquake that struck central Norway Friday night has risen to 632, officials said.\n\nThe quake struck at 11.11 p.m. and people fled.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Norway earthquake', '2023-09-08']]);
  });
  it('"a 6.8-magnitude earthquake hit Norway Friday" (the tagger reads "earthquake hit" as one noun); "since 2004 when a quake hit the port city of Velkor" is dated by its year', () => {
    const events = (body: string) => eventsOn('2023-09-10', body);
    expect(events('Officials spoke. A 6.8-magnitude earthquake hit Norway Friday at 11:11 p.m. local time.')).toEqual([['Norway earthquake', '2023-09-08']]);
    expect(events('Officials spoke. Norway has not seen a disaster of this size since 2004 when a 6.3-magnitude earthquake hit the port city of Bergen.')).toEqual([['Bergen earthquake', '2004']]);
  });
  it('"a massive coup for regional integration" on Sunday is no coup', () => {
    const events = buildFactBase([article('coup.txt', '2020-11-16', 'Fifteen countries on Sunday signed the Tesk Partnership, a move considered a massive coup for regional integration.')]).entities.filter((e) => e.type === 'event');
    expect(events).toEqual([]);
  });
  it('"the 10-member Association of Tesk Nations" is a body with no member\'s role; "AP notes" is not the acronym of a hyphenated place', () => {
    const fb = build('China and 14 other countries in the Asia-Pacific region formed the pact, AP notes. The signatories comprise the leaders of the 10-member Association of Tesk Nations, China and Japan.');
    expect(fb.entities.find((e) => e.name === 'Association of Tesk Nations')?.type).toBe('organization');
    expect(fb.entities.find((e) => e.name === 'Asia-Pacific')?.aliases ?? []).not.toContain('AP');
  });
  it('a building\'s name without its kind, which the tagger takes for a body\'s, is the building ("Notre Dame" after "Notre Dame Cathedral"); a city before a strip of it stays the city', () => {
    const kinds = (body: string) => build(body).entities.map((e) => `${e.type}:${e.name}`).filter((k) => !/Portmere/.test(k)).sort();
    expect(kinds('Officials think Notre Dame Cathedral’s towers were saved. The blaze destroyed part of Notre Dame, they said.')).toEqual(['place:Notre Dame Cathedral']);
    expect(kinds('Tourists crowded the Las Vegas Strip. It was hot in Las Vegas.')).toEqual(['place:Las Vegas', 'place:Las Vegas Strip']);
  });
  it('"two massive blasts in Oslo’s port, which killed 50" is one incident (no separate killing); "the Oslo blast" and "the Oslo Port explosion" of one day in two articles are one', () => {
    const fb = buildFactBase([
      article('a.txt', '2020-08-04', 'The prime minister vowed Tuesday that those responsible for two massive blasts in Oslo’s port, which killed at least 50 people, would be held to account.'),
      article('b.txt', '2020-08-05', 'Rescuers searched the rubble of the Oslo Port after Tuesday’s explosion at the Oslo Port.'),
    ]);
    const events = fb.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => e.date)).toEqual(['2020-08-04']);
    expect(events[0]!.articles).toHaveLength(2);
  });

  it('"the deputy mayor of Oslo" makes Oslo no body', () => {
    const fb = build('The deputy mayor of Oslo, Ana Lind, was quoted as saying workers were scrambling.');
    expect(fb.entities.filter((e) => e.name === 'Oslo').map((e) => e.type)).toEqual(['place']);
  });
  it('"Former Portmere police officer X": X\'s office is that, the town no body; "X, a tall man," gives no office; "the world\'s richest man" does', () => {
    const described = (body: string) => Object.fromEntries(build(body).entities.map((e) => [`${e.type}:${e.name}`, e.description]));
    const officer = described('Former Velkor police officer Derek Valdak was found guilty on Tuesday. The jurors found Valdak, a tall man, guilty.');
    expect(officer['person:Derek Valdak']).toBe('Former Velkor police officer');
    expect(Object.keys(officer).filter((k) => k.startsWith('organization:'))).toEqual([]);
    expect(described('Derek Valdak, a tall man, was found guilty.')['person:Derek Valdak']).toBeUndefined();
    expect(described('Derek Valdak, the world’s richest man, bought it.')['person:Derek Valdak']).toMatch(/richest man/);
  });
  it('a country written only in a title ("Norway Prime Minister Ana Lind") is a place of the story; a people\'s word is not', () => {
    const places = (body: string) => build(body).entities.filter((e) => e.type === 'place' && e.name !== 'Portmere').map((e) => e.name);
    expect(places('Norway Prime Minister Ana Lind has resigned and left the country.')).toEqual(['Norway']);
    expect(places('Norwegian Prime Minister Ana Lind has resigned.')).toEqual([]);
  });
  it('a numbered designation told as a mission ("the Vela-3 mission", "Vela-3 landed on Wednesday") is that mission; a model number is nothing', () => {
    const events = (body: string) => eventsOn('2023-08-23', body);
    expect(events('Tesk’s Vela-3 landed on the lunar surface on Wednesday. A major portion of the Vela-3 mission has been realised.')).toEqual([['Vela-3', '2023-08-23']]);
    expect(buildFactBase([article('jet.txt', '2023-08-23', 'The air force bought ten Kestra-16 jets on Wednesday.')]).entities.filter((e) => /Kestra/.test(e.name))).toEqual([]);
  });
  it('a name with a patronymic in the middle ("Ivan Petrovich Sorin") is the same person as "Ivan Sorin" of another article', () => {
    const fb = buildFactBase([article('a.txt', '2023-03-20', 'Ivan Sorin met Ana Lind on Monday.'), article('b.txt', '2023-03-21', 'Zemblan President Ivan Petrovich Sorin signed the statement.')]);
    expect(fb.entities.filter((e) => e.type === 'person' && /Sorin/.test(e.name))).toHaveLength(1);
  });
  it('"the two leaders … a meeting on Monday …, X\'s adviser Y told agencies": the meeting is the two leaders\', not the source\'s', () => {
    const fb = buildFactBase([
      article('two.txt', '2023-03-20', 'Zemblan President Ana Lind arrived in Oslo on Monday for talks with her counterpart, Oro Vantek. The two leaders were scheduled to have an informal meeting on Monday before negotiations on Tuesday, Vantek’s top adviser Ilse Marrow told news agencies.'),
    ]);
    const meetings = fb.entities.filter((e) => e.type === 'event' && e.participants?.length);
    const names = (ids: string[]) => ids.map((id) => fb.entities.find((e) => e.id === id)?.name).sort();
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(names(m.participants!)).toEqual(['Ana Lind', 'Oro Vantek']);
  });
  it('a site named noun first ("the Stade de Velkor") and a town joined to its saint by a hyphen ("Saint-Denis") are places', () => {
    const kinds = (body: string) => build(body).entities.map((e) => `${e.type}:${e.name}`).filter((k) => !/Portmere/.test(k)).sort();
    expect(kinds('The final was played at the Stade de Velkor in Saint-Denis, north of Oslo.')).toEqual(['place:Oslo', 'place:Saint-Denis', 'place:Stade de Velkor']);
  });
  it('a country of two words before an office ("New Zealand captain Sam Vale") stays the country', () => {
    const kinds = (body: string) => build(body).entities.filter((e) => e.name === 'New Zealand').map((e) => e.type);
    expect(kinds('South Africa beat New Zealand 12-11 on Saturday. New Zealand captain Sam Vale was sent off.')).toEqual(['place']);
  });
  it('every people\'s word before a name is off it ("46-year-old African American Derek Vale")', () => {
    expect(build('46-year-old African American Derek Vale was arrested on May 25.').entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Derek Vale']);
  });
  it('"declared mourning on September 10 after a devastating earthquake": the day is the mourning\'s, not the quake\'s; "in January following the attack" may still date it', () => {
    const events = (body: string) => eventsOn('2023-09-10', body);
    expect(events('Norway on September 10 declared three days of national mourning after a devastating earthquake jolted the nation.')).toEqual([]);
    expect(events('He was suspended in January 2021 following the attack on the Oslo parliament.').map(([, d]) => d)).toEqual(['2021-01']);
  });
  it('one runoff across articles: told with its contenders, with its country, or as "the runoff" of that Sunday; a coalition and a country before a vote are not its sides', () => {
    const fb = buildFactBase([
      article('a.txt', '2023-11-19', 'Economy minister Oro Vantek conceded defeat to Ana Lind in the country’s presidential runoff on Sunday.'),
      article('b.txt', '2023-11-20', 'Ana Lind from the Tesk Forward coalition has won Norway’s presidential runoff against Oro Vantek, results showed on Sunday.'),
      article('c.txt', '2023-11-20', 'Ana Lind will be the country’s next president after Oro Vantek conceded in the runoff Sunday.'),
    ]);
    const votes = fb.entities.filter((e) => e.type === 'event');
    expect(votes.map((e) => [e.date, e.articles.length])).toEqual([['2023-11-19', 3]]);
    expect(votes[0]!.name).not.toMatch(/-/);
  });
  it('a name of two words in a list of names, others of which open with a given name, is a person\'s ("Sandra Vell, Swann Tarlo, Antoine Brisk and Maria Olt")', () => {
    const people = build('The film stars the likes of Sandra Vell, Swann Tarlo, Antoine Brisk and Maria Olt.').entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Antoine Brisk', 'Maria Olt', 'Sandra Vell', 'Swann Tarlo']);
  });
  it('"the company Kestrel Media, Inc." is Kestrel Media, not a body called "Inc"', () => {
    const orgs = build('Kestrel Media is a site founded in 2006 by the company Kestrel Media, Inc. It grew fast.').entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatch(/^Kestrel Media( Inc)?$/);
  });
  it('"the Korean War" keeps its people\'s word and takes no day from its sentence; "the Defense POW/MIA Accounting Agency" is one body; "the Port of Tesk" is a site, and "Tesk Port" of another article the same', () => {
    const kinds = (body: string) => build(body).entities.map((e) => `${e.type}:${e.name}${e.date ? `@${e.date}` : ''}`).filter((k) => !/Portmere/.test(k)).sort();
    expect(kinds('The remains of soldiers presumed dead from the Korean War were returned on Tuesday.')).toEqual(['event:Korean War']);
    expect(kinds('According to the Defense POW/MIA Accounting Agency, most died in battles.')).toEqual(['organization:Defense POW/MIA Accounting Agency']);
    const fb = buildFactBase([article('a.txt', '2020-08-06', 'A fire at a warehouse at the Port of Tesk led to a blast.'), article('b.txt', '2020-08-07', 'Cranes at the Tesk Port were wrecked, officials said.')]);
    expect(fb.entities.filter((e) => e.type === 'place' && /Port\b/.test(e.name)).map((e) => [e.name, e.articles.length])).toEqual([['Port of Tesk', 2]]);
  });
  it('an activist, a campaigner, a laureate or a journalist named before a name is a person with that role', () => {
    const fb = build('Past winners include Velkor campaigner Ana Tesk and rights activist Jon Ostrel. Prize laureate Mara Quill was jailed; journalist Ben Varo reported it.');
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => `${e.name}: ${e.description?.toLowerCase()}`).sort();
    expect(people).toEqual(['Ana Tesk: velkor campaigner', 'Ben Varo: journalist', 'Jon Ostrel: activist', 'Mara Quill: laureate']);
  });
  it('a ranking before a name ("World No.1", "world No. 2") is neither part of it nor a name', () => {
    const fb = build('World No.1 Carlos Tesk beat world No. 2 Jon Velkor in the final. Tesk, the world No. 1, said so.');
    expect(fb.entities.filter((e) => e.name !== 'Portmere').map((e) => `${e.type}:${e.name}`).sort()).toEqual(['person:Carlos Tesk', 'person:Jon Velkor']);
  });
  it('"X is one of 15 important banks", "X, one of the largest insurers,": one of a kind of body is a body', () => {
    const fb = build('Tesk Varn is one of 15 systematically important banks in the world. Ostrel Holt, one of the largest insurers, agreed. Ana Velkor is one of five judges.');
    expect(typeOf(fb, 'Tesk Varn')).toEqual(['organization']);
    expect(typeOf(fb, 'Ostrel Holt')).toEqual(['organization']);
    expect(typeOf(fb, 'Ana Velkor')).not.toContain('organization');
  });
  it('sentences that lost the space between them ("organisations.Past", "in Velkor.”This") read apart; "No.1", "U.S." and "Mr.X" stay', () => {
    expect(unglue('It went to 30 organisations.Past winners include Ana Tesk.')).toBe('It went to 30 organisations. Past winners include Ana Tesk.');
    expect(unglue('for all".A spokesman said, in Velkor."This year')).toBe('for all". A spokesman said, in Velkor." This year');
    for (const same of ['World No.1 Ana Tesk', 'the U.S. Open', 'the U.S.A team', 'Mr.Tesk', 'a 3.5 Million rise', 'e.g. This']) expect(unglue(same)).toBe(same);
    const fb = build('The prize was announced in Velkor."This year it honours the protesters," the chair said.');
    expect(fb.entities.map((e) => e.name).filter((n) => /Velkor/.test(n))).toEqual(['Velkor']);
  });
  it('a final of a tournament the archive does not know is named as written ("the Ostrel 2023 men\'s singles final"; "his first Ostrel title … in the final": the Ostrel final), not after a person or a day', () => {
    expect(eventsOn('2023-07-17', "Carlos Tesk beat Jon Velkor in the Ostrel 2023 men's singles final on July 16.")).toEqual([["Ostrel 2023 men's singles final", '2023-07-16']]);
    expect(eventsOn('2023-07-16', 'Carlos Tesk won his first Ostrel title with a victory in the final on Sunday.')).toEqual([['Ostrel final', '2023-07-16']]);
    expect(eventsOn('2023-07-16', "Carlos Tesk lost Sunday's final on Sunday, Tesk said.").map(([name]) => name)).not.toContain('Sunday final');
  });
  it('"the KLX9 Climate Summit", also called "KLX9" in its article, is one event there, and the "KLX9" another article tells of', () => {
    const fb = buildFactBase([
      article('a.txt', '2023-12-13', 'The KLX9 conference in Portmere adopted a deal on Wednesday, December 13. KLX9 President Ana Tesk said so.'),
      article('b.txt', '2023-12-13', 'Nations attending the KLX9 Climate Summit in Portmere on Wednesday adopted a deal. Tesk spoke at the closing session of the KLX9 summit.'),
    ]);
    const events = fb.entities.filter((e) => e.type === 'event' && /KLX9/.test(e.name));
    expect(events.map((e) => e.articles.length)).toEqual([2]);
  });
  it('"Jailed Zemblan rights activist X" opening a sentence names no body "Jailed Zemblan"; "Velkor Harbour Board chair X" still does', () => {
    const fb = build('Jailed Zemblan human rights activist Ana Tesk has won the prize. Velkor Harbour Board chair Jon Ostrel said so.');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Velkor Harbour Board']);
    expect(typeOf(fb, 'Ana Tesk')).toEqual(['person']);
  });
  it('"the Ostrel Peace Prize", then "the Peace Prize": one award, the short form its alias; two prizes ending alike leave it alone', () => {
    const fb = build('Ana Tesk has been awarded the Ostrel Peace Prize. The Peace Prize laureates represent civil society, the jury said.');
    expect(fb.entities.filter((e) => e.type === 'award').map((e) => [e.name, e.aliases])).toEqual([['Ostrel Peace Prize', ['Peace Prize']]]);
    const two = build('Ana Tesk won the Ostrel Peace Prize and Jon Varo the Velkor Peace Prize. The Peace Prize is old.');
    expect(two.entities.filter((e) => e.type === 'award').map((e) => e.name).sort()).toEqual(['Ostrel Peace Prize', 'Peace Prize', 'Velkor Peace Prize']);
  });
  it('what a storm made landfall near is a place, whatever its words look like; a person with a given name near whom someone stands is not', () => {
    const fb = build('The eye of the storm made landfall near Cayo Lopez around 3:05 p.m. Ana Ruiz, standing near Jon Varo, said so.');
    expect(typeOf(fb, 'Cayo Lopez')).toEqual(['place']);
    expect(typeOf(fb, 'Jon Varo')).toEqual(['person']);
  });
  it('"Storm X made landfall in <place> on Wednesday" (or "making landfall at 3 p.m.") is the storm\'s landfall, an event of its own, dated by its sentence or the article\'s day', () => {
    expect(eventsOn('2022-09-28', 'Storm Velkor made landfall in southern Tesk on Tuesday as a strong storm.')).toContainEqual(['Storm Velkor landfall', '2022-09-27']);
    expect(eventsOn('2022-09-28', 'Satellites captured the eye of Storm Velkor making landfall at 3:05 p.m.')).toContainEqual(['Storm Velkor landfall', '2022-09-28']);
    expect(eventsOn('2022-09-28', 'Storm Velkor could make landfall next week.').map(([name]) => name)).not.toContain('Storm Velkor landfall');
  });
  it('"the financial regulator VELKA", "the watchdog Ostrelcom": a regulator is a body; "the ‘Tesk Consensus’" adopted is an agreement', () => {
    const fb = build('Ministers met the heads of the central bank and the financial regulator VELKA. The watchdog Ostrelcom agreed. The conference adopted the landmark ‘Tesk Consensus’ on climate on Wednesday.');
    expect(typeOf(fb, 'VELKA')).toEqual(['organization']);
    expect(typeOf(fb, 'Ostrelcom')).toEqual(['organization']);
    expect(typeOf(fb, 'Tesk Consensus')).toEqual(['agreement']);
  });
  it('"Attorney General X" and "the Secretary General of <body>, X,": the office whole, never a person "General X" or a body "General of …"', () => {
    const fb = build('Zemblan Attorney General Ivo Marsh issued a statement after the verdict. Shortly before the ceremony, the Secretary General of the Velkor Union, Ana Tesk, said it was a good day.');
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]);
    expect(people).toEqual([
      ['Ana Tesk', 'Secretary General of the Velkor Union'],
      ['Ivo Marsh', 'Zemblan Attorney General'],
    ]);
    expect(fb.entities.map((e) => e.name).filter((n) => /General/.test(n))).toEqual([]);
  });
  it('"<name>\'s Ostrel Bridge collapse on Tuesday": a collapse is an event of the structure, dated', () => {
    expect(eventsOn('2024-03-26', "There was no evidence of terrorism in Portmere's Ostrel Bridge collapse on Tuesday, the governor said.")).toContainEqual(['Ostrel Bridge collapse', '2024-03-26']);
  });
  it('"Tesko" after "Ana Ivo Tesko da Varo": the word a long name goes by may be any of its capitalised words', () => {
    const fb = build("Zembla's former president Ana Ivo Tesko da Varo won the runoff on Sunday. Tesko said she would govern for all.");
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.aliases.includes('Tesko')])).toEqual([['Ana Ivo Tesko da Varo', true]]);
  });
  it('"Stormfall maker Ostrel Blizzard", "Gamestation-maker Tesko": a maker before a name is a company, never an office', () => {
    const fb = build('Velkor completed its takeover of Stormfall maker Ostrel Blizzard. Despite concerns from rivals such as Gamestation-maker Tesko, regulators agreed.');
    expect(typeOf(fb, 'Ostrel Blizzard')).toEqual(['organization']);
    expect(typeOf(fb, 'Tesko')).toEqual(['organization']);
    expect(fb.entities.map((e) => e.name).filter((n) => /maker/i.test(n))).toEqual([]);
  });
  it('"the Workers\' Party", "the Farmers’ Union": a plural\'s apostrophe stays inside the body\'s name', () => {
    const fb = build("This is no victory of mine or the Workers' Party, Ana Tesk said. The Farmers’ Union met in Velkor.");
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Farmers’ Union', "Workers' Party"]);
  });
  it('"outside the European Economic Area (EEA)": a region named by a people\'s word is a place, never a person "Economic Area"', () => {
    const fb = build('The rights outside the European Economic Area (EEA) must be sold first, the regulator said. Later, the Ostrel Free Trade Zone opened.');
    expect(fb.entities.filter((e) => e.name !== 'Portmere').map((e) => [e.name, e.type])).toEqual([
      ['European Economic Area', 'place'],
      ['Ostrel Free Trade Zone', 'place'],
    ]);
  });
  it('"State Transportation Secretary X", "Commerce Secretary Y": the portfolio is part of the office, no body', () => {
    // (the portfolio's word is also a body's elsewhere in the story: written with a capital mid-sentence)
    const fb = build('State Transportation Secretary Ivo Marsh said six people remained missing. Commerce Secretary Ana Tesk agreed. The Ostrel Transportation Commerce Board will join the inquiry.');
    expect(fb.entities.filter((e) => e.name !== 'Portmere').map((e) => [e.name, e.type, e.description])).toEqual([
      ['Ana Tesk', 'person', 'Commerce Secretary'],
      ['Ivo Marsh', 'person', 'State Transportation Secretary'],
      ['Ostrel Transportation Commerce Board', 'organization', undefined],
    ]);
  });
  it('"the collapse of Portmere\'s Ostrel Bridge on Tuesday": the incident is the thing\'s after the owner\'s possessive, not a year\'s', () => {
    expect(eventsOn('2024-03-26', "The collapse of Velkor's Ostrel Bridge on Tuesday left the city heartbroken. The attack on Zembla's Tesk Museum on Monday killed two.")).toEqual([
      ['Ostrel Bridge collapse', '2024-03-26'],
      ['Tesk Museum attack', '2024-03-25'],
    ]);
  });
  it('"Tesk-Varo" after "Ana Tesk-Varo" is her surname, not a pair of two names; "the Tesk-Varo talks" after "Ana Tesk" and "Ivo Varo" is', () => {
    const fb = build('A jury has found Ana Tesk-Varo guilty. Prosecutors charged Tesk-Varo, who founded Velkor, with fraud.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.aliases])).toEqual([['Ana Tesk-Varo', ['Tesk-Varo']]]);
    const pair = build('Ana Tesk met Ivo Varo in Ostrel. The Tesk-Varo talks were held on Monday.');
    expect(pair.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ana Tesk', 'Ivo Varo']);
  });
  it('"the iconic Ostrel-Dame cathedral": a name written only before the kind of site it is names that site; "Ostrel Dame Cathedral" elsewhere is the same place', () => {
    const fb = build('The fire ravaged the iconic Ostrel-Dame cathedral in Velkor for hours. The spire of Ostrel-Dame collapsed.');
    expect(typeOf(fb, 'Ostrel-Dame')).toEqual(['place']);
    // and the site's name without its kind is the site
    expect(build('Fire broke out at Ostrel Dame Cathedral on Monday. The mayor visited Ostrel Dame on Tuesday.').entities.find((e) => e.name === 'Ostrel Dame Cathedral')?.aliases).toEqual(['Ostrel Dame']);
    const two = buildFactBase([
      article('a.txt', '2025-03-01', 'Fire broke out at Ostrel Dame Cathedral on Monday. The mayor visited Ostrel Dame on Tuesday.'),
      article('b.txt', '2025-03-02', 'The fire ravaged the iconic Ostrel-Dame cathedral for hours. The spire of Ostrel-Dame collapsed.'),
    ]);
    expect(two.entities.filter((e) => /Ostrel.Dame/.test(e.name) && e.type !== 'event').map((e) => [e.name, e.type])).toEqual([['Ostrel Dame Cathedral', 'place']]);
  });
  it('"Velkor Gov. Ivo Marsh": an office written short is the office of the name after it, never part of a place', () => {
    const fb = build('After a preliminary investigation Velkor Gov. Ivo Marsh said it points to an accident. Lt. Gov. Ana Lind agreed.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description])).toEqual([
      ['Ana Lind', undefined],
      ['Ivo Marsh', 'Velkor Gov'],
    ]);
    expect(fb.entities.map((e) => e.name)).not.toContain('Velkor Gov');
  });
  it('"Velkor chairman X and his Ostrel Bank counterpart Y": the counterpart of the nearest person before, in the office named there with his own body', () => {
    const fb = build('Zemblan President Ana Tesk was flanked by Velkor chairman Ivo Marsh and his Ostrel Bank counterpart Jon Varo, along with the finance minister.');
    expect(fb.entities.find((e) => e.name === 'Jon Varo')?.description).toBe('Ostrel Bank chairman, counterpart of Ivo Marsh');
  });
  it('"laureates include Ana Tesk, Jon Varo, Martin Ostrel King and the Velkor Union": the next item of a list is no office of the name before it', () => {
    const fb = build('Previous laureates include Ana Tesk, Jon Varo, Martin Ostrel King and the Velkor Union.');
    expect(fb.entities.find((e) => e.name === 'Jon Varo')?.description).toBeUndefined();
  });
});
