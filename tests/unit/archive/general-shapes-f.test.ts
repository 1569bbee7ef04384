// @vitest-environment node
// General shapes of real wire copy (round F), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { countryName, isDemonym } from '../../../src/nlp/gazetteer';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string) => buildFactBase([article('shape.txt', '2025-04-02', body)]);
type Fb = ReturnType<typeof build>;
const typeOf = (fb: Fb, name: string) => fb.entities.filter((e) => e.name === name).map((e) => e.type);
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const people = (fb: Fb) => fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description ?? '']).sort();

describe('general shapes (round F)', () => {
  it('"a Harbour House dinner": a place\'s own word before a noun after "a" stays in the place\'s name', () => {
    const fb = build('Ana Lind spoke at a Harbour House dinner on Tuesday. The guests ate in the Harbour House.');
    expect(names(fb, 'place')).toContain('Harbour House');
    expect(names(fb, 'place')).not.toContain('Harbour');
    // "a Portmere Democrat" is still the place, and someone from there
    expect(names(build('Ana Lind, a Portmere Democrat, spoke on Tuesday.'), 'place')).toEqual(['Portmere']);
  });

  it('"the House and Senate": two bodies named short, not one name', () => {
    const fb = build('The bill went through the House and Senate after Ana Lind reached a deal with Oru Tesk.');
    expect(names(fb, 'organization')).toEqual(['House', 'Senate']);
    // a name whose words go on after its head is still one ("Travel and Tourism Council"), and so is a domain after "of"
    expect(names(build('The Zembla Travel and Tourism Council met in Portmere.'), 'organization')).toEqual(['Zembla Travel and Tourism Council']);
    expect(names(build('Heads of State and Government of the Union of Tesk Nations met in Portmere.'), 'organization')).not.toContain('State');
  });

  it('"Senate Majority Leader X", "House Majority Whip Y": the majority is the office\'s, the body is the chamber', () => {
    const fb = build('Flanked by Senate Majority Leader Ana Lind and House Minority Whip Oru Tesk, the president spoke in Portmere.');
    expect(people(fb)).toEqual([['Ana Lind', 'Senate Majority Leader'], ['Oru Tesk', 'House Minority Whip']]);
    expect(names(fb, 'organization')).toEqual(['Senate']);
  });

  it('"hosted by YouTuber X": a trade written before a name is the person\'s, not part of the name', () => {
    expect(people(build('The show was hosted by YouTuber Ana Lind in Portmere.'))).toEqual([['Ana Lind', 'YouTuber']]);
  });

  it('"CEO of Tesk Digital, Ana Lind", "CEO of Q Varo": a company\'s officer names a company, and no person in it', () => {
    const fb = build('The CEO of Tesk Digital, Ana Lind, was outside the bank in Portmere. "It is grim," said Oru Berro, CEO of Q Varo, an incubator.');
    expect(people(fb)).toEqual([['Ana Lind', 'CEO of Tesk Digital'], ['Oru Berro', 'CEO of Q Varo']]);
    expect(names(fb, 'organization')).toEqual(['Q Varo', 'Tesk Digital']);
    // an office of a place's domain still takes the domain word ("Secretary of State Ana Lind")
    expect(people(build('Secretary of State Ana Lind arrived in Portmere.'))).toEqual([['Ana Lind', 'Secretary of State']]);
  });

  it('"companies such as Tesk, Varolink and Ostrelo": every item of the list is a company', () => {
    const fb = build('The bank boasted of its ties to tech companies such as Teskify, Varolink and Ostrelo.');
    expect(names(fb, 'organization')).toEqual(['Ostrelo', 'Teskify', 'Varolink']);
  });

  it('"launched Tesk Corp, Varolink and Ostrelo": names listed with a company are companies', () => {
    const fb = build('The incubator launched Tesk Corp, Varolink and Ostrelo in Portmere.');
    expect(names(fb, 'organization')).toEqual(['Ostrelo', 'Tesk Corp', 'Varolink']);
    // a person listed with a company stays a person
    expect(typeOf(build('Tesk Corp, Ana Lind and Ostrelo were named in Portmere.'), 'Ana Lind')).toEqual(['person']);
  });

  it('"the House of Tesk" and "the House": a chamber is its head word in articles that say it short', () => {
    const fb = buildFactBase([
      article('a.txt', '2024-08-05', 'Lawmakers in the House of Delegates approved the bill in Portmere on Friday.'),
      article('b.txt', '2024-08-06', 'The bill made it through the House and Senate on Friday, Ana Lind said in Portmere.'),
    ]);
    expect(names(fb, 'organization')).toEqual(['House of Delegates', 'Senate']);
  });

  it('"Frenchman", "Northern Irish", "Rs 40": a people\'s word or a currency is no entity', () => {
    const fb = build('The Belgian-born Frenchman was the only survivor. The Northern Irish writer Ana Lind won the Zembla Prize (Rs 52,000) in Portmere.');
    expect(fb.entities.map((e) => e.name).sort()).toEqual(['Ana Lind', 'Portmere', 'Zembla Prize']);
    expect(isDemonym('Northern Irish')).toBe(true);
    expect(isDemonym('southern French')).toBe(true);
    expect(isDemonym('Northern')).toBe(false);
    expect(countryName('Rs')).toBeUndefined();
    expect(countryName('UK')).toBe('United Kingdom');
    expect(countryName('U.S.')).toBe('United States');
  });

  it('"Ana Lind, an engineer, said": a trade compromise does not know as a person\'s is an office in apposition', () => {
    expect(people(build('Tavi Varoon, an engineer, said he felt the quake three times. Ana Lind, a nurse, said it went on.'))).toEqual([
      ['Ana Lind', 'Nurse'],
      ['Tavi Varoon', 'Engineer'],
    ]);
    // compromise's own people's nouns keep their kind: "best new artist" is still a category
    expect(names(build('At the Zembla Awards on Sunday, Ana Lind won album of the year. Oru Tesk won best new artist.'), 'award')).toContain('best new artist');
  });

  it('"replaced Ana Lind, who was cleared": a two-word name that "who" takes up is a person', () => {
    expect(people(build('Varoon replaced Mbeko Tsavani, who was cleared earlier in the week.'))).toEqual([['Mbeko Tsavani', '']]);
    // a team or a body that "who" takes up stays what it is
    expect(typeOf(build('The title went to Velkor United, who beat the hosts.'), 'Velkor United')).not.toEqual(['person']);
  });

  it('"former Chancellor of the Exchequer Ana Lind": the domain after "of the" is the office\'s', () => {
    expect(people(build('Former Chancellor of the Exchequer Tavi Varoon lost the race in Portmere.'))).toEqual([['Tavi Varoon', 'Chancellor of the Exchequer']]);
    // a body's name after "of the" stays whole
    const fb = build('Ana Lind, Chairman of the State Harbour Commission, met Tom Varo in Portmere.');
    expect(names(fb, 'organization')).toEqual(['State Harbour Commission']);
  });

  it('"the Zembla Prize in Physics or Chemistry": a prize\'s two fields are its name', () => {
    expect(names(build('Ana Lind won the Zembla Prize in Physics or Chemistry on Monday.'), 'award')).toEqual(['Zembla Prize in Physics or Chemistry']);
    expect(names(build('Ana Lind won the Zembla Prize for Physics or Chemistry on Monday.'), 'award')).toEqual(['Zembla Prize for Physics or Chemistry']);
  });

  it('"a Harbour House official" says nothing of what Harbour House is; "the Harbour House said" does', () => {
    const fb = buildFactBase([
      article('a.txt', '2024-08-05', 'The Harbour House said on Monday that Ana Lind would resign. Harbour House press secretary Oru Tesk told reporters so.'),
      article('b.txt', '2024-08-06', 'Ana Lind spoke at a Harbour House dinner in Portmere on Tuesday.'),
    ]);
    expect(typeOf(fb, 'Harbour House')).toEqual(['organization']);
  });

  it('"Flyhalf Ana Lind scored": a trade opening the sentence before a two-word name is the person\'s', () => {
    expect(people(build('Flyhalf Tavi Varoon on Saturday scored all the points for Portmere.'))).toEqual([['Tavi Varoon', 'Flyhalf']]);
  });

  it('"Defending champion New Zealand": a country of several words is never a person, whatever office is written before it', () => {
    const fb = build('Defending champion New Zealand kicked its way to a fourth title by beating Zembla 12-11 in Portmere.');
    expect(typeOf(fb, 'New Zealand')).toEqual(['place']);
  });

  it('"Velkor Corp (formerly Varobook)": a former name in brackets is an alias, not a name of its own', () => {
    const fb = build('Tesk Corp competes with Velkor Corp (formerly Varobook) to build a virtual world. Velkor Corp said so.');
    expect(names(fb, 'organization')).toEqual(['Tesk Corp', 'Velkor Corp']);
    expect(fb.entities.find((e) => e.name === 'Velkor Corp')?.aliases).toContain('Varobook');
  });

  it('"the University of Tesk in Hungary": a country after a domain told with "of" is where the body is', () => {
    const fb = build('Ana Lind is a professor at the University of Tesk in Hungary, officials in Portmere said.');
    expect(names(fb, 'organization')).toEqual(['University of Tesk']);
    expect(names(fb, 'place')).toContain('Hungary');
    // a reach that is the body's own name stays ("… Co-operation in Europe")
    expect(names(build('The Organization for Security and Co-operation in Europe met in Portmere.'), 'organization')).toEqual(['Organization for Security and Co-operation in Europe']);
  });

  const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date ?? '']).sort();

  it('"won the Zembla Prize on Sunday … at a ceremony in London": the ceremony of the story\'s award, dated by the win', () => {
    expect(events(build('Ana Lind won the 2024 Zembla Prize for fiction on Sunday for her novel. She beat five other writers to the award at a ceremony in London.'))).toEqual([['Zembla Prize ceremony', '2025-03-30']]);
    // a story that opens with the award won, undated: the days just before the story
    const fb = buildFactBase([article('a.txt', '2025-04-16', 'Ana Lind has won the Zembla Prize, with judges hailing her work.\n\nShe received the award from Oru Tesk at a ceremony held in London.')]);
    expect(events(fb)).toEqual([['Zembla Prize ceremony', '2025-04']]);
    // an awards night the story names takes "the ceremony" as its own
    const night = build('The 12th Annual Zembla Awards were held in Portmere on Sunday. Ana Lind won album of the year. Oru Tesk opened the ceremony with a medley.');
    expect(events(night).map(([name]) => name)).toEqual(['12th Annual Zembla Awards']);
  });

  it('"signed a sweeping bill into law in a Harbour House ceremony Tuesday. The Tesk Act …": the signing of the story\'s law', () => {
    expect(events(build('President Ana Lind signed a sweeping bill into law in a Harbour House ceremony Tuesday. The Tesk Reduction Act made it through the Senate.'))).toEqual([['Tesk Reduction Act signing ceremony', '2025-04-01']]);
    // signed in the story's opening, undated, and a season the sentence looks back on is not the day
    const fb = buildFactBase([article('a.txt', '2025-04-16', 'President Ana Lind signed into law the Tesk Reduction Act, capping a summer of legislative work. The signing ceremony came days after a vote last week.')]);
    expect(events(fb)).toEqual([['Tesk Reduction Act signing ceremony', '2025-04']]);
  });

  it('"heading into the November elections": what a time leads to is still to come', () => {
    expect(events(build('The law left the Tesk party energised heading into the November midterm elections.'))).toEqual([['midterm elections', '2025-11']]);
  });

  it('"the largest failure on Friday since the financial crisis": the crisis is not dated by the sentence\'s day', () => {
    expect(events(build('Regulators on Friday closed down Tesk Bank, making it the largest bank failure since the financial crisis.'))).toEqual([]);
  });

  it('"the Zembla Prize in Physics or Chemistry" and "the Zembla Prize for Chemistry"; "the University of Tesk" and "Tesk University": one each', () => {
    const fb = buildFactBase([
      article('a.txt', '2024-10-02', 'Ana Lind won the Zembla Prize in Physics or Chemistry on Monday. She is a professor at the University of Tesk.'),
      article('b.txt', '2024-10-03', 'Oru Tesk, the 2020 winner of the Zembla Prize for Chemistry, praised Ana Lind of Tesk University in Portmere.'),
    ]);
    expect(names(fb, 'award')).toEqual(['Zembla Prize in Physics or Chemistry']);
    expect(names(fb, 'organization')).toEqual(['University of Tesk']);
  });

  it('"the Velkor Blacks" and "Velkor Black flanker X": a team in the plural is named in the singular for one member', () => {
    const fb = buildFactBase([
      article('a.txt', '2023-10-28', 'Velkor Blacks captain Oru Tesk said the final in Portmere on Saturday was lost.'),
      article('b.txt', '2023-10-29', 'Velkor Black flanker Ana Lind was sent off early, the Velkor Blacks said in Portmere.'),
    ]);
    const teams = fb.entities.filter((e) => e.type === 'organization');
    expect(teams).toHaveLength(1);
    expect([teams[0]!.name, ...teams[0]!.aliases].sort()).toEqual(['Velkor Black', 'Velkor Blacks']);
  });

  it('"Ana Lind has won a victory in the Zembla general election": a contest the story opens with as done is its news', () => {
    const lede = (body: string) => events(buildFactBase([article('a.txt', '2025-04-16', body)]));
    expect(lede('Veteran leader Ana Lind has won a dramatic victory in the Zembla general election, with almost all votes counted.')).toEqual([['general election', '2025-04']]);
    // one still to come, or one told with "a", is not
    expect(lede('Ana Lind will run in the Zembla general election.')).toEqual([]);
    expect(lede('Ana Lind was the first player to be sent off in a final.')).toEqual([]);
    // nor a match the story opens with: a stage of a tournament it may not name
    expect(lede('Portmere beat Velkor United in the final on a wet night.')).toEqual([]);
  });

  it('"following the closure of Tesk Bank": the end of a named body is an event, though undated', () => {
    const fb = build('Velkor Bank has been shut by regulators, following the closure of Tesk Bank (TB).');
    expect(events(fb)).toEqual([['Tesk Bank closure', '']]);
    // not one that may come
    expect(events(build('Regulators fear the collapse of Tesk Bank could spread, officials in Portmere said.'))).toEqual([]);
  });

  it('"the court overturned Tesk v. Varo on Friday": a case between two names is an event, dated only by a year beside it', () => {
    const fb = build('The Supreme Court overturned Tesk v. Varo on Friday. The judge wrote that Ostrel Harbour v. Lind, the 1992 decision, was wrong.');
    expect(events(fb)).toEqual([['Ostrel Harbour v. Lind', '1992'], ['Tesk v. Varo', '']]);
    expect(fb.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('"Harbour Women\'s Health was the clinic": a name with a plural\'s possessive inside is no person\'s', () => {
    expect(people(build('Worth noting: Jackson Women\'s Health was the clinic at the center of the case.'))).toEqual([]);
  });

  it('"deaths in Tesko, Varrat and Ostrel provinces", "the Velkor area", "her Marrow residence": names before a kind of place are places', () => {
    const fb = build('The ministry recorded deaths in Tesko, Varrat, Ostrelo and Velkoro provinces, as well as in the Marrowby area. The Queen asks her to form a government at her Lindholm residence.');
    expect(names(fb, 'place')).toEqual(['Lindholm', 'Marrowby', 'Ostrelo', 'Portmere', 'Tesko', 'Varrat', 'Velkoro']);
    // one name before a plural kind describes it; a kind of place before another noun is no place's kind
    expect(names(build('Citizens of Communist cities saw neon. The Portmere city council met, and Tesk Corp area manager Ana Lind spoke.'), 'place')).toEqual(['Portmere']);
  });

  it('"in Portmere, Tesko and the Varrat area": the items after a place where something happened are places', () => {
    expect(names(build('The ministry recorded deaths in Portmere, Tesko and the Varrat area.'), 'place')).toEqual(['Portmere', 'Tesko', 'Varrat']);
    // a person after the place is still a person
    expect(people(build('He spoke in Portmere, Ana Lind said.'))).toEqual([['Ana Lind', '']]);
  });

  it('"told ZNA by telephone", "according to VRT": who is told, named by initials, is a body', () => {
    const fb = build('"We felt a violent tremor," Ana Lind, 33, told ZNA by telephone from Portmere. According to VRT, the toll rose.');
    expect(names(fb, 'organization')).toEqual(['VRT', 'ZNA']);
  });

  it('"Congress passed it as Republicans and Democrats argued": a legislature and parties named by their members', () => {
    const fb = build('Ana Lind called for spending on roads, but Congress has not taken up that idea, as Republicans and Democrats argued in Portmere.');
    expect(names(fb, 'organization')).toEqual(['Congress', 'Democrats', 'Republicans']);
    // a party's congress told with its name is still a gathering's name
    expect(typeOf(build('The Tesk Party Congress opened in Portmere on Monday.'), 'Tesk Party Congress')).not.toEqual(['organization']);
  });

  it('"the election results also suggest … his vow on Monday": a noun the tagger read as a verb makes no event', () => {
    expect(events(build('The Zembla election results also suggest that voters back Ana Lind and her vow on Monday that there would be no deal.'))).toEqual([]);
  });

  it('"his March 3 address to a joint meeting … so close to the election": a date before another noun is that noun\'s', () => {
    expect(events(build('Ana Lind warned against a deal during his March 3 address to a joint meeting of the Zembla Senate, so close to the Portmere election.'))).toEqual([]);
  });

  it('"with tennis stars Ana Lind and Oru Tesk", "Justices A, B and C": an office\'s plural before names is each one\'s', () => {
    expect(people(build('The game, with tennis stars Ana Lind and Oru Tesk among the spectators, started in Portmere.'))).toEqual([
      ['Ana Lind', 'Tennis star'],
      ['Oru Tesk', 'Tennis star'],
    ]);
    expect(people(build('The dissent was written by Justices Ana Lind, Tom Varo and Ian Berro in Portmere.'))).toEqual([
      ['Ana Lind', 'Justice'],
      ['Ian Berro', 'Justice'],
      ['Tom Varo', 'Justice'],
    ]);
  });

  it('"Ana Lind, a 37-year-old flanker,": the age in an apposition is not the office, the office after it is', () => {
    expect(people(build('Varo kicked the penalty as Ana Lind, a 37-year-old flanker, replaced Tom Varo in Portmere.'))).toEqual([
      ['Ana Lind', 'Flanker'],
      ['Tom Varo', ''],
    ]);
  });

  it('"Ana Lind, who is to resume her concert tour, swept the awards on Sunday": the clause\'s noun is not dated by the sentence around it', () => {
    expect(events(build('Ana Lind, who is about to fly to Portmere to resume the highest-grossing concert tour, was among the women who swept the awards on Sunday.'))).toEqual([]);
  });

  it('"has broken records … at the 12th Annual Zembla Awards, which took place at …": the awards night the story opens with is of its days', () => {
    const fb = buildFactBase([article('a.txt', '2024-02-14', 'Ana Lind has broken records as the first artist to win album of the year four times. She had been tied with Oru Tesk.\n\nLind collected the trophy for her album at the 12th Annual Zembla Awards, which took place at the Harbour Theatre in Portmere.')]);
    expect(events(fb)).toEqual([['12th Annual Zembla Awards', '2024-02']]);
  });

  it('"Ford Blizzard" and "Ford": a company\'s first word the dictionary knows as a company is its short form', () => {
    const fb = build('Ford Blizzard shares rose in Portmere after the deal. Ford, known for its games, has been mired in controversy.');
    expect(names(fb, 'organization')).toEqual(['Ford Blizzard']);
  });

  it('"the Paris attacks that killed 130 people": the deaths are the named incident\'s, no killing of its own', () => {
    expect(events(build('The Paris attacks that killed 130 people were in 2015.')).filter(([name]) => /killing/.test(String(name)))).toEqual([]);
    expect(events(build('The Paris attacks killed 130 people in 2015 and left hundreds injured.')).filter(([name]) => /killing/.test(String(name)))).toEqual([]);
  });

  it('"of former Christian Democrat Ana Lind": a party\'s member before a given name is what she is, no body', () => {
    const fb = build('The partners are the recently founded Harbour Compact of former Christian Democrat Ana Lind, and others.');
    expect(people(fb)).toEqual([['Ana Lind', 'Christian Democrat']]);
    expect(names(fb, 'organization')).not.toContain('Christian Democrat');
  });

  it('"the New Harbour Compact (NHC)": a name followed by its initials in brackets is a body\'s', () => {
    expect(names(build('The partners are the recently founded New Harbour Compact (NHC) and others in Portmere.'), 'organization')).toEqual(['New Harbour Compact']);
  });

  it('"the right-wing liberal People\'s Party for Harbours and Democracy": a body whose head its domain follows, whatever describes it', () => {
    expect(typeOf(build("The partners are the right-wing liberal People's Party for Harbours and Democracy (PPHD), and others."), "People's Party for Harbours and Democracy")).toEqual(['organization']);
  });

  it('"for a Kestrels side which", "the Velkor squad": a name before a word for a team is a team\'s', () => {
    const fb = build('Ana Lind scored all the points for a Kestrels side which repeated its success. The Velkor squad trained in Portmere. Fans were on the Portmere side of the river.');
    expect(names(fb, 'organization')).toEqual(['Kestrels', 'Velkor']);
  });

  it('"their perfect record in finals, adding to their crowns in 1995, 2007 and 2019": a year of a list dates no one event', () => {
    expect(events(build('Ana Lind missed a penalty as the Kestrels kept their perfect record in finals, adding to their crowns in 1995, 2007 and 2019.'))).toEqual([]);
    // a year alone still dates it (and names it: a final named by nothing else goes by its year)
    expect(events(build('The Kestrels lost the final in 2019, Ana Lind said.'))).toEqual([['2019 final', '2019']]);
  });

  it('"at its meeting on March 3", "at its March 3 meeting": a body\'s gathering the tagger read as a verb', () => {
    expect(events(build('The Zembla Reserve Bank kept rates on hold at its meeting on March 3.'))).toEqual([['Zembla Reserve Bank meeting', '2025-03-03']]);
    expect(events(build('The Zembla Reserve Bank kept rates on hold at its March 3 meeting.'))).toEqual([['Zembla Reserve Bank meeting', '2025-03-03']]);
  });
});
