// @vitest-environment node
// General shapes of real news (round J), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string, date = '2024-05-30') => buildFactBase([article('shape.txt', date, body)]);
type Fb = ReturnType<typeof build>;
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();

describe('general shapes (round J)', () => {
  it('an event named by its head and a number: "World War II", "the Zembla War Two"; "… I and the Cold War" are two', () => {
    const fb = build('The bridge was bombed during World War II and rebuilt after the Zembla War Two. It had survived World War I and the Cold War.');
    expect(names(fb, 'event')).toEqual(['Cold War', 'World War I', 'World War II', 'Zembla War Two']);
    // a number after a name that is no event's stays out of it
    expect(names(build('King Harlow II of Velkor opened the bridge.'), 'event')).toEqual([]);
  });

  it('a prize told by what is said of it: "won the Silver Oar", "the Harbour Shield award", "X was awarded to", "Y is given to"', () => {
    const fb = build(
      'With two tries, Ana Lind won the Silver Oar in the final. Apart from these, there was the Harbour Shield award, won by Tor Velk. Whereas, Golden Anchor was awarded to Ivo Marsh for being the best player. This year Iron Glove is given to the best keeper.',
    );
    expect(names(fb, 'award')).toEqual(['Golden Anchor', 'Harbour Shield', 'Iron Glove', 'Silver Oar']);
    // won the name of a body, a place or an event: no prize
    const not = build('Ana Lind won the Velkor Open on Sunday. The Tesk Party won the Zembla Senate. Tor Velk won the Harbour Marathon.');
    expect(names(not, 'award')).toEqual([]);
  });

  it('"read by Zembla Ambassador to Velkor Ana Lind": the person with her office, and the countries as places', () => {
    const fb = build('The speech was read by Norway Ambassador to Sweden Ana Lind at the ceremony. Tor Velk, Envoy to Chile, listened.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Tor Velk']);
    expect(names(fb, 'place')).toEqual(['Chile', 'Norway', 'Portmere', 'Sweden']);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toBe('Ambassador to Sweden');
  });

  it('"Rescuers raced Tuesday to reach homes brought down by a quake": the day is the rescuers\', not the quake\'s', () => {
    const dated = (body: string) => buildFactBase([article('q.txt', '2023-02-07', body)]).entities.filter((e) => e.type === 'event').map((e) => e.date ?? null);
    expect(dated('Rescuers raced Tuesday to find survivors in buildings brought down by a strong earthquake that struck Zembla.')).not.toContain('2023-02-07');
    expect(dated('The president on Wednesday admitted there were problems with the response to a devastating earthquake in Zembla.')).not.toContain('2023-02-01');
    // the day told of the quake itself dates it
    expect(dated('On Monday, a strong earthquake struck Zembla, killing hundreds.')).toEqual(['2023-02-06']);
  });

  it('one day\'s quake placed in a province by one article and in its country by another is one event, when the one names the other\'s place; another country\'s that day is another', () => {
    const fb = buildFactBase([
      article('a.txt', '2023-02-07', 'A powerful earthquake struck Peru on Monday, killing hundreds.'),
      article('b.txt', '2023-02-08', 'A deadly earthquake struck the province of Velkor on Monday, killing 5,000 people across Peru.'),
      article('c.txt', '2023-02-08', 'A strong earthquake struck northern Chile on Monday, killing two.'),
    ]);
    const quakes = fb.entities.filter((e) => e.type === 'event').map((e) => `${e.date} ${[...e.articles].sort().join(',')}`);
    expect(quakes.sort()).toEqual(['2023-02-06 a,b', '2023-02-06 c']);
  });

  it('"her rebounded strike was given by goal-line technology": one player\'s strike is a shot, no event; workers\' strike is one', () => {
    const dated = (body: string) => buildFactBase([article('s.txt', '2022-12-18', body)]).entities.filter((e) => e.type === 'event').map((e) => e.date);
    expect(dated('Ana Lind thought she had won it as her rebounded strike was given by goal-line technology in the 108th minute.')).toEqual([]);
    expect(dated('Dock workers began a strike on Monday.')).toEqual(['2022-12-12']);
  });

  it('a style or a period of building is no name: "the Gothic monument", "the Art Deco facade", "a Victorian terrace"', () => {
    const fb = build('Fire tore through Velkor Cathedral, toppling the spire on the 850-year-old Gothic monument. The nearby Art Deco facade and a Victorian terrace survived.');
    expect(fb.entities.map((e) => e.name).filter((n) => /Gothic|Deco|Victorian/.test(n))).toEqual([]);
  });

  it('"the giants of literature: Orlov, Quist, Ana Lind, Maria Velk, Marsh": one word listed among people\'s full names is a person', () => {
    const fb = build('She joins the giants of literature: Orlov, Quist, Ana Lind, Maria Velk, Marsh. The talks in Paris, Berlin and Rome went well.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Maria Velk', 'Marsh', 'Orlov', 'Quist']);
    expect(names(fb, 'place')).toEqual(['Berlin', 'Paris', 'Portmere', 'Rome']);
    // one full name is not a list of people
    expect(names(build('Visitors came from Orlov, Tesk and Ana Lind Street.'), 'person')).toEqual([]);
  });

  it('"the Zembla Prize for Literature" and, later, "the Zembla Prize" in one article: one prize; two fields keep two', () => {
    const fb = build('Ana Lind won the Zembla Prize for Literature on Thursday. She has not commented on the Zembla Prize.');
    expect(names(fb, 'award')).toEqual(['Zembla Prize for Literature']);
    const two = build('Ana Lind won the Zembla Prize for Literature. Tor Velk won the Zembla Prize for Physics. The Zembla Prize is old.');
    expect(names(two, 'award')).toEqual(['Zembla Prize', 'Zembla Prize for Literature', 'Zembla Prize for Physics']);
  });

  it('"Velkor winger Ana Lind": the club before a player\'s position and name is an organisation; a country stays the country', () => {
    const fb = build('Velkor winger Ana Lind added the second goal. France striker Ivo Marsh scored the third.');
    expect(names(fb, 'organization')).toEqual(['Velkor']);
    expect(names(fb, 'place')).toEqual(['France', 'Portmere']);
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Ivo Marsh']);
  });

  it('a tournament in the lede with no date is this year\'s edition, whatever year a later comparison gives', () => {
    const fb = buildFactBase([
      article('w.txt', '2022-12-18', 'Ana Lind led Zembla to a stunning Ostrel Cup victory on penalties.\n\nTor Velk was the first player to score three goals in an Ostrel Cup match after Ivo Marsh in 1966.'),
    ]);
    expect(fb.entities.filter((e) => e.name === 'Ostrel Cup').map((e) => e.date)).toEqual(['2022']);
  });

  it('"Yesterday, the Velkor Committee met for the 15th time": the body\'s meeting that day; a body that met someone is no meeting of its own', () => {
    const events = (body: string) => buildFactBase([article('m.txt', '2023-05-05', body)]).entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date]);
    expect(events('Yesterday, the Velkor Emergency Committee met for the 15th time and recommended an end to the alert.')).toEqual([['Velkor Emergency Committee meeting', '2023-05-04']]);
    expect(events('The Tesk Council met Ana Lind on Friday.')).not.toContainEqual(['Tesk Council meeting', '2023-05-05']);
    // no day told, no meeting
    expect(events('The Velkor Emergency Committee met for the 15th time.')).toEqual([]);
  });

  it('"Maria Coman and Aurel Tesko failed to convert": a full name joined to a person\'s by "and" is a person\'s; an office beside a name is not', () => {
    const fb = build('In the shoot-out, Maria Coman and Aurel Tesko failed to convert their kicks. Ana Lind, Permanent Secretary, read the names. Visitors came from Tesk Valley and the Velkor Hills.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Aurel Tesko', 'Maria Coman']);
  });

  it('"a fire at Notre-Dame Cathedral … people won\'t see Notre Dame built again": the site\'s name without its head is the site, though the tagger knows a body of that name', () => {
    const fb = build('A massive fire is ripping through Notre-Dame Cathedral in central Portmere. People will not see Notre Dame built again.');
    expect(fb.entities.find((e) => e.name === 'Notre-Dame Cathedral')?.aliases).toContain('Notre Dame');
    expect(names(fb, 'organization')).toEqual([]);
  });
});
