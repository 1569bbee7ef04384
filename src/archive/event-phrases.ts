/**
 * Events described in ordinary words rather than named: contests ("Sunday’s parliamentary election",
 * "Thursday’s semi-final", "a three-match series … at the end of the month"), an organisation's gatherings
 * ("an extraordinary general meeting in Milan on June 12", "its first session on May 5"), and named shows and
 * assemblies that the name alone made look like organisations ("the EICMA Moto show", "at the World Water
 * Forum in Dakar in May"). Also what a verb tells: deaths of a counted group ("beheaded 12 hostages in
 * 2016"), an election by what its voters did ("Last fall, Kenyans elected …"), a speech to a body ("will
 * address the X Union on Sunday"), and a war by the place it is in. Only specific ones count: dated, or tied
 * to a named event (a war, to its place).
 */
import { ACTIVE_EVENTS, ASSAULT_VERBS, COMPARED, DRAW_WORDS, EVALUATIVE, FLIGHT_VERBS, BODY_OR_EVENT, CONTESTS, CRAFTS, GATHERINGS, INCIDENTS, KILLING_VERBS, PASSIVE_EVENTS, pluralStage, REPORTING_VERBS, SHOWS, SPEECH_VERBS, SITE_HEADS, STAGES, STRUCTURE_FELL, SUDDEN_INCIDENTS, TOURNAMENTS, WEEKDAY_WORDS, WRECK_VERBS } from '../nlp/lexicon';
import { countryName, countryOfDemonym, isDemonym } from '../nlp/gazetteer';
import { hasTag, isCapitalised, type Sentence, type Token } from '../nlp/tokens';
import { addDays, clauseTense, isMonthName, possessiveWeekday, type DateMention } from '../nlp/dates';
import { compatible, datesIn, inRelativeClause, isReportingDate, nearestDate, placeNear, setDate, setPlace, upsert, WINNING, type Context } from './event-context';
import { normalizeName, type LocalEntity, type Span } from './local';

/** Classifying adjectives kept in an event's name ("parliamentary", "extraordinary general"); "tense" is not one. */
const CLASSIFYING_SHAPE = /^(?:\w+(?:ary|al|ial|ive|ic|ory)|leadership|party|senate|council|assembly|first|second|third|fourth|last|final|annual|general|midterm|civil|emergency|extraordinary|special|snap|local|state|runoff|run-off|singles|doubles|three-match|two-match|five-match|[a-z]+-(?:match|test|day|round))$/;
/** (what a writer thinks of it is no kind of it: "the gigantic explosion", "an epic final") */
const CLASSIFYING = { test: (w: string) => CLASSIFYING_SHAPE.test(w) && !EVALUATIVE.has(w) };

export function findPhraseEvents(ctx: Context, events: LocalEntity[]): void {
  retypeShows(ctx, events);
  ctx.sentences.forEach((sentence, s) => {
    for (const tok of sentence.tokens) {
      if (hasTag(tok, 'PassiveEvent')) passive(ctx, events, sentence, s, tok);
      // "X was found guilty of murder", "a jury on Thursday found former mayor X guilty": a conviction
      if (tok.lower === 'found' && foundGuilty(sentence, tok)) passive(ctx, events, sentence, s, tok, 'conviction');
      if (hasTag(tok, 'ActiveEvent') && hasTag(tok, 'Verb')) active(ctx, events, sentence, s, tok);
      if (hasTag(tok, 'AssaultVerb') && hasTag(tok, 'PastTense')) assault(ctx, events, sentence, s, tok);
      if (tok.lower === 'landfall') landfall(ctx, events, sentence, s, tok);
      if (STRUCTURE_FELL.test(tok.lower)) structureFell(ctx, events, sentence, s, tok);
      if (/^(?:won|wins|awarded|winners?)$/.test(tok.lower)) prizeAnnounced(ctx, events, sentence, s, tok);
      if (/^(?:ruled|ruling|judgment|judgement)$/.test(tok.lower)) courtRuled(ctx, events, sentence, s, tok);
      if (FLIGHT_VERBS.has(tok.lower)) flight(ctx, events, sentence, s, tok);
      if (/^(?:pandemic|epidemic)$/.test(tok.lower)) outbreak(ctx, events, sentence, s, tok);
      if (CROWD_VERBS.has(tok.lower)) crowdMarched(ctx, events, sentence, s, tok);
      const noun = nounAt(sentence, tok);
      if (!noun) continue;
      if (CONTESTS.has(noun.word) || noun.word === 'round') contest(ctx, events, sentence, s, noun);
      else if (GATHERINGS.has(noun.word)) gathering(ctx, events, sentence, s, noun);
      else if (INCIDENTS.has(noun.word) && !(noun.word === 'collapse' && unnamedCollapse(ctx, events, sentence, s, noun.last))) incident(ctx, events, sentence, s, noun);
    }
  });
  // after the nouns: "militants killed 20 people in a truck bombing" is the bombing
  ctx.sentences.forEach((sentence, s) => {
    for (const tok of sentence.tokens) {
      if (hasTag(tok, 'KillingVerb') && hasTag(tok, 'PastTense')) killing(ctx, events, sentence, s, tok);
      if (hasTag(tok, 'VoteVerb') && hasTag(tok, 'PastTense')) electorate(ctx, events, sentence, s, tok);
      if (hasTag(tok, 'AddressWord')) speech(ctx, events, sentence, s, tok);
      if (tok.lower === 'fire' && /^(opened|opens|open)$/.test(sentence.tokens[tok.i - 1]?.lower ?? '')) gunfire(ctx, events, sentence, s, tok);
      if (hasTag(tok, 'WreckVerb')) wreck(ctx, events, sentence, s, tok);
      if (hasTag(tok, 'StrandVerb')) stranding(ctx, events, sentence, s, tok);
      if (tok.text === 'ceremony') ceremony(ctx, events, sentence, s, tok);
    }
  });
  announcedAtCeremony(events);
}

/**
 * "ousting the incumbent in a landslide", "won by a landslide", "a landslide victory": a margin of votes, not
 * earth that fell.
 */
function electoralLandslide(sentence: Sentence, noun: Noun): boolean {
  if (!/^landslides?$/.test(noun.word)) return false;
  const toks = sentence.tokens;
  const before = toks[noun.last.i - 1]?.lower ?? '';
  const after = toks[noun.last.i + 1]?.lower ?? '';
  return (/^(?:a|an)$/.test(before) && /^(?:in|by)$/.test(toks[noun.last.i - 2]?.lower ?? '')) || /^(?:victory|victories|win|wins|election|vote|majority|mandate|defeat)$/.test(after) || toks.some((t) => /^(?:won|wins|win|elected|re-elected|ousting|ousted|defeated|defeating|beat|beating|victory|voters|votes)$/.test(t.lower));
}

/**
 * "The Harbour Supreme Court on Tuesday unanimously ruled that …", "the Supreme Court ruling delivered on
 * Tuesday", "the court's judgment": a court's decision on a day is an event, "<court> ruling", the court its
 * party. The court is the one the sentence names before the word, or the article's only court ("the court
 * ruled"); the day is the sentence's, or the lede's news when a lede tells it as done ("has ruled").
 */
