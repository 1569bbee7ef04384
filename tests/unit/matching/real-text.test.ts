/**
 * Shapes of real news text the matcher met on other outlets' reports of archive stories, each written
 * again here in our own words with invented names.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../src/matching/index';
import { factBaseOf, type Spec } from './fixture';

const specs: Spec[] = [
  { id: 'oecs', type: 'organization', name: 'OECS', aliases: ['Oecs'] },
  { id: 'oecs-cup', type: 'event', name: 'Oecs Cup', date: '2031-06' },
  { id: 'marrow', type: 'place', name: 'Marrow' },
  { id: 'vell', type: 'place', name: 'Vell' },
  { id: 'port-vell', type: 'place', name: 'Port Tarrow' },
  { id: 'ana-lindqvist-moe', type: 'person', name: 'Ana Lindqvist-Moe', aliases: ['Lindqvist-Moe'] },
  // the archive holds one person under two spellings
  { id: 'omar-al-rashid', type: 'person', name: 'Omar Al Rashid' },
  { id: 'peoples-marrow-party', type: 'organization', name: "People's Marrow Party" },
  { id: 'ada-okafor', type: 'person', name: 'Ada Okafor', aliases: ['Okafor', 'Ada'] },
  // a company the archive also calls by its first word
  { id: 'tesko-blizzard', type: 'organization', name: 'Tesko Blizzard', aliases: ['Tesko'] },
  // bodies the archive describes before their acronym in brackets
  { id: 'lrf', type: 'organization', name: 'LRF', facts: ['Marrow’s rowing federation (LRF) named a new coach on Monday.', 'Officials of the suspended Vellish rowing federation (LRF) declined to comment.'] },
  { id: 'lcb', type: 'organization', name: 'LCB', facts: ['Rates were raised by the central bank (LCB) on Monday.'] },
  // a role the archive took for a person's name
  { id: 'oecs-secretary', type: 'person', name: 'OECS Secretary' },
  {
    id: 'okafor-moe-talks',
    type: 'event',
    name: 'Okafor-Moe talks',
    aliases: ['Okafor-Moe meeting'],
    date: '2031-06-15',
    participants: ['ada-okafor', 'ana-lindqvist-moe'],
  },
  // a vote between two people, and a vote of others
  { id: 'vell-vote', type: 'event', name: 'Vell presidential election', date: '2031-06-20', participants: ['ada-okafor', 'ana-lindqvist-moe'] },
  { id: 'marrow-vote', type: 'event', name: 'Marrow mayoral election', date: '2031-06-10' },
  // a run-off the archive named by its kind alone
  { id: 'vell-runoff', type: 'event', name: 'runoff', aliases: ['presidential runoff'], date: '2031-11-02', participants: ['omar-al-rashid', 'ana-lindqvist-moe'], related: ['norway'] },
  { id: 'norway', type: 'place', name: 'Norway' },
  // legal cases: one the archive does not date, one decided on a day
  { id: 'harrowby-v-quell', type: 'event', name: 'Harrowby v. Quell' },
  { id: 'okafor-v-marrow', type: 'event', name: 'Okafor v. Marrow Rowing Federation', date: '2031-06-24' },
  // a match, named by its sides as the builder names one: no case
  { id: 'harrow-v-marrow', type: 'event', name: 'Harrow United v Marrow City', date: '2031-06-14' },
  // a final the archive knows only by its year
  { id: 'final-2031', type: 'event', name: '2031 final', date: '2031', related: ['vell'] },
  // a conference the archive files both as a body and as an event
  { id: 'kop9', type: 'organization', name: 'KOP9' },
  { id: 'kop9-event', type: 'event', name: 'KOP9' },
  { id: 'omar-al-rashid-2', type: 'person', name: 'Omar al-Rashid' },
  { id: 'tarn-cup-final', type: 'event', name: 'Tarn Cup final', date: '2031-06-14', related: ['vell'] },
  { id: 'tarn-cup', type: 'event', name: 'Tarn Cup', date: '2031-06' },
  // a tournament whose short name is its final's: the archive's "Lusk Shield final" under "Orra Lusk Shield"
  { id: 'orra-lusk-shield', type: 'event', name: 'Orra Lusk Shield', aliases: ['Lusk Shield'], date: '2031-08' },
  { id: 'lusk-shield-final', type: 'event', name: 'Lusk Shield final', date: '2031-08-14' },
  { id: 'oecs-marrow-council', type: 'organization', name: 'OECS-Marrow Council' },
  { id: 'kel-dor-forum', type: 'organization', name: 'Kel-Dor Forum' },
  { id: 'tarn-bloc', type: 'organization', name: 'Tarn Bloc' },
  { id: 'tarn-bloc-summit', type: 'event', name: 'Tarn Bloc summit', date: '2031-06-16', participants: ['tarn-bloc'] },
  { id: 'council-meeting', type: 'event', name: 'OECS-Marrow Council first meeting', date: '2031-06-16', participants: ['oecs-marrow-council'] },
  { id: 'oecs-tarn-cup-1990', type: 'event', name: 'Oecs Tarn Cup', date: '1990-06' },
  // one storm filed twice under its name: the day it struck and a later report's day
  { id: 'storm-vell-1', type: 'event', name: 'Storm Kessa', date: '2031-09-02' },
  { id: 'storm-vell-2', type: 'event', name: 'Storm Kessa', date: '2031-09-06' },
  // an award of one word that is also a given name
  { id: 'orlo', type: 'award', name: 'Orlo' },
  // a sudden incident, filed as an explosion in a port
  { id: 'tarrow-port', type: 'place', name: 'Tarrow Port' },
  { id: 'tarrow', type: 'place', name: 'Tarrow' },
  { id: 'tarrow-explosion', type: 'event', name: 'Tarrow Port explosion', date: '2031-08-04', related: ['tarrow-port', 'tarrow'] },
  // a signing ceremony, related to the one who presided
  { id: 'okafor-signing-ceremony', type: 'event', name: 'Marrow Pact signing ceremony', date: '2031-06-20', related: ['ada-okafor'] },
];
const fb = factBaseOf(specs, '2031-01-01');
const m = compileMatcher(fb);
const linked = (text: string, pageDate?: string) => findMentions(m, text, { pageDate }).map((x) => `${text.slice(x.start, x.end)}→${x.id}`);

describe('an acronym and its capitalised spelling', () => {
  it.each([
    // the archive's own "Oecs" before a capitalised word is the acronym, not the surname of an "Oecs Women"
    ['The OECS Women team lost. The OECS said it would appeal.', ['OECS→oecs', 'OECS→oecs']],
    ['The Oecs Women team lost. The OECS said it would appeal.', ['Oecs→oecs', 'OECS→oecs']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

/** "word→id" for each event the text describes without naming it. */
const described = (text: string, pageDate: string) =>
  findMentions(m, text, { pageDate })
    .filter((x) => x.reason === 'event-described')
    .map((x) => `${text.slice(x.start, x.end)}→${x.id}`);

