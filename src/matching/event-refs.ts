/**
 * Events the page describes without naming them: "a high-stakes summit in the hills" in a story where Okafor
 * and Lindqvist are named, "Okafor's upcoming visit", "Wednesday's talks" the day after, and later "the summit".
 * An event word (summit, talks, meeting...) in lower case links to an archive event when
 * - its sentence names two of the event's participants (or one, after "with": "a summit with Lindqvist"), and
 * - the page is dated within NEAR_DAYS of the event, with no other year written next to the word; or
 * - it is "the <word>" (or "this <word>") after such a link or after the event's name, in the same story ("After
 *   the summit"), or before any, when the page names two participants of one event near its date whose archive
 *   names use that word ("the closed-door meeting" in a story naming both leaders, the day of their meeting), or
 *   failing that every participant of one such event ("the summit" in a story naming the bloc); or
 * - it is followed by "of" and a linked body that is the participant of one such event ("the first meeting of the
 *   OECS Council").
 * A head word ("final", "election") picked by the people of its sentence links only to an event of that kind.
 * "The storm" / "the hurricane" refer back to a named storm ("Hurricane Pell").
 * An event whose archive name ends in a lower-case word ("Lima Cup final", "Okafor sentencing") is also
 * described by that word alone (its head), on a page dated within NEAR_DAYS of a day-dated event:
 * - after a weekday that falls on the event's day within a week of the page ("Saturday's final"); or
 * - right after a place or a related name of the event linked on the page ("Lima final"); or
 * - as "the <head>" after the event's name, like the event words above; "the final" after the tournament's name
 *   (or "final" right after it) is the archive's "<tournament> final".
 * A contest ("… final") is also described by its result ("win", "victory"...) followed by its opponent ("the
 * 2-1 win against Lima", a related name of the event) or its weekday ("their win last Saturday").
 * Only the event word is marked.
 */
import { TYPE_CODES, type CompiledMatcher } from './compiled';
import { isEvent } from './entity';
import { nearbyYears } from './dates';
import { entityOf, type LoadedMatcher } from './load';
import type { Mention } from './mention';
import type { Token } from './tokenize';
import { SUDDEN_INCIDENTS } from '../nlp/lexicon';
import { countryOfDemonym, isDemonym } from '../nlp/gazetteer';
import { NEUTRAL_NEIGHBOURS, STORM_WORDS, stormOwnName } from './words';

/** A story written this many days before or after an event may describe it without its name (previews, reports). */
const NEAR_DAYS = 10;
/** Words that stand for a meeting of people; "conference" and "forum" are too often the names' own words. */
export const EVENT_WORDS = new Set(['summit', 'meeting', 'talks', 'visit', 'meet', 'meets']);
/** Before the word in its sentence, these make it another occurrence: "an earlier round of talks", "last year's ... summit". */
const ANOTHER_TIME = new Set(['earlier', 'previous', 'prior', 'last', 'past', 'former', 'another']);
/** Words that may stand between "the" and the event word: "the high-stakes meeting", "the closed meeting". */
const MAX_GAP = 3;

const DAY = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First and last day (ms) of a YYYY-MM-DD or YYYY-MM date; undefined for a year or nothing. */
function span(date: string): [number, number] | undefined {
  const m = DATE.exec(date);
  if (!m?.[2]) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  if (m[3]) {
    const d = Date.UTC(y, mo, Number(m[3]));
    return [d, d];
  }
  return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1) - DAY];
}

