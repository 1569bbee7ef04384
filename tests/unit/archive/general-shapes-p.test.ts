// @vitest-environment node
// General shapes of real news (round P), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { compileMatcher, findMentions, prepareMatcher } from '../../../src/matching/index';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date: string) => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event');

describe('general shapes (round P)', () => {
  it('"the Battle of Ostrel" is an event, dated by its year; "the Battle of Ostrel Field" in another article is the same battle', () => {
    const fb = buildAll(
      ['Challenged by Ivo Marr, the king was killed at the Battle of Ostrel in 1485 after two years on the throne.', 'After the king died at the Battle of Ostrel Field in 1485, he was buried at Harlow cathedral.'],
      '2013-02-04',
    );
    const battles = events(fb);
    expect(battles.map((e) => [e.name, e.date, e.articles.length])).toEqual([['Battle of Ostrel', '1485', 2]]);
    expect(battles[0]!.aliases).toContain('Battle of Ostrel Field');
    // a battle's ground is in its name: the town where the king was buried is not where it was fought
    expect(battles[0]!.place).toBeUndefined();
  });

  it('"the Siege of Velkor" is an event; a battle in lower case is a word', () => {
    const fb = buildAll(['The Siege of Velkor ended in 1942.', 'The two clubs face a battle of wills over Ana Lind.'], '2024-05-15');
    expect(events(fb).map((e) => e.name)).toEqual(['Siege of Velkor']);
  });

  it('"the 12th Ostrel Conference of Parties (COP12)": the bracketed code is the gathering\'s other name', () => {
    const fb = buildAll(['The deal was reached in Harlow at the 12th Ostrel Climate Conference of Parties (COP12). Small states were unhappy.\n\nCOP12 president Ana Lind said the deal was fair.'], '2024-05-15');
    const gathering = events(fb);
    expect(gathering).toHaveLength(1);
    expect(gathering[0]!.aliases).toContain('COP12');
    // a code whose number is not the edition's is no other name of it
    const other = buildAll(['The deal was reached in Harlow at the 12th Ostrel Climate Conference of Parties (COP14) last week.'], '2024-05-15');
    expect(events(other).flatMap((e) => e.aliases)).not.toContain('COP14');
  });

  it('an election whose two contenders a sentence names gets no meeting\'s names', () => {
    const fb = buildAll(['Ana Lind and Ivo Marr, who is the nominee after the president dropped out of the 2024 election, were at Fort Tesk near Harlow to welcome the prisoners.'], '2024-08-02');
    const election = events(fb).find((e) => /election/.test(e.name));
    expect(election).toBeDefined();
    expect(election!.aliases.filter((a) => /meeting|talks|summit/.test(a))).toEqual([]);
    // and it was not held where the sentence's main clause is: that place is outside the relative clause
    expect(election!.place).toBeUndefined();
  });

  it('"Joint Base Velkor", "Fort Tesk": a military site\'s word before its name makes a place, not a person', () => {
    const fb = buildAll(['The freed men landed at Joint Base Velkor near Harlow on Thursday.', 'The soldiers trained at Fort Tesk for a year.'], '2024-08-02');
    const places = fb.entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Joint Base Velkor', 'Fort Tesk']));
    expect(fb.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('"after the strike was declared, following Ana Lind\'s decision on Sunday": that day is the decision\'s, not the strike\'s', () => {
    const fb = buildAll(['Thousands rallied near parliament after the strike was declared, following Ana Lind\'s decision on Sunday evening to sack her defence minister.'], '2023-03-27');
    expect(events(fb).filter((e) => /strike/.test(e.name)).map((e) => e.date)).toEqual([]);
    // a day told after the strike itself is still its own
    const own = buildAll(['A strike began on Monday at the Harlow docks.'], '2023-03-29');
    expect(events(own).filter((e) => /strike/.test(e.name)).map((e) => e.date)).toEqual(['2023-03-27']);
  });

  it('"a strike by the Harbour Workers Union": the body that strikes names the strike', () => {
    const fb = buildAll(['A strike by the Harbour Workers Union began on Monday.'], '2023-03-29');
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['Harbour Workers Union strike', '2023-03-27']]);
    // an attack "by" someone is not named by the attacker
    const attack = buildAll(['An attack by Velkor rebels on Monday killed two guards in Harlow.'], '2023-03-29');
    expect(events(attack).map((e) => e.name)).not.toContain('Velkor attack');
  });

  it('"the union called a general strike on Monday": a strike is called, not judged', () => {
    const fb = buildAll(['The Harbour Workers Union called a general strike on Monday.'], '2023-03-29');
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['2023 general strike', '2023-03-27']]);
    // what a court calls a thing already done is still judged: its day is the court's
    const judged = buildAll(['On Monday the court called the arrest unlawful.'], '2023-03-29');
    expect(events(judged).map((e) => e.date)).not.toContain('2023-03-27');
  });

  it('"the biggest East-West prisoner swap since …": a prisoner swap is an event; a currency swap is not', () => {
    const fb = buildAll(['Two dozen prisoners were released earlier Thursday in the biggest East-West prisoner swap since the Cold War.'], '2024-08-02');
    expect(events(fb).filter((e) => /swap/.test(e.name)).map((e) => [e.name, e.date])).toEqual([['2024 prisoner swap', '2024-08-01']]);
    // two directions joined describe; they are no place
    expect(fb.entities.filter((e) => e.type === 'place').map((e) => e.name)).not.toContain('East-West');
    const money = buildAll(['The central bank agreed a currency swap on Thursday, and the stock exchange rose on Friday.'], '2024-08-02');
    expect(events(money)).toEqual([]);
  });

  it('"Ana Lind, 20, was shot and killed on April 11": a named person\'s killing, dated by its sentence', () => {
    const fb = buildAll(['Ana Lind, 20, was shot and killed on April 11 by a police officer in Harlow.', 'Maria Tesk was killed in May 2020 in Harlow.'], '2021-04-20');
    expect(events(fb).map((e) => [e.name, e.date]).sort()).toEqual([
      ['Lind killing', '2021-04-11'],
      ['Tesk killing', '2020-05'],
    ]);
    // an undated death, or a killing of someone the text does not name, is not one
    const none = buildAll(['Ana Lind was killed, her family said.', 'The man was shot and killed on April 11.'], '2021-04-20');
    expect(events(none).filter((e) => /killing/.test(e.name))).toEqual([]);
  });

  it('"former Zemblan Marine Ana Lind": a Marine is what she was, not a body named with her', () => {
    const fb = buildAll(['The reporter, former Zemblan Marine Ana Lind, and the activist Ivo Marr were greeted by cheers.'], '2024-08-02');
    expect(fb.entities.filter((e) => e.type === 'organization')).toEqual([]);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/Marine/);
  });

  it('"the Velkor Shrine", "a Harlow friary": shrines and friaries are places', () => {
    const fb = buildAll(['The hall is a stone\'s throw from the Velkor Shrine, seen as a symbol of the war.', 'He was buried at the Tesk Monastery in Harlow.'], '2024-08-02');
    const places = fb.entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Velkor Shrine', 'Tesk Monastery']));
  });

  it('"Russia\'s KSB security service colonel Ana Lind": the country\'s possessive is no word of the body\'s name', () => {
    const fb = buildAll(["Also freed was Russia's KSB security service colonel Ana Lind, who was held in Harlow."], '2024-08-02');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['KSB']);
  });

  it('"the first state funeral in 55 years" and "a state funeral" on the same day in two articles: one funeral, not counted in its name', () => {
    const fb = buildFactBase([
      article('a.txt', '2022-09-27', 'Zembla honoured its slain former premier Ana Lind on Tuesday at the first state funeral for a former premier in 55 years.'),
      article('b.txt', '2022-09-28', 'Ana Lind, a giant in diplomacy, was given a final send-off in a state funeral attended by 4,300 guests on Tuesday.'),
    ]);
    expect(events(fb).map((e) => [e.name, e.date, e.articles.length])).toEqual([['2022 state funeral', '2022-09-27', 2]]);
  });

  it('a page\'s "Besides Lindqvist", "the Lindqvist Cabinet", "the Harlow Olympic Games": no other name, so the surname and the city stay linked', () => {
    const fb = buildAll(['Prime Minister Ana Lindqvist said on Monday that Harlow would host the games.'], '2024-05-15');
    const matcher = prepareMatcher(compileMatcher(fb));
    const text = 'Prime Minister Ana Lindqvist left Harlow on Tuesday. Besides Lindqvist, 700 guests came. Most disapproved of the Lindqvist Cabinet, which hosted the Harlow Olympic Games. Lindqvist said it was fine.';
    const found = findMentions(matcher, text, { pageDate: '2024-05-20' }).map((m) => text.slice(m.start, m.end));
    expect(found.filter((f) => f === 'Lindqvist')).toHaveLength(3);
    expect(found.filter((f) => f === 'Harlow')).toHaveLength(2);
  });

  it('"Norwegian Tesk Oil Co (Teskco)" is also "Norwegian Teskco"; "the Teskco IPO" begins no other name', () => {
    const fb = buildAll(['Norwegian Tesk Oil Co (Teskco) began trading on Wednesday in Oslo.'], '2019-12-11');
    const company = fb.entities.find((e) => e.type === 'organization');
    expect(company?.aliases).toEqual(expect.arrayContaining(['Teskco', 'Norwegian Teskco']));
    const matcher = prepareMatcher(compileMatcher(fb));
    const text = 'Shares of Norwegian Teskco rose 10% on Thursday. The Teskco IPO raised $25 billion, and Teskco said demand was strong.';
    const found = findMentions(matcher, text, { pageDate: '2019-12-12' }).filter((m) => m.id === company!.id).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['Norwegian Teskco', 'Teskco', 'Teskco']);
  });

  it('a page\'s "Another Lindqvist goal", "inside the Harlow Stadium": no other name; a stadium named by its place is in it', () => {
    const fb = buildAll(['Ana Lindqvist scored twice as Peru won the final in Harlow on Sunday.'], '2022-12-18');
    const matcher = prepareMatcher(compileMatcher(fb));
    const text = 'Ana Lindqvist scored first. Another Lindqvist goal settled it, and the president watched from inside the Harlow Stadium.';
    const found = findMentions(matcher, text, { pageDate: '2022-12-19' }).map((m) => text.slice(m.start, m.end));
    expect(found.filter((f) => f === 'Lindqvist')).toHaveLength(1);
    expect(found).toContain('Harlow');
    // a word after the place that names something else still does ("the Harlow Wizards" is a team)
    const team = 'The Harlow Wizards won again.';
    expect(findMentions(matcher, team, { pageDate: '2022-12-19' }).map((m) => team.slice(m.start, m.end))).toEqual([]);
  });

  it('a page\'s "Peru\'s Ambassador to Norway Ana Ruiz": the place of an office stays meant before the holder\'s name', () => {
    const fb = buildAll(['The plane crashed in Norway on Sunday, and Peru sent help.'], '2019-03-10');
    const matcher = prepareMatcher(compileMatcher(fb));
    const text = "Speaking from Oslo, Peru's Ambassador to Norway Ana Ruiz said a desk was set up.";
    expect(findMentions(matcher, text, { pageDate: '2019-03-12' }).map((m) => text.slice(m.start, m.end))).toEqual(['Peru', 'Norway']);
  });

  it('"travelled to Velkorholm": where someone travels is a place; "returned to Velkor Tech as chief" is not', () => {
    const fb = buildAll(['The minister travelled to Velkorholm to formalise the decision.', 'Ana Lind returned to Velkor Tech as chief executive.'], '2019-09-24');
    const places = fb.entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).toContain('Velkorholm');
    expect(places).not.toContain('Velkor Tech');
  });

  it('"X has won Peru\'s presidential runoff vote": a country\'s contest the story opens with is the news of its days', () => {
    const fb = buildAll(['Ana Lind has won Peru\'s presidential runoff vote, defeating incumbent President Ivo Marr.'], '2019-04-22');
    const vote = events(fb);
    expect(vote.map((e) => e.name)).toEqual(['Peru presidential runoff vote']);
    expect(vote[0]!.date).toMatch(/^2019-04/);
  });

  it('"Maria Tesk (Harbour Women), and Ana Lind (Velkor)": a title in brackets after a name makes no office of that name, and no body', () => {
    const fb = buildAll(['Zellweger bested Ivo Marr (Velkor), Maria Tesk (Harbour Women), and Ana Lind (Bombshell) for her role.'], '2020-02-10');
    expect(fb.entities.filter((e) => e.type === 'organization')).toEqual([]);
    expect(fb.entities.find((e) => e.name === 'Maria Tesk')?.type).toBe('person');
  });

  it('"praised Ana Lind We agree on …": a line that lost its break; the pronoun opens the next sentence, no name of it', () => {
    const fb = buildAll(['The speech praised Ana Lind We agree on our teachers and we agree on our soldiers.'], '2020-02-10');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ana Lind']);
  });

  it('"eight-time champion Ana Lind": the count joined by a hyphen is part of the office', () => {
    const fb = buildAll(['Maria Tesk won a tie-break to defeat eight-time champion Ana Lind on Sunday.'], '2019-07-14');
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toBe('Eight-time champion');
  });

  it('"German mercenary Ana Lind": a people\'s word and a noun before a full name say what the person is', () => {
    const fb = buildAll(['Also freed were German mercenary Ana Lind, who was held in Harlow, and the pilot Ivo Marr.', 'The armed Zemblan Maria Tesk fled.'], '2024-08-01');
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toBe('German mercenary');
    expect(fb.entities.find((e) => e.name === 'Maria Tesk')?.description ?? '').not.toMatch(/armed/i);
  });

  it('"reported its cargo plane crash on Monday": "its" opens the phrase, it is no describing noun', () => {
    const fb = buildAll(['Velkor Airlines reported its cargo plane crash near Harlow on Monday.'], '2019-12-11');
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['2019 cargo plane crash', '2019-12-09']]);
  });

  it('"was elected on Sunday, winning 65% of the vote to beat X in a runoff vote": the day is the runoff\'s', () => {
    const fb = buildAll(['Ana Lind was elected president of Peru on Sunday, winning more than 65 percent of the vote to beat rival Ivo Marr in a runoff vote, according to projections.'], '2017-05-07');
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['runoff vote', '2017-05-07']]);
    // a clause that leads on to another contest still does not date it
    const next = buildAll(['Ana Lind won the first round on Sunday, setting the stage for a runoff later this month.'], '2017-04-24');
    expect(events(next).find((e) => /runoff/.test(e.name))?.date).not.toBe('2017-04-23');
  });

  it('"a jury has found X guilty", "found X, the former officer who …, guilty": convictions, of the lede\'s day or the day told', () => {
    const fb = buildAll(['A jury has found former police officer Ana Lind guilty on all charges in the death of Ivo Marr.'], '2021-04-20');
    // (the lede's news: of its day or the two days before, so dated to what they share)
    expect(events(fb).map((e) => e.name)).toEqual(['Lind conviction']);
    expect(events(fb)[0]!.date).toMatch(/^2021-04/);
    const aside = buildAll(["A jury on Tuesday found Maria Tesk, the former Harlow officer who knelt on Ivo Marr's neck, guilty on all charges."], '2021-04-21');
    expect(events(aside).map((e) => [e.name, e.date])).toEqual([['Tesk conviction', '2021-04-20']]);
  });

  it('"a 20-year-old Black man", "who was Black": a word for race names no one; "Conrad Black said" still does', () => {
    const fb = buildAll(['Ana Lind, who was Black, was shot on April 11. The jury was six white people and six Black or multiracial people.', 'The city has been on edge over the deadly police shooting of a 20-year-old Black man, Tomas Wright, in the nearby suburb of Harlow on April 11.'], '2021-04-20');
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Ana Lind', 'Tomas Wright']);
    const surname = buildAll(['Maria Black said on Monday that Black would stay.'], '2021-04-20');
    expect(surname.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Maria Black']);
  });

  it('"the suburb of Velkor Center on April 11": a month and its day after a connector are when, not more of the name', () => {
    const fb = buildAll(['Ana Lind was shot in the nearby suburb of Velkor Center on April 11.'], '2021-04-20');
    expect(fb.entities.map((e) => e.name)).toContain('Velkor Center');
    expect(fb.entities.map((e) => e.name).filter((n) => / on$/.test(n))).toEqual([]);
  });

  it('"the death toll from Tuesday\'s massive blast has risen": the blast (the tagger reads a verb), of Tuesday, named by the lede\'s place', () => {
    const fb = buildAll(["Peru has imposed a two-week emergency in Harlow as the death toll from Tuesday's massive blast has risen to 135 with more than 5,000 wounded."], '2020-08-05');
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['Harlow explosion', '2020-08-04']]);
  });

  it('"in the final game of the 2022 Ostrel Cup": the final, one with another article\'s "Ostrel Cup final"', () => {
    const fb = buildFactBase([
      article('a.txt', '2022-12-18', 'Peru are the new champions after a nervy penalty win over Chile in the final game of the 2022 Ostrel Cup on Sunday.'),
      article('b.txt', '2022-12-19', 'Peru beat Chile on penalties in the Ostrel Cup final on Sunday.'),
    ]);
    const finals = events(fb).filter((e) => /final/.test(e.name));
    expect(finals.map((e) => [e.name, e.articles.length])).toEqual([['2022 Ostrel Cup final', 2]]);
  });

  it('"the Comprehensive and Progressive Agreement for Ostrel Partnership, or CPOP": the acronym after ", or" is its other name', () => {
    const fb = buildAll(['It follows the Comprehensive and Progressive Agreement for Ostrel Partnership, or CPOP, signed in 2018. Seven members belong to the CPOP as well.'], '2020-11-15');
    const deal = fb.entities.filter((e) => e.type === 'agreement');
    expect(deal.map((e) => [e.name, e.aliases])).toEqual([['Comprehensive and Progressive Agreement for Ostrel Partnership', ['CPOP']]]);
    expect(fb.entities.filter((e) => e.type === 'organization')).toEqual([]);
    // letters the name does not hold in order are another thing's
    const other = buildAll(['It follows the Harbour Trade Council, or VLX, in Harlow.'], '2020-11-15');
    expect(other.entities.flatMap((e) => e.aliases)).not.toContain('VLX');
  });

  it('"dug through the wreckage of the city of Velkor on Tuesday … after floodwaters broke through dams": the lede\'s flood; a quake told later is another incident', () => {
    const fb = buildAll(
      [
        "Workers dug through the wreckage of Peru's eastern city of Velkor on Tuesday, and 10,000 people were missing after floodwaters broke through dams and smashed through the city.\n\nIt was as bad as in Chile, an official said, referring to the deadly earthquake that hit near the city of Tesk on Friday night.",
      ],
      '2023-09-12',
    );
    const found = events(fb).map((e) => [e.name, e.date]);
    expect(found).toContainEqual(['Velkor flood', '2023-09']);
    expect(found).toContainEqual(['Tesk earthquake', '2023-09-08']);
  });

  it('a page\'s "the state funeral for Ana Lind": a day-dated event of the page\'s days, by what it was for', () => {
    const fb = buildAll(['Peru honoured its slain former premier Ana Lind on Tuesday at the first state funeral for a former premier in 55 years.'], '2022-09-27');
    const matcher = prepareMatcher(compileMatcher(fb));
    const funeral = events(fb)[0]!;
    const text = 'Prime Minister Ivo Marr attended the state funeral for Ana Lind and met her widow.';
    const found = findMentions(matcher, text, { pageDate: '2022-09-29' });
    expect(found.map((m) => [text.slice(m.start, m.end), m.id])).toEqual([
      ['funeral', funeral.id],
      ['Ana Lind', 'ana-lind'],
    ]);
    // a funeral for someone else is not it
    const other = 'Crowds attended the state funeral for Ivo Marr in Lima.';
    expect(findMentions(matcher, other, { pageDate: '2022-09-29' }).filter((m) => m.id === funeral.id)).toEqual([]);
  });
});