describe('an event described by the last word of its name', () => {
  it.each([
    // the event was on Saturday 14 June: "Saturday's final" the same day, the day after, a few days later
    ['2031-06-14', 'Vell beat Marrow in Saturday’s final.', ['final→tarn-cup-final']],
    ['2031-06-15', "Fans cheered after Saturday's tense final.", ['final→tarn-cup-final']],
    ['2031-06-18', "Saturday's final drew a record crowd.", ['final→tarn-cup-final']],
    // a place linked right before it
    ['2031-06-14', 'Vell win Marrow final', ['final→tarn-cup-final']],
    // a contest described by its result: with its day, or against a name related to it
    ['2031-06-19', 'Players celebrated their win in Marrow last Saturday.', ['win→tarn-cup-final']],
    ['2031-06-15', 'Fans cheered the 2-1 victory over Vell at home.', ['victory→tarn-cup-final']],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));

  it.each([
    // another weekday, or the same weekday a week off: another day's final
    ['2031-06-14', 'Vell lost Friday’s final.'],
    ['2031-06-22', "Saturday's final was tense."],
    // a page a month later: another final
    ['2031-07-20', 'Vell win Marrow final'],
    // no weekday, place or name before it
    ['2031-06-14', 'The final whistle blew.'],
    // "final" describing a time, after the tournament's name: the last of it, no match
    ['2031-06-14', 'Vell won the Tarn Cup with a late goal, and seven minutes later the final whistle sounded.'],
    ['2031-06-14', 'Vell led the Tarn Cup final in the final minutes.'],
    ['2031-06-14', 'They reached a final at last.'],
    // "Vell win" is a verb; a win over a team the archive does not tie to the final; a win of another Saturday
    ['2031-06-14', 'Vell win Tarn Cup after a long night'],
    ['2031-06-15', 'Fans cheered the 2-1 victory over Marrow at home.'],
    ['2031-06-25', 'Players recalled their win last Saturday.'],
  ])('%s: %s', (date, text) => expect(described(text, date)).toEqual([]));
});