/** Adds mentions of described events to `mentions` (sorted by start); returns the new ones. */
export function describedEvents(m: LoadedMatcher, tokens: Token[], mentions: Mention[], pageDate: string | undefined): Mention[] {
  const c = m.compiled;
  const page = pageDate ? span(pageDate) : undefined;
  if (!page) return [];
  const heads = headedEvents(m, page);
  if (!mentions.length && !heads.size) return [];
  // events of the archive with two or more of the page's names among their participants, dated near the page
  const onPage = new Set(mentions.map((x) => x.entity));
  const candidates = new Set<number>();
  for (const p of onPage) for (const e of m.eventsWith.get(p) ?? []) candidates.add(e);
  const near = (e: number) => nearPage(c, e, page);
  const twoOnPage = [...candidates].sort((a, b) => a - b).filter((e) => c.participants[e]!.filter((p) => onPage.has(p)).length >= 2);
  const events = twoOnPage.filter(near);
  const named = mentions.flatMap((x) => {
    if (isEvent(c, x.entity)) return [x];
    const same = eventOfSameName(m, x.entity);
    return same === undefined ? [] : [{ ...x, entity: same }];
  });
  if (!twoOnPage.length && !named.length && !heads.size) return [];

  const found: Mention[] = [];
  // token index of each mention's start, to find the sentence it is in
  let k = 0;
  const inMention = new Uint8Array(tokens.length);
  const entityAt = new Int32Array(tokens.length).fill(-1);
  for (const x of mentions) {
    while (k < tokens.length && tokens[k]!.start < x.start) k++;
    for (let t = k; t < tokens.length && tokens[t]!.end <= x.end; t++) {
      inMention[t] = 1;
      entityAt[t] = x.entity;
    }
  }
  let sentence = 0;
  let last: { entity: number; at: number } | undefined;
  // the named events before token t (`named` is in text order and t only grows: a pointer that moves forward,
  // so a long page costs each named event once, not once per event word)
  let namedUpTo = 0;
  const lastNamedBefore = (t: number): Mention | undefined => {
    while (namedUpTo < named.length && named[namedUpTo]!.start < tokens[t]!.start) namedUpTo++;
    return named[namedUpTo - 1];
  };
  // ...and the last of them whose own names use `word`, each named event read once per word
  const usingWord = new Map<string, { upTo: number; last?: number }>();
  const lastNamedUsing = (t: number, word: string): number | undefined => {
    lastNamedBefore(t);
    const memo = usingWord.get(word) ?? { upTo: 0 };
    for (; memo.upTo < namedUpTo; memo.upTo++) if (namesUse(c, named[memo.upTo]!.entity, word)) memo.last = named[memo.upTo]!.entity;
    usingWord.set(word, memo);
    return memo.last;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.brk) sentence = t;
    const headed = heads.get(tok.lower);
    // "the storm" after a named storm
    const stormWord = STORM_WORDS.has(tok.lower);
    if (inMention[t] || tok.upper || (!EVENT_WORDS.has(tok.lower) && !headed && !stormWord)) continue;
    // the end of a compound ("semi-final", "pre-summit") is another thing
    if (t > 0 && tokens[t - 1]!.text === '-' && tokens[t - 1]!.end === tok.start) continue;
    // "the final whistle", "the final minutes": "final" describing a time of something is no match
    const after = tokens[t + 1];
    if (tok.lower === 'final' && after?.joined && !after.brk && FINAL_TIMES.has(after.lower)) continue;
    // a capitalised word right before names another meeting ("the OECS summit", "G7 talks"); a weekday,
    // a sentence opener or a participant's name does not ("Wednesday's talks", "The summit", "Okafor's visit")
    const before = tokens[t - 1];
    // (a people's word describes the event by its country: "the Limean election", only an event of that country)
    const capitalBefore = !!before && !tok.brk && before.upper && !inMention[t - 1];
    const people = capitalBefore && !!headed && isDemonym(before!.text);
    if (capitalBefore && !NEUTRAL_NEIGHBOURS.has(before!.lower) && !people) continue;
    if (nearbyYears(tokens, t, t).length || anotherTime(tokens, sentence, t)) continue;
    let end = t + 1;
    while (end < tokens.length && !tokens[end]!.brk) end++;
    const withAt = withBefore(tokens, sentence, end);
    let pick: number | undefined;
    let bestCount = 0;
    let tie = false;
    // ("the June 12 summit", "his summit with B last month": a day or a month the text gives is the event's, however
    // long before the page)
    const told = toldWhen(tokens, t, end, page);
    const dated = told ? twoOnPage.filter((e) => within(c, e, told)) : events;
    // a meeting word fits any meeting; the head word of a kind of event ("final", "election") only that kind
    const fitting = EVENT_WORDS.has(tok.lower) ? dated : dated.filter((e) => headed?.includes(e));
    for (const e of fitting) {
      const parts = c.participants[e]!;
      let count = 0;
      let afterWith = false;
      const seen = new Set<number>();
      for (let s = sentence; s < end; s++) {
        const who = entityAt[s]!;
        if (who >= 0 && parts.includes(who) && !seen.has(who)) {
          seen.add(who);
          count++;
          if (withAt >= 0 && s > withAt && withAt > t - 1) afterWith = true;
        }
      }
      const score = count >= 2 ? count : count === 1 && afterWith ? 1 : 0;
      if (score > bestCount) {
        bestCount = score;
        pick = e;
        tie = false;
      } else if (score && score === bestCount) tie = true;
    }
    let evidence: string | undefined;
    const of = meetingOf(m, tokens, t, entityAt, page);
    const byHead = of === undefined && headed && (pick === undefined || tie || people) ? headReference(m, tokens, t, headed, entityAt, page, onPage) : undefined;
    if (people && !byHead) continue;
    if (of !== undefined) {
      // "the first meeting of the OECS Council": that body's meeting, whoever else the sentence names
      pick = of;
      evidence = c.names[entityAt[t + (tokens[t + 2]?.lower === 'the' ? 3 : 2)]!];
    } else if (byHead) {
      pick = byHead.entity;
      evidence = byHead.evidence;
    } else if (pick !== undefined && !tie) evidence = c.participants[pick]!.map((p) => c.names[p]).join(', ');
    else if (theBefore(tokens, t)) {
      // "the summit" refers back to the latest event of the story, named or described
      const prior = lastNamedBefore(t);
      const latest = prior && (!last || tokens[last.at]!.start < prior.start) ? prior.entity : last?.entity;
      // ("in Johannesburg for the BRICS Summit … the landing of the moon mission … the three-day summit": the latest
      // event whose own names use the word, when one before it does, not merely the latest one)
      const sameWord = lastNamedUsing(t, tok.lower);
      const candidate = latest !== undefined && !namesUse(c, latest, tok.lower) && sameWord !== undefined ? sameWord : latest;
      if (stormWord && !headed) {
        // "the storm" only after a storm's name
        if (candidate === undefined || !stormOwnName(c.names[candidate]!)) continue;
        pick = candidate;
        evidence = c.names[candidate];
      } else if (candidate !== undefined) {
        // "the final" after "Tarn Cup" is the archive's "Tarn Cup final", when it holds one near the page's date
        pick = stageOf(m, candidate, tok.lower, headed) ?? candidate;
        evidence = c.names[candidate];
      } else {
        // ...or, before any, the one event of the page whose own names use the word: "the two-hour meeting"
        // in a story naming both leaders, within days of their meeting
        // (or, failing those and for a meeting word, of one whose every participant the page names: "the summit" in a
        // story naming the bloc)
        const uses = (e: number) => namesUse(c, e, tok.lower);
        let kind = (told ? dated : events).filter(uses);
        if (!kind.length && EVENT_WORDS.has(tok.lower)) kind = [...new Set([...onPage].flatMap((p) => eventsOf(c).get(p) ?? []))].filter((e) => near(e) && c.participants[e]!.every((p) => onPage.has(p)) && uses(e));
        if (kind.length !== 1) continue;
        pick = kind[0]!;
        evidence = c.participants[pick]!.map((p) => c.names[p]).join(', ');
      }
    } else continue;
    found.push({ start: tok.start, end: tok.end, entity: pick!, id: c.ids[pick!]!, reason: 'event-described', evidence: evidence! });
    last = { entity: pick!, at: t };
  }
  return found;
}

