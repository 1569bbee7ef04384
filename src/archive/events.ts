/**
 * Events: named ones ("COP29", "Champions League Final"), an organisation's meeting ("OECS summit"), and
 * meetings between people ("talks between A and B", "the Lindqvist-Wu meeting"), each with the date, place and
 * participants the text gives, resolved against the article's date.
 */
import { COMPARED, GATHERINGS, ORG_HEADS, REPORTING_VERBS, STAGES, TOURNAMENTS, WEEKDAY_WORDS } from '../nlp/lexicon';
import { countryName } from '../nlp/gazetteer';
import { addDays, asPartialDate, clauseTense, type DateMention } from '../nlp/dates';
import { hasTag, isCapitalised, type Sentence, type Token } from '../nlp/tokens';
import { EVENT_CODE, incidentNoun } from './candidates';
import { compatible, datesIn, nearestDate, placeNear, setDate, setPlace, upsert, type Context } from './event-context';
import { beforeOwner, findPhraseEvents, ledeDays } from './event-phrases';
import { normalizeName, type LocalEntity, type Span } from './local';
import { lastMentionBefore, mentionStartsAt } from './mention-index';

export type { Context } from './event-context';

/** Events that last weeks (TOURNAMENTS): a day named in their sentence is one match's, so only its year is theirs. */
const yearOf = (d: DateMention): DateMention => ({ ...d, from: `${d.from.slice(0, 4)}-01-01`, to: `${d.from.slice(0, 4)}-12-31`, precision: 'year' });

/**
 * "Yesterday, the Emergency Committee met for the 15th time", "the Zembla Security Council met on Monday": a body
 * that met, with no one it met named after the verb, held a meeting of its own that day (only when the day is told).
 */
function bodyMet(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, met: Token): void {
  const prev = sentence.tokens[met.i - 1];
  const next = sentence.tokens[met.i + 1];
  const body = prev && /^\s+$/.test(prev.post) ? ctx.entityAt(prev.start) : undefined;
  if (body?.type !== 'organization' || met.lower !== 'met' || (next && !hasTag(next, 'Preposition', 'Date') && !/^(?:yesterday|today)$/.test(next.lower))) return;
  const span: Span = { start: met.start, end: met.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (date?.precision !== 'day') return;
  const bodySpan = body.mentions.find((m) => m.start <= prev!.start && m.end >= prev!.end);
  const event = upsert(events, `${body.name} meeting`, { start: bodySpan?.start ?? prev!.start, end: met.end, sentence: s });
  for (const a of body.aliases) event.aliases.add(`${a} meeting`);
  event.participants ??= [];
  if (!event.participants.includes(body)) event.participants.push(body);
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, met));
}

/** "the Battle of Ostrel", "the Siege of Velkor": an event named by where it was fought. */
const BATTLE_NAME = /^(?:Battle|Siege) of /;