describe('a hyphen written as a space', () => {
  it.each([
    ['Ana Lindqvist Moe testified.', ['Ana Lindqvist Moe→ana-lindqvist-moe']],
    ['Ana Lindqvist-Moe testified. Lindqvist Moe wept.', ['Ana Lindqvist-Moe→ana-lindqvist-moe', 'Lindqvist Moe→ana-lindqvist-moe']],
    // a form spelt as the page spells it wins over the one with a hyphen
    ['Omar Al Rashid spoke.', ['Omar Al Rashid→omar-al-rashid']],
    ['Omar al-Rashid spoke.', ['Omar al-Rashid→omar-al-rashid-2']],
    // the case rule still holds word by word
    ['ana lindqvist moe', []],
    ['Lindqvist moe', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('"the summit" after a name the archive also holds as an event', () => {
  it.each([
    ['2031-06-15', 'KOP9 opened in Vell. Delegates said the water summit would be hard.', ['summit→kop9-event']],
    ['2031-06-15', 'KOP9 opened. Early progress lifted the tense talks in Vell.', ['talks→kop9-event']],
    ['2031-06-15', 'KOP9 opened in Vell. Delegates said this summit would be hard.', ['summit→kop9-event']],
    // no name before it: nothing to refer back to
    ['2031-06-15', 'Delegates said the water summit would be hard. KOP9 opened.', []],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));
});

describe('a name with a possessive inside', () => {
  it.each([
    ["The People's Marrow Party won.", ["People's Marrow Party→peoples-marrow-party"]],
    ['The People’s Marrow Party won.', ['People’s Marrow Party→peoples-marrow-party']],
    // a possessive still ends a bare name: "Vell's Marrow" is Vell, then Marrow
    ["Vell's Marrow office", ['Vell→vell', 'Marrow→marrow']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('"the <word>" first in a story naming both participants of one event near its date', () => {
  const story = 'Ada Okafor flew in on Saturday. Ana Lindqvist-Moe was waiting. Aides prepared the two-hour meeting for hours.';
  it('links the word the event is known by', () => expect(described(story, '2031-06-15')).toEqual(['meeting→okafor-moe-talks']));
  it.each([
    // a word the archive never uses for it: another happening
    ['2031-06-15', 'Ada Okafor flew in. Ana Lindqvist-Moe was waiting. Aides prepared the visit for hours.'],
    // a month later: another meeting
    ['2031-07-20', story],
    // one participant only
    ['2031-06-15', 'Ada Okafor flew in. Aides prepared the two-hour meeting for hours.'],
  ])('%s: %s', (date, text) => expect(described(text, date)).toEqual([]));
});

describe('a place inside the longer name of something the archive does not hold', () => {
  it.each([
    ['A judge of the Northern Circuit of Port Tarrow ruled.', []],
    ['The Bank of Vell raised rates.', []],
    ['She studied at the University of Marrow in Vell.', ['Vell→vell']],
    // titles, the state's own words and a sentence opener leave the place meant
    ['He met the President of Vell.', ['Vell→vell']],
    ['Envoys of the Republic of Vell arrived.', ['Vell→vell']],
    ['Most of Port Tarrow flooded.', ['Port Tarrow→port-vell']],
    ['Rain fell on the port of Vell.', ['Vell→vell']],
    // "of" in other languages, written in lower case
    ['The final was played at the Stade de Vell.', []],
    ['Fans filled the Estadio do Vell.', []],
    // there, "de" also joins an office's long title to its country: the country's ministry
    ['Lo dijo el Ministerio de Pesca y Medio Ambiente de Vell.', ['Vell→vell']],
    // a place or an event before the words of a body or a site
    ['The Port Tarrow Geological Survey measured the quake.', []],
    ['A ruling of the Supreme Marrow Mayoral Election Council came late.', []],
    // a site keeps its place: the airport is in Port Tarrow
    ['Flights left Port Tarrow International Airport.', ['Port Tarrow→port-vell']],
    // a title after the place leaves it meant, and so does an acronym's body ("the body of the place")
    ['Port Tarrow President Ada Okafor spoke.', ['Port Tarrow→port-vell', 'Ada Okafor→ada-okafor']],
    ['OECS Council members met in Vell.', ['OECS→oecs', 'Vell→vell']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('a role the archive took for a person', () => {
  it.each([
    ['OECS Secretary Ada Okafor spoke.', ['OECS→oecs', 'Ada Okafor→ada-okafor']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('the plural of a longer event name: several events, not one', () => {
  it.each([
    ['She coached in back-to-back Tarn Cup finals.', '2031-06-16', []],
    ['She coached in three Tarn Cup finals.', '2031-06-16', []],
    // the singular is the event; "the ... finals" may be its closing stage
    ['She coached in the Tarn Cup final.', '2031-06-16', ['Tarn Cup final→tarn-cup-final']],
  ])('%s', (text, date, expected) => expect(linked(text, date)).toEqual(expected));
});

describe('a middle initial the archive does not write', () => {
  it.each([
    ['Judge Ada K. Okafor ruled.', ['Ada K. Okafor→ada-okafor']],
    ['Ada K. Okafor ruled. Okafor left.', ['Ada K. Okafor→ada-okafor', 'Okafor→ada-okafor']],
    // a sentence ending in a capital letter is no initial
    ['They met Ada in Block K. Okafor came later.', []],
    ['Ada K.Okafor', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('a surname after a word that opens the sentence', () => {
  it.each([
    ['Ada Okafor ran. Despite Okafor’s lead, Vell lost.', ['Ada Okafor→ada-okafor', 'Okafor→ada-okafor', 'Vell→vell']],
    ['Ada Okafor ran. Although Okafor led, Vell won.', ['Ada Okafor→ada-okafor', 'Okafor→ada-okafor', 'Vell→vell']],
    // a first name is another person
    ['Ada Okafor ran. Steve Okafor led.', ['Ada Okafor→ada-okafor']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('a vote described by another word for a vote', () => {
  it.each([
    ['2031-11-03', 'Ana Lindqvist-Moe won. Omar Al Rashid has not conceded losing the country’s presidential election.', ['election→vell-runoff']],
    ['2031-11-04', 'Ana Lindqvist-Moe and Omar Al Rashid met after the weekend’s vote.', ['vote→vell-runoff']],
    // a people's word for the event's country
    ['2031-11-03', 'Leaders hailed the Norwegian election as fair.', ['election→vell-runoff']],
    // ...not another country's
    ['2031-11-03', 'Leaders hailed the Swedish election as fair.', []],
    // ...even when the sentence names the archive vote's two people
    ['2031-11-03', 'Ana Lindqvist-Moe and Omar Al Rashid both hailed the Swedish election.', []],
    // an opinion poll is no vote
    ['2031-11-01', 'A new poll shows Ana Lindqvist-Moe ahead of Omar Al Rashid.', []],
    // not a month later
    ['2031-12-20', 'Ana Lindqvist-Moe won. Omar Al Rashid has not conceded losing the country’s presidential election.', []],
  ])('%s: %s', (date, text, expected) => expect(linked(text, date).filter((x) => x.includes('runoff'))).toEqual(expected));
});

describe('an event named only by its kind needs support on the page, like a short form', () => {
  it.each([
    // any story of that kind and time writes it
    ['2031-11-03', 'The runoff was tense in the capital.', []],
    ['2031-06-01', 'The 2031 final was tense in the rain.', []],
    // a related name on the page backs it
    ['2031-06-01', 'Vell fans travelled far. The 2031 final was tense in the rain.', ['2031 final→final-2031']],
  ])('%s: %s', (date, text, expected) => expect(linked(text, date).filter((x) => /final-2031|runoff/.test(x))).toEqual(expected));
});

describe('a common noun\'s acronym after a short form describes it', () => {
  it.each([
    ['Tesko Blizzard agreed. Buyers of his Tesko PC games can stream them.', ['Tesko Blizzard→tesko-blizzard', 'Tesko→tesko-blizzard']],
    ['Tesko Blizzard agreed. Tesko TV shows were pulled.', ['Tesko Blizzard→tesko-blizzard', 'Tesko→tesko-blizzard']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('a surname in a Title Case headline', () => {
  it.each([
    ['Okafor Attends Marrow Gala, Thanks Him On Visit\nAda Okafor flew in.', ['Okafor→ada-okafor', 'Ada Okafor→ada-okafor']],
    // running text: a capitalised word after the surname makes another name
    ['Ada Okafor flew in. Okafor Attends the gala.', ['Ada Okafor→ada-okafor']],
    // the word before still does, in a headline too
    ['Steve Okafor Thanks Him On Visit\nAda Okafor flew in.', ['Ada Okafor→ada-okafor']],
    // a first name the archive holds alone still starts another person's name
    ['Ada Kemi Wins Gold On Visit\nAda Okafor flew in.', ['Ada Okafor→ada-okafor']],
    // a preposition capitalised inside the line marks the style too
    ['Okafor Hasn’t Conceded After Long Night\nAda Okafor flew in.', ['Okafor→ada-okafor', 'Ada Okafor→ada-okafor']],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('events of one name on different days', () => {
  it.each([
    ['Storm Kessa hit Vell.', '2031-09-03', ['Storm Kessa→storm-vell-1', 'Vell→vell']],
    ['Storm Kessa hit Vell.', '2031-09-07', ['Storm Kessa→storm-vell-2', 'Vell→vell']],
    // as near to one as to the other: neither
    ['Storm Kessa hit Vell.', '2031-09-04', ['Vell→vell']],
  ])('%s (%s)', (text, date, expected) => expect(linked(text, date)).toEqual(expected));
});

describe("a storm's own name alone", () => {
  const storms = compileMatcher(
    factBaseOf(
      [
        { id: 'pell', type: 'event', name: 'Hurricane Pell', date: '2031-09-02' },
        { id: 'vell', type: 'place', name: 'Vell' },
        { id: 'tarn-summit', type: 'event', name: 'Tarn Summit', date: '2031-09-02' },
      ],
      '2031-01-01',
    ),
  );
  const stormLinks = (text: string) => findMentions(storms, text, { pageDate: '2031-09-03' }).map((x) => `${text.slice(x.start, x.end)}→${x.id}`);
  it.each([
    ['Hurricane Pell hit Vell. Pell weakened later.', ['Hurricane Pell→pell', 'Vell→vell', 'Pell→pell']],
    // the bare name needs the full one on the page
    ['Pell weakened later.', []],
    // the last word of another kind of event is no own name
    ['The Tarn Summit ended. Summit leaders left.', ['Tarn Summit→tarn-summit']],
  ])('%s', (text, expected) => expect(stormLinks(text)).toEqual(expected));
  const stormWords = (text: string) =>
    findMentions(storms, text, { pageDate: '2031-09-03' })
      .filter((x) => x.reason === 'event-described')
      .map((x) => `${text.slice(x.start, x.end)}→${x.id}`);
  it.each([
    ['Hurricane Pell hit Vell. The storm left 40 dead.', ['storm→pell']],
    ['Hurricane Pell hit Vell. Aid came after the deadly hurricane passed.', ['hurricane→pell']],
    // no storm named before it
    ['The storm left 40 dead. Hurricane Pell was feared.', []],
    ['The Tarn Summit ended. The storm of protest grew.', []],
  ])('%s', (text, expected) => expect(stormWords(text)).toEqual(expected));
});

describe('a place right before a full name of the archive', () => {
  it.each([
    ['The President of Vell Ada Okafor spoke.', ['Vell→vell', 'Ada Okafor→ada-okafor']],
    // a capitalised word that begins no name of the archive still makes a longer name
    ['The Vell Rovers won.', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('"the <word>" after an event whose name with that word is another event', () => {
  it.each([
    // the Tarn Cup final was on 14 June, inside the month-long Tarn Cup
    ['2031-06-15', 'Vell won the Tarn Cup. They reached the final unbeaten.', ['final→tarn-cup-final']],
    // the tournament's name linked inside a longer name the archive dates elsewhere, right before the word
    ['2031-06-15', 'Vell won the Oecs Tarn Cup final.', ['final→tarn-cup-final']],
    // the end of a compound word is another stage
    ['2031-06-15', 'Vell won the Tarn Cup. They lost the semi-final twice.', []],
    // under another of the tournament's names
    ['2031-08-15', 'Vell won the Orra Lusk Shield. They reached the final unbeaten.', ['final→lusk-shield-final']],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));
});

describe('the head word of a kind of event, in a sentence naming its participants', () => {
  it.each([
    ['2031-06-21', 'Ada Okafor beat Ana Lindqvist-Moe in the election.', ['election→vell-vote']],
    // their election is too far off; the one event of theirs near the page (their talks) is no election
    ['2031-06-08', 'Ada Okafor and Ana Lindqvist-Moe face a run-off election next month.', []],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));
});

describe('a pair of archive names joined by a hyphen, the other way round', () => {
  it.each([
    ['The Marrow-OECS Council met.', ['Marrow-OECS Council→oecs-marrow-council']],
    ['The OECS-Marrow Council met.', ['OECS-Marrow Council→oecs-marrow-council']],
    // words the archive holds as no name of their own
    ['The Dor-Kel Forum met.', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('"the meeting of <a body>" in a sentence naming two other participants', () => {
  it.each([
    ['2031-06-15', 'Ada Okafor and Ana Lindqvist-Moe will attend the first meeting of the OECS-Marrow Council.', ['meeting→council-meeting']],
    ['2031-06-08', 'Ada Okafor and Ana Lindqvist-Moe held a meeting in Vell.', ['meeting→okafor-moe-talks']],
    // a body with no meeting near the page's date
    ['2031-08-15', 'Ada Okafor and Ana Lindqvist-Moe will attend a meeting of the OECS-Marrow Council.', []],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));
});

describe('"the summit" first in a story naming the one participant of an event near its date', () => {
  it.each([
    ['2031-06-15', 'Envoys met on the sidelines of the summit. The Tarn Bloc agreed a plan.', ['summit→tarn-bloc-summit']],
    // a month later: another summit
    ['2031-07-20', 'Envoys met on the sidelines of the summit. The Tarn Bloc agreed a plan.', []],
    // a word its names do not use
    ['2031-06-15', 'Envoys met on the sidelines of the talks. The Tarn Bloc agreed a plan.', []],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));
});

describe('a middle name the archive does not write', () => {
  it.each([
    ['Ada Kemi Okafor was sworn in. Okafor thanked Vell.', ['Ada Kemi Okafor→ada-okafor', 'Okafor→ada-okafor', 'Vell→vell']],
    // a comma, a possessive or a lower-case word between them: two people, or no middle name
    ['Ada, Kemi Okafor and Bo left.', []],
    ["Ada's Kemi Okafor", []],
    ['Ada kemi Okafor', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe("the archive's description of a body before its acronym in brackets", () => {
  it.each([
    ['Marrow’s rowing federation said no.', ['Marrow’s rowing federation→lrf']],
    ["Marrow's Rowing Federation said no.", ["Marrow's Rowing Federation→lrf"]],
    ['The Vellish rowing federation said no.', ['Vellish rowing federation→lrf']],
    // a description with no capitalised word would match every such body
    ['The central bank raised rates.', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('an award of one word, which is also a given name', () => {
  it.each([
    ['She won an Orlo in May. The Orlo went to Vell.', ['Orlo→orlo', 'Orlo→orlo', 'Vell→vell']],
    // beside another capitalised word, or speaking, it is a person
    ['Orlo Tennant starred. Actor Ada Orlo smiled.', []],
    ['Orlo said the film was done.', []],
  ])('%s', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('a sudden incident described by another word for its kind, or by its place after the word', () => {
  it.each([
    // a week later: "a devastating blast in Tarrow" (the place right after), then "the blast" in the story
    ['2031-08-10', 'Ministers resigned a week after a devastating blast in Tarrow. They called the blast a crime.', ['blast→tarrow-explosion', 'Tarrow→tarrow', 'blast→tarrow-explosion']],
    ['2031-08-06', 'The trip came after two explosions rocked Tarrow on Tuesday.', ['explosions→tarrow-explosion', 'Tarrow→tarrow']],
    // a blast somewhere the event is not, or months later, is another one
    ['2031-08-10', 'A blast in Vell killed two.', ['Vell→vell']],
    ['2031-12-10', 'A blast in Tarrow killed two.', ['Tarrow→tarrow']],
    // its weekday after the word ("the blast struck Thursday"), its weekday's with a hyphenated word between
    ['2031-08-06', 'Rescuers worked on. The huge blast struck Monday as people slept.', ['blast→tarrow-explosion']],
    ['2031-08-06', 'Rescuers worked on. The huge blast struck Thursday as people slept.', []],
    ['2031-08-06', 'Rescuers worked on, 30 hours after Monday’s pre-dawn blast.', ['blast→tarrow-explosion']],
    // "the past two days" is the story's stretch of time, not another occasion
    ['2031-08-06', 'The past two days brought rescues after Monday’s blast.', ['blast→tarrow-explosion']],
    // the one incident of its kind of the page's days whose place the page names anywhere
    ['2031-08-05', 'Rescuers searched buildings flattened by a blast that killed 70 people. Most died in Tarrow.', ['blast→tarrow-explosion', 'Tarrow→tarrow']],
    // ...not one the story places elsewhere
    ['2031-08-05', 'A blast in Vell killed two. Tarrow sent help.', ['Vell→vell', 'Tarrow→tarrow']],
    // "the tragedy", "the disaster": the one incident of any kind of the page's days whose place the page names
    ['2031-08-05', 'Dozens died in Tarrow. Officials said the tragedy could have been avoided.', ['Tarrow→tarrow', 'tragedy→tarrow-explosion']],
    ['2031-08-05', 'Dozens died in Tarrow. The disaster shocked Vell.', ['Tarrow→tarrow', 'disaster→tarrow-explosion', 'Vell→vell']],
    // ...said with "the" only ("a tragedy" is any), and not on a page that names no place of it
    ['2031-08-05', 'Dozens died in Tarrow. It was a tragedy, officials said.', ['Tarrow→tarrow']],
    ['2031-08-05', 'Officials said the tragedy could have been avoided.', []],
  ])('%s: %s', (date, text, expected) => expect(linked(text, date)).toEqual(expected));
});

describe('a ceremony of the page\'s days described by what its archive event relates to', () => {
  it.each([
    ['2031-06-20', 'Ana Lindqvist-Moe signed the pact at a televised ceremony presided over by Ada Okafor.', ['Ana Lindqvist-Moe→ana-lindqvist-moe', 'ceremony→okafor-signing-ceremony', 'Ada Okafor→ada-okafor']],
    // weeks later it is another ceremony
    ['2031-07-20', 'Ana Lindqvist-Moe signed the pact at a televised ceremony presided over by Ada Okafor.', ['Ana Lindqvist-Moe→ana-lindqvist-moe', 'Ada Okafor→ada-okafor']],
  ])('%s: %s', (date, text, expected) => expect(linked(text, date)).toEqual(expected));
});

describe('a place after a titled person\'s name and "of" is still the place', () => {
  it('"Prime Minister Ada Okafor of Vell": Vell is meant; "the Bank of Vell" is a body the archive does not hold', () => {
    expect(linked('A deal between Prime Minister Ada Okafor of Vell and the rebels.', '2031-06-20')).toEqual(['Ada Okafor→ada-okafor', 'Vell→vell']);
    expect(linked('The Central Bank of Vell raised rates.', '2031-06-20')).toEqual([]);
  });
});

describe('a legal case by its parties, on any page', () => {
  it.each([
    // written with "v." (whose dot ends no sentence), "v" or "vs.", decided whenever
    ['2031-06-25', 'The ruling overturned Harrowby v. Quell, the court said.', ['Harrowby v. Quell→harrowby-v-quell']],
    ['2035-01-10', 'Years after Harrowby v Quell and Okafor vs. Marrow Rowing Federation, the law changed.', ['Harrowby v Quell→harrowby-v-quell', 'Okafor vs. Marrow Rowing Federation→okafor-v-marrow']],
    // its first party alone, once the page has named the case (not a party the archive knows by that name:
    // "Okafor" stays the person)
    ['2031-06-25', 'The ruling overturned Harrowby v. Quell. Harrowby was decided decades ago.', ['Harrowby v. Quell→harrowby-v-quell', 'Harrowby→harrowby-v-quell']],
    ['2031-06-25', 'Harrowby was decided decades ago.', []],
    // a match named by its sides is of its day: not on a page two years on
    ['2033-09-10', 'Harrow United v Marrow City kicks off at 3pm on Saturday.', []],
    ['2031-06-25', 'The court cited Okafor v. Marrow Rowing Federation. Ada Okafor said Okafor was right.', ['Okafor v. Marrow Rowing Federation→okafor-v-marrow', 'Ada Okafor→ada-okafor', 'Okafor→ada-okafor']],
  ])('%s: %s', (date, text, expected) => expect(linked(text, date)).toEqual(expected));
});

describe('a capitalised word right before a one-word place makes a name of its own', () => {
  it.each([
    // an airline, a bank, a team named after the place is not the place
    ['2031-06-25', 'Tesko won the bid to buy Air Vell for Rs 18,000 crore.', []],
    ['2031-06-25', 'He has been an Air Vell fan all his life, and Vell is proud.', ['Vell→vell']],
    // a kind of place, a feature or a site before its name is the place's own; another name of the archive
    // before it ends there; a sentence's first word and a headline in Title Case are capitalised by the style
    ['2031-06-25', 'Ada Okafor climbed Mount Vell, then crossed Lake Vell to Estadio Vell.', ['Ada Okafor→ada-okafor', 'Vell→vell', 'Vell→vell', 'Vell→vell']],
    ['2031-06-25', 'Ada Okafor won. The board declared Okafor Vell’s new chair.', ['Ada Okafor→ada-okafor', 'Vell→vell']],
    ['2031-06-25', 'Across Vell, people voted.', ['Vell→vell']],
    ['2031-06-25', 'Ada Okafor Visits Vell for the First Time', ['Ada Okafor→ada-okafor', 'Vell→vell']],
    // (review) any other capitalised word may end a name before the place: an outlet, a body
    ['2031-06-25', 'Ada Okafor spoke. She told Reuters Vell would respond to the attack.', ['Ada Okafor→ada-okafor', 'Vell→vell']],
    ['2031-06-25', 'She told Parliament Vell would not pay, Ada Okafor said.', ['Vell→vell', 'Ada Okafor→ada-okafor']],
    ['2031-06-25', 'Cricket Vell named its squad, Ada Okafor said.', ['Ada Okafor→ada-okafor']],
  ])('%s: %s', (date, text, expected) => expect(linked(text, date)).toEqual(expected));
});

describe('a body\'s name written with "&" or "and"', () => {
  const amp = compileMatcher(factBaseOf([
    { id: 'tesk-varo', type: 'organization', name: 'Tesk & Varo Asia' },
    { id: 'harrow-quell', type: 'organization', name: 'Harrow & Quell' },
    { id: 'lind-and-moe', type: 'organization', name: 'Lind and Moe Partners' },
  ]));
  const found = (text: string) => findMentions(amp, text).map((x) => `${text.slice(x.start, x.end)}→${x.id}`);
  it.each([
    ['The court appointed Tesk and Varo Asia as liquidators.', ['Tesk and Varo Asia→tesk-varo']],
    ['The court appointed Tesk & Varo Asia as liquidators.', ['Tesk & Varo Asia→tesk-varo']],
    ['Lind & Moe Partners advised the buyer.', ['Lind & Moe Partners→lind-and-moe']],
    // (review) a name of two words joined by "and" may be two people: only the archive's own spelling
    ['The court appointed Harrow & Quell as liquidators.', ['Harrow & Quell→harrow-quell']],
    ['Judges Harrow and Quell ruled on Monday.', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