/**
 * "the meeting of the OECS Council": the word followed by "of" and a name linked on the page is the one event
 * dated near the page that has that name as a participant and uses the word in its own names.
 */
function meetingOf(m: LoadedMatcher, tokens: Token[], t: number, entityAt: Int32Array, page: [number, number]): number | undefined {
  const c = m.compiled;
  if (tokens[t + 1]?.lower !== 'of' || tokens[t + 1]!.brk) return undefined;
  const k = tokens[t + 2]?.lower === 'the' ? t + 3 : t + 2;
  const who = k < tokens.length && !tokens[k]!.brk ? entityAt[k]! : -1;
  if (who < 0) return undefined;
  const word = tokens[t]!.lower;
  const found = (eventsOf(c).get(who) ?? []).filter((e) => {
    return nearPage(c, e, page) && namesUse(c, e, word);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The event is dated within NEAR_DAYS of the page's date (`page`: its first and last possible day, in ms). */
/** Whether the event's date falls in `when` (first and last day, ms). */
function within(c: CompiledMatcher, e: number, when: [number, number]): boolean {
  const d = span(c.dates[e]!);
  return !!d && d[0] >= when[0] && d[1] <= when[1];
}

/**
 * The day or month the text gives the event word at `t`: "the June 12 summit" (a month and a day right before it,
 * the page's year or the one before), "… last month" in its sentence (the month before the page's).
 */
function toldWhen(tokens: Token[], t: number, end: number, page: [number, number]): [number, number] | undefined {
  const month = MONTH_NAMES.indexOf(tokens[t - 2]?.lower ?? '');
  const day = Number(tokens[t - 1]?.text);
  const year = new Date(page[0]).getUTCFullYear();
  if (month >= 0 && Number.isInteger(day) && day >= 1 && day <= 31) {
    const at = Date.UTC(year, month, day);
    const d = at > page[1] ? Date.UTC(year - 1, month, day) : at;
    return [d, d];
  }
  for (let k = t + 1; k < end - 1; k++) {
    if (tokens[k]!.lower === 'last' && tokens[k + 1]!.lower === 'month') {
      const p = new Date(page[0]);
      return [Date.UTC(p.getUTCFullYear(), p.getUTCMonth() - 1, 1), Date.UTC(p.getUTCFullYear(), p.getUTCMonth(), 1) - DAY];
    }
  }
  return undefined;
}
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function nearPage(c: CompiledMatcher, e: number, page: [number, number]): boolean {
  const when = span(c.dates[e]!);
  return !!when && page[0] <= when[1] + NEAR_DAYS * DAY && page[1] >= when[0] - NEAR_DAYS * DAY;
}

/** One of the event's archive names has `word` as a word ("the two-hour meeting" for a "… meeting"). */
const namesUse = (c: CompiledMatcher, e: number, word: string): boolean =>
  c.aliases[e]!.some((f) => f.toLowerCase().split(' ').some((w) => w === word || (VOTES.has(word) && VOTES.has(w))));

const eventsOfCache = new WeakMap<CompiledMatcher, Map<number, number[]>>();

/** Every participant's events (one participant is enough here), once per matcher. */
function eventsOf(c: CompiledMatcher): Map<number, number[]> {
  let map = eventsOfCache.get(c);
  if (map) return map;
  map = new Map();
  for (let e = 0; e < c.ids.length; e++) {
    if (!isEvent(c, e)) continue;
    for (const p of new Set(c.participants[e]!)) {
      const list = map.get(p);
      if (list) list.push(e);
      else map.set(p, [e]);
    }
  }
  eventsOfCache.set(c, map);
  return map;
}

/** The one event named "<the event's name> <word>" ("Tarn Cup final" for "Tarn Cup" and "final"), among `near` if given. */
function stageOf(m: LoadedMatcher, event: number, word: string, near: number[] | undefined): number | undefined {
  const c = m.compiled;
  // under any of the event's names: "the final" after "Tarn Valley Cup" is the archive's "Tarn Cup final" when
  // "Tarn Cup" is one of its names
  const refs = c.aliases[event]!.flatMap((name) => m.forms.get(`${name.toLowerCase()} ${word}`) ?? []);
  const stages = [...new Set(refs.map(entityOf))].filter((e) => e !== event && isEvent(c, e) && (!near || near.includes(e)));
  return stages.length === 1 ? stages[0] : undefined;
}

/**
 * The event the archive also holds under this entity's exact name, if one: an archive may file a
 * conference both as the body that holds it and as the event ("KOP31"), and "the summit" after the name
 * is the event.
 */
function eventOfSameName(m: LoadedMatcher, entity: number): number | undefined {
  const c = m.compiled;
  const name = c.aliases[entity]![0]!;
  const refs = m.forms.get(name.toLowerCase()) ?? [];
  const events = [...new Set(refs.map(entityOf).filter((e) => e !== entity && isEvent(c, e) && c.aliases[e]![0] === name))];
  return events.length === 1 ? events[0] : undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Day-dated events within NEAR_DAYS of the page whose archive name ends in a lower-case word, by that word
 * ("final" → the "Lima Cup final" of last Saturday). The word must be a plain one: not an event word (those
 * have their own rule), no digits.
 */
function headedEvents(m: LoadedMatcher, page: [number, number]): Map<string, number[]> {
  const heads = new Map<string, number[]>();
  for (const { e, day, words } of headsOf(m.compiled)) {
    if (page[0] > day + NEAR_DAYS * DAY || page[1] < day - NEAR_DAYS * DAY) continue;
    for (const word of words) heads.set(word, [...(heads.get(word) ?? []), e]);
  }
  return heads;
}

const headCache = new WeakMap<CompiledMatcher, { e: number; day: number; words: string[] }[]>();

/** The archive's day-dated events with a lower-case last word, once per matcher (pages only filter by date). */
function headsOf(c: CompiledMatcher): { e: number; day: number; words: string[] }[] {
  let list = headCache.get(c);
  if (list) return list;
  list = [];
  for (let e = 0; e < c.ids.length; e++) {
    if (!isEvent(c, e)) continue;
    const when = span(c.dates[e]!);
    const name = c.names[e]!;
    const head = name.slice(name.lastIndexOf(' ') + 1);
    // (a vote the archive names by its kind alone, "runoff", by that word too)
    if (!when || when[0] !== when[1] || (!name.includes(' ') && !VOTES.has(head)) || !/^\p{Ll}{3,}$/u.test(head)) continue;
    // a sudden incident also by the other words for its kind ("blast" for a "… explosion"), and by the words for
    // any such one ("the tragedy")
    const kind = SUDDEN_INCIDENTS.get(head);
    const same = kind ? [...SUDDEN_INCIDENTS].filter(([, k]) => k === kind).map(([w]) => w) : [head];
    list.push({ e, day: when[0], words: CONTESTS.has(head) ? [head, ...RESULTS] : isIncidentHead(head) ? [...same, ...INCIDENT_WORDS] : VOTES.has(head) ? [...VOTES] : same });
  }
  headCache.set(c, list);
  return list;
}

/** Words for one vote: a page calls the archive's "runoff" "the election" or "the vote" ("poll" is an opinion poll). */
const VOTES = new Set(['election', 'elections', 'vote', 'runoff', 'run-off', 'ballot']);
/** Words for any sudden incident: "the tragedy", "the disaster" on a page about one. */
const INCIDENT_WORDS = ['tragedy', 'disaster', 'catastrophe', 'accident'];
/** An event's last word that makes it a sudden incident ("… earthquake", "… bridge collapse"). */
const isIncidentHead = (head: string): boolean => SUDDEN_INCIDENTS.has(head) || head === 'collapse';

/** Words "final" describes as the last of their kind, not a match ("the final whistle", "the final minutes"). */
const FINAL_TIMES = new Set(['whistle', 'minute', 'minutes', 'second', 'seconds', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'stage', 'stages', 'moments', 'score', 'result', 'say', 'word', 'straw', 'touch', 'touches', 'period', 'quarter', 'lap', 'round', 'countdown', 'warning', 'years', 'months']);

/** Events that are contests ("… final") are also described by their result: "the 2-1 win against Lima". */
const CONTESTS = new Set(['final', 'match', 'game', 'semifinal', 'semi-final', 'decider', 'playoff']);
const RESULTS = ['win', 'victory', 'defeat', 'triumph', 'loss'];
/** How far after an incident's word its place may be written: "a blast that tore through Lima". */
const INCIDENT_WINDOW = 4;
/** How far after a result word its opponent or its day may be written: "win against Lima", "win in Vell last Saturday". */
const RESULT_WINDOW = 6;

/**
 * The one event of `events` (sharing the head word at token t) that the words before t point at: a weekday
 * falling on its day ("Saturday's final", "Saturday's tense final") within a week of the page, or a place or a
 * related name of it linked right before ("Lima final").
 */
function headReference(m: LoadedMatcher, tokens: Token[], t: number, events: number[], entityAt: Int32Array, page: [number, number], linked: ReadonlySet<number>): { entity: number; evidence: string } | undefined {
  const c = m.compiled;
  const fits: number[] = [];
  let evidence = '';
  for (let s = t - 1; s >= 0 && s >= t - 1 - MAX_GAP && !tokens[s + 1]!.brk; s--) {
    const w = tokens[s]!;
    const who = entityAt[s]!;
    const day = WEEKDAYS.indexOf(w.lower);
    if (day >= 0 && w.possessive) {
      for (const e of events) {
        const when = span(c.dates[e]!)![0];
        if (new Date(when).getUTCDay() === day && Math.abs(when - page[0]) <= 6 * DAY) fits.push(e);
      }
      evidence = w.text;
      break;
    }
    // "the Limean election": a people's word right before it, for the event's country
    const country = who < 0 && s === t - 1 && w.upper ? countryOfDemonym(w.text) : undefined;
    if (country) {
      const places = new Set((m.forms.get(country.toLowerCase()) ?? []).map(entityOf));
      for (const e of events) if (c.related[e]!.some((r) => places.has(r))) fits.push(e);
      evidence = w.text;
      break;
    }
    if (who >= 0 && s === t - 1) {
      // "Lima final", "Cup final"; but "Lima win" is a verb
      if (RESULTS.includes(tokens[t]!.lower)) break;
      // ...or the event named by the one linked before and this word ("Tarn Cup final" after "Tarn Cup")
      const stage = stageOf(m, who, tokens[t]!.lower, events);
      for (const e of events) if (c.types[who] === TYPE_CODES.place || c.related[e]!.includes(who) || e === stage) fits.push(e);
      evidence = c.names[who]!;
      break;
    }
    if (w.upper || w.possessive) break;
  }
  // what it was for or of, a related name right after it ("the state funeral for Ana Lind", "the funeral of former
  // Prime Minister Ana Lind")
  if (!fits.length && /^(?:for|of)$/.test(tokens[t + 1]?.lower ?? '') && !tokens[t + 1]!.brk) {
    for (let s = t + 2; s < tokens.length && s <= t + 2 + MAX_GAP && !tokens[s]!.brk; s++) {
      const who = entityAt[s]!;
      if (who < 0) continue;
      for (const e of events) if (c.related[e]!.includes(who) || c.participants[e]!.includes(who)) fits.push(e);
      evidence = c.names[who]!;
      break;
    }
  }
  // a sudden incident: its place (or a name related to it) right after it ("a devastating blast in Lima",
  // "two explosions rocked Lima on Tuesday")
  let elsewhere = false;
  if (!fits.length && SUDDEN_INCIDENTS.has(tokens[t]!.lower)) {
    for (let s = t + 1; s < tokens.length && s <= t + INCIDENT_WINDOW && !tokens[s]!.brk; s++) {
      const who = entityAt[s]!;
      if (who < 0) continue;
      for (const e of events) if (c.related[e]!.includes(who)) fits.push(e);
      evidence = c.names[who]!;
      elsewhere = !fits.length;
      break;
    }
  }
  // a sudden incident on a page that names where it struck: its weekday after it ("the quake struck Monday"), or
  // the one such incident of the page's days whose place (or a related name) the page links anywhere ("the
  // tragedy" too, said of the one incident of any kind)
  const word = tokens[t]!.lower;
  const generic = INCIDENT_WORDS.includes(word) && tokens[t - 1]?.lower === 'the';
  if (!fits.length && !elsewhere && (isIncidentHead(word) || generic)) {
    const kind = SUDDEN_INCIDENTS.get(word);
    const ofKind = generic || !kind ? events : events.filter((e) => SUDDEN_INCIDENTS.get(c.names[e]!.slice(c.names[e]!.lastIndexOf(' ') + 1)) === kind);
    for (let s = t + 1; s < tokens.length && s <= t + INCIDENT_WINDOW && !tokens[s]!.brk; s++) {
      const day = WEEKDAYS.indexOf(tokens[s]!.lower);
      if (day < 0 || tokens[s]!.possessive) continue;
      fits.push(...ofKind.filter((e) => onPastWeekday(c, e, day, page)));
      evidence = tokens[s]!.text;
      break;
    }
    const placed = fits.length ? undefined : oneRelatedOnPage(c, ofKind, linked, (when) => when <= page[0]);
    if (placed) {
      fits.push(placed.entity);
      evidence = placed.evidence;
    }
  }
  // "at a televised ceremony presided over by Ana Lind": a ceremony of the page's days whose related names (what
  // was signed or given, where, who took part) the page links, when it is the only one
  if (!fits.length && tokens[t]!.lower === 'ceremony') {
    const held = oneRelatedOnPage(c, events, linked, (when) => Math.abs(when - page[0]) <= 3 * DAY);
    if (held) {
      fits.push(held.entity);
      evidence = held.evidence;
    }
  }
  // a contest's result: its opponent after "against" / "over", or its weekday after "last" / "on"
  if (!fits.length && RESULTS.includes(tokens[t]!.lower)) {
    for (let s = t + 1; s < tokens.length && s <= t + RESULT_WINDOW && !tokens[s]!.brk; s++) {
      const w = tokens[s]!;
      const prev = tokens[s - 1]!.lower;
      const who = entityAt[s]!;
      if (who >= 0 && (prev === 'against' || prev === 'over')) {
        for (const e of events) if (c.related[e]!.includes(who) || c.participants[e]!.includes(who)) fits.push(e);
        evidence = c.names[who]!;
        break;
      }
      const day = WEEKDAYS.indexOf(w.lower);
      if (day >= 0 && (prev === 'last' || prev === 'on')) {
        fits.push(...events.filter((e) => onPastWeekday(c, e, day, page)));
        evidence = w.text;
        break;
      }
    }
  }
  return fits.length === 1 ? { entity: fits[0]!, evidence } : undefined;
}

/** Whether the day-dated event fell on that weekday within the six days up to the page's day ("struck Monday"). */
function onPastWeekday(c: CompiledMatcher, e: number, day: number, page: [number, number]): boolean {
  const when = span(c.dates[e]!)![0];
  return new Date(when).getUTCDay() === day && when <= page[0] && page[0] - when <= 6 * DAY;
}

/**
 * The one event of `events`, dated as `when` allows, with a related name (its place, what it was for, who took
 * part) the page links; and that name, as the evidence.
 */
function oneRelatedOnPage(c: CompiledMatcher, events: number[], linked: ReadonlySet<number>, when: (day: number) => boolean): { entity: number; evidence: string } | undefined {
  const found = events.filter((e) => c.related[e]!.some((r) => linked.has(r)) && when(span(c.dates[e]!)![0]));
  if (found.length !== 1) return undefined;
  return { entity: found[0]!, evidence: c.names[c.related[found[0]!]!.find((r) => linked.has(r))!]! };
}

function anotherTime(tokens: Token[], from: number, to: number): boolean {
  // ("the past two days", "the last 24 hours": the recent stretch of time the story covers, not another occasion)
  const stretch = (s: number) => [1, 2].some((k) => s + k < to && /^(?:hours|days)$/.test(tokens[s + k]!.lower));
  for (let s = from; s < to; s++) if (ANOTHER_TIME.has(tokens[s]!.lower) && !stretch(s)) return true;
  return false;
}

/** Index of the first "with" in the sentence's tokens [from, to), or -1. */
function withBefore(tokens: Token[], from: number, to: number): number {
  for (let s = from; s < to; s++) if (tokens[s]!.lower === 'with') return s;
  return -1;
}

/** "the summit", "the closed meeting", "this summit": "the" or "this" at most MAX_GAP words before. */
function theBefore(tokens: Token[], t: number): boolean {
  for (let s = t - 1; s >= 0 && s >= t - 1 - MAX_GAP; s--) {
    if (tokens[s + 1]!.brk) return false;
    if (tokens[s]!.lower === 'the' || tokens[s]!.lower === 'this') return true;
    // ("the June 12 summit": a month's name may stand between)
    if (tokens[s]!.upper && !MONTH_NAMES.includes(tokens[s]!.lower)) return false;
  }
  return false;
}