export function findEvents(ctx: Context): LocalEntity[] {
  const events = ctx.entities.filter((e) => e.type === 'event');
  // named events ("COP29", "the 2026 World Cup"): the date and place their sentences give
  for (const e of events) {
    const year = /^((?:19|20)\d\d) /.exec(e.name)?.[1];
    if (year) e.date = { text: year, start: e.mentions[0]!.start, end: e.mentions[0]!.start + 4, from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year' };
    const tournament = TOURNAMENTS.has(e.name.split(/\s+/).pop()!.toLowerCase());
    // (and "World War II": the war's number after its head)
    const lasting = /\b(war|revolution)(?: [IVX]+| One| Two)?$/i.test(e.name);
    // "the Cedar Spring protests … four years ago": a season's name is dated only where its unrest is told
    const season = /^(spring|summer|autumn|winter)$/.test(e.name.split(/\s+/).pop()!.toLowerCase());
    // "the court overturned Tesk v. Varo on Friday": a case is decided long before a sentence that cites it; only
    // a year beside its name dates it ("Tesk v. Varo, the 1992 decision")
    const cited = / (?:v|vs)\.? /.test(e.name);
    const battle = BATTLE_NAME.test(e.name);
    for (const m of e.mentions) {
      const sentence = ctx.sentences[m.sentence]!;
      if (cited) {
        setDate(e, caseYear(sentence, m) ?? decidedHere(ctx, sentence, m));
        continue;
      }
      if (season && !incidentNoun(sentence.tokens.find((t) => t.start >= m.end))) continue;
      // "Europe's worst conflict since the Ostrel War": what a time is measured from is long past; the sentence's
      // day is another thing's ("four days before the X" counts from the day, and dates it)
      if (sentence.tokens.findLast((t) => t.end <= m.start && t.lower !== 'the')?.lower === 'since') continue;
      const d = nearestDate(ctx, sentence, m);
      // "the remains of soldiers of the Ostrel War were returned on Tuesday": a war lasts; a day is another thing's
      if (lasting && d && d.precision !== 'year') continue;
      // "Ana Lind led Zembla to an Ostrel Cup victory" in the lede, with no date of its own: the edition of the
      // article's year (the news is about now), whatever year a later comparison gives ("the first since 1966")
      if (tournament && !d && m.sentence === 0 && !e.date) setDate(e, yearOf({ ...filedMonth(ctx, e), from: ctx.articleDate }));
      else setDate(e, tournament && d ? yearOf(d) : d);
      const tok = sentence.tokens.find((t) => t.start >= m.start);
      // ("died at the Battle of Ostrel in 1485 and was buried at Velkor": a battle's ground is in its name)
      if (tok && !battle) setPlace(e, placeNear(ctx, sentence, tok));
    }
    // "has broken records … at the 66th Annual Zembla Awards, which took place at …": the awards night a story
    // opens with, done, is the news of the days just before it
    if (!e.date && /\bAwards$/.test(e.name) && e.mentions.some((m) => m.sentence <= 2)) setDate(e, ledeDays(ctx));
  }
  let lastMeeting: { event: LocalEntity; sentence: number } | undefined;
  ctx.sentences.forEach((sentence, s) => {
    for (const tok of sentence.tokens) {
      if (hasTag(tok, 'MeetingVerb') && hasTag(tok, 'Verb')) {
        // "A and her counterpart B met in Bergen on Tuesday", "A met B"
        const people = peopleAround(ctx, sentence, tok);
        if (people.length >= 2) {
          const span: Span = { start: tok.start, end: tok.end, sentence: s };
          const date = nearestDate(ctx, sentence, span);
          const event = meeting(events, people, 'meeting', date);
          event.mentions.push(span);
          setDate(event, date);
          setPlace(event, placeNear(ctx, sentence, tok));
          lastMeeting = { event, sentence: s };
        } else bodyMet(ctx, events, sentence, s, tok);
        continue;
      }
      if (tok.lower === 'case') legalCase(ctx, events, sentence, s, tok);
      if (!hasTag(tok, 'EventNoun') || ctx.entityAt(tok.start)) continue; // "Assembly" inside "Constituent Assembly"
      const prev = sentence.tokens[tok.i - 1];
      const owner = prev && /^\s*$/.test(prev.post) && !prev.possessive ? ctx.entityAt(prev.start) : undefined;
      const span: Span = { start: tok.start, end: tok.end, sentence: s };
      // "COP29 summit": the named event itself; "OECS summit": an organisation's event.
      if (owner?.type === 'event') {
        setDate(owner, nearestDate(ctx, sentence, owner.mentions.find((m) => m.sentence === s) ?? span));
        setPlace(owner, placeNear(ctx, sentence, tok));
        continue;
      }
      if (owner?.type === 'organization' && hasTag(tok, 'Gathering')) {
        const name = `${owner.name} ${tok.lower}`;
        const ownerSpan = owner.mentions.find((m) => m.start <= prev!.start && m.end >= prev!.end);
        const event = upsert(events, name, { start: ownerSpan?.start ?? prev!.start, end: tok.end, sentence: s });
        for (const a of owner.aliases) event.aliases.add(`${a} ${tok.lower}`);
        setDate(event, nearestDate(ctx, sentence, span));
        setPlace(event, placeNear(ctx, sentence, tok));
        continue;
      }
      if (!hasTag(tok, 'MeetingNoun')) continue;
      // "the <city> peace talks": a place names these talks; the people of the sentence are not their parties
      const where = placeNamed(ctx, sentence, tok);
      if (where) {
        const event = upsert(events, `${where.place.name} ${[...where.words, tok.lower].join(' ')}`, { start: where.start, end: tok.end, sentence: s });
        setDate(event, nearestDate(ctx, sentence, span));
        setPlace(event, where.place);
        continue;
      }
      // "held four days of talks from Monday in Portmere": talks told with the place they are held in, dated
      const venue = tok.lower === 'talks' ? heldIn(ctx, sentence, tok) : undefined;
      const held = venue && nearestDate(ctx, sentence, span);
      if (venue && held) {
        const event = upsert(events, `${venue.name} talks`, span);
        setDate(event, held);
        setPlace(event, venue);
        continue;
      }
      const people = participantsOf(ctx, sentence, tok);
      if (people.length >= 2) {
        const noun = tok.lower === 'meetings' ? 'talks' : tok.lower;
        // ("A and B have kicked off a summit", the story's opening, undated: its news, of the days just before it)
        const date = nearestDate(ctx, sentence, span) ?? (s === 0 ? openingNews(ctx, sentence, tok) : undefined);
        const event = meeting(events, people, noun, date);
        event.mentions.push(span);
        setDate(event, date);
        setPlace(event, placeNear(ctx, sentence, tok));
        lastMeeting = { event, sentence: s };
      } else if (prev && /^the$/i.test(prev.lower) && lastMeeting && s - lastMeeting.sentence <= 2) {
        // "… hold the meeting on November 15": a definite reference to the meeting just mentioned.
        setDate(lastMeeting.event, nearestDate(ctx, sentence, span));
        lastMeeting.event.mentions.push(span);
      }
    }
  });
  findPhraseEvents(ctx, events);
  shortNamesOfEvents(ctx, events);
  onlyStages(ctx, events);
  votesByCountry(ctx, events);
  for (const e of events) if (!e.date && !e.contest && e.place && e.place === ctx.filedFrom) setDate(e, filedMonth(ctx, e));
  return events.filter((e) => !ctx.entities.includes(e));
}

/**
 * "in the Tesk Trust case", "the Ana Lind Case": a legal case named by a party is one event, though no sentence
 * dates it (not "a Tesk Trust case", one of many, nor "in Lind's case", her situation).
 */
function legalCase(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token): void {
  const prev = sentence.tokens[tok.i - 1];
  if (!prev || prev.possessive || !/^\s+$/.test(prev.post) || ctx.entityAt(tok.start)) return;
  const owner = ctx.entityAt(prev.start);
  if (owner?.type !== 'organization' && owner?.type !== 'person') return;
  if (beforeOwner(sentence, owner, prev)?.lower !== 'the') return;
  const start = owner.mentions.find((m) => m.start <= prev.start && m.end >= prev.end)!.start;
  const event = upsert(events, `${owner.name} case`, { start, end: tok.end, sentence: s });
  event.contest = 'case';
  event.participants = [owner];
}

/** "KLX9 Climate Summit" of "KLX9": the short name and at most three words that end in a gathering's noun. */
function gatheringOf(long: string, short: string): boolean {
  if (!long.startsWith(`${short} `)) return false;
  const rest = long.slice(short.length + 1).split(/\s+/);
  return rest.length <= 3 && GATHERINGS.has(rest[rest.length - 1]!.toLowerCase());
}

/** "Tesk Forum", "ZAFTA", "G9": a body's name (its head, or letters without a code's number) rather than a gathering's code. */
const bodyThatMeets = (name: string): boolean =>
  !EVENT_CODE.test(name) && (ORG_HEADS.has(name.split(/\s+/).at(-1)!.toLowerCase()) || / Forum$/.test(name) || /^[A-Z]{2,6}$/.test(name) || /^[A-Z]-?\d{1,2}$/.test(name));

/**
 * "after Spain’s victory at the Women’s World Cup … the team that won the World Cup": a named event whose
 * name ends the name of exactly one other named event of the article is that event, said short (and "KLX9" of
 * "KLX9 Climate Summit": gatheringOf).
 */
function shortNamesOfEvents(ctx: Context, events: LocalEntity[]): void {
  const named = (e: LocalEntity) => ctx.entities.includes(e) && !e.contest && !e.participants;
  for (const short of events.filter(named)) {
    const longer = events.filter((e) => e !== short && named(e) && (e.name.endsWith(` ${short.name}`) || gatheringOf(e.name, short.name)));
    if (longer.length !== 1) continue;
    // "the Tesk Forum Summit … the Tesk Forum leaders", "the G9 summit": a body's name before the gathering's noun
    // is the body that meets, an organisation of its own (a code names the gathering: "KLX9" of "KLX9 Climate Summit")
    if (gatheringOf(longer[0]!.name, short.name) && bodyThatMeets(short.name)) {
      short.type = 'organization';
      short.key = `organization:${normalizeName(short.name)}`;
      continue;
    }
    const whole = longer[0]!;
    whole.mentions.push(...short.mentions);
    whole.aliases.add(short.name);
    for (const a of short.aliases) whole.aliases.add(a);
    setDate(whole, short.date);
    setPlace(whole, short.place);
    ctx.entities.splice(ctx.entities.indexOf(short), 1);
    events.splice(events.indexOf(short), 1);
  }
}

/** A vote's kind: what `contest` holds for an election, a referendum, a runoff or a primary. */
const VOTE_KINDS = /^(?:elections?|referendum|runoff|run-off|primary)$/;

/**
 * "Zembla's presidential election", "the runoff" in a story about Zembla's: a vote the text names only by its
 * kind ("presidential election", "2022 runoff") is named after the country it is held in ("Zembla presidential
 * election", "2022 Zembla runoff"), the kind kept as another name, so that a card's title says whose vote it is.
 */
function votesByCountry(ctx: Context, events: LocalEntity[]): void {
  for (const e of events) {
    if (!e.contest || !VOTE_KINDS.test(e.contest) || /\p{Lu}/u.test(e.name)) continue;
    // (the vote told whole anywhere in the story: "Buhari won Zembla's presidential election", then "the
    // election" dated)
    const whole = events.filter((x) => x.contest === e.contest && x !== e).length ? undefined : countrysVote(ctx, e.contest);
    if (whole && (!e.place || e.place === whole.country)) {
      setPlace(e, whole.country);
      if (whole.label !== e.name && whole.label.endsWith(` ${e.name.replace(/^(?:19|20)\d\d /, '')}`)) {
        e.aliases.add(e.name);
        e.name = /^(?:19|20)\d\d /.test(e.name) ? `${e.name.slice(0, 5)}${whole.label}` : whole.label;
      }
    }
    // (else its place names it only when told right after it, "the runoff in Zembla", or not told in its sentences
    // at all, the story's country: a place told elsewhere in them may be where someone spoke)
    const place = whole && e.place === whole.country ? e.place : e.place && (votedIn(ctx, e) || !toldBeside(ctx, e)) ? e.place : undefined;
    const country = place && countryName(place.name) !== undefined ? place.name : undefined;
    if (!country) continue;
    const year = /^((?:19|20)\d\d) /.exec(e.name)?.[1];
    const name = year ? `${year} ${country} ${e.name.slice(5)}` : `${country} ${e.name}`;
    const key = `event:${normalizeName(name)}`;
    if (events.some((x) => x.key === key)) continue;
    e.aliases.add(e.name);
    e.name = name;
    e.key = key;
  }
}

/** "the runoff election in Zembla": the vote's place told right after one of its mentions. */
function votedIn(ctx: Context, e: LocalEntity): boolean {
  return e.mentions.some((m) => {
    const tokens = ctx.sentences[m.sentence]!.tokens;
    const inWord = tokens.find((t) => t.start >= m.end);
    return inWord?.lower === 'in' && ctx.entityAt(tokens[inWord.i + 1]?.start ?? -1) === e.place;
  });
}

/** Whether the vote's place is named in a sentence that tells of the vote. */
function toldBeside(ctx: Context, e: LocalEntity): boolean {
  return e.mentions.some((m) => ctx.sentences[m.sentence]!.tokens.some((t) => ctx.entityAt(t.start) === e.place));
}

/** A word after which a vote is another ("than Velkor's election") or one more ("Tesk's and Velkor's elections"). */
const comparedOrAdded = (word: string): boolean => COMPARED.has(word) || word === 'and';

/** "Zembla's presidential election": the first vote of the kind told with a country's possessive before it. */
function countrysVote(ctx: Context, kind: string): { label: string; country: LocalEntity } | undefined {
  for (const sentence of ctx.sentences)
    for (const t of sentence.tokens) {
      if (t.lower !== kind) continue;
      let k = t.i - 1;
      while (k >= 0 && /^\p{Ll}+$/u.test(sentence.tokens[k]!.text) && hasTag(sentence.tokens[k], 'Adjective') && /^\s+$/.test(sentence.tokens[k]!.post)) k--;
      const label = sentence.tokens.slice(k + 1, t.i + 1).map((w) => w.lower).join(' ');
      // ("Zembla's Sunday presidential election": the day between says when)
      if (k > 0 && WEEKDAY_WORDS.has(sentence.tokens[k]!.lower)) k--;
      const owner = sentence.tokens[k];
      const country = owner?.possessive ? ctx.entityAt(owner.start) : undefined;
      // (not one compared with: "freer than Velkor's presidential election")
      if (country?.type === 'place' && countryName(country.name) !== undefined && !comparedOrAdded(sentence.tokens[owner!.i - 1]?.lower ?? '')) return { label, country };
    }
  return undefined;
}

/**
 * "after Spain’s victory in last month’s World Cup final": a tournament named only as the owner of one of its
 * stages is told through that stage; the stage is the event, not the tournament.
 */
function onlyStages(ctx: Context, events: LocalEntity[]): void {
  for (const e of [...events]) {
    if (!ctx.entities.includes(e) || e.contest || e.participants || !e.mentions.length) continue;
    const stage = events.find((x) => x !== e && !!x.contest && STAGES.has(x.contest) && x.name.startsWith(`${e.name} `));
    if (!stage) continue;
    const onlyOwner = e.mentions.every((m) => {
      const next = ctx.sentences[m.sentence]!.tokens.find((t) => t.start >= m.end);
      return !!next && STAGES.has(next.lower) && /^\s+$/.test(ctx.sentences[m.sentence]!.text.slice(m.end - ctx.sentences[m.sentence]!.start, next.start - ctx.sentences[m.sentence]!.start));
    });
    if (!onlyOwner) continue;
    ctx.entities.splice(ctx.entities.indexOf(e), 1);
    events.splice(events.indexOf(e), 1);
  }
}

/**
 * "DAVOS: … he told reporters at the Global Water Forum in Davos": a named event the text does not date,
 * held where the story was filed, is going on as the reporter writes: the article's month.
 */
function filedMonth(ctx: Context, e: LocalEntity): DateMention {
  const m = e.mentions[0]!;
  const month = ctx.articleDate.slice(0, 7);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { text: e.name, start: m.start, end: m.end, from: `${month}-01`, to: last, precision: 'month' };
}

/** The meeting between these people at a compatible date, or a new one. */
function meeting(events: LocalEntity[], people: LocalEntity[], noun: string, date: DateMention | undefined): LocalEntity {
  const ids = people.map((p) => p.key).sort().join('|');
  const same = events.find(
    (e) =>
      e.participants &&
      e.participants.map((p) => p.key).sort().join('|') === ids &&
      (!date || !e.date || compatible(e.date, date)),
  );
  if (same) return same;
  const short = people.map(shortName).join('-');
  let name = `${short} ${noun}`;
  if (events.some((e) => e.name === name)) name = `${name} (${date ? asPartialDate(date).slice(0, 4) : events.length})`;
  const e: LocalEntity = {
    key: `event:${normalizeName(name)}`,
    type: 'event',
    name,
    aliases: new Set(),
    roles: [],
    mentions: [],
    participants: people,
    meetingNoun: noun,
    description: `${noun === 'talks' ? 'Talks' : noun[0]!.toUpperCase() + noun.slice(1)} between ${people.map((p) => p.name).join(' and ')}`,
  };
  events.push(e);
  return e;
}

const shortName = (p: LocalEntity) =>
  [...p.aliases].find((a) => p.name.split(/\s+/).includes(a)) ?? p.name.split(/\s+/).pop()!;

/**
 * "the <city> peace talks", "the <city> talks": a place right before the noun (a describing word or two
 * between), the whole opened by "the". Undefined when the noun has no such place.
 */
function placeNamed(ctx: Context, sentence: Sentence, noun: Token): { place: LocalEntity; words: string[]; start: number } | undefined {
  const words: string[] = [];
  for (let k = noun.i - 1; k >= 0 && k >= noun.i - 3; k--) {
    const t = sentence.tokens[k]!;
    if (!/^\s+$/.test(t.post)) return undefined;
    const e = ctx.entityAt(t.start);
    if (e) {
      const mention = e.mentions.find((m) => m.start <= t.start && m.end >= t.end);
      const first = mention && sentence.tokens.find((x) => x.start === mention.start);
      const opener = first && sentence.tokens[first.i - 1];
      return mention && e.type === 'place' && opener?.lower === 'the' ? { place: e, words, start: mention.start } : undefined;
    }
    // ("the Zembla king's visit": an office holder's, not the place's)
    if (!/^\p{Ll}+$/u.test(t.text) || !hasTag(t, 'Noun') || hasTag(t, 'Pronoun', 'Determiner', 'Plural', 'RoleHead') || t.possessive) return undefined;
    words.unshift(t.lower);
  }
  return undefined;
}

/**
 * The city named right after talks ("talks in Portmere", "talks from Monday in Portmere"), when a verb says they
 * were held there ("held", "began", "after four days of"): not "talks in Europe are unlikely".
 */
function heldIn(ctx: Context, sentence: Sentence, noun: Token): LocalEntity | undefined {
  const before = sentence.tokens.slice(Math.max(0, noun.i - 5), noun.i);
  if (!before.some((t) => /^(?:held|hold|holds|holding|began|begin|begins|opened|resumed|concluded|days|rounds?)$/.test(t.lower))) return undefined;
  for (let k = noun.i + 1; k < sentence.tokens.length && k <= noun.i + 4; k++) {
    const t = sentence.tokens[k]!;
    if (t.lower === 'in') {
      const place = ctx.entityAt(sentence.tokens[k + 1]?.start ?? -1);
      return place?.type === 'place' && countryName(place.name) === undefined ? place : undefined;
    }
    if (/[,;:]/.test(sentence.tokens[k - 1]!.post) || !(/^(?:from|on|since|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower) || hasTag(t, 'Date'))) return undefined;
  }
  return undefined;
}

/**
 * People taking part: "between A and B" after the noun, "A-B talks" before it, "with A" after it.
 */
function participantsOf(ctx: Context, sentence: Sentence, noun: Token): LocalEntity[] {
  const found: LocalEntity[] = [];
  const addAt = (t: Token | undefined) => {
    const e = t && ctx.entityAt(t.start);
    if (e?.type === 'person' && !found.includes(e)) found.push(e);
  };
  // "A-B talks": the two names right before the noun, joined by a hyphen
  const p1 = sentence.tokens[noun.i - 1];
  const p2 = sentence.tokens[noun.i - 2];
  if (p1 && p2 && /^[-–]$/.test(p2.post + p1.pre)) {
    addAt(p2);
    addAt(p1);
  }
  const next = sentence.tokens[noun.i + 1];
  if (next && /^(between|with|of)$/.test(next.lower) && /^the$/i.test(sentence.tokens[noun.i + 2]?.lower ?? '') && /^two$/i.test(sentence.tokens[noun.i + 3]?.lower ?? '')) {
    return theTwo(ctx, sentence, sentence.tokens[noun.i + 4]);
  }
  if (next && /^(between|with|of)$/.test(next.lower)) {
    for (let k = noun.i + 2; k < sentence.tokens.length && k < noun.i + 16; k++) {
      const t = sentence.tokens[k]!;
      // "the state visit of Ana Lind to Zembla since … after the death of Tavo Brenn": a visit "of" is one
      // person's; who else the sentence names is not a party to it
      if (next.lower === 'of' && VISITS.test(noun.lower) && found.length) return found;
      addAt(t);
      if (/[;:.]/.test(t.post) || (hasTag(t, 'Verb') && !hasTag(t, 'Participle'))) break;
    }
  }
  if (found.length >= 2) return found;
  // "The two leaders were to have a one-on-one meeting": the two the article is about
  for (let k = 0; k + 2 < noun.i; k++) {
    if (sentence.tokens[k]!.lower === 'the' && sentence.tokens[k + 1]!.lower === 'two') {
      const two = theTwo(ctx, sentence, sentence.tokens[k + 2]);
      if (two.length === 2) return two;
    }
  }
  // "A and North Zembla's B have kicked off a summit": the two the clause opens with, joined by "and"
  const pair = subjectPair(ctx, sentence, noun);
  if (pair) return pair;
  // (a summit gathers many: two leaders who "agreed at a summit" are not its parties)
  return noun.lower === 'summit' ? [] : peopleInSentence(ctx, sentence);
}

/**
 * "A and B have kicked off a summit, with A declaring they would …": a meeting the story opens with as begun or
 * done (a verb in the past before it, nothing that looks ahead) is its news, of the days just before it.
 */
function openingNews(ctx: Context, sentence: Sentence, noun: Token): DateMention | undefined {
  const before = sentence.tokens.slice(0, noun.i);
  if (clauseTense(sentence, noun.start) === 'future' || before.some((t) => /^(?:will|would|could|may|might|to|plan|plans|planned|expected)$/.test(t.lower))) return undefined;
  if (!before.some((t) => hasTag(t, 'PastTense'))) return undefined;
  return { text: sentence.text, start: sentence.start, end: sentence.start, from: addDays(ctx.articleDate, -2), to: ctx.articleDate, precision: 'week' };
}

/**
 * "A and North Zembla's B have kicked off a momentous summit", "A and B held talks": two people joined by "and"
 * (a country's possessive may stand before the second) as the subject of the verb whose object is the noun.
 */
function subjectPair(ctx: Context, sentence: Sentence, noun: Token): LocalEntity[] | undefined {
  const before = sentence.tokens.slice(0, noun.i);
  const people: { e: LocalEntity; first: Token; last: Token }[] = [];
  for (const t of before) {
    const e = ctx.entityAt(t.start);
    if (e?.type !== 'person') continue;
    const known = people.find((p) => p.e === e && p.last.i === t.i - 1);
    if (known) known.last = t;
    else if (mentionStartsAt(e, t.start)) people.push({ e, first: t, last: t });
  }
  if (people.length !== 2 || people[0]!.e === people[1]!.e) return undefined;
  const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
  const gap = sentence.tokens.slice(a.last.i + 1, b.first.i);
  // (only "and", and a place's possessive or an office before the second name)
  if (gap[0]?.lower !== 'and' || gap.length > 5 || gap.slice(1).some((t) => !isCapitalised(t) && !hasTag(t, 'RoleHead', 'TitleModifier'))) return undefined;
  // (the clause opens with the first: "US president A and …", nothing else before it)
  if (before.slice(0, a.first.i).some((t) => !/^(?:the|a|an)$/.test(t.lower) && !isCapitalised(t) && !hasTag(t, 'RoleHead', 'TitleModifier'))) return undefined;
  const rest = sentence.tokens.slice(b.last.i + 1, noun.i);
  if (!rest.some((t) => hasTag(t, 'Verb')) || rest.some((t) => /[,;:]/.test(t.post) || ctx.entityAt(t.start))) return undefined;
  // (only a meeting the sentence dates, or the story's opening news: two leaders meet more than once)
  const dated = datesIn(ctx, sentence).length > 0 || (sentence === ctx.sentences[0] && !!openingNews(ctx, sentence, noun));
  return dated ? [a.e, b.e] : undefined;
}

const VISITS = /^(?:visit|visits|trip|tour)$/;

/**
 * "Talks between the two companies": the first two entities of that kind the article names
 * (companies and firms are organisations, countries and nations places, leaders people).
 */
function theTwo(ctx: Context, sentence: Sentence, noun: Token | undefined): LocalEntity[] {
  const kind = noun?.lower ?? '';
  // (two the sentence does not name are the article's only for a dated meeting: "the two nations would hold
  // follow-on negotiations" is no event of its own)
  if (!datesIn(ctx, sentence).length) return [];
  const type = /^(companies|firms|groups|banks|carmakers|makers)$/.test(kind)
    ? 'organization'
    : /^(countries|nations|capitals)$/.test(kind)
      ? 'place'
      : /^(leaders|men|women|ministers|presidents)$/.test(kind)
        ? 'person'
        : undefined;
  if (!type) return [];
  // (a region is no nation: "the two nations" of a story of North Zembla and the Zembla Peninsula are not those)
  const nations = /^(countries|nations)$/.test(kind);
  const firsts = ctx.entities
    .filter((e) => e.type === type && e.mentions.length && (!nations || countryName(e.name) !== undefined))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return firsts.slice(0, 2);
}

/**
 * Exactly two people named in the sentence ("Moreau … invited Novak to Lisbon for talks"), or one
 * and the person a pronoun points back to ("She will discuss it with … Weber when they meet").
 */
function peopleInSentence(ctx: Context, sentence: Sentence): LocalEntity[] {
  // only a dated meeting is specific enough to be an event of its own
  if (!datesIn(ctx, sentence).length) return [];
  const people: LocalEntity[] = [];
  for (const t of sentence.tokens) {
    const e = ctx.entityAt(t.start);
    if (e?.type !== 'person' || people.includes(e) || !mentionStartsAt(e, t.start) || onlyTells(sentence, t, e)) continue;
    people.push(e);
  }
  if (people.length === 1 && sentence.tokens.some((t) => /^(she|he|they)$/i.test(t.lower))) {
    // the person named last before the sentence (the first of the entities, on a tie)
    let earlier: LocalEntity | undefined;
    let latest = -Infinity;
    for (const e of ctx.entities) {
      if (e.type !== 'person' || e === people[0]) continue;
      const at = lastMentionBefore(e, sentence.start);
      if (at > latest) {
        latest = at;
        earlier = e;
      }
    }
    if (earlier) people.unshift(earlier);
  }
  return people.length === 2 ? people : [];
}

/**
 * "…, Putin's top adviser Yuri Ushakov told news agencies": the source of the sentence and the owner of the
 * source's office tell of the meeting; they are not in it.
 */
function onlyTells(sentence: Sentence, at: Token, e: LocalEntity): boolean {
  const mention = e.mentions.find((m) => m.start === at.start)!;
  const after = sentence.tokens.find((t) => t.start >= mention.end);
  if (after && REPORTING_VERBS.has(after.lower)) {
    // "…, [her adviser] X told": back over the source's title to the comma that sets the attribution apart
    for (let k = at.i - 1; k >= 0 && k >= at.i - 8; k--) {
      const t = sentence.tokens[k]!;
      if (/,\s*$/.test(t.post)) return true;
      if (hasTag(t, 'Verb') && !hasTag(t, 'Participle')) break;
    }
  }
  // the possessive owner of an office whose holder speaks after it
  const last = sentence.tokens.findLast((t) => t.end <= mention.end);
  if (!last?.possessive) return false;
  for (let k = last.i + 1; k < sentence.tokens.length && k <= last.i + 6; k++) {
    const t = sentence.tokens[k]!;
    if (REPORTING_VERBS.has(t.lower)) return true;
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}


/** People named in the clause around a verb: its subject before it and its object after it. */
function peopleAround(ctx: Context, sentence: Sentence, verb: Token): LocalEntity[] {
  const found: { e: LocalEntity; k: number }[] = [];
  const visit = (k: number) => {
    const e = ctx.entityAt(sentence.tokens[k]!.start);
    if (e?.type === 'person' && !found.some((f) => f.e === e)) found.push({ e, k });
  };
  for (let k = verb.i - 1; k >= 0; k--) {
    const t = sentence.tokens[k]!;
    if ((hasTag(t, 'Verb') && !hasTag(t, 'Participle')) || /[;:]/.test(t.post)) break;
    visit(k);
  }
  for (let k = verb.i + 1; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    if (hasTag(t, 'Verb') || /^(in|on|at|to|for|last|next|this)$/.test(t.lower)) break;
    visit(k);
    if (/[,;:.]/.test(t.post)) break;
  }
  const people = found.sort((a, b) => a.k - b.k).map((f) => f.e);
  // ("tried to meet Barry and June Lind": two met are not the meeting's two sides; its subject is not beside it)
  const subject = found.some((f) => f.k < verb.i);
  return people.length >= 2 && subject ? people : peopleInSentence(ctx, sentence);
}

/** "Tesk v. Varo, the 1992 decision": the year in the apposition right after a case's name. */
function caseYear(sentence: Sentence, m: Span): DateMention | undefined {
  const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 40);
  // (or "Tesk v. Varo is the 1992 decision that …", told as what it is)
  const year = /^(?:,|\s+(?:is|was))\s+(?:the|a)\s+((?:1[6-9]|20)\d\d)\b/.exec(after)?.[1];
  return year ? { text: year, start: m.end, end: m.end, from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year' } : undefined;
}

/**
 * "ruling in the Tesk v. Varo case that …", "in its decision in Tesk v. Varo": the case a court rules in, in the
 * story, is decided on the day of that ruling (the day told, or the days just before a story that opens with it).
 */
function decidedHere(ctx: Context, sentence: Sentence, m: Span): DateMention | undefined {
  const before = sentence.text.slice(Math.max(0, m.start - sentence.start - 60), m.start - sentence.start);
  if (!/\b(?:ruling|ruled|decision|judgment|judgement|verdict)\s+in\s+(?:the\s+)?$/i.test(before)) return undefined;
  // (not one cited or followed: "lawyers had cited the decision in Tesk v. Varo")
  if (/\b(?:cited|citing|cites|relied on|relying on|relies on|under|overturned|overturning|followed|following|invoked|invoking)\s+(?:the\s+|its\s+|a\s+|that\s+)?(?:\w+\s+)?(?:ruling|decision|judgment|judgement|verdict)\s+in\s+(?:the\s+)?$/i.test(before)) return undefined;
  const told = nearestDate(ctx, sentence, m);
  if (told) return told;
  // (the story opens with the ruling: "The Supreme Court has overturned … in its decision in the Tesk case")
  return ctx.sentences.slice(0, 2).some((s) => /\b(?:has|have)\s+(?:overturned|ruled|struck|upheld|decided|rejected|blocked)\b/i.test(s.text)) ? ledeDays(ctx) : undefined;
}
