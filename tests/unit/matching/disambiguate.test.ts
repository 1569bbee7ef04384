import { describe, expect, it } from 'vitest';
import { matchText } from '../../../src/matching/index';
import { factBaseOf, matcher } from './fixture';
import { compileMatcher } from '../../../src/matching/compile';

/** "surface→id:reason" for each linked mention of an entity in `ids` (all when omitted). */
function linked(text: string, pageDate?: string): string[] {
  return matchText(matcher, text, { pageDate }).mentions.map((m) => `${text.slice(m.start, m.end)}→${m.id}:${m.reason}`);
}
function refused(text: string, pageDate?: string): string[] {
  return matchText(matcher, text, { pageDate }).rejected.map((m) => `${text.slice(m.start, m.end)}→${m.id}:${m.reason}`);
}

describe('a short form links when the page supports it', () => {
  it.each([
    ['John Kerry arrived. Kerry said talks went well.', ['John Kerry→john-kerry:full-name', 'Kerry→john-kerry:full-name-on-page']],
    ['Kerry arrived. Later John Kerry spoke.', ['Kerry→john-kerry:full-name-on-page', 'John Kerry→john-kerry:full-name']], // headline before body
    ['Kerry met Xie Zhenhua on Wednesday.', ['Kerry→john-kerry:related-on-page', 'Xie Zhenhua→xie-zhenhua:full-name']],
    ['Kerry, the climate envoy, landed.', ['Kerry→john-kerry:context']],
    ['The envoy Kerry landed.', ['Kerry→john-kerry:context']],
    ['Kerry said on Tuesday he was hopeful.', ['Kerry→john-kerry:context']], // speech verb right next to the name
    ['Secretary Kerry landed.', ['Kerry→john-kerry:context']],
    ['Secretary of State Kerry landed.', ['Kerry→john-kerry:context']],
    ['Talks with the U.S. Kerry said were useful. John Kerry left.', ['U.S.→united-states:related-on-page', 'Kerry→john-kerry:full-name-on-page', 'John Kerry→john-kerry:full-name']],
    ['HUNTER BIDEN CHARGED', []],
    ['President Biden spoke.', ['Biden→joe-biden:context']],
    ['Yesterday Biden said no.', ['Biden→joe-biden:context']], // sentence opener is not a first name
    ['John Kerry arrived. Yet Kerry’s plan stalled.', ['John Kerry→john-kerry:full-name', 'Kerry→john-kerry:full-name-on-page']], // nor an adverb that opens one
    ['Biden Says Talks Went Well', ['Biden→joe-biden:context']], // headline case verb
    ['Chinese leader Xi arrived.', ['Xi→xi-jinping:context']],
    ['Xi arrived in Beijing.', ['Xi→xi-jinping:related-on-page', 'Beijing→beijing:full-name']],
    ['Vice President Han met them.', ['Han→han-zheng:context']],
    ['Han and Xi Jinping met.', ['Han→han-zheng:related-on-page', 'Xi Jinping→xi-jinping:full-name']],
    ['US officials said, and the United States agreed.', ['US→united-states:full-name-on-page', 'United States→united-states:full-name']],
    // Kerry's only backing would be "U.S.", itself a short form: support must be a name written in full
    ['Kerry praised U.S. efforts with Joe Biden.', ['U.S.→united-states:related-on-page', 'Joe Biden→joe-biden:full-name']],
    ['APEC leaders met.', ['APEC→apec:context']],
    ['Beijing state media said.', ['Beijing→beijing:full-name']],
    ['Beijing’s state-run press said.', ['Beijing→beijing:full-name']],
    ['US Navy ships and the US State Department, said Joe Biden.', ['US→united-states:related-on-page', 'US→united-states:related-on-page', 'Joe Biden→joe-biden:full-name']],
    // "US" in running text is the country; in a line of capitals it may be the word ("LET US GO"), below
    ['The US is big.', ['US→united-states:context']],
    ['She moved to the US, where she worked.', ['US→united-states:context']],
    // a title written short before a surname ("PM", "Mr")
    ['PM Biden spoke.', ['Biden→joe-biden:context']],
    ['Mr Kerry landed.', ['Kerry→john-kerry:context']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('look-alikes do not link', () => {
  it.each([
    // a football report about County Kerry: no John Kerry, none of his related names
    ['Kerry beat Dublin by three points on Sunday. Kerry’s forwards were sharp, and the Kerry manager said the team was ready.'],
    ['Supporters travelled from County Kerry. Kerry won the final.'],
    ['Kerrygold butter sales rose in Kerry and Cork.'],
    // Hunter Biden is a different full name
    ['Hunter Biden’s lawyers said on Monday he would appeal. Biden, 53, faces three charges.'],
    ['Biden faces three charges, a court said. Hunter Biden pleaded not guilty.'],
    // Washington State is not the US capital
    ['Wildfires in Washington State forced evacuations. Washington declared an emergency.'],
    ['Washington state wildfires spread. Crews in Washington state were stretched.'],
    ['Students at Washington University protested.'],
    // Han Kang is not Han Zheng
    ['South Korean author Han Kang won the Nobel Prize in Literature. Han said she was surprised.'],
    ['Novelist Han wrote about grief in the Han river city.'],
    // the city of Xi'an
    ["Tourists visited the terracotta army in Xi'an. Xi’an and Xian are the same city."],
    // a different Kerr, a different Kerry
    ['Steve Kerr coached the team to another title.'],
    ['Steve Kerry coached the team. Kerry said the players were tired.'],
    // short forms with nothing on the page behind them
    ['Kerry won the race.'],
    ['Let us go. Us and them. A USB stick.'],
    ['THE US IS BIG.'],
    ['LET US GO. GIVE US A BREAK.'],
  ])('%s', (text) => expect(linked(text)).toEqual([]));
});

describe('the reason a look-alike was refused', () => {
  it.each([
    ['Fans from County Kerry cheered.', ['Kerry→john-kerry:other-name']],
    ['Hunter Biden spoke. Biden left.', ['Biden→joe-biden:other-name', 'Biden→joe-biden:other-name']],
    ['Washington State burned.', ['Washington→washington:other-name']],
    ['Han Kang won.', ['Han→han-zheng:other-name']],
    ['Steve Kerry won.', ['Kerry→john-kerry:other-name']],
    ['Kerry won.', ['Kerry→john-kerry:no-support']],
    // a body named after a person is not the person; the person's own government still is
    ['The John Kerry Foundation said it would help.', ['John Kerry→john-kerry:other-name']],
  ])('%s', (text, expected) => expect(refused(text)).toEqual(expected));

  it('links a person before the word for their own government, and in a headline\'s title case (review)', () => {
    expect(linked('The Joe Biden Administration said no.')).toEqual(['Joe Biden→joe-biden:full-name']);
    expect(linked('Joe Biden Tells Senate To Pass Aid Bill')).toEqual(['Joe Biden→joe-biden:full-name']);
    expect(linked('John Kerry Warns Congress Over Climate Funding')).toEqual(['John Kerry→john-kerry:full-name']);
  });

  it('names the other name as evidence', () => {
    const [r] = matchText(matcher, 'Hunter Biden spoke. Biden left.').rejected.slice(1);
    expect(r?.evidence).toBe('Hunter Biden');
  });
});

describe('a bare form refers to the nearest full form before it', () => {
  it.each([
    ['Hunter Biden testified. President Joe Biden said he was proud. Biden added more.', ['Joe Biden→joe-biden:full-name', 'Biden→joe-biden:full-name-on-page']],
    ['Joe Biden spoke. His son Hunter Biden testified. Biden said he was innocent.', ['Joe Biden→joe-biden:full-name']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('full names link without support', () => {
  it.each([
    ['Washington said no.', ['Washington→washington:full-name']],
    ['Trade with China grew.', ['China→china:full-name']],
    ['Xi Jinping’s speech.', ['Xi Jinping→xi-jinping:full-name']],
    ['Park Ji-hoon arrived.', ['Park Ji-hoon→park-ji-hoon:full-name']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('a longer name claims only its own span', () => {
  it.each([
    // a place's own name inside the name of a sea, a strait, a pavilion: the bare name elsewhere is still the place
    ['Ships crossed the South China Sea. China protested.', ['China→china:full-name']],
    ['China protested. Ships crossed the South China Sea.', ['China→china:full-name']],
    ['Visitors queued at the Washington Pavilion. Washington said it would help.', ['Washington→washington:full-name']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));

  it.each([
    // ...but a same-named place ("Washington State") and a surname ("Hunter Biden") keep the whole page doubtful
    ['Wildfires hit Washington State. Washington declared an emergency.'],
    ['Hunter Biden spoke. Biden left.'],
  ])('%s', (text) => expect(linked(text)).toEqual([]));
});

describe('an era the archive gives no date', () => {
  const eras = compileMatcher(
    factBaseOf([
      { id: 'world-war-ii', type: 'event', name: 'World War II' },
      { id: 'ostrel-spring', type: 'event', name: 'Ostrel Spring' },
      { id: 'portmere-summit', type: 'event', name: 'Portmere Summit' },
    ]),
  );
  const eraLinks = (text: string) => matchText(eras, text, { pageDate: '2023-11-01' }).mentions.map((m) => `${text.slice(m.start, m.end)}→${m.id}:${m.reason}`);

  it('is linked by its full name on any page: it happened once', () => {
    expect(eraLinks('The park was a codebreaking base in World War II. Protests recalled the Ostrel Spring.')).toEqual([
      'World War II→world-war-ii:full-name',
      'Ostrel Spring→ostrel-spring:full-name',
    ]);
  });

  it('a kind of event that comes round again still needs its date', () => {
    expect(eraLinks('Leaders met at the Portmere Summit.')).toEqual([]);
  });
});