function courtRuled(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token): void {
  const toks = sentence.tokens;
  const isCourt = (e: LocalEntity | undefined): e is LocalEntity => e?.type === 'organization' && /\b(?:Court|Tribunal)\b/.test(e.name);
  let court: LocalEntity | undefined;
  for (let k = tok.i - 1; k >= 0 && k >= tok.i - 10 && !court; k--) {
    const e = ctx.entityAt(toks[k]!.start);
    if (isCourt(e)) court = e;
  }
  if (!court) {
    // "the court ruled", "the court ruling": the article's one court
    if (!/^courts?['’]?s?$/.test(toks[tok.i - 1]?.lower ?? '') && !(tok.lower === 'ruled' && toks.slice(Math.max(0, tok.i - 5), tok.i).some((t) => t.lower === 'court'))) return;
    const courts = [...new Set(ctx.entities.filter(isCourt))];
    if (courts.length !== 1) return;
    court = courts[0]!;
  }
  // a ruling told as to come ("will rule", "is expected to rule") is no event yet
  if (tok.lower === 'ruled' && /^(?:will|would|to)$/.test(toks[tok.i - 1]?.lower ?? '')) return;
  const span: Span = { start: tok.start, end: tok.end, sentence: s };
  // (a date beside the word, in its clause: "on Tuesday ruled", "ruled on Tuesday", "the ruling delivered on
  // Tuesday"; not "appeared today, a day after the court ruled")
  const near = (d: DateMention) => {
    const between = d.end <= tok.start ? sentence.text.slice(d.end - sentence.start, tok.start - sentence.start) : sentence.text.slice(tok.end - sentence.start, d.start - sentence.start);
    return between.length <= 40 && !/[,;:]/.test(between);
  };
  const told = datesIn(ctx, sentence).filter((d) => near(d) && clauseTense(sentence, d.start - sentence.start) !== 'future');
  const date = told.length === 1 ? told[0] : s === 0 && !told.length && /^(?:has|have)$/.test(toks[tok.i - 1]?.lower ?? '') ? ledeDays(ctx) : undefined;
  const existing = events.find((e) => e.contest === 'ruling' && e.participants?.[0] === court);
  if (!date && !existing) return;
  const event = existing ?? upsert(events, `${court.name} ruling`, span);
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.contest = 'ruling';
  event.participants ??= [court];
  if (date && (!event.date || compatible(event.date, date))) setDate(event, date);
}

/** "won the Zembla Prize on Sunday … at a ceremony in Portmere": a prize announced on its ceremony's day is that ceremony. */
function announcedAtCeremony(events: LocalEntity[]): void {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (!e.name.endsWith(' announcement') || !e.date) continue;
    const ceremony = events.find((c) => c.name === `${e.name.slice(0, -' announcement'.length)} ceremony` && c.date && compatible(c.date, e.date!));
    if (!ceremony) continue;
    ceremony.mentions.push(...e.mentions);
    ceremony.participants = [...new Set([...(e.participants ?? []), ...(ceremony.participants ?? [])])];
    events.splice(k, 1);
  }
}

interface Noun {
  /** The word as the lexicon knows it ("runoff" for "run-off"). */
  word: string;
  /** The word as written ("run-off"): what the event's name shows. */
  text: string;
  /** First token of the noun (the "semi" of "semi-final"). */
  first: Token;
  last: Token;
}

/** The event noun ending at `tok`, joining hyphenated forms that compromise splits ("semi" "-" "final"). */
function nounAt(sentence: Sentence, tok: Token): Noun | undefined {
  const next = sentence.tokens[tok.i + 1];
  if (next && /^[-–]$/.test(tok.post + next.pre)) return undefined; // not the end of the word yet
  const prev = sentence.tokens[tok.i - 1];
  if (prev && /^[-–]$/.test(prev.post + tok.pre) && /^(semi|quarter)$/.test(prev.lower)) {
    const written = `${prev.lower}-${tok.lower}`;
    const word = pluralStage(written) ?? written;
    return { word, text: word, first: prev, last: tok };
  }
  if (prev && /^[-–]$/.test(prev.post + tok.pre) && /^\p{Ll}+$/u.test(prev.text + tok.text)) {
    // "a run-off on May 28", "the cease-fire": a lexicon word written with a hyphen
    const word = `${prev.lower}${tok.lower}`;
    if (!CONTESTS.has(word) && !GATHERINGS.has(word) && !INCIDENTS.has(word)) return undefined;
    if (next && /^\s+$/.test(tok.post) && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Date')) return undefined; // "run-off election"
    return { word, text: `${prev.lower}-${tok.lower}`, first: prev, last: tok };
  }
  // "in the first round on May 14", "the Nov. 19 second round": a numbered round is a contest of its own; "the
  // first round of the election" is the election, "a second round of talks" the talks
  if (tok.lower === 'round' && /^(first|second|third|fourth|final)$/.test(prev?.lower ?? '') && !/^(of|and)$/.test(next?.lower ?? '') && !/[-–]/.test(tok.post)) {
    return next && /^\s+$/.test(tok.post) && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Date') ? undefined : { word: 'round', text: 'round', first: tok, last: tok };
  }
  const stage = pluralStage(tok.lower);
  if (!stage && !hasTag(tok, 'Contest') && !hasTag(tok, 'Gathering') && !hasTag(tok, 'Incident')) return undefined;
  if (!/^\p{Ll}/u.test(tok.text)) return undefined; // "Assembly" in "Constituent Assembly" is a name, not a description
  // ("a prisoner swap", "the prisoner exchange": not a currency swap or a stock exchange)
  if (/^(?:swap|exchange)$/.test(tok.lower) && !/^prisoners?$/.test(prev?.lower ?? '')) return undefined;
  // "his rebounded strike was given by goal-line technology": one person's strike is a shot, not a stoppage
  if (/^strikes?$/.test(tok.lower) && [prev, sentence.tokens[tok.i - 2]].some((t) => /^(?:his|her)$/.test(t?.lower ?? ''))) return undefined;
  // "set X's sentencing hearing for July 11": the court's hearing of that stage is the stage's event
  if (next?.lower === 'hearing' && /^\s+$/.test(tok.post) && /^(?:sentencing|trial)$/.test(tok.lower)) return { word: tok.lower, text: `${tok.lower} hearing`, first: tok, last: next };
  // ("the presidential runoff vote", "an election ballot": the contest, whichever word for voting follows it;
  // "the final game of the Ostrel Cup": the stage, whichever word for a match follows it)
  if (next && /^\s+$/.test(tok.post) && ((/^(?:vote|ballot)$/.test(next.lower) && CONTESTS.has(tok.lower)) || (/^(?:game|match)$/.test(next.lower) && STAGES.has(tok.lower)))) return { word: tok.lower, text: STAGES.has(tok.lower) ? tok.lower : `${tok.lower} ${next.lower}`, first: tok, last: next };
  if (next && /^\s+$/.test(tok.post) && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Date') && !verbBeforeObject(sentence, next)) return undefined; // "final results"
  // "the final day of the operation", "in its final hours": a stage's word before a span of time says which span
  if (next && /^\s+$/.test(tok.post) && STAGES.has(tok.lower) && /^(?:day|days|week|weeks|weekend|month|months|year|years|hour|hours|minute|minutes|moment|moments|night|stretch|phase|stage|stages|quarter|quarters|half|season|term)$/.test(next.lower)) return undefined;
  // "the election results also suggest": a noun the tagger read as a verb
  if (next && /^\s+$/.test(tok.post) && DESCRIBED_NOUNS.has(next.lower)) return undefined;
  // "rebels staged an uprising in 2008", "a mass stranding", "after heavy flooding swept away homes", "at its
  // meeting": compromise reads an -ing noun after an article or a body's "its", or after a describing word that a
  // preposition or the sentence opens, as a verb
  const described = !!prev && /^\p{L}+$/u.test(prev.text) && hasTag(prev, 'Noun', 'Adjective') && !hasTag(prev, 'Determiner', 'Preposition', 'Verb') && !/^(?:its|their)$/.test(prev.lower);
  const opener = described ? sentence.tokens[tok.i - 2] : prev;
  const gerundNoun =
    hasTag(tok, 'Gerund') && /^\s+$/.test(prev?.post ?? '') &&
    ((!!opener && /^(a|an|the|its|their)$/.test(opener.lower)) || (described && (!opener || /^(after|amid|following|by|from|despite)$/.test(opener.lower))) || (!!prev && hasTag(prev, 'Date') && !described));
  // ("the toll from Tuesday's massive blast has risen": an incident's word after a describing word that an article
  // or a possessive opens is the noun, though the tagger read it as a verb)
  const describedNoun = described && !!opener && (/^(a|an|the|its|their|his|her)$/.test(opener.lower) || !!opener.possessive) && hasTag(prev, 'Adjective') && !hasTag(prev, 'Verb', 'Noun') && INCIDENTS.has(tok.lower);
  if (!hasTag(tok, 'Noun') && !hasTag(tok, 'Adjective') && !gerundNoun && !describedNoun) return undefined;
  // "during the finals in Paris": the final
  return { word: stage ?? tok.lower, text: stage ?? tok.lower, first: tok, last: tok };
}

/** Nouns an event's noun describes, which the tagger may read as verbs ("the election results suggest"). */
const DESCRIBED_NOUNS = new Set(['results', 'result', 'campaign', 'campaigns', 'victory', 'win', 'wins', 'loss', 'losses', 'turnout', 'officials', 'rules', 'plans', 'costs', 'fears', 'hopes', 'talks']);

/**
 * "a 6.8-magnitude earthquake hit Morocco": a word that is a noun or a verb ("hit", "rocks") with a name or an
 * article after it is the verb, though the tagger read "earthquake hit" as one noun.
 */
const verbBeforeObject = (sentence: Sentence, t: Token): boolean => {
  const after = sentence.tokens[t.i + 1];
  return /^(?:hit|hits|rocks|shakes|strikes|rattles|jolts|kills)$/.test(t.lower) && !!after && (isCapitalised(after) || /^(the|a|an)$/.test(after.lower));
};

/** Lower-case words right before the noun that classify it ("parliamentary", "three-match", "second"). */
function modifiers(sentence: Sentence, noun: Noun): { words: string[]; first: Token } {
  const words: string[] = [];
  let first = noun.first;
  for (let k = noun.first.i - 1; k >= 0; k--) {
    const t = sentence.tokens[k]!;
    const joinedNext = /^[-–]$/.test(t.post + (sentence.tokens[k + 1]?.pre ?? ''));
    if (joinedNext && words.length) {
      words[0] = `${t.lower}-${words[0]}`;
      first = t;
      continue;
    }
    if (/[,;:()"“”]/.test(t.post) || !/^[\p{Ll}\d]/u.test(t.text)) break;
    // "a two-day summit": compromise splits "two" "-" "day", and "day" alone classifies nothing
    const before = sentence.tokens[k - 1];
    const joinedBefore = !!before && /^[-–]$/.test(before.post + t.pre) && CLASSIFYING.test(`${before.lower}-${t.lower}`);
    if (!CLASSIFYING.test(t.lower) && !EVALUATIVE.has(t.lower) && !joinedBefore && !(/-/.test(t.post) && /^[a-z]+$/.test(t.lower))) break;
    words.unshift(t.lower);
    first = t;
  }
  // (how long it lasts is no part of its name: "a three-day state visit" is the state visit)
  return { words: words.filter((w) => CLASSIFYING.test(w) && !/-day$/.test(w)), first };
}

/** The date written just before the noun: "Sunday’s election", "the 2019 election". */
function dateBefore(ctx: Context, sentence: Sentence, at: Token): DateMention | undefined {
  const prev = sentence.tokens[at.i - 1];
  if (!prev) return undefined;
  if (/^(19|20)\d\d$/.test(prev.text)) {
    const y = prev.text;
    return { text: y, start: prev.start, end: prev.end, from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year' };
  }
  if (!prev.possessive) return undefined;
  return datesIn(ctx, sentence).find((d) => d.start <= prev.start && d.end >= prev.end - 1) ?? possessiveWeekday(sentence, prev, ctx.articleDate);
}

/**
 * The date the sentence gives for the event noun at `span`, unless it is another event's: one told between
 * them ("the election will go to a run-off on May 28": the run-off's), the date of a clause that only sets
 * up a contest or meeting it introduces ("won the first round on Sunday, setting the stage for a run-off"),
 * or of the verb a "that" clause holding the event depends on ("told supporters Monday that they led in the
 * elections").
 */
function ownDate(ctx: Context, sentence: Sentence, span: Span, scheduled = false): DateMention | undefined {
  const date = nearestDate(ctx, sentence, span);
  if (!date) return undefined;
  // "X, who is to resume her concert tour, swept the awards on Sunday": a relative clause's noun is not dated by
  // the main clause around it
  if (inRelativeClause(sentence, span, date)) return undefined;
  // "the crash of the X plane, which had been delivered in November": a date in a relative clause about another
  // noun after it is the clause's ("the final, which was settled on Sunday" is about the final)
  if (date.start >= span.end && sentence.tokens.some((t) => t.start >= span.end && t.end <= date.start && /^(?:which|who|whose)$/.test(t.lower) && /,\s*$/.test(sentence.tokens[t.i - 1]?.post ?? '') && sentence.tokens[t.i - 1]!.end > span.end)) return undefined;
  const [from, to] = date.start >= span.end ? [span.end, date.start] : [date.end, span.start];
  const between = sentence.tokens.filter((t) => t.start >= from && t.end <= to);
  // "his March 3 address to Congress … close to the election": a date written before another noun is that noun's
  const held = date.end <= span.start ? between[0] : undefined;
  if (held && /^\s+$/.test(sentence.text.slice(date.end - sentence.start, held.start - sentence.start)) && /^\p{Ll}+$/u.test(held.text) && hasTag(held, 'Noun') && !hasTag(held, 'Adjective', 'Pronoun', 'Date', 'Preposition') && between.length > 2) return undefined;
  // "the final of the Harbour Cup on Sunday", "last month's Harbour Cup final": the event it belongs to, not another
  const ofWhat = between[0]?.lower === 'of' ? between[between[1]?.lower === 'the' ? 2 : 1] : undefined;
  const owner = between.at(-1) && /^\s+$/.test(sentence.text.slice(between.at(-1)!.end - sentence.start, span.start - sentence.start)) ? between.at(-1) : undefined;
  const whole = (ofWhat && ctx.entityAt(ofWhat.start)) || (owner && ctx.entityAt(owner.start));
  for (const t of between) {
    const e = ctx.entityAt(t.start);
    if (e && e === whole) continue;
    if (e?.type === 'event') return undefined;
    const other = nounAt(sentence, t);
    // told as an event: a determiner or a possessive before it, or the date itself ("Sunday presidential election")
    const opener = other && sentence.tokens[modifiers(sentence, other).first.i - 1];
    const bound = !!opener && opener.start >= date.start && opener.end <= date.end;
    const phrase = !!opener && (/^(a|an|the|its|their|his|her)$/.test(opener.lower) || !!opener.possessive);
    if (other && (bound || phrase) && (CONTESTS.has(other.word) || GATHERINGS.has(other.word) || INCIDENTS.has(other.word))) return undefined;
  }
  // "X told supporters early Monday that they led in the elections", "reigned Sunday night, since the polls had
  // predicted that Y would win the primaries": the date is the telling's, not the reported clause's
  // "declared three days of mourning on Sunday after a devastating earthquake": the date is of what came after it
  // (a day only: "in January following the attack" may well be the attack's month)
  const after = between.findLastIndex((t) => /^(after|following)$/.test(t.lower));
  if (date.end <= span.start && date.precision === 'day' && after >= 0 && between.slice(after + 1).every((t) => /^(a|an|the|two|three)$/.test(t.lower) || (hasTag(t, 'Adjective') && !hasTag(t, 'Verb')))) return undefined;
  // "after the strike was declared, following Ana Lind's decision on Sunday": a date after another thing that came
  // before is that thing's
  const cause = between.findIndex((t) => /^(after|following)$/.test(t.lower));
  if (date.start >= span.end && cause >= 0 && between.slice(cause + 1, cause + 3).some((t) => t.possessive || /^(?:the|his|her|its|their)$/.test(t.lower)) && between.slice(cause + 1).some((t) => hasTag(t, 'Noun') && !hasTag(t, 'ProperNoun', 'Date'))) return undefined;
  const that = between.find((t) => t.lower === 'that');
  const complement = that && (sentence.tokens.slice(0, that.i).some((t) => REPORTING_VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower)) || hasTag(sentence.tokens[that.i - 1], 'Verb'));
  if (complement && date.end <= span.start) return undefined;
  if (scheduled && date.end <= span.start) {
    const first = sentence.tokens.find((t) => t.start >= span.start);
    const opener = first && sentence.tokens[first.i - 1];
    // (a clause that leads on to it: "setting the stage for a run-off"; not one that tells it: "winning 65% of the
    // vote to beat X in a runoff vote")
    const setUp = between.some((t) => /,/.test(sentence.tokens[t.i - 1]?.post ?? '') && hasTag(t, 'Gerund') && !WINNING.test(t.lower));
    if (setUp && opener && /^(a|an)$/.test(opener.lower)) return undefined;
  }
  return date;
}

function contest(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun): void {
  const mods = modifiers(sentence, noun);
  // "his demand for a general election now", "calls for a referendum": a vote asked for is none held
  if (askedFor(sentence, mods.first)) return;
  const span: Span = { start: mods.first.start, end: noun.last.end, sentence: s };
  // "X has won a landslide in the Zembla general election": a vote the story opens with as done is its news
  // (unless the story dates it elsewhere: "in Tuesday's elections")
  const toldDated = () => ctx.sentences.some((x, k) => k > 0 && datesIn(ctx, x).length > 0 && x.tokens.some((t) => t.lower === noun.word || t.lower === `${noun.word}s` || `${t.lower}s` === noun.word));
  const writtenYear = yearAfter(sentence, noun);
  // ("the final game of the Qatar 2022 World Cup on Sunday": a day within the year written after it is its own)
  const own = writtenYear && STAGES.has(noun.word) ? ownDate(ctx, sentence, span, true) : undefined;
  const date = (own && compatible(own, writtenYear!) ? own : writtenYear) ?? dateBefore(ctx, sentence, mods.first) ?? ownDate(ctx, sentence, span, true) ?? (s === 0 && (VOTES.test(noun.word) || (noun.word === 'final' && finalOfNamed(ctx, sentence))) && theContest(sentence, mods.first) && !toldDated() ? ledeDays(ctx) : undefined) ?? (STAGES.has(noun.word) ? editionYear(ctx, sentence, mods.first) : undefined);
  const label = [...mods.words, noun.text].join(' ');
  const existing = events.find(
    (e) => e.contest === noun.word && (!date || !e.date || compatible(e.date, date)) && (!date || !!e.date),
  );
  // the vote told again: "the election" first, "Zembla's presidential election" later names it more fully, and
  // whose it is
  const told = (e: LocalEntity) => {
    e.mentions.push(span);
    if (!VOTES.test(noun.word)) return;
    if (!/\p{Lu}/u.test(e.name) && label !== e.name && label.endsWith(` ${e.name}`) && !/\p{Lu}/u.test(label)) {
      e.aliases.add(e.name);
      e.name = label;
      e.key = `event:${normalizeName(label)}`;
    }
    const owner = sentence.tokens[mods.first.i - 1];
    const whose = owner?.possessive ? ctx.entityAt(owner.start) : undefined;
    // (not a vote compared with it: "freer than Velkor's election")
    if (whose?.type === 'place' && countryName(whose.name) !== undefined && !COMPARED.has(sentence.tokens[owner!.i - 1]?.lower ?? '')) setPlace(e, whose);
  };
  // "the election was competitive": a reference back to the one just described
  if (!date) {
    if (existing) told(existing);
    else namedVote(ctx, events, sentence, s, noun, mods.first, label);
    return;
  }
  if (existing?.date && compatible(existing.date, date) && sameOrdinal(existing, mods.words)) {
    told(existing);
    setDate(existing, date);
    return;
  }
  const tournament = STAGES.has(noun.word) ? namedEventIn(ctx, sentence, noun.first) : undefined;
  const written = STAGES.has(noun.word) && !tournament ? tournamentWritten(ctx, sentence, mods.first) : undefined;
  const vote = VOTES.test(noun.word);
  const sides = tournament || written || vote ? [] : sidesBefore(ctx, sentence, mods.first);
  // ("the Dutch elections in late 2023": the year after the noun and the people's word before it name it too)
  const people = sentence.tokens[mods.first.i - 1];
  const whose = vote && writtenYear && people && isCapitalised(people) && (isDemonym(people.text) || countryName(people.text)) ? `${people.text} ` : '';
  const year = /^(19|20)\d\d$/.test(sentence.tokens[mods.first.i - 1]?.text ?? '') ? `${sentence.tokens[mods.first.i - 1]!.text} ` : vote && writtenYear ? `${asYear(writtenYear)} ${whose}` : '';
  // ("ended on the losing side in the final" of 2014: a stage named by nothing else goes by its year, never by
  // its noun alone)
  const prefix = tournament ? `${tournament.name} ` : written ? `${written} ` : sides.length === 2 ? `${sides.map(short).join('-')} ` : year || (date && STAGES.has(noun.word) ? `${asYear(date)} ` : '');
  const event = upsert(events, `${prefix}${label}`, span);
  event.contest = noun.word;
  event.ordinal = mods.words.find((w) => /^(first|second|third|fourth)$/.test(w));
  if (sides.length === 2) event.participants = sides;
  else if (vote) {
    const contenders = contendersBefore(ctx, sentence, mods.first);
    if (contenders.length) event.participants = contenders;
  }
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, noun.last));
  if (!event.place && vote) setPlace(event, possessivePlace(ctx, sentence));
}

/** Words that count an incident among others of its kind ("the first state funeral since 1967"). */
const COUNTING = /^(?:first|second|third|last|latest)$/;

/**
 * "the attack on the Bardo museum", "Tuesday night's coup", "the 1998 bombings", "his visit to Lima": an
 * incident the text introduces (an article, a possessive, a year or a name before it) and dates. Its name
 * is the name it is tied to (before it, or after "on", "in", "at", "to", "against") and the noun, else the
 * noun and its year.
 */
function incident(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun): void {
  if (electoralLandslide(sentence, noun)) return;
  if (ledeIncident(ctx, events, sentence, s, noun) || onTrial(ctx, events, sentence, s, noun)) return;
  // "a massive coup for regional integration": an achievement, not a seizure of power
  if (noun.word === 'coup' && sentence.tokens[noun.last.i + 1]?.lower === 'for') return;
  const mods = modifiers(sentence, noun);
  // ("signalling an imminent eruption", "a possible strike"): a risk, which has not happened
  if ([1, 2].some((k) => UNREAL.test(sentence.tokens[mods.first.i - k]?.text ?? '') && (k === 1 || hasTag(sentence.tokens[mods.first.i - 1], 'Adjective')))) return;
  const described = describers(sentence, mods.first);
  const first = described?.first ?? mods.first;
  const before = sentence.tokens[first.i - 1];
  const owner = before && /^\s*$/.test(before.post) ? ctx.entityAt(before.start) : undefined;
  if (!owner && peoplesIncident(ctx, events, sentence, s, noun, mods.words, before)) return;
  // "two massive blasts in the port": a count of them introduces them too
  const counted = !!before && /^(two|three|four|twin)$/.test(before.lower) && /s$/.test(noun.word);
  const filed = !!before && /^(into|for)$/.test(before.lower) && noun.word === 'bankruptcy' && FALLING.test(sentence.tokens[before.i - 1]?.lower ?? '');
  const introduced = !!before && (/^(the|a|an|this|that|its|his|her|their|last|)$/.test(before.lower) || before.possessive || /^(19|20)\d\d$/.test(before.text) || !!owner || counted || filed);
  if (!introduced || owner?.type === 'event') return;
  // "expected to strengthen into a hurricane Wednesday", "could become a storm": what something may turn into
  if (/^(a|an)$/.test(before!.lower) && /^(?:into|become|becomes|became|becoming)$/.test(sentence.tokens[before!.i - 1]?.lower ?? '')) return;
  // "ending a crisis that had clogged the canal", "to end a five-decade war": the day told is the end of a thing
  // that lasted, not its day
  if (LASTING.test(noun.word) && endedHere(sentence, before!)) return;
  const span: Span = { start: (owner ? before! : first).start, end: noun.last.end, sentence: s };
  // "Hurricane Velma made landfall … The hurricane, a tropical storm as of Tuesday, grew": the one named so before
  if (before!.lower === 'the' && !owner && !described?.nouns.length) {
    const named = [...ctx.entities, ...events].filter(
      (e, k, all) =>
        e.type === 'event' &&
        all.indexOf(e) === k &&
        e.contest !== 'landfall' && // the storm's landfall is not the storm
        e.name.toLowerCase().split(/\s+/).some((w) => sameKind(w, noun.word)) &&
        e.name !== noun.word &&
        e.mentions.some((m) => m.sentence < s),
    );
    if (named.length === 1) {
      named[0]!.mentions.push(span);
      // ("… where the quake struck on Sunday": the day told of it narrows the few days a lede's news may be of)
      if (named[0]!.date?.precision === 'week') setDate(named[0]!, ownDate(ctx, sentence, span));
      return;
    }
  }
  // "the largest failure on Friday since the financial crisis": what a time is measured from is long past; the
  // sentence's day is not its day
  const since = /^(since|before)$/.test(sentence.tokens[before!.i - 1]?.lower ?? '') && before!.lower === 'the';
  // "a day after the court ruled his arrest unlawful": what a court or an official judged was done before; the
  // day is the judgement's
  const opener = owner ? before! : first;
  // ("called a general strike", "declared a ceasefire": what one calls, not what one judges)
  const judged = !CALLED.test(noun.word) && [1, 2].some((k) => JUDGING.test(sentence.tokens[opener.i - k]?.lower ?? '') && (k === 1 || /^(?:the|a|an|his|her|their|its)$/.test(sentence.tokens[opener.i - 1]!.lower)));
  let date = judged ? undefined : dateBefore(ctx, sentence, first) ?? (since ? undefined : afterOf(sentence, before!, ownDate(ctx, sentence, span)) ?? (/^(a|an)$/.test(before!.lower) ? yearCarried(ctx, s, span) : undefined));
  // "as the war in Zembla enters a second year this week": a war lasts years; a day or a week of the story's
  // own days is what happens in it now, not when it began
  // (unless the sentence tells it begin: "the war began on Monday")
  if (date && storysNow(ctx, sentence, noun, date)) date = undefined;
  const target = owner ?? entityAfter(ctx, sentence, noun.last) ?? visitor(ctx, sentence, noun) ?? defendant(ctx, sentence, noun) ?? (filed ? oneBefore(ctx, sentence, before!, 'organization') : undefined);
  if (filed && !target) return;
  // "announced the first state visit of Ana Lind to Zembla … The trip will take place from March 26-29"
  if (!date && target?.type === 'person' && JOURNEYS.test(noun.word)) date = datedNext(ctx, s);
  if (!date && noun.word === 'war' && !owner && !described?.nouns.length) {
    // "a civil war in recently independent Eritrea": a war lasts; the country it is in names it, undated
    // ("a trade war in Europe", "a price war" are words)
    const where = placeAfter(ctx, sentence, noun.last);
    if (where) {
      const label = [...mods.words, noun.text].join(' ');
      const event = events.find((e) => e.contest === 'war' && e.place === where) ?? upsert(events, `${where.name} ${label}`, span);
      if (!event.mentions.includes(span)) event.mentions.push(span);
      event.contest = 'war';
      setPlace(event, where);
      return;
    }
  }
  // "Velkor's full-scale invasion of Zembla": what one country did to another is one event, though the sentence
  // may not date it
  if (noun.word === 'invasion' && owner && (owner.type === 'place' || owner.type === 'organization') && before!.possessive) {
    const other = entityAfter(ctx, sentence, noun.last);
    countryAct(events, noun.word, owner, other && other !== owner && other.type !== 'person' ? other : undefined, span, date);
    return;
  }
  if (!date && !target) return;
  // a resignation is someone's, and so is a verdict: "the 2024 resignation", "the 2023 verdict" name nothing
  if (!target && (PERSONAL_INCIDENTS.test(noun.word) || COURT_INCIDENTS.test(noun.word))) return;
  if (!date && owner?.type === 'place' && noun.word !== 'war' && placeOpenedByThe(sentence, owner, before!)) {
    // "the Tarsk crisis", "the Oslo bombings": the text names the incident by its place, though it does not date it
    const label = [...(described?.nouns ?? []), ...mods.words, noun.text].join(' ');
    const event = events.find((e) => e.contest === noun.word && e.place === owner) ?? upsert(events, `${owner.name} ${label}`, span);
    if (!event.mentions.includes(span)) event.mentions.push(span);
    event.contest = noun.word;
    setPlace(event, owner);
    return;
  }
  if (!date) {
    // "the attack on the museum" again, after it was dated: the same event
    const same = events.find((e) => e.contest === noun.word && e.participants?.includes(target!));
    if (same) same.mentions.push(span);
    // "following the closure of Tesk Bank": the end of a named body is one event, though the sentence does not
    // date it (not one that may come: "a collapse of Tesk Bank would …")
    else if (UNDATED_ENDS.has(noun.word) && target?.type === 'organization' && before!.lower === 'the' && !sentence.tokens.some((t) => LOOKS_AHEAD.test(t.lower))) {
      const event = endOf(events, target) ?? upsert(events, `${short(target)} ${noun.text}`, span);
      if (!event.mentions.includes(span)) event.mentions.push(span);
      event.contest = noun.word;
      event.participants = [target];
    }
    // "the prosecution in the Ana Lind trial", "Lind's trial": a trial named by its defendant is one event, though
    // it runs for months and the sentence does not date it
    else if (noun.word === 'trial' && owner?.type === 'person' && (before!.possessive || beforeOwner(sentence, owner, before!)?.lower === 'the')) {
      const event = upsert(events, `${short(owner)} trial`, span);
      event.contest = 'trial';
      event.participants = [owner];
    }
    // "Ana Lind returned to the courtroom and the verdict was read out": the verdict of the one on trial
    else if (COURT_INCIDENTS.test(noun.word) && target?.type === 'person' && before!.lower === 'the' && !owner) {
      const word = noun.word.replace(/s$/, '');
      const event = events.find((e) => e.contest === word && e.participants?.includes(target)) ?? upsert(events, `${short(target)} ${word}`, span);
      if (!event.mentions.includes(span)) event.mentions.push(span);
      event.contest = word;
      event.participants = [target];
    }
    return;
  }
  // ("the first state funeral for a premier in 55 years": which one in a count is no part of its name)
  const label = [...(described?.nouns ?? []), ...mods.words.filter((w) => !COUNTING.test(w)), noun.text].join(' ');
  // "a magnitude 7.8 earthquake struck southern Norway": a sudden incident is named by the place it struck
  const struck = target ? undefined : struckPlace(ctx, sentence, noun);
  const name = target ? `${short(target)} ${label}` : struck ? `${struck.name} ${label}` : `${asYear(date)} ${label}`;
  // "The last major attack … was in 2002, when militants … in a car bombing": one incident, two words for it;
  // "the blaze", "the siege" after "the Ridge Fire" or an attack of that day: the incident already told
  const twin =
    events.find(
      (e) => isIncident(e) && !!e.date && ((e.contest !== noun.word && compatible(e.date, date) && e.mentions.some((m) => m.sentence === s)) || sameDay(e.date, date)),
    ) ??
    (before!.lower === 'the' && !target ? told(ctx, events, s, date, noun.word) : undefined);
  if (twin) {
    if (twin.contest && twin.mentions.some((m) => m.sentence === s)) twin.aliases.add(name);
    twin.mentions.push(span);
    setPlace(twin, target?.type === 'place' ? target : placeNear(ctx, sentence, noun.last));
    return;
  }
  // "the failure of Tesk Bank … Tesk Bank collapsed into bankruptcy in May": one end, however it is called
  const end = UNDATED_ENDS.has(noun.word) && target?.type === 'organization' ? endOf(events, target) : undefined;
  if (end) end.aliases.add(end.name);
  const event = end ? Object.assign(end, { name }) : upsert(events, name, span);
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.contest = noun.word;
  if (target && target.type !== 'place') event.participants = [target];
  setDate(event, date);
  setPlace(event, target?.type === 'place' ? target : (struck ?? placeNear(ctx, sentence, noun.last)));
}

/**
 * "The trip will take place from March 26-29": the date the next sentence gives "the" visit, trip or tour (the
 * one the sentence before introduced), if it opens with it.
 */
function datedNext(ctx: Context, s: number): DateMention | undefined {
  const next = ctx.sentences[s + 1];
  const [the, noun] = next?.tokens ?? [];
  if (!next || !the || !noun || the.lower !== 'the' || !JOURNEYS.test(noun.lower)) return undefined;
  return ownDate(ctx, next, { start: noun.start, end: noun.end, sentence: s + 1 }, true);
}

/** The word before the owner's mention that ends at `last` ("the" of "the Ana Lind trial"). */
export function beforeOwner(sentence: Sentence, owner: LocalEntity, last: Token): Token | undefined {
  const mention = owner.mentions.find((m) => m.start <= last.start && m.end >= last.end);
  const first = mention && sentence.tokens.find((t) => t.start === mention.start);
  return first ? sentence.tokens[first.i - 1] : undefined;
}

/** The ends of a body that name one event even undated ("the collapse of Tesk Bank"). */
const UNDATED_ENDS = new Set(['collapse', 'failure', 'closure', 'bankruptcy']);
/** Verbs that end in bankruptcy ("filed for", "collapsed into"). */
const FALLING = /^(?:filed|files|file|filing|collapsed|went|slid|fell|plunged|tipped|was forced)$/;

/** The end of `body` recorded so far (its failure, collapse, bankruptcy). */
function endOf(events: LocalEntity[], body: LocalEntity): LocalEntity | undefined {
  return events.find((e) => UNDATED_ENDS.has(e.contest ?? '') && e.participants?.includes(body));
}


/**
 * "President X arrived in Oslo on Monday for a three-day state visit": the one person told before a visit's
 * noun, in a sentence that moves them (arrived, landed, began, paid), is the visitor.
 */
function visitor(ctx: Context, sentence: Sentence, noun: Noun): LocalEntity | undefined {
  const before = sentence.tokens.slice(0, noun.first.i);
  // "X announced her resignation on Tuesday": the one person before it resigns
  const own = PERSONAL_INCIDENTS.test(noun.word) && /^(his|her)$/.test(before.at(-1)?.lower ?? '');
  if (!own && (!JOURNEYS.test(noun.word) || !before.some((t) => VISITING_VERBS.test(t.lower)))) return undefined;
  const people = new Set(before.map((t) => ctx.entityAt(t.start)).filter((e) => e?.type === 'person'));
  return people.size === 1 ? [...people][0] : undefined;
}
const VISITING_VERBS = /^(?:arrived|arrives|arrive|arriving|landed|lands|flew|flies|travell?ed|travels|headed|heads|began|begins|started|starts|embarked|embarks|paid|pays|kicked|kicks|opened|opens)$/;

/** "Velkor's invasion (of Zembla)": one event per owner and kind. */
function countryAct(events: LocalEntity[], kind: string, owner: LocalEntity, target: LocalEntity | undefined, span: Span, date: DateMention | undefined): void {
  const same = events.find((e) => e.contest === kind && e.participants?.[0] === owner && (!target || !e.participants[1] || e.participants[1] === target));
  const name = target ? `${owner.name}’s ${kind} of ${target.name}` : `${owner.name}’s ${kind}`;
  const event = same ?? upsert(events, name, span);
  if (same && target && !same.participants![1]) {
    same.aliases.add(same.name);
    same.name = name;
  }
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.contest = kind;
  event.participants = target ? [owner, target] : (event.participants ?? [owner]);
  setDate(event, date);
}

/** Incidents that last: a sentence that tells their end does not date them. */
/** What a people's word names as one thing of its history ("the Velkorian genocide", "the Tesk revolution"). */
const HISTORIC = /^(?:genocide|revolution|war|coup|massacre|famine|uprising|insurgency|occupation)$/;

/**
 * "when the Velkorian genocide happened in 1994", "the Zemblan revolution": a people's word between "the" and an
 * incident's noun names it (a war, a revolution, a genocide even undated; any other incident only when dated).
 */
function peoplesIncident(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun, words: readonly string[], people: Token | undefined): boolean {
  if (!people || !HISTORIC.test(noun.word) || !isDemonym(people.text) || !isCapitalised(people) || !/^\s+$/.test(people.post) || sentence.tokens[people.i - 1]?.lower !== 'the') return false;
  const span: Span = { start: people.start, end: noun.last.end, sentence: s };
  const date = dateBefore(ctx, sentence, people) ?? nearestDate(ctx, sentence, span);
  // (a date of the story's own days is what happens in it now: "as the Zemblan war enters its second year")
  const own = date && !storysNow(ctx, sentence, noun, date) ? date : undefined;
  if (!own && !/^(?:genocide|revolution|war)$/.test(noun.word)) return false;
  const event = upsert(events, [people.text, ...words, noun.text].join(' '), span);
  event.contest ??= noun.word;
  setDate(event, own);
  return true;
}

/**
 * "as the war in Zembla enters a second year this week": a day or a week of the story's own days (two weeks
 * either side) is what happens now in an incident that lasts years, not when it began ("the war began on
 * Monday" still dates it).
 */
function storysNow(ctx: Context, sentence: Sentence, noun: Noun, date: DateMention): boolean {
  if (!ENDURING.test(noun.word) || date.precision === 'year' || date.precision === 'month') return false;
  if (Math.abs(Date.parse(date.from) - Date.parse(ctx.articleDate)) > 14 * 86_400_000) return false;
  // (or launch it: "Zembla launched a war against Velkor on Monday")
  return !sentence.tokens.slice(noun.last.i + 1, noun.last.i + 3).some((t) => /^(?:began|begins|begun|started|starts|erupted|erupts|broke)$/.test(t.lower)) && !sentence.tokens.slice(Math.max(0, noun.first.i - 4), noun.first.i).some((t) => /^(?:launched|launches|declared|declares|started|starts|began|begins|waged|unleashed)$/.test(t.lower));
}

/** Incidents that last months or years: a war, an occupation, a pandemic. */
const ENDURING = /^(?:war|wars|conflict|insurgency|occupation|pandemic|epidemic)$/;
const LASTING = /^(?:war|wars|crisis|conflict|standoff|stand-off|strike|strikes|blockade|siege|insurgency|dispute|feud|occupation|drought|pandemic|epidemic|shutdown|lockdown|stalemate)$/;

/** "ending a …", "to end the …", "brought an end to the …", "ended its …": `before` (the incident's opener) follows its end. */
function endedHere(sentence: Sentence, before: Token): boolean {
  const verb = sentence.tokens[before.i - 1];
  if (!verb) return false;
  if (/^(?:end|ends|ended|ending|resolve|resolves|resolved|resolving)$/.test(verb.lower)) return true;
  return verb.lower === 'to' && sentence.tokens[verb.i - 1]?.lower === 'end';
}

/** Events that are called or declared, as strikes and ceasefires are: the calling is their start. */
const CALLED = /^(?:strike|strikes|walkout|ceasefire)$/;
/** Verbs that judge a thing already done ("ruled his arrest unlawful", "termed the arrest of X legal"). */
const JUDGING = /^(?:ruled|rules|termed|terms|declared|declares|deemed|deems|called|calls|upheld|upholds|quashed|quashes|condemned|condemns)$/;

/** What happens to one person: "his ouster" is of the one person named before it. */
const PERSONAL_INCIDENTS = /^(?:resignation|abdication|ouster|removal|impeachment|arrest|conviction|acquittal|indictment|sentencing|extradition)$/;

/** What a court does to the one it tries. */
const COURT_INCIDENTS = /^(?:trial|verdict|verdicts|sentencing|conviction|acquittal|indictment|arrest)$/;
/** Those in a courtroom who are not tried ("Judge X", "U.S. Attorney Y", "his lawyer Z"). */
const OFFICERS_OF_COURT = /^(?:judge|justice|attorney|lawyer|prosecutor|counsel|solicitor|barrister|magistrate|juror|forewoman|foreman|clerk)s?$/;

/**
 * "Ana Lind returned to the courtroom and the verdict was read out": a court's verdict or trial, told without
 * whose, is of the one person the sentence names, when no title makes them an officer of the court.
 */
function defendant(ctx: Context, sentence: Sentence, noun: Noun): LocalEntity | undefined {
  if (!COURT_INCIDENTS.test(noun.word)) return undefined;
  const people = new Set<LocalEntity>();
  for (const t of sentence.tokens) {
    const e = ctx.entityAt(t.start);
    // (each mention once, at its last word)
    if (e?.type !== 'person' || ctx.entityAt(sentence.tokens[t.i + 1]?.start ?? -1) === e) continue;
    if (OFFICERS_OF_COURT.test(beforeOwner(sentence, e, t)?.lower ?? '')) return undefined;
    // ("Ana Lind said the arrest was unlawful": who speaks of it is not who it is done to)
    if (REPORTING_VERBS.has(sentence.tokens[t.i + 1]?.lower ?? '')) return undefined;
    people.add(e);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/** A person's journey; a visit, a trip and a tour of one person are one ("the state visit … The trip will take place"). */
const JOURNEYS = /^(?:visit|trip|tour)$/;

/** One kind of incident in two words ("quake", "earthquake"; "blaze", "fire"). */
const sameKind = (a: string, b: string): boolean =>
  a === b || (SUDDEN_INCIDENTS.has(a) && SUDDEN_INCIDENTS.get(a) === SUDDEN_INCIDENTS.get(b)) || (JOURNEYS.test(a) && JOURNEYS.test(b));

/** "Zembla’s capital Velkor", "Zembla’s port city of Velkor": the place a country's possessive introduces. */
function narrowerAfter(ctx: Context, sentence: Sentence, at: Token): LocalEntity | undefined {
  const country = ctx.entityAt(at.start);
  const mention = country?.mentions.find((m) => m.start === at.start);
  const last = mention && [...sentence.tokens].reverse().find((t) => t.end <= mention.end);
  if (!last?.possessive) return undefined;
  for (let k = last.i + 1; k < sentence.tokens.length && k <= last.i + 4; k++) {
    const e = ctx.entityAt(sentence.tokens[k]!.start);
    if (e?.type === 'place' && e !== country) return e;
    if (!/^\p{Ll}+$/u.test(sentence.tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/** The place a sudden incident struck, introduced after its noun in the same clause ("hit the town of X"). */
function struckPlace(ctx: Context, sentence: Sentence, noun: Noun): LocalEntity | undefined {
  if (!SUDDEN_INCIDENTS.has(noun.word)) return undefined;
  for (let k = noun.last.i + 1; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    const place = placeIntroducedAt(ctx, sentence, t);
    if (place) return narrowerAfter(ctx, sentence, t) ?? place;
    // "the earthquake that struck X" describes it; a clause further on tells of something else
    if (/[;:]/.test(t.post) || (k > noun.last.i + 1 && /^(which|who|that|while|but|after|before)$/.test(t.lower))) return undefined;
  }
  return undefined;
}

/**
 * "the Tesk Peace Prize ceremony in Oslo on December 10", "Saturday's awards ceremony": the giving of the award
 * the article tells of (named before the noun, else the article's only award), dated by its own date. "At a
 * ceremony in Portmere", "during the award ceremony", "in a Harbour House ceremony": the ceremony of the award
 * the story is about (or, where the story tells of a law being signed, of the signing), dated by its own date,
 * else by the day the award was won or the law signed.
 */
function ceremony(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token): void {
  const prev = sentence.tokens[tok.i - 1];
  if (!prev) return;
  const named = ctx.entityAt(prev.start);
  const awards = ctx.entities.filter((e) => e.type === 'award');
  let award = named?.type === 'award' ? named : /^(awards?|prize|prizes|medals?|trophy)$/.test(prev.lower) && awards.length === 1 ? awards[0] : undefined;
  // a ceremony told by an article, a kind of ceremony or its venue, not by what it was for
  const generic = !award && (/^(a|an|the|award|awards|prize|signing|formal)$/.test(prev.lower) || named?.type === 'place' || (!named && isCapitalised(prev)));
  // "the 66th Annual Zembla Awards … opened the ceremony": the awards night the story already named
  const night = generic ? [...ctx.entities, ...events].find((e) => e.type === 'event' && /\b(?:Awards|Prizes|Gala)$/.test(e.name)) : undefined;
  if (night) {
    night.mentions.push({ start: prev.start, end: tok.end, sentence: s });
    return;
  }
  const signed = generic ? signedAgreement(ctx) : undefined;
  if (generic && !signed) award = mainAward(awards);
  const owner = award ?? signed?.agreement;
  if (!owner) {
    if (generic) venueCeremony(ctx, events, sentence, s, tok, named?.type === 'place' ? named : undefined);
    return;
  }
  const first = named === award ? sentence.tokens.find((t) => t.start >= Math.min(...owner.mentions.filter((m) => m.sentence === s && m.end <= prev.end).map((m) => m.start))) ?? prev : prev;
  const span: Span = { start: first.start, end: tok.end, sentence: s };
  const date = dateBefore(ctx, sentence, first) ?? (signed ? (signed.date ?? ownDate(ctx, sentence, span, true)) : (ownDate(ctx, sentence, span, true) ?? (generic ? wonOn(ctx, owner) : undefined)));
  if (!date) return;
  const event = upsert(events, signed ? `${owner.name} signing ceremony` : `${owner.name} ceremony`, span);
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.participants = [owner];
  setDate(event, date);
  setPlace(event, named?.type === 'place' ? named : placeNear(ctx, sentence, tok));
}

/**
 * "in a ceremony Tuesday on the Velkor Palace lawn", "at a Velkor Palace ceremony on Tuesday": a ceremony of the
 * story's own days (not one to come) at a named venue, though the story names nothing it was for.
 */
function venueCeremony(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token, venue: LocalEntity | undefined): void {
  if (clauseTense(sentence, tok.start) === 'future') return;
  const span: Span = { start: tok.start, end: tok.end, sentence: s };
  const place = venue ?? siteAfter(ctx, sentence, tok) ?? placeNear(ctx, sentence, tok);
  const date = ownDate(ctx, sentence, span, true);
  // (a venue, not a town: "a ceremony in Portmere" says too little)
  if (!place || !date || !place.name.includes(' ') || countryName(place.name) !== undefined) return;
  const event = upsert(events, `${place.name} ceremony`, span);
  event.contest = 'ceremony';
  setDate(event, date);
  setPlace(event, place);
}

/** "a ceremony Tuesday on the Velkor Palace lawn": the place a few words after the noun, told with "on", "at" or "in". */
function siteAfter(ctx: Context, sentence: Sentence, noun: Token): LocalEntity | undefined {
  for (const t of sentence.tokens.slice(noun.i + 1, noun.i + 6)) {
    const e = ctx.entityAt(t.start);
    if (e) return e.type === 'place' && /^(?:on|at|in|the)$/.test(sentence.tokens[t.i - 1]?.lower ?? '') ? e : undefined;
    if (/[,;:]/.test(t.post)) return undefined;
  }
  return undefined;
}

/**
 * "Two scientists won the Tesk Prize in medicine Monday", "X has been named the winner of the Tesk Prize for
 * literature", "X was awarded the Tesk Peace Prize on Friday": the prize's announcement, with those who won it,
 * dated where told (a lede that tells it as done: its day or the two before). A cup or a title is won in a match,
 * which is told as one.
 */
function prizeAnnounced(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token): void {
  const toks = sentence.tokens;
  let k = tok.i + 1;
  const named = /^(?:named|declared)$/.test(toks[tok.i - 1]?.lower === 'the' ? (toks[tok.i - 2]?.lower ?? '') : (toks[tok.i - 1]?.lower ?? ''));
  if (/^winners?$/.test(tok.lower) && (toks[k++]?.lower !== 'of' || !named)) return;
  // "the committee awarded her the prize" is told of the committee; "she was awarded the prize" of her, and "the
  // prize has been awarded to her" of the prize before it
  const passive = /^(?:was|were|been|is|are)$/.test(toks[tok.i - 1]?.lower ?? '');
  if (tok.lower === 'awarded' && !passive) return;
  const given = tok.lower === 'awarded' && toks[k]?.lower === 'to';
  if (given) {
    k = toks.slice(0, tok.i).findLastIndex((t) => ctx.entityAt(t.start)?.type === 'award');
    if (k < 0) return;
  }
  if (toks[k]?.lower === 'the') k++;
  // "the 2016 Tesk Peace Prize": the edition's year before the name
  if (/^(?:19|20)\d\d$/.test(toks[k]?.text ?? '')) k++;
  const at = toks[k];
  const award = at && ctx.entityAt(at.start);
  if (!at || award?.type !== 'award' || !/\b(?:Prizes?|Awards?|Medal)\b/.test(award.name)) return;
  const span: Span = given ? { start: at.start, end: tok.end, sentence: s } : { start: tok.start, end: at.end, sentence: s };
  // (a lede that gives a date it is not, "who won the prize in 2019, said", tells no day of it)
  const date = nearestDate(ctx, sentence, span) ?? (s === 0 && !datesIn(ctx, sentence).length ? ledeDays(ctx) : undefined);
  if (!date) return;
  const winners = new Set(toks.filter((t) => (given ? t.start >= tok.end : t.end <= tok.start)).map((t) => ctx.entityAt(t.start)).filter((e): e is LocalEntity => e?.type === 'person'));
  const event = upsert(events, `${award.name} announcement`, span);
  event.participants = [...new Set([...(event.participants ?? []), ...winners, award])];
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, tok));
}

/**
 * "the COVID-19 pandemic", "the coronavirus pandemic", "the Zika epidemic": a named disease's spread, one event
 * however often told (dated only where a sentence dates it: it lasts years).
 */
function outbreak(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token): void {
  const last = sentence.tokens[tok.i - 1];
  if (!last || !/^\s+$/.test(last.post) || last.possessive) return;
  // ("COVID-19": the tokenizer splits the name at its hyphen)
  const before = sentence.tokens[last.i - 1];
  const disease = before && /^\d+$/.test(last.text) && /^[-‐]$/u.test(before.post) ? before : last;
  // a name (capitalised, or a code with digits: "H5N1"), or the one family of viruses news names in lower case
  const named = (isCapitalised(disease) && disease.i > 0) || /\d/.test(disease.text) || /^coronavirus$/i.test(disease.text);
  if (!named || ctx.entityAt(disease.start)?.type === 'place' || hasTag(disease, 'Demonym', 'Date')) return;
  const span: Span = { start: disease.start, end: tok.end, sentence: s };
  const event = upsert(events, `${sentence.text.slice(disease.start - sentence.start, last.end - sentence.start)} ${tok.lower}`, span);
  event.contest = tok.lower;
  const date = yearAfter(sentence, { word: tok.lower, text: tok.lower, first: tok, last: tok });
  if (date) setDate(event, date);
}

/** Kinds of craft, the last word of a craft's name. */
const CRAFT_KINDS = /^(?:Telescope|Rover|Probe|Lander|Capsule|Spacecraft|Rocket|Satellite|Helicopter|Shuttle|Orbiter|Observatory)$/;
/** The word a verb needs after it to mean the flight: "touched down", "lifted off", "splashed down". */
const FLIGHT_PARTICLES: Record<string, string> = { touched: 'down', splashed: 'down', lifted: 'off', blasted: 'off' };

/**
 * "The Tesk Space Telescope will finally launch on Christmas Eve", "The Varl Rover landed on Mars in February":
 * a body's or a craft's own flight, dated where told. Only told without an object: "Velkor launched an inquiry"
 * is no flight, nor is a person's landing (a visit is told as one).
 */
function flight(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const toks = sentence.tokens;
  let k = verb.i + 1;
  const particle = FLIGHT_PARTICLES[verb.lower];
  if (particle && toks[k++]?.lower !== particle) return;
  const next = toks[k];
  if (next && !hasTag(next, 'Preposition', 'Date', 'Adverb') && !/^[,;.]/.test(verb.post)) return;
  let j = verb.i - 1;
  while (j >= 0 && (/^(?:will|would|to|was|were|is|has|had|have|set|due|finally|successfully|safely)$/.test(toks[j]!.lower) || (hasTag(toks[j], 'Adverb') && /ly$/.test(toks[j]!.lower)))) j--;
  if (j < 0 || /[,;:]/.test(toks[j]!.post)) return;
  const named = ctx.entityAt(toks[j]!.start);
  // (a craft the builder has no entity for: capitalised words ending in a kind of craft, "the Varl Rover")
  let first = j;
  while (first > 0 && isCapitalised(toks[first - 1]!) && !toks[first - 1]!.possessive && !(first - 1 === 0 && toks[0]!.lower === 'the') && /^\s+$/.test(toks[first - 1]!.post)) first--;
  const craftName = named?.type === 'organization' ? named.name : CRAFT_KINDS.test(toks[j]!.text) && isCapitalised(toks[j]!) && first < j ? sentence.text.slice(toks[first]!.start - sentence.start, toks[j]!.end - sentence.start) : undefined;
  if (!craftName) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const event = upsert(events, `${craftName} ${FLIGHT_VERBS.get(verb.lower)!}`, span);
  if (named?.type === 'organization') event.participants = [named];
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, verb));
}

const VOTES = /^(?:elections?|referendum|runoff|primary)$/;
/** "has won the Velkor Cup by beating Tesk in the final": the lede names the tournament whose final it tells. */
const finalOfNamed = (ctx: Context, sentence: Sentence): boolean => sentence.tokens.some((t) => ctx.entityAt(t.start)?.type === 'event');

/**
 * "the result of the EU referendum", "the Zemblan referendum": a referendum named by who held it (a body's
 * initials, a country or its people's word right before it) is that one vote, though the story gives no date.
 */
function namedVote(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun, first: Token, label: string): void {
  const owner = sentence.tokens[first.i - 1];
  if (noun.word !== 'referendum' || !owner || !/^\s+$/.test(owner.post) || owner.possessive || sentence.tokens[owner.i - 1]?.lower !== 'the') return;
  const named = /^[A-Z]{2,4}$/.test(owner.text) || countryName(owner.text) !== undefined || isDemonym(owner.text);
  if (!named || ctx.entityAt(owner.start)?.type === 'person') return;
  const span: Span = { start: owner.start, end: noun.last.end, sentence: s };
  const event = upsert(events, `${owner.text} ${label}`, span);
  event.contest = noun.word;
}

/** "repeated his demand … for a general election", "called for a snap vote": "for a" after a word of asking. */
function askedFor(sentence: Sentence, first: Token): boolean {
  const a = sentence.tokens[first.i - 1];
  const forWord = sentence.tokens[first.i - 2];
  if (!a || !/^(?:a|an)$/.test(a.lower) || forWord?.lower !== 'for') return false;
  return sentence.tokens.slice(0, forWord.i).some((t) => /^(?:demand|demands|demanded|demanding|call|calls|called|calling|push|pushed|pushing|pressed|pressing|appeal|appealed|clamour|clamor)$/.test(t.lower));
}

/** "in the 2014 Ostrel Cup final": the year of the edition named right before a stage, in its name. */
function editionYear(ctx: Context, sentence: Sentence, first: Token): DateMention | undefined {
  const prev = sentence.tokens[first.i - 1];
  const owner = prev && /^\s+$/.test(prev.post) ? ctx.entityAt(prev.start) : undefined;
  return owner?.type === 'event' && /^(?:19|20)\d\d /.test(owner.name) && owner.date?.precision === 'year' ? owner.date : undefined;
}

/** "the Zembla general election", "Zembla's general election": a contest told with "the" (a place's or a people's name between) or a country's possessive. */
function theContest(sentence: Sentence, first: Token): boolean {
  let k = first.i - 1;
  while (k > 0 && isCapitalised(sentence.tokens[k]!) && !sentence.tokens[k]!.possessive) k--;
  // (or a country's possessive: "Zembla's presidential election")
  const owner = sentence.tokens[k];
  return owner?.lower === 'the' || (!!owner?.possessive && countryName(owner.text) !== undefined);
}

/** The award the story is about: the one named in its first sentence, else the one it names most, if one. */
function mainAward(awards: LocalEntity[]): LocalEntity | undefined {
  const lede = awards.filter((a) => a.mentions.some((m) => m.sentence === 0));
  if (lede.length === 1) return lede[0];
  const most = [...awards].sort((a, b) => b.mentions.length - a.mentions.length);
  return most[0] && (most.length === 1 || most[0].mentions.length > most[1]!.mentions.length) ? most[0] : undefined;
}

/**
 * When the award was won: the date of the first sentence that names it with one ("won the Zembla Prize on
 * Sunday"), else, when the story opens with it won ("has won the Zembla Prize"), the days just before the story.
 */
function wonOn(ctx: Context, award: LocalEntity): DateMention | undefined {
  return oncePerArticle(ctx, award, () => findWonOn(ctx, award));
}

function findWonOn(ctx: Context, award: LocalEntity): DateMention | undefined {
  for (const m of [...award.mentions].sort((a, b) => a.start - b.start)) {
    const date = nearestDate(ctx, ctx.sentences[m.sentence]!, m);
    if (date && date.to <= ctx.articleDate) return date;
  }
  return award.mentions.some((m) => m.sentence === 0) ? ledeDays(ctx) : undefined;
}

/** A story that opens with what happened ("has won", "signed"), undated: the news of the days just before it. */
export function ledeDays(ctx: Context): DateMention | undefined {
  const lede = ctx.sentences[0]!;
  if (lede.tokens.some((t) => LOOKS_AHEAD.test(t.lower)) || !lede.tokens.some((t) => hasTag(t, 'PastTense'))) return undefined;
  return { text: lede.text, start: lede.start, end: lede.start, from: addDays(ctx.articleDate, -2), to: ctx.articleDate, precision: 'week' };
}

/**
 * "X signed the Harbour Act into law on Tuesday": the one law the story says was signed, and when ("signed a
 * sweeping bill into law … The Harbour Act passed": the story's only law, or the one named next, when no law is
 * named where it is signed).
 */
function signedAgreement(ctx: Context): Signed | undefined {
  return oncePerArticle(ctx, SIGNING, () => findSigned(ctx));
}

type Signed = { agreement: LocalEntity; date: DateMention | undefined };
const SIGNING = {};

/**
 * What a ceremony looks up about its article (the law signed, the day an award was won), found once per article
 * and key: a long story may tell many ceremonies.
 */
const FOUND = new WeakMap<Context, Map<object, unknown>>();
function oncePerArticle<T>(ctx: Context, key: object, find: () => T): T {
  const found = FOUND.get(ctx) ?? new Map<object, unknown>();
  FOUND.set(ctx, found);
  if (!found.has(key)) found.set(key, find());
  return found.get(key) as T;
}

function findSigned(ctx: Context): Signed | undefined {
  const signing = ctx.sentences.filter((sentence) => sentence.tokens.some((t) => /^(?:signed|signs)$/.test(t.lower) && hasTag(t, 'Verb')));
  if (!signing.length) return undefined;
  const agreements = ctx.entities.filter((e) => e.type === 'agreement');
  const named = agreements.filter((e) => e.mentions.some((m) => signing.some((x) => ctx.sentences[m.sentence] === x)));
  // (or named in the sentence right after: "signed a sweeping bill into law … The Harbour Act passed …")
  const next = ctx.sentences[ctx.sentences.indexOf(signing[0]!) + 1];
  const after = agreements.filter((e) => e.mentions.some((m) => ctx.sentences[m.sentence] === next));
  const law = named.length === 1 ? named[0] : named.length ? undefined : agreements.length === 1 ? agreements[0] : after.length === 1 ? after[0] : undefined;
  if (!law) return undefined;
  const at = law.mentions.find((m) => signing.includes(ctx.sentences[m.sentence]!));
  // a day ("on Tuesday"), not a season the sentence looks back on ("capping a summer of …")
  const found = at ? nearestDate(ctx, ctx.sentences[at.sentence]!, at) : datesIn(ctx, signing[0]!).find((d) => d.to <= ctx.articleDate);
  const date = found?.precision === 'day' ? found : undefined;
  return { agreement: law, date: date ?? (signing[0] === ctx.sentences[0] ? ledeDays(ctx) : undefined) };
}

/**
 * "X went on trial in Portmere on Monday", "prosecutors put X on trial": the trial of the person told right
 * before, dated by its sentence, the same event as "X's trial" or "the trial of X".
 */
function onTrial(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun): boolean {
  const on = sentence.tokens[noun.first.i - 1];
  if (noun.word !== 'trial' || on?.lower !== 'on') return false;
  let person: LocalEntity | undefined;
  for (let k = on.i - 1; k >= 0 && k >= on.i - 8 && !person; k--) {
    const t = sentence.tokens[k]!;
    if (/[;:]/.test(t.post)) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'person') person = e;
  }
  const verb = sentence.tokens[on.i - 1];
  const mention = verb && person?.mentions.find((m) => m.start <= verb.start && m.end >= verb.end);
  const beforeName = mention && [...sentence.tokens].reverse().find((t) => t.end <= mention.start);
  const put = !!beforeName && /^(put|puts|putting|placed)$/.test(beforeName.lower);
  if (!person || !(put || (verb && /^(went|go|goes|going|gone|stood|stand|stands|standing|is|was|are|were|be|been|being)$/.test(verb.lower)))) return false;
  const span: Span = { start: noun.first.start, end: noun.last.end, sentence: s };
  const date = ownDate(ctx, sentence, span);
  if (!date) return false;
  const event = events.find((e) => e.contest === 'trial' && e.participants?.includes(person) && (!e.date || compatible(e.date, date))) ?? upsert(events, `${short(person)} trial`, span);
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.contest = 'trial';
  event.participants = [person];
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, noun.last));
  return true;
}

/**
 * "Hundreds are feared dead after heavy flooding swept through the city of Velkor", "a powerful earthquake
 * struck Tesk province": an incident that strikes at once, told undated in the story's first sentence, is the
 * news of the day or two before the story. It is named by the narrowest place its sentence introduces (a
 * town before its country), never by a year alone: two floods of a year are two floods.
 */
function ledeIncident(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun): boolean {
  const kind = SUDDEN_INCIDENTS.get(noun.word);
  if (s !== 0 || !kind) return false;
  // "a plane collided with a jet at X, leading to a major fire": what the lede's wreck caused is part of it
  const before = sentence.tokens.slice(0, noun.first.i);
  if (before.some((t) => CONSEQUENCE.test(t.lower)) && before.some((t) => hasTag(t, 'WreckVerb'))) return true;
  // ("the death toll from the earthquake has risen", "rescue teams arrived on Saturday following a quake": a
  // story of its aftermath may come days later, and a day told before the incident is the aftermath's)
  const aftermath = sentence.tokens.slice(0, noun.first.i).some((t) => AFTERMATH.test(t.lower));
  // ("The fire that tore through X was an accident, prosecutors said on Tuesday": the day it was said is no date of it)
  // ("the death toll from the earthquake that hit X rose on Wednesday": a day after the incident, in a story of its
  // aftermath, is the aftermath's)
  const dates = datesIn(ctx, sentence).filter((d) => !isReportingDate(sentence, d) && !(aftermath && tollDate(sentence, noun.last, d)));
  if (dates.length && !(aftermath && dates.every((d) => d.end <= noun.first.start && d.to <= ctx.articleDate))) return false;
  const latest = dates.map((d) => d.to).sort().at(-1) ?? ctx.articleDate;
  // "officials warned of flooding", "a quake could strike": a risk, not the news ("are feared dead after" is)
  if (sentence.tokens.slice(0, noun.first.i).some((t) => LOOKS_AHEAD.test(t.lower))) return false;
  // an article opens it, or a preposition before its describing words ("after heavy flooding")
  let k = noun.first.i - 1;
  // (and over its strength: "a devastating 7.7-magnitude earthquake")
  while (k >= 0 && ((/^\p{Ll}+$/u.test(sentence.tokens[k]!.text) && hasTag(sentence.tokens[k]!, 'Adjective') && !hasTag(sentence.tokens[k]!, 'Determiner', 'Preposition')) || /^\d+(?:\.\d+)?-magnitude$/.test(sentence.tokens[k]!.lower))) k--;
  const opener = sentence.tokens[k];
  // ("the toll from Tuesday's massive blast": a day's possessive dates it to that day)
  // (a place it tore through after it names it better, as the incident's own rule does)
  const day = opener?.possessive && !struckPlace(ctx, sentence, noun) ? dateBefore(ctx, sentence, sentence.tokens[k + 1]!) : undefined;
  if (!opener || (!day && !/^(a|an|the|after|by|from|following|amid)$/.test(opener.lower))) return false;
  const span: Span = { start: sentence.tokens[k + 1]!.start, end: noun.last.end, sentence: s };
  return recordLede(ctx, events, sentence, span, kind, noun.word, day ?? { from: addDays(latest, aftermath ? -6 : -2), to: latest });
}

/**
 * The incident at `span`, named by the narrowest place its sentence introduces and dated by `date` (a day it was
 * told on, or a window of days: a lede's news); false when the sentence introduces no place.
 */
function recordLede(ctx: Context, events: LocalEntity[], sentence: Sentence, span: Span, kind: string, contest: string, date: DateMention | { from: string; to: string } | undefined): boolean {
  // (the narrowest: "at Tokyo's Haneda Airport" is at the airport)
  const places = sentence.tokens
    .map((t) => (placeIntroducedAt(ctx, sentence, t) && !(t.possessive && sentence.tokens[t.i + 1] && placeIntroducedAt(ctx, sentence, sentence.tokens[t.i + 1]!)) ? ctx.entityAt(t.start) : undefined))
    .filter((e): e is LocalEntity => !!e);
  const place = places.find((e) => countryName(e.name) === undefined) ?? places[0];
  if (!place) return false;
  const event = upsert(events, `${place.name} ${kind}`, span);
  event.contest = contest;
  if (!event.mentions.includes(span)) event.mentions.push(span);
  if (date && 'precision' in date) setDate(event, date);
  else if (date) setDate(event, { text: sentence.text.slice(span.start - sentence.start, span.end - sentence.start), start: span.start, end: span.end, from: date.from, to: date.to, precision: 'week' });
  setPlace(event, place);
  return true;
}

/** Words that tell what an incident caused ("leading to a major fire"). */
const CONSEQUENCE = /^(?:leading|led|causing|caused|sparking|sparked|triggering|triggered|resulting)$/;

/** Words that make an incident a risk rather than a thing that happened. */
const UNREAL = /^(?:imminent|possible|potential|likely|looming|impending|feared|hypothetical|future)$/i;

/** Verbs that tell a toll's change ("rose to 600 on Wednesday"). */
const TOLL_VERBS = /^(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|jumped|stood|stands|topped|passed)$/;

/** Whether `date`, after the incident at `at`, is its toll's day: a verb of the toll's change stands between them. */
function tollDate(sentence: Sentence, at: Token, date: DateMention): boolean {
  return date.start > at.end && sentence.tokens.some((t) => t.start > at.end && t.end <= date.start && TOLL_VERBS.test(t.lower));
}

/** Words of what follows an incident, told before it in a story's first sentence. */
const AFTERMATH = /^(?:toll|aftermath|wake|survivors|rescuers|rescue|recovery|following|cleanup|clean-up|wreckage|rubble|debris)$/;

/** The place named at token `t` when the text introduces it as where something is ("in X", "the city of X"). */
function placeIntroducedAt(ctx: Context, sentence: Sentence, t: Token): LocalEntity | undefined {
  const e = ctx.entityAt(t.start);
  if (e?.type !== 'place' || !e.mentions.some((m) => m.start === t.start)) return undefined;
  const prev = sentence.tokens[t.i - 1];
  const prev2 = sentence.tokens[t.i - 2];
  const compass = prev && /^(?:north|south|east|west)(?:ern|-eastern|-western)?$|^central$/.test(prev.lower);
  let before = compass ? prev2 : prev;
  // ("tore through the iconic Velkor cathedral", "gutted the Velkor museum": what a fire or a blast went through
  // or destroyed, past "the" and the words that describe it)
  let k = before?.i ?? -1;
  while (k > 0 && (sentence.tokens[k]!.lower === 'the' || (/^\p{Ll}+$/u.test(sentence.tokens[k]!.text) && hasTag(sentence.tokens[k], 'Adjective') && !hasTag(sentence.tokens[k], 'Determiner', 'Preposition')))) k--;
  if (k !== before?.i && /^(?:through|destroyed|gutted|damaged|ravaged|engulfed)$/.test(sentence.tokens[k]?.lower ?? '')) before = sentence.tokens[k];
  // "at Tokyo's Haneda Airport": a place within a place the sentence introduces
  if (prev?.possessive && prev.lower !== 'its' && placeIntroducedAt(ctx, sentence, prev)) return e;
  return before && /^(in|at|around|through|across|hit|hits|struck|strikes|rocked|jolted|shook|ravaged|battered|devastated|swept|engulfed|destroyed|gutted|damaged|of)$/.test(before.lower) ? e : undefined;
}

const LOOKS_AHEAD = /^(?:will|shall|'ll|would|could|may|might|upcoming|scheduled|due|next|expected|forecast|risk|risks|threat|threatens|threatened|warn|warns|warned|warning|warnings|prepare|prepares|prepared|brace|braces|braced|possible|potential)$/;


/**
 * "Crowds on Sunday mourned the victims of the earthquake", "the King on Tuesday visited survivors of the
 * flood": an incident told as what another noun is "of" is not dated by a date told before it; that date is
 * the clause's (a date after it, "the victims of the attack on Friday", may still be its own).
 */
function afterOf(sentence: Sentence, opener: Token, date: DateMention | undefined): DateMention | undefined {
  if (!date) return date;
  const of = /^(the|a|an|this|that)$/.test(opener.lower) ? sentence.tokens[opener.i - 1] : undefined;
  // ("the death toll from the earthquake that hit X rose to 600 on Wednesday": a day after an incident told as
  // what follows it, its toll or its aftermath, is the aftermath's)
  if (date.start >= opener.end && of && /^(?:from|of)$/.test(of.lower) && AFTERMATH.test(sentence.tokens[of.i - 1]?.lower ?? '') && tollDate(sentence, opener, date)) return undefined;
  if (date.start >= opener.end) return date;
  return of?.lower === 'of' ? undefined : date;
}

/**
 * "X was sentenced on Friday", "X was indicted in May": what happened to a person or a body, dated in its
 * clause, named by the verb's noun ("X sentencing"); "the sentencing" later refers back to it.
 */
function passive(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token, noun = PASSIVE_EVENTS.get(verb.lower)!): void {
  const aux = sentence.tokens[verb.i - 1];
  // ("X has been sentenced": past the perfect's "has" to its subject)
  const perfect = aux?.lower === 'been' && /^(has|have|had)$/.test(sentence.tokens[verb.i - 2]?.lower ?? '');
  const subject = sentence.tokens[verb.i - (perfect ? 3 : 2)];
  // ("Jurors convicted former officer Ana Lind on Tuesday": the one it was done to, named after the verb)
  // (and "a jury has found X guilty": the perfect's participle)
  if (aux && !/^(was|were|is|been|be)$/.test(aux.lower) && (hasTag(verb, 'PastTense') || /^(?:has|have|had)$/.test(aux.lower))) {
    const object = objectPerson(ctx, sentence, verb);
    if (object) doneBy(ctx, events, sentence, s, verb, object, noun, s === 0 ? ledeDays(ctx) : undefined);
    return;
  }
  if (!aux || !subject || !/^(was|were|is|has been|had been|been)$/.test(aux.lower)) return;
  const who = /[,;:]/.test(subject.post) ? subjectBeforeAside(ctx, sentence, aux) : ctx.entityAt(subject.start);
  if (who?.type !== 'person' && who?.type !== 'organization') return;
  // ("X was found guilty of murder", the story's opening: its news, of the article's day or the days before)
  doneBy(ctx, events, sentence, s, verb, who, noun, s === 0 && aux.lower !== 'is' ? ledeDays(ctx) : undefined);
}

/** "found guilty", "found former mayor Ana Lind guilty": "guilty" right after "found" or after its object, in one clause. */
function foundGuilty(sentence: Sentence, found: Token): boolean {
  // (past an apposition after the name: "found Ana Lind, the former officer who knelt on his neck, guilty")
  let aside = false;
  for (let k = found.i + 1; k < sentence.tokens.length && k <= found.i + (aside ? 30 : 7); k++) {
    const t = sentence.tokens[k]!;
    if (aside) {
      if (/;|:/.test(t.post)) return false;
      if (/,/.test(t.post)) return sentence.tokens[k + 1]?.lower === 'guilty';
      continue;
    }
    if (t.lower === 'guilty') return true;
    if (/^,\s*$/.test(t.post) && isCapitalised(t) && sentence.tokens[k + 1]?.lower === 'the') {
      aside = true;
      continue;
    }
    if (/[,;:]/.test(t.post) || hasTag(t, 'Verb')) return false;
  }
  return false;
}

/** The person right after a verb, past an article and the words of an office: "convicted former officer Ana Lind". */
function objectPerson(ctx: Context, sentence: Sentence, verb: Token): LocalEntity | undefined {
  for (let k = verb.i + 1; k < sentence.tokens.length && k <= verb.i + 6; k++) {
    const t = sentence.tokens[k]!;
    const e = ctx.entityAt(t.start);
    // (a place in the office is where it is: "former Portmere police officer", and a body is whose office it is:
    // "sentenced Tesk Bank Vice Chairman Ana Lind", a capitalised office word after it)
    if (e && e.type !== 'place' && !(e.type === 'organization' && officeAfter(ctx, sentence, k, e))) return e.type === 'person' ? e : undefined;
    const word = /^\p{Ll}/u.test(t.text) && !hasTag(t, 'Preposition', 'Conjunction', 'Pronoun', 'PastTense', 'Modal');
    if (/[,;:]/.test(t.post) || !(word || isCapitalised(t))) return undefined;
  }
  return undefined;
}

/** Whether the body `e`, whose name has a word at token `k`, is followed by a capitalised word of an office ("Tesk Bank Vice Chairman"). */
function officeAfter(ctx: Context, sentence: Sentence, k: number, e: LocalEntity): boolean {
  let j = k;
  while (sentence.tokens[j + 1] && ctx.entityAt(sentence.tokens[j + 1]!.start) === e && !/[,;:]/.test(sentence.tokens[j]!.post)) j++;
  const next = sentence.tokens[j + 1];
  return !!next && !/[,;:]/.test(sentence.tokens[j]!.post) && isCapitalised(next) && !ctx.entityAt(next.start) && hasTag(next, 'RoleHead', 'TitleModifier', 'Actor');
}

/**
 * "X, the heir of Tesk Bank, was convicted": the person the sentence opens with, when everything between them and
 * the verb's auxiliary is one description set off by commas.
 */
function subjectBeforeAside(ctx: Context, sentence: Sentence, aux: Token): LocalEntity | undefined {
  const open = sentence.tokens.findIndex((t) => /,/.test(t.post));
  if (open < 0 || open >= aux.i - 2 || !/,\s*$/.test(sentence.tokens[aux.i - 1]!.post)) return undefined;
  const who = ctx.entityAt(sentence.tokens[open]!.start);
  if (who?.type !== 'person' || sentence.tokens.slice(0, open).some((t) => ctx.entityAt(t.start) !== who)) return undefined;
  const aside = sentence.tokens.slice(open + 1, aux.i);
  if (!/^(the|a|an)$/.test(aside[0]!.lower) || aside.slice(0, -1).some((t) => /[,;:]/.test(t.post)) || aside.some((t) => hasTag(t, 'Verb') && !hasTag(t, 'Participle', 'Adjective'))) return undefined;
  return who;
}

/**
 * "Prime Minister X resigned on Monday", "X has resigned": what the person right before the verb did, dated in
 * its sentence, the same event as "X's resignation".
 */
function active(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  // back over the auxiliaries and adverbs to the subject: "X has formally resigned", "X will resign"
  let k = verb.i - 1;
  while (k >= 0 && (AUXILIARIES.test(sentence.tokens[k]!.lower) || (hasTag(sentence.tokens[k], 'Adverb') && /ly$/.test(sentence.tokens[k]!.lower)))) k--;
  const subject = sentence.tokens[k];
  if (!subject || /[,;:]/.test(subject.post)) return;
  // ("X has announced she will resign": a pronoun stands for the one person named before it in the sentence)
  const named = ctx.entityAt(subject.start);
  const who = named ?? (/^(?:she|he)$/.test(subject.lower) ? oneBefore(ctx, sentence, subject, 'person') : undefined);
  if (who?.type !== 'person') return;
  // ("X has resigned as leader", the story's opening: its news, of the article's day or the days before)
  const done = s === 0 && sentence.tokens.slice(k + 1, verb.i).some((t) => t.lower === 'has') && verb.lower === 'resigned';
  doneBy(ctx, events, sentence, s, verb, who, ACTIVE_EVENTS.get(verb.lower)!, done ? ledeDays(ctx) : undefined);
}

const AUXILIARIES = /^(?:has|had|have|will|would|shall|to|is|was|be|set|due)$/;

/** The one entity of `type` named in `sentence` before `at` ("she" of "X has announced she will resign"; who "filed for bankruptcy"), or undefined when none or several are. */
function oneBefore(ctx: Context, sentence: Sentence, at: Token, type: LocalEntity['type']): LocalEntity | undefined {
  const found = new Set(sentence.tokens.filter((t) => t.end <= at.start).map((t) => ctx.entityAt(t.start)).filter((e) => e?.type === type));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The event `noun` of `who`, told by `verb` and dated in its sentence ("X sentencing", "X resignation"). */
function doneBy(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token, who: LocalEntity, noun: string, otherwise?: DateMention): void {
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const told = nearestDate(ctx, sentence, span);
  // ("was sentenced for murdering X on 14 February 2013": a day after "for" and the deed is the deed's)
  const deed = !!told && told.start > verb.end && sentence.tokens.some((t) => t.start > verb.end && t.end <= told.start && t.lower === 'for' && hasTag(sentence.tokens[t.i + 1], 'Gerund', 'Noun') && !hasTag(sentence.tokens[t.i + 1], 'Date', 'Value'));
  const date = (deed ? undefined : told) ?? otherwise;
  if (!date) return;
  const event = upsert(events, `${short(who)} ${noun}`, span);
  event.contest = noun;
  event.participants = [who];
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, verb));
}

/** "Gunmen stormed the X Museum on Tuesday": an attack on a named place, dated in its sentence. */
function assault(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const prev = sentence.tokens[verb.i - 1];
  if (prev && /^(was|were|is|are|been|be)$/.test(prev.lower)) return; // "their homes were attacked": told elsewhere
  let k = verb.i + 1;
  // "agents blew up the X Embassy": the phrasal verb's particle, then its object
  if (verb.lower === 'blew' && sentence.tokens[k++]?.lower !== 'up') return;
  if (sentence.tokens[k]?.lower === 'the') k++;
  const object = sentence.tokens[k];
  const named = object && ctx.entityAt(object.start);
  const site = named ? undefined : siteAt(ctx, sentence, k);
  if (named?.type !== 'place' && !site) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const noun = ASSAULT_VERBS.get(verb.lower)!;
  const place = named?.type === 'place' ? named : placeNear(ctx, sentence, verb);
  const name = `${named?.type === 'place' ? named.name : site} ${noun}`;
  recordIncident(events, { name, contest: noun, span, date, place, aliasTwin: true });
}

/**
 * "the United Provinces Embassies in A and B": capitalised words from token `k` that end in a site's noun
 * ("Embassy", "Museums") and that no entity stands for: the site's name as written.
 */
function siteAt(ctx: Context, sentence: Sentence, k: number): string | undefined {
  const run: Token[] = [];
  for (let j = k; j < sentence.tokens.length; j++) {
    const t = sentence.tokens[j]!;
    if (!isCapitalised(t) || ctx.entityAt(t.start)) break;
    run.push(t);
    if (!/^\s+$/.test(t.post)) break;
  }
  const head = run.at(-1);
  if (run.length < 2 || !head || !SITE_HEADS.has(head.lower.replace(/ies$/, 'y').replace(/s$/, ''))) return undefined;
  return sentence.text.slice(run[0]!.start - sentence.start, head.end - sentence.start);
}

/** Plurals that name people ("civilians", "worshippers", "tourists", "Christians"): "killed 200 jobs" is words. */
const PEOPLE = /(?:ers|ors|ians|ists|ees|ants|ents|men|people|children|hostages|troops|pilgrims|guards|police|monks|nuns|girls|boys|kids|babies|adults|victims)$/;
const isPeople = (t: Token) => hasTag(t, 'Actor', 'Trade', 'ProperNoun') || PEOPLE.test(t.lower);

/** Words between a verb and a count that qualify it: "at least", "more than", "nearly". */
const QUANTIFIERS = /^(at|least|more|than|nearly|about|some|almost|over|around|up|to)$/;

/**
 * "Militants beheaded 12 hostages in May", "seven worshippers were killed in Ohio in June": deaths of a counted
 * group, dated in the sentence, named by the verb's noun and the victims ("beheading of 12 hostages"). The
 * same deaths as an incident of that sentence or day ("the attack Tuesday") are that incident.
 */
function killing(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const toks = sentence.tokens;
  // ("the earthquake that has killed 1,000 people": past the perfect's "has" to the relative pronoun)
  const perfect = /^(has|have|had)$/.test(toks[verb.i - 1]?.lower ?? '') && /^(that|which)$/.test(toks[verb.i - 2]?.lower ?? '');
  const aux = toks[verb.i - 1 - (perfect ? 1 : 0)];
  // "the earthquake that killed 2,000 people", "the blast killed 12": the deaths are the incident's, told by its noun
  const subject = aux && /^(that|which)$/.test(aux.lower) ? toks[aux.i - 1] : aux;
  const told = subject && nounAt(sentence, subject);
  if (told && INCIDENTS.has(told.word)) return;
  // "the 2015 Portmere attacks that killed 130 people": an incident the tagger read as a verb, or one the text names
  if (subject && (INCIDENTS.has(subject.lower) || ctx.entityAt(subject.start)?.type === 'event')) return;
  // "two blasts in the city's port, which killed 50": the relative clause is of the incident a few words back
  if (aux && /^(that|which)$/.test(aux.lower)) {
    for (let k = aux.i - 1; k >= 0 && k >= aux.i - 8; k--) {
      const back = nounAt(sentence, toks[k]!);
      if (back && INCIDENTS.has(back.word)) return;
    }
  }
  // "the explosion at the port of X has killed 100 people": the clause's subject is an incident a few words back
  for (let k = verb.i - 1; k >= 0 && k >= verb.i - 10; k--) {
    const back = toks[k]!;
    if (/[,;:]/.test(back.post) || back.lower === 'that' || SPEECH_VERBS.has(back.lower)) break;
    const noun = nounAt(sentence, back);
    if (noun && INCIDENTS.has(noun.word)) return;
  }
  const isCount = (t: Token | undefined) => !!t && hasTag(t, 'Value') && !hasTag(t, 'Date', 'Ordinal', 'Money', 'Percent');
  let victims: { first: Token; last: Token } | undefined;
  if (aux && /^(was|were)$/.test(aux.lower)) {
    // "<count> [describing words] <people> were killed"
    const head = toks[verb.i - 2];
    if (head && hasTag(head, 'Plural') && /^\s+$/.test(head.post)) {
      for (let k = head.i - 1; k >= 0 && k >= head.i - 4; k--) {
        const t = toks[k]!;
        if (isCount(t)) {
          victims = { first: t, last: head };
          break;
        }
        if (!/^[\s-]+$/.test(t.post) || hasTag(t, 'Verb', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction')) break;
      }
    }
  } else if (!aux || !/^(be|been|being|is|are)$/.test(aux.lower)) {
    // "<verb> [at least] <count> [describing words] <people>"
    let k = verb.i + 1;
    while (k <= verb.i + 2 && toks[k] && QUANTIFIERS.test(toks[k]!.lower)) k++;
    if (isCount(toks[k])) {
      for (let j = k + 1; j <= k + 3 && toks[j]; j++) {
        const t = toks[j]!;
        if (hasTag(t, 'Plural') && !hasTag(t, 'Date', 'Value')) {
          victims = { first: toks[verb.i + 1]!, last: t };
          break;
        }
        if (hasTag(t, 'Verb', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Value') || !/^[\s-]+$/.test(toks[j - 1]!.post)) break;
      }
    }
  }
  if (!victims) {
    namedKilling(ctx, events, sentence, s, verb);
    return;
  }
  if (!isPeople(victims.last)) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const noun = KILLING_VERBS.get(verb.lower)!;
  const who = sentence.text.slice(victims.first.start - sentence.start, victims.last.end - sentence.start);
  const name = `${noun} of ${who}`;
  const place = placeNear(ctx, sentence, verb);
  recordIncident(events, { name, contest: noun, span, date, place });
}

/**
 * "Ana Lind, 20, was shot and killed on April 11", "Lind was killed in May 2020": a named person's killing, dated
 * in its sentence, named by the person ("Lind killing", as "the killing of Ana Lind" is).
 */
function namedKilling(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const toks = sentence.tokens;
  let k = verb.i - 1;
  // ("was shot and killed": past the first verb)
  if (toks[k]?.lower === 'and' && hasTag(toks[k - 1], 'PastTense', 'Participle')) k -= 2;
  if (!/^(?:was|were)$/.test(toks[k]?.lower ?? '')) return;
  // (past an age in commas: "Ana Lind, 20, was killed")
  const age = /^\d{1,3}$/.test(toks[k - 1]?.text ?? '') && /,\s*$/.test(toks[k - 2]?.post ?? '');
  const subject = toks[k - (age ? 2 : 1)];
  const victim = subject && ctx.entityAt(subject.start);
  if (!subject || victim?.type !== 'person' || !victim.mentions.some((m) => m.end === subject.end)) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const event = recordIncident(events, { name: `${short(victim)} killing`, contest: 'killing', span, date, place: placeNear(ctx, sentence, verb) });
  if (event) event.participants = [victim];
}

/**
 * "Last fall, Kenyans elected a new parliament", "In 2011, voters had elected a government led by …": an
 * election told by what its voters did, dated in the sentence. It is the country's whose people voted, else
 * the place named before the verb ("In Peru, voters elected"), else the country the story is most about
 * (not one named after the verb: "a movement like Chile's ruling party"); an election of that date already
 * told is the same one.
 */
function electorate(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  let k = verb.i - 1;
  if (/^(had|have|has)$/.test(sentence.tokens[k]?.lower ?? '')) k--;
  const subject = sentence.tokens[k];
  if (!subject || /[,;:]/.test(subject.post)) return;
  const country = /s$/.test(subject.text) ? countryOfDemonym(subject.text) : undefined;
  if (!country && !/^(voters|electors|electorate)$/.test(subject.lower)) return;
  const span: Span = { start: subject.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const place =
    (country ? ctx.entities.find((e) => e.type === 'place' && e.name === country) : undefined) ??
    placeBefore(ctx, sentence, verb) ??
    (country ? undefined : mainCountry(ctx));
  // "Brazilians voted on Sunday in a runoff": the contest the sentence names; else an election of that date
  const same =
    events.find((e) => !!e.contest && CONTESTS.has(e.contest) && e.mentions.some((m) => m.sentence === s)) ??
    events.find((e) => e.contest?.startsWith('election') && !!e.date && compatible(e.date, date) && (!place || !e.place || e.place === place));
  if (same) {
    same.mentions.push(span);
    setPlace(same, place);
    return;
  }
  const event = upsert(events, [asYear(date), country ? subject.text.replace(/s$/, '') : '', 'election'].filter(Boolean).join(' '), span);
  event.contest = 'election';
  setDate(event, date);
  setPlace(event, place);
}

/**
 * "A gunman opened fire at a cinema in Ohio on Thursday": a shooting, dated in the sentence, at the place it
 * names; the same shooting as an incident of that sentence or day ("stormed the X Museum on Tuesday").
 */
function gunfire(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, fire: Token): void {
  const span: Span = { start: sentence.tokens[fire.i - 1]!.start, end: fire.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const target = entityAfter(ctx, sentence, fire);
  const place = target?.type === 'place' ? target : placeNear(ctx, sentence, fire);
  const name = `${target ? short(target) : place ? place.name : asYear(date)} shooting`;
  const event = recordIncident(events, { name, contest: 'shooting', span, date, place });
  if (event && target && target.type !== 'place') event.participants = [target];
}

/**
 * "The cargo ship Vela-3 broke up over the Arctic on Monday", "a Kestrel rocket carrying a satellite exploded
 * in May 2014": a named craft lost, told by the verb, dated in the sentence. Its name is the craft's name as
 * written (with the craft's noun when it follows the name) and the verb's noun ("Kestrel rocket explosion");
 * a craft the text does not name ("an unmanned cargo ship") makes no event.
 */
function wreck(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const toks = sentence.tokens;
  if (verb.lower === 'broke' && toks[verb.i + 1]?.lower !== 'up') return;
  // the clause's start: after the last punctuation or "and" / "but" before the verb
  let start = 0;
  for (let k = verb.i - 1; k >= 0; k--) {
    if (/[,;:()]/.test(toks[k]!.post)) {
      start = k + 1;
      break;
    }
    // ("a plane carrying 144 passengers and six crew members crashed": an "and" inside the subject, between two
    // counts, opens no clause)
    if (/^(and|but|after|when|as|before|because)$/.test(toks[k]!.lower) && !(toks[k]!.lower === 'and' && /^\d|^(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)$/.test(toks[k + 1]?.lower ?? ''))) {
      start = k + 1;
      break;
    }
  }
  // "a coast guard aircraft that collided with", "… before it collided with": craft the text does not name
  const subject = toks[verb.i - 1];
  if (UNNAMED_WRECKS.has(verb.lower) && subject && /^(it|that|which)$/.test(subject.lower) && toks.slice(0, verb.i).some((t) => CRAFTS.has(t.lower))) {
    unnamedWreck(ctx, events, sentence, s, verb, subject.lower !== 'it');
    return;
  }
  // the subject: "a" / "an" / "the" and the words after it, up to a participle ("carrying …") or the verb
  const opener = toks[start];
  if (!opener || !/^(a|an|the)$/.test(opener.lower)) return;
  const phrase: Token[] = [];
  for (let k = start + 1; k < verb.i; k++) {
    const t = toks[k]!;
    // "unmanned", "disabled": a past participle describing the craft, not a verb of the clause
    if ((hasTag(t, 'Gerund', 'Preposition', 'Determiner') || (hasTag(t, 'Verb') && !hasTag(t, 'PastTense'))) && !isCapitalised(t)) break;
    phrase.push(t);
  }
  const head = phrase.findLast((t) => CRAFTS.has(t.lower));
  const isName = (t: Token) => isCapitalised(t) && !isDemonym(t.text) && ctx.entityAt(t.start)?.type !== 'place';
  const first = phrase.find(isName);
  if (!head) return;
  if (!first) {
    if (UNNAMED_WRECKS.has(verb.lower)) unnamedWreck(ctx, events, sentence, s, verb, false);
    return;
  }
  const last = first.i < head.i ? head : phrase.at(-1)!;
  const craft = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const noun = WRECK_VERBS.get(verb.lower)!;
  const place = placeAfterVerb(ctx, sentence, verb) ?? placeNear(ctx, sentence, verb);
  recordIncident(events, { name: `${craft} ${noun}`, contest: noun, span, date, place });
}

/** Wrecks of craft the text does not name that still make an event, named by where they happened. */
const UNNAMED_WRECKS = new Set(['collided', 'crashed']);

/**
 * "Five died after a coast guard plane collided with a jet at Tokyo's X Airport", "… before it collided with a
 * jet on a runway at X Airport on Tuesday": a wreck of craft the text does not name, at a place the sentence
 * introduces, is that place's collision (or crash). Dated in its clause; undated in the story's first sentence
 * (not in a relative clause, "an aircraft that collided", which recalls it), that day's news; else undated.
 */
function unnamedWreck(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token, relative: boolean): void {
  if (sentence.tokens.some((t) => LOOKS_AHEAD.test(t.lower))) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const noun = WRECK_VERBS.get(verb.lower)!;
  const own = datesIn(ctx, sentence).length ? ownDate(ctx, sentence, span) : undefined;
  if (own) recordLede(ctx, events, sentence, span, noun, noun, own);
  else if (datesIn(ctx, sentence).length) return;
  else if (s === 0 && !relative) recordLede(ctx, events, sentence, span, noun, noun, { from: addDays(ctx.articleDate, -2), to: ctx.articleDate });
  else recordLede(ctx, events, sentence, span, noun, noun, undefined);
}

/**
 * "… with 140 pilot whales beaching and dying on Stewart Cay, 51 stranded on the Tern Islands": a counted group
 * left on a shore the text names, dated in the sentence: that place's stranding, one for each place.
 */
function stranding(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const toks = sentence.tokens;
  const isCount = (t: Token | undefined) => !!t && hasTag(t, 'Value') && !hasTag(t, 'Date', 'Ordinal', 'Money', 'Percent');
  // the count right before the verb, past a few describing words ("140 pilot whales")
  let k = verb.i - 1;
  while (k >= 0 && k >= verb.i - 4 && !isCount(toks[k])) {
    const t = toks[k]!;
    if (!/^\p{Ll}+$/u.test(t.text) || !hasTag(t, 'Noun', 'Adjective') || !/^\s+$/.test(t.post)) return;
    k--;
  }
  if (!isCount(toks[k])) return;
  // the shore: "on", "in", "at" or "near" and a place, past "and dying", "and dead"
  let place: LocalEntity | undefined;
  for (let j = verb.i + 1; j < toks.length && j <= verb.i + 6; j++) {
    const t = toks[j]!;
    if (/[,;:]/.test(toks[j - 1]!.post)) return;
    const e = ctx.entityAt(t.start);
    if (e) {
      if (e.type === 'place' && /^(on|in|at|near|the)$/.test(toks[j - 1]!.lower)) place = e;
      break;
    }
    if (/^(on|in|at|near|the|and|ashore)$/.test(t.lower) || (toks[j - 1]!.lower === 'and' && /^\p{Ll}+$/u.test(t.text))) continue;
    return;
  }
  if (!place) return;
  const span: Span = { start: toks[k]!.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const event = events.find((e) => e.contest === 'stranding' && e.place === place) ?? upsert(events, `${place.name} stranding`, span);
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.contest = 'stranding';
  setDate(event, date);
  setPlace(event, place);
}

/** The place a few words after a verb, after "into", "over", "in", "near", "off" or "on" ("plunged into the X Ocean"). */
function placeAfterVerb(ctx: Context, sentence: Sentence, verb: Token): LocalEntity | undefined {
  for (let k = verb.i + 1; k < sentence.tokens.length && k <= verb.i + 6; k++) {
    const t = sentence.tokens[k]!;
    if (/^(into|over|in|near|off|on|the|up)$/.test(t.lower)) continue;
    const e = ctx.entityAt(t.start);
    return e?.type === 'place' && /^(into|over|in|near|off|on|the)$/.test(sentence.tokens[k - 1]!.lower) ? e : undefined;
  }
  return undefined;
}

/**
 * An incident told at `span`: the same one as an incident already told in that sentence or on that day (the
 * span joins it, and with `aliasTwin` its name too), else a new one. Returns the new event, or undefined when
 * it joined another.
 */
function recordIncident(
  events: LocalEntity[],
  o: { name: string; contest: string; span: Span; date: DateMention; place: LocalEntity | undefined; aliasTwin?: boolean },
): LocalEntity | undefined {
  const { span, date } = o;
  const twin = events.find((e) => isIncident(e) && e.date && compatible(e.date, date) && (e.mentions.some((m) => m.sentence === span.sentence) || sameDay(e.date, date)));
  if (twin) {
    twin.mentions.push(span);
    if (o.aliasTwin && twin.contest) twin.aliases.add(o.name);
    setPlace(twin, o.place);
    return undefined;
  }
  const event = upsert(events, o.name, span);
  event.contest = o.contest;
  setDate(event, date);
  setPlace(event, o.place);
  return event;
}

/** What a crowd did, and the event's noun: "two million people marched in X on Sunday" is the X march. */
const CROWD_VERBS = new Map([
  ['marched', 'march'],
  ['rallied', 'rally'],
  ['protested', 'protest'],
  ['demonstrated', 'protest'],
]);
/** Words for a crowd as a clause's subject ("two million people", "thousands of residents", "protesters"). */
const CROWD_NOUNS = /^(?:people|protesters|protestors|demonstrators|marchers|residents|citizens|students|workers|supporters|thousands|millions|hundreds|crowds)$/;

/**
 * "As many as two million people marched in Tesk today", "two million protesters marched through Tesk's streets
 * on Sunday": a crowd's march, rally or protest, dated in its sentence (or the story's opening news), named by its
 * place ("Tesk march").
 */
function crowdMarched(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  const before = sentence.tokens.slice(Math.max(0, verb.i - 4), verb.i);
  if (!before.some((t) => CROWD_NOUNS.test(t.lower)) || before.some((t) => /[,;:]/.test(t.post) || (hasTag(t, 'Verb') && !hasTag(t, 'Participle') && t.lower !== 'estimated'))) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  // (or the one place its sentence names: "coursed through Tesk's streets as protesters marched")
  const places = [...new Set(sentence.tokens.map((t) => ctx.entityAt(t.start)).filter((e): e is LocalEntity => e?.type === 'place'))];
  const place = placeNear(ctx, sentence, verb) ?? (places.length === 1 ? places[0] : undefined);
  const date = nearestDate(ctx, sentence, span) ?? (s === 0 ? ledeDays(ctx) : undefined);
  if (!place || !date) return;
  const noun = CROWD_VERBS.get(verb.lower)!;
  const event = upsert(events, `${place.name} ${noun}`, span);
  event.contest = noun;
  setDate(event, date);
  setPlace(event, place);
}

/**
 * "Storm Velkor made landfall in <place> on Wednesday", "… making landfall at 3 p.m.": the storm's landfall, an
 * event of its own beside the storm's, dated by its sentence, else on the article's day (a landfall is reported
 * as it happens), where its sentence says. The storm is the event named before the verb.
 */
function landfall(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, tok: Token): void {
  const verb = sentence.tokens[tok.i - 1];
  if (!verb || !/^(?:make|makes|made|making)$/.test(verb.lower)) return;
  let storm: LocalEntity | undefined;
  for (const t of sentence.tokens) {
    if (t.start >= verb.start) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'event' && !e.contest) storm = e;
  }
  if (!storm || clauseTense(sentence, tok.start) === 'future') return;
  const span: Span = { start: tok.start, end: tok.end, sentence: s };
  const date = nearestDate(ctx, sentence, span) ?? { text: tok.text, start: tok.start, end: tok.end, from: ctx.articleDate, to: ctx.articleDate, precision: 'day' };
  const event = upsert(events, `${storm.name} landfall`, span);
  event.contest = 'landfall';
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, tok));
}

/** The heads of built things that fall: "the Ostrel Bridge collapsed". */
const STRUCTURES = /^(?:Bridge|Dam|Tower|Towers|Building|Mall|Tunnel|Viaduct|Overpass|Mine)$/;

/**
 * "The Ostrel Bridge in Portmere collapsed early on Tuesday": a named structure that falls, told as the verb's
 * subject in a dated sentence, is one event, "Ostrel Bridge collapse", where the structure is.
 */
function structureFell(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, verb: Token): void {
  if (verb.lower === 'collapsed' && unnamedCollapse(ctx, events, sentence, s, verb)) return;
  if (clauseTense(sentence, verb.start) === 'future') return;
  let structure: LocalEntity | undefined;
  for (let k = verb.i - 1; k >= 0; k--) {
    const t = sentence.tokens[k]!;
    if (/[,;:]/.test(t.post) && k < verb.i - 1) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'place' && STRUCTURES.test(e.name.split(/\s+/).at(-1)!)) structure = e;
  }
  if (!structure) return;
  const span: Span = { start: verb.start, end: verb.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const name = `${structure.name} collapse`;
  // "the Ostrel Bridge collapse" named elsewhere in the story by the structure's short name is this one
  const forms = new Set([structure.name, ...structure.aliases].map((n) => normalizeName(`${n} collapse`)));
  const named = ctx.entities.find((e) => e.type === 'event' && forms.has(normalizeName(e.name)));
  if (named && named.name !== name) {
    named.aliases.add(named.name);
    named.name = name;
  }
  const event = named ?? events.find((e) => e.contest === 'collapse' && e.place === structure) ?? upsert(events, name, span);
  if (!event.mentions.includes(span)) event.mentions.push(span);
  event.contest = 'collapse';
  setDate(event, date);
  setPlace(event, structure);
}

/** Built things that fall, written in lower case ("a bridge collapse", "the collapse of a motorway bridge"). */
const FALLEN = /^(?:bridge|footbridge|dam|tower|building|mall|tunnel|viaduct|overpass|flyover|mine|stadium|roof|factory|hotel)$/;

/**
 * "after a bridge collapse killed 39 people", "following the collapse of a bridge in the city of Portmere",
 * "a motorway bridge collapsed Tuesday in Portmere": an unnamed structure that fell, told in a story's first
 * sentence, is its news: one event, "<place> <structure> collapse", where the sentence places it, on the day
 * it tells after the structure, else in the days before the story. `at` is the noun "collapse" or the verb
 * "collapsed".
 */
function unnamedCollapse(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, at: Token): boolean {
  const toks = sentence.tokens;
  // ("are believed to have been killed after a bridge collapsed": the verb's own past tells it happened; "a
  // collapse could …", "warned of a bridge collapse": a risk)
  if (s !== 0 || toks.slice(0, at.i).some((t) => LOOKS_AHEAD.test(t.lower))) return false;
  let structure = toks[at.i - 1];
  if (at.lower === 'collapse' && !(structure && FALLEN.test(structure.text))) {
    // "the collapse of a [describing words] bridge"
    structure = undefined;
    if (toks[at.i + 1]?.lower === 'of' && /^(a|an|the)$/.test(toks[at.i + 2]?.lower ?? '')) {
      for (let k = at.i + 3; k < at.i + 6 && toks[k]; k++) {
        if (FALLEN.test(toks[k]!.text)) {
          structure = toks[k];
          break;
        }
        if (!/^\p{Ll}+$/u.test(toks[k]!.text) || !/^\s+$/.test(toks[k]!.post)) break;
      }
    }
  }
  if (!structure || !FALLEN.test(structure.text)) return false;
  const told = datesIn(ctx, sentence).find((d) => d.start > structure.start && !isReportingDate(sentence, d) && d.to <= ctx.articleDate);
  const span: Span = { start: Math.min(structure.start, at.start), end: Math.max(structure.end, at.end), sentence: s };
  return recordLede(ctx, events, sentence, span, `${structure.lower} collapse`, 'collapse', told ?? { from: addDays(ctx.articleDate, -2), to: ctx.articleDate });
}

/** A place after "in" before the verb: "In Peru, voters elected …". */
function placeBefore(ctx: Context, sentence: Sentence, verb: Token): LocalEntity | undefined {
  for (const t of sentence.tokens) {
    if (t.start >= verb.start) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'place' && sentence.tokens[t.i - 1]?.lower === 'in') return e;
  }
  return undefined;
}

/**
 * "X will … address the Y Union when he travels on Sunday", "X's address to the Y Assembly in May": a
 * person's speech to a body, dated in the sentence, named "X address to Y".
 */
function speech(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, word: Token): void {
  const toks = sentence.tokens;
  let k = word.i + 1;
  if (word.lower === 'address' && toks[k]?.lower === 'to' && !hasTag(toks[word.i - 1], 'Modal', 'Conjunction')) k++; // the noun
  else if (!hasTag(word, 'Verb') && toks[word.i - 1]?.lower !== 'to') return; // "is due to address": a verb the tagger calls a noun
  if (toks[k]?.lower === 'the') k++;
  const object = toks[k];
  const body = object && ctx.entityAt(object.start);
  if (body?.type !== 'organization') return;
  const mention = body.mentions.find((m) => m.start <= object!.start && m.end > object!.start);
  const last = mention && [...toks].reverse().find((t) => t.end <= mention.end);
  if (last?.possessive) return; // "address the Union's concerns"
  let speaker: LocalEntity | undefined;
  for (let j = word.i - 1; j >= 0 && !speaker; j--) {
    const e = ctx.entityAt(toks[j]!.start);
    if (e?.type === 'person') speaker = e;
  }
  if (!speaker) return;
  const span: Span = { start: word.start, end: object!.end, sentence: s };
  const date = nearestDate(ctx, sentence, span);
  if (!date) return;
  const event = upsert(events, `${short(speaker)} address to ${body.name}`, span);
  event.participants = [speaker, body];
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, word));
}

/** The country the story names most often: where an election of unnamed voters is held. */
function mainCountry(ctx: Context): LocalEntity | undefined {
  const countries = ctx.entities.filter((e) => e.type === 'place' && countryName(e.name) === e.name && e.mentions.length);
  return countries.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

const sameDay = (a: DateMention, b: DateMention) => a.precision === 'day' && b.precision === 'day' && a.from === b.from;

/** An incident: one described in words ("2002 attack") or named ("the Ridge Fire"). */
const isIncident = (e: LocalEntity) =>
  e.type === 'event' && (e.contest ? INCIDENTS.has(e.contest) : INCIDENTS.has(e.name.split(/\s+/).pop()!.toLowerCase()));

/** The incident the text last told of before sentence `s`, at a date that fits: what "the blaze" refers to. */
function told(ctx: Context, events: LocalEntity[], s: number, date: DateMention, word: string): LocalEntity | undefined {
  let best: { e: LocalEntity; at: number } | undefined;
  // (not one of another sudden kind: "the earthquake that hit Marrakesh on Friday" is no flood told before)
  const kind = SUDDEN_INCIDENTS.get(word);
  for (const e of [...ctx.entities, ...events]) {
    if (!isIncident(e) || (e.date && !compatible(e.date, date))) continue;
    const other = SUDDEN_INCIDENTS.get(e.contest ?? e.name.split(/\s+/).pop()!.toLowerCase());
    if (kind && other && kind !== other) continue;
    const at = Math.max(-1, ...e.mentions.filter((m) => m.sentence < s).map((m) => m.sentence));
    if (at >= 0 && (!best || at > best.at)) best = { e, at };
  }
  return best?.e;
}

/**
 * Lower-case words that describe an incident between its article and its noun: "a car bombing", "a mass
 * stranding", "a cruise missile strike", "a popular uprising". The nouns among them name its kind and stay
 * in its name; adjectives ("popular") do not. Only when an article, a possessive or a year opens them.
 */
function describers(sentence: Sentence, from: Token): { first: Token; nouns: string[] } | undefined {
  const nouns: string[] = [];
  let first: Token | undefined;
  // (three words, a word of two joined counting once)
  let reach = from.i - 3;
  for (let k = from.i - 1; k >= 0 && k >= reach; k--) {
    const t = sentence.tokens[k]!;
    // a measure written with a hyphen ("the magnitude-6.8 quake", "a 6.8-magnitude quake") describes it
    const left = sentence.tokens[k - 1];
    const joined = !!left && /^[-–]$/.test(left.post) && /^[\p{Ll}\d.]+$/u.test(left.text + t.text);
    if (/^\s+$/.test(t.post) && !t.possessive && (joined || /^[\p{Ll}\d.]+[-–][\p{Ll}\d.]+$/u.test(t.text)) && /\p{Ll}/u.test(t.text + (joined ? left.text : ''))) {
      first = joined ? left : t;
      if (joined) k--;
      continue;
    }
    // ("the East-West prisoner swap": two directions joined describe what is between them)
    if (/^\s+$/.test(t.post) && left && /^[-–]$/.test(left.post) && /^(?:North|South|East|West)$/.test(t.text) && /^(?:North|South|East|West)$/.test(left.text)) {
      first = left;
      k--;
      reach--;
      continue;
    }
    // "a magnitude 7.8 earthquake", "a 7.8 magnitude quake": the measure and its number
    if (/^\s+$/.test(t.post) && /^\d+(?:\.\d+)?$/.test(t.text) && (left?.lower === 'magnitude' || sentence.tokens[k + 1]?.lower === 'magnitude')) {
      first = left?.lower === 'magnitude' ? left : t;
      if (left?.lower === 'magnitude') k--;
      continue;
    }
    // "a rare, strong earthquake": describing words in a row may be set apart by commas
    const listed = /^,\s+$/.test(t.post) && hasTag(t, 'Adjective') && hasTag(sentence.tokens[k + 1], 'Adjective');
    // (a possessive pronoun opens the phrase: the tagger may read "its" as a noun)
    if ((!/^\s+$/.test(t.post) && !listed) || !/^\p{Ll}+$/u.test(t.text) || t.possessive || /^(?:its|his|her|their|our|my|your)$/.test(t.lower)) break;
    // ("freed in the biggest prisoner swap since …": a superlative right after "the" describes the one told, where a
    // preposition brings it in; "making it the largest bank failure since …" only compares)
    const superlative = hasTag(t, 'Superlative') && sentence.tokens[k - 1]?.lower === 'the' && /^(?:in|during|after|following|amid)$/.test(sentence.tokens[k - 2]?.lower ?? '');
    if (!hasTag(t, 'Noun', 'Adjective') || hasTag(t, 'Pronoun', 'Determiner', 'Value', 'Date', 'Verb', 'Comparative') || (hasTag(t, 'Superlative') && !superlative)) break;
    if (t.lower === 'magnitude') {
      first = t;
      continue;
    }
    if (hasTag(t, 'Noun') && !hasTag(t, 'Adjective')) nouns.unshift(t.lower);
    first = t;
  }
  const opener = first && sentence.tokens[first.i - 1];
  if (!first || !opener || !(/^(the|a|an|its|his|her|their)$/.test(opener.lower) || opener.possessive || /^(19|20)\d\d$/.test(opener.text))) return undefined;
  return { first, nouns };
}

/**
 * "In 2004, rebels bombed two embassies. In retaliation, the president ordered a missile strike …": a new
 * incident told in the past tense in a sentence with no date of its own, right after a sentence of its
 * paragraph that opens with a year, happened that year.
 */
function yearCarried(ctx: Context, s: number, span: Span): DateMention | undefined {
  const sentence = ctx.sentences[s]!;
  const prev = ctx.sentences[s - 1];
  if (!prev || datesIn(ctx, sentence).length > 0) return undefined;
  if (sentence.tokens.some((t) => /^(19|20)\d\d$/.test(t.text))) return undefined;
  if (clauseTense(sentence, span.start) !== 'past') return undefined; // "a new attack could come" is not told
  const [opener, year] = prev.tokens;
  if (opener?.lower !== 'in' || !year || !/^(19|20)\d\d$/.test(year.text) || !/^,/.test(year.post.trim())) return undefined;
  // the same paragraph: one space between the sentences, not the blank line between paragraphs
  if (sentence.start - prev.end > 1) return undefined;
  const y = year.text;
  return { text: y, start: span.start, end: span.end, from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year' };
}

/** Whether "the" opens the mention of `place` that ends at token `last` ("the Tarsk crisis"). */
function placeOpenedByThe(sentence: Sentence, place: LocalEntity, last: Token): boolean {
  const mention = place.mentions.find((m) => m.start <= last.start && m.end >= last.end);
  const first = mention && sentence.tokens.find((t) => t.start === mention.start);
  return !!first && sentence.tokens[first.i - 1]?.lower === 'the';
}

/** Events whose "by" names who does them: "a strike by the union", "a visit by the king". */
const BY_WHOM = /^(?:strike|strikes|walkout|visit|visits|trip|tour)$/;

/** The entity named within a few words after "on", "in", "at", "to", "against" ("attack on the U.S. Embassy"). */
function entityAfter(ctx: Context, sentence: Sentence, noun: Token): LocalEntity | undefined {
  const next = sentence.tokens[noun.i + 1];
  // ("a strike by the Harbour Workers Union", "a visit by Ana Lind": who stops work or travels is whose it is)
  const by = next?.lower === 'by' && BY_WHOM.test(noun.lower);
  if (!next || !(/^(on|in|at|to|against|of)$/.test(next.lower) || by) || /[,;:]/.test(noun.post)) return undefined;
  for (let k = noun.i + 2; k < sentence.tokens.length && k <= noun.i + 4; k++) {
    const t = sentence.tokens[k]!;
    const e = ctx.entityAt(t.start);
    // "the collapse of Portmere's Ostrel Bridge": the owner in the possessive says whose; the thing is after it
    const owned = t.possessive && isCapitalised(t) && /^\s+$/.test(t.post) ? ctx.entityAt(sentence.tokens[k + 1]?.start ?? -1) : undefined;
    if (owned && owned !== e && owned.type !== 'event') return owned;
    // ("the arrest of Tesk Party Chairman Ana Lind": past the body whose office it is)
    if (e?.type === 'organization' && officeAfter(ctx, sentence, k, e)) {
      const person = objectPerson(ctx, sentence, sentence.tokens[k - 1]!);
      if (person) return person;
    }
    // ("the killing of Zemblan writer Ana Lind": past the people's word that describes the person)
    const described = sentence.tokens[k + 1];
    if ((!e || e.type === 'place') && (isDemonym(t.text) || countryName(t.text) !== undefined) && described && /^\p{Ll}/u.test(described.text) && hasTag(described, 'Noun') && !hasTag(described, 'Preposition', 'Verb', 'Date', 'Adjective')) {
      const person = objectPerson(ctx, sentence, sentence.tokens[k - 1]!);
      if (person) return person;
    }
    if (e && e.type !== 'event') return e;
    // ("the visit of King Tavo Brenn": past the title before the name)
    if (!/^(the|a|an)$/.test(t.lower) && !(isCapitalised(t) && hasTag(t, 'Honorific', 'RoleHead'))) break;
  }
  return undefined;
}

/** The place after "in", past describing words ("in recently independent Eritrea"). */
function placeAfter(ctx: Context, sentence: Sentence, noun: Token): LocalEntity | undefined {
  if (sentence.tokens[noun.i + 1]?.lower !== 'in' || /[,;:]/.test(noun.post)) return undefined;
  for (let k = noun.i + 2; k < sentence.tokens.length && k <= noun.i + 5; k++) {
    const t = sentence.tokens[k]!;
    const e = ctx.entityAt(t.start);
    if (e) return e.type === 'place' ? e : undefined;
    if (!/^(the|a|an)$/.test(t.lower) && !(/^\p{Ll}+$/u.test(t.text) && hasTag(t, 'Adjective', 'Adverb'))) break;
  }
  return undefined;
}

const asYear = (d: DateMention): string => d.from.slice(0, 4);

/**
 * "following the elections in late 2023", "the floods in 2021": a year written right after the noun, with or
 * without "early", "late" or "mid-" (which the date parser does not read), is its own.
 */
function yearAfter(sentence: Sentence, noun: Noun): DateMention | undefined {
  const toks = sentence.tokens;
  if (toks[noun.last.i + 1]?.lower !== 'in') return undefined;
  let k = noun.last.i + 2;
  if (/^(?:early|late|mid|mid-)$/.test(toks[k]?.lower ?? '')) k++;
  const y = toks[k]?.text;
  // (not a year of a list: "crowns in 1995, 2007 and 2019")
  if (!y || !/^(?:19|20)\d\d$/.test(y) || /^(?:and|or)$/.test(toks[k + 1]?.lower ?? '') || (/,/.test(toks[k]!.post) && /^(?:19|20)\d\d$/.test(toks[k + 1]?.text ?? ''))) return undefined;
  return { text: y, start: toks[noun.last.i + 1]!.start, end: toks[k]!.end, from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year' };
}

const sameOrdinal = (e: LocalEntity, words: string[]) => (e.ordinal ?? '') === (words.find((w) => /^(first|second|third|fourth)$/.test(w)) ?? '');

/**
 * The tournament of a final the archive knows no event for, as the sentence writes it: the name right before the
 * stage with the words that say which draw ("the Velkor 2023 men's singles final"), or the name before "title"
 * in its sentence ("won his first Velkor title … in the final on Sunday": the Velkor final). Not a person's
 * possessive, a date or a place of the story.
 */
function tournamentWritten(ctx: Context, sentence: Sentence, first: Token): string | undefined {
  const toks = sentence.tokens;
  const eligible = (t: Token | undefined) =>
    !!t && isCapitalised(t) && !t.possessive && !WEEKDAY_WORDS.has(t.lower) && !isMonthName(t.text) && !['person', 'place'].includes(ctx.entityAt(t.start)?.type ?? '');
  // back over the draw's words ("men's singles", "women's doubles") and a year
  let k = first.i - 1;
  const draw: string[] = [];
  while (k >= 0 && draw.length < 3 && DRAW_WORDS.has(toks[k]!.lower)) {
    draw.unshift(toks[k]!.text + (toks[k]!.possessive ? "'s" : ''));
    k--;
  }
  const year = /^(19|20)\d\d$/.test(toks[k]?.text ?? '') ? toks[k--]!.text : '';
  if (eligible(toks[k]) && /^\s+$/.test(toks[k]!.post)) {
    let from = k;
    while (from > 0 && eligible(toks[from - 1]) && /^\s+$/.test(toks[from - 1]!.post)) from--;
    return [...toks.slice(from, k + 1).map((t) => t.text), year, ...draw].filter(Boolean).join(' ');
  }
  // "his first Velkor title", "a fifth Wimbledon crown" (a tournament named by its place: a place's word is eligible here)
  const named = (t: Token | undefined) => eligible(t) || (!!t && isCapitalised(t) && !t.possessive && ctx.entityAt(t.start)?.type === 'place' && countryName(t.text) === undefined);
  const title = toks.findIndex((t, j) => /^(?:title|crown)$/.test(t.lower) && j > 0 && named(toks[j - 1]) && /^\s+$/.test(toks[j - 1]!.post));
  return title > 0 ? toks[title - 1]!.text : undefined;
}

/** The named tournament mentioned in the same sentence ("… won the T20 Trophy, beating X in a tense final"). */
function namedEventIn(ctx: Context, sentence: Sentence, before: Token): LocalEntity | undefined {
  for (const t of sentence.tokens) {
    if (t.start >= before.start) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'event' && !e.contest && !e.participants) return e;
  }
  // "beat Norway 3-1 in Sunday's final at Wembley to win the Ostrel Cup": the tournament told after it
  for (const t of sentence.tokens) {
    if (t.start <= before.start) continue;
    if (/[;:]/.test(t.post)) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'event' && !e.contest && !e.participants && TOURNAMENTS.has(e.name.split(/\s+/).pop()!.toLowerCase())) return e;
  }
  return undefined;
}

/** The two sides of a contest: the places or organisations named before it in its clause ("A … beating B in …"). */
function sidesBefore(ctx: Context, sentence: Sentence, noun: Token): LocalEntity[] {
  const sides: LocalEntity[] = [];
  for (const t of sentence.tokens) {
    if (t.start >= noun.start) break;
    const e = ctx.entityAt(t.start);
    if (!e || (e.type !== 'place' && e.type !== 'organization') || sides.includes(e)) continue;
    const prev = sentence.tokens[t.i - 1];
    if (prev && /^(in|at|near|from)$/.test(prev.lower)) continue; // where, not who
    sides.push(e);
  }
  return sides.length === 2 ? sides : [];
}

/** Who stands in an election: the people and parties named before it in its sentence. */
function contendersBefore(ctx: Context, sentence: Sentence, noun: Token): LocalEntity[] {
  const found: LocalEntity[] = [];
  for (const t of sentence.tokens) {
    if (t.start >= noun.start) break;
    const e = ctx.entityAt(t.start);
    if (e && (e.type === 'person' || e.type === 'organization') && !found.includes(e)) found.push(e);
  }
  return found;
}

/** "Chile’s … election": the country whose election it is. */
function possessivePlace(ctx: Context, sentence: Sentence): LocalEntity | undefined {
  for (const t of sentence.tokens) {
    const e = ctx.entityAt(t.start);
    if (e?.type === 'place' && t.possessive) return e;
  }
  return undefined;
}

/** A name's short form: a person's surname ("Belkadi"), a body's or place's first word when it is an alias. */
const short = (e: LocalEntity) =>
  (e.type === 'person' ? [...e.aliases].find((a) => e.name.split(/\s+/).slice(1).includes(a)) : undefined) ??
  [...e.aliases].find((a) => e.name.startsWith(a) && !a.includes(' ')) ??
  e.name;

/**
 * "Nordwerk shareholders will vote at an extraordinary general meeting in Milan on June 12", "The new
 * Federal Senate is due to hold its first session on May 5": the organisation named before a dated gathering.
 */
function gathering(ctx: Context, events: LocalEntity[], sentence: Sentence, s: number, noun: Noun): void {
  const before = sentence.tokens[noun.first.i - 1];
  if (before && ctx.entityAt(before.start)) return; // "OECS summit", "COP29 conference": handled with their names
  const mods = modifiers(sentence, noun);
  // "at its Dec. 18-19 meeting": a date written right before the gathering is its own
  const written = datesIn(ctx, sentence).find((d) => d.end <= mods.first.start && /^\s+$/.test(sentence.text.slice(d.end - sentence.start, mods.first.start - sentence.start)));
  const article = written ? sentence.tokens.findLast((t) => t.end <= written.start) : sentence.tokens[mods.first.i - 1];
  if (!article || !/^(an|a|its|their|the)$/.test(article.lower)) return;
  const span: Span = { start: mods.first.start, end: noun.last.end, sentence: s };
  // "the annual meeting of the X Academy": the body named right after it holds it
  const holder = organisationAfter(ctx, sentence, noun.last);
  // an annual gathering the text does not date is this year's
  const date = written ?? ownDate(ctx, sentence, span, true) ?? (holder && mods.words.includes('annual') ? yearOfArticle(ctx, span) : undefined);
  if (!date) return;
  let owner = holder;
  for (const t of sentence.tokens) {
    if (owner || t.start >= mods.first.start) break;
    const e = ctx.entityAt(t.start);
    if (e?.type === 'organization') owner = e;
  }
  if (!owner) return;
  // how long it lasts is not what it is called ("a two-day summit" of the X is the X summit)
  const name = `${shortOrg(owner)} ${[...mods.words.filter((w) => !/-day$/.test(w)), noun.text].join(' ')}`;
  // "the North Atlantic Alliance summit" told before as the body's full name and the noun: the same gathering
  const known = events.find((e) => e.name !== name && e.aliases.has(name));
  if (known) known.mentions.push(span);
  const event = known ?? upsert(events, name, span);
  event.participants = [owner];
  setDate(event, date);
  setPlace(event, placeNear(ctx, sentence, noun.last));
}

/** The organisation right after "of" or "of the" that follows a gathering's noun. */
function organisationAfter(ctx: Context, sentence: Sentence, noun: Token): LocalEntity | undefined {
  let k = noun.i + 1;
  if (sentence.tokens[k]?.lower !== 'of' || /[,;:]/.test(noun.post)) return undefined;
  if (sentence.tokens[++k]?.lower === 'the') k++;
  const e = sentence.tokens[k] && ctx.entityAt(sentence.tokens[k]!.start);
  return e?.type === 'organization' ? e : undefined;
}

/** The article's year, as a date of the words at `span`. */
const yearOfArticle = (ctx: Context, span: Span): DateMention => {
  const y = ctx.articleDate.slice(0, 4);
  return { text: y, start: span.start, end: span.end, from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year' };
};

/** An organisation's shortest distinctive form: its acronym, else its name without the legal form. */
const shortOrg = (e: LocalEntity) =>
  [...e.aliases].find((a) => /^[A-Z]{2,}$/.test(a)) ?? [...e.aliases].sort((a, b) => a.length - b.length)[0] ?? e.name;

/** Organisations that are really events: "the EICMA Moto show", "at the World Water Forum in Dakar in May". */
function retypeShows(ctx: Context, events: LocalEntity[]): void {
  for (const e of ctx.entities) {
    if (e.type !== 'organization') continue;
    for (const m of e.mentions) {
      const sentence = ctx.sentences[m.sentence]!;
      const after = sentence.tokens.find((t) => t.start >= m.end);
      const before = sentence.tokens.findLast((t) => t.end <= m.start);
      const head = e.name.split(/\s+/).pop()!.toLowerCase();
      // "a Kestrana exhibition" is one the company puts on: an article before the name makes it the show's maker
      const show =
        after &&
        SHOWS.has(after.lower) &&
        !/^(a|an)$/.test(before?.lower ?? '') &&
        /^\s*$/.test(sentence.text.slice(m.end - sentence.start, after.start - sentence.start));
      // ("at the Tesk Union Congress conference": a body that holds a gathering is the body)
      const attended = before?.lower === 'the' && /^at$/i.test(sentence.tokens[before.i - 1]?.lower ?? '') && BODY_OR_EVENT.has(head) && !(after && GATHERINGS.has(after.lower) && /^\s+$/.test(sentence.text.slice(m.end - sentence.start, after.start - sentence.start)));
      if (!(show || (attended && datesIn(ctx, sentence).length > 0))) continue;
      e.type = 'event';
      e.key = `event:${normalizeName(e.name)}`;
      if (show) e.aliases.add(`${e.name} ${after!.lower}`);
      events.push(e);
      setDate(e, nearestDate(ctx, sentence, m));
      setPlace(e, placeNear(ctx, sentence, after ?? sentence.tokens[0]!));
      break;
    }
  }
}
