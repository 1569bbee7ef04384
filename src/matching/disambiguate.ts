/**
 * Which matches to link, after the scan, with the reason kept. Passes:
 * 0. events are checked against dates; a span naming only events that do not fit gives way to the
 *    names inside it ("OECS summit" in 2024 → "OECS");
 * 1. single words that are part of another, longer name are blocked; that name is remembered when it makes the
 *    bare word ambiguous on the whole page (see `claimsPage`);
 * 2. entities named in full (not blocked, dates fitting) are "on the page": they back short forms of
 *    themselves and of their related entities;
 * 3. each match is judged; the best-backed entity wins, a tie is ambiguous.
 */
import type { TypeCode } from './compiled';
import { checkEventDate, nearbyDays, nearbyYears, type DateCheck } from './dates';
import { formOf, isEvent, isKindOnlyEvent, isRoleForm, isShortRef } from './entity';
import { entityOf, type LoadedMatcher } from './load';
import type { LinkReason, MatchResult, Mention, RejectedMention, RejectReason } from './mention';
import { otherName } from './other-name';
import type { Candidate } from './scan';
import type { Token } from './tokenize';
import { CASE_NAME, PLACE_SUFFIXES, SPEECH, TYPE_WORDS } from './words';
import { NEEDS_SUPPORT } from './short-forms';

/** How many words either side of a short form are read for a fitting word ("envoy", "summit"). */
const CONTEXT_WORDS = 8;

type Verdict = { ok: true; reason: LinkReason; evidence?: string } | { ok: false; reason: RejectReason; evidence?: string };

const RANK: Record<LinkReason, number> = { 'full-name': 0, 'event-date': 0, 'event-year': 0, 'event-day': 0, 'full-name-on-page': 1, 'related-on-page': 2, context: 3, 'event-described': 4 };

/** Decides, for each scanned candidate, whether and to what it links. */
export function disambiguate(m: LoadedMatcher, text: string, tokens: Token[], candidates: Candidate[], pageDate?: string): MatchResult {
  const c = m.compiled;
  const result: MatchResult = { mentions: [], rejected: [] };
  const surface = (s: Candidate) => text.slice(tokens[s.i]!.start, tokens[s.j]!.end);
  const emit = (s: Candidate, entity: number, v: Verdict) => {
    const out: RejectedMention | Mention = { start: tokens[s.i]!.start, end: tokens[s.j]!.end, entity, id: c.ids[entity]!, reason: v.reason };
    if (v.evidence) out.evidence = v.evidence;
    if (v.ok) result.mentions.push(out as Mention);
    else result.rejected.push(out as RejectedMention);
  };
  // "World War II", "the Cold War": an era the archive gives no date is named by its name alone, on any page
  // (the days written beside it are read only for an event dated to the day)
  const dateOf = (s: Candidate, entity: number): DateCheck => {
    const date = c.dates[entity]!;
    if (!date && LASTING.test(c.names[entity]!) && s.i !== s.j) return { ok: true, reason: 'full-name', evidence: '' };
    // ("Tesk v. Varo": a case is named by its parties, on any page, whenever it was decided)
    if (CASE_NAME.test(c.names[entity]!) && !c.participants[entity]!.length) return { ok: true, reason: 'full-name', evidence: '' };
    return checkEventDate(date, nearbyYears(tokens, s.i, s.j), pageDate, date.length === 10 ? nearbyDays(tokens, s.i, s.j) : []);
  };

  // pass 0
  const spans: Candidate[] = [];
  const expand = (s: Candidate) => {
    const several = pluralOf(m, tokens, s);
    if (several) return void emit(s, entityOf(s.refs[0]!), { ok: false, reason: 'plural', evidence: several });
    const viable = s.refs.some((r) => (!isEvent(c, entityOf(r)) || dateOf(s, entityOf(r)).ok) && !isRoleForm(m, r));
    if (viable || !s.inner) return void spans.push(s);
    const e = entityOf(s.refs[0]!);
    emit(s, e, isRoleForm(m, s.refs[0]!) ? { ok: false, reason: 'other-name', evidence: surface(s) } : dateOf(s, e));
    s.inner.forEach(expand);
  };
  candidates.forEach(expand);

  // pass 1
  const blocks = spans.map((s) => s.refs.map((r) => otherName(m, text, tokens, s, r)));
  const others = new Map<string, { at: number; name: string }[]>();
  spans.forEach((s, k) => {
    blocks[k]!.forEach((name, x) => {
      if (name && claimsPage(m, s.refs[x]!, name)) push(others, formOf(m, s.refs[x]!).toLowerCase(), { at: s.i, name });
    });
  });

  // pass 2
  const fullAt = new Map<number, { at: number; name: string }[]>();
  spans.forEach((s, k) => {
    s.refs.forEach((r, x) => {
      const e = entityOf(r);
      if (isShortRef(m, r) || isKindOnlyEvent(m, r) || blocks[k]![x] || (s.i === s.j && others.size && others.has(formOf(m, r).toLowerCase()))) return;
      if (isEvent(c, e) && !dateOf(s, e).ok) return;
      push(fullAt, e, { at: s.i, name: surface(s) });
    });
  });

  // pass 3
  const judge = (s: Candidate, r: number, block: string | undefined): Verdict => {
    const e = entityOf(r);
    if (block) return { ok: false, reason: 'other-name', evidence: block };
    const rivals = s.i === s.j && others.size ? others.get(formOf(m, r).toLowerCase()) : undefined;
    let support: Verdict;
    if (rivals) {
      // a bare form refers to the nearest full form before it: "Per Lindqvist ... Lindqvist" is Per
      const own = lastBefore(fullAt.get(e), s.i);
      const rival = lastBefore(rivals, s.i);
      support = own && (!rival || rival.at < own.at) ? { ok: true, reason: 'full-name-on-page', evidence: own.name } : { ok: false, reason: 'other-name', evidence: (rival ?? rivals[0]!).name };
    } else if (!isShortRef(m, r) && !isKindOnlyEvent(m, r)) support = { ok: true, reason: 'full-name' };
    else support = backing(s, e);
    if (!support.ok || !isEvent(c, e)) return support;
    return dateOf(s, e);
  };

  const backing = (s: Candidate, e: number): Verdict => {
    const full = fullAt.get(e);
    if (full) return { ok: true, reason: 'full-name-on-page', evidence: full[0]!.name };
    const related = c.related[e]!.find((x) => fullAt.has(x));
    if (related !== undefined) return { ok: true, reason: 'related-on-page', evidence: c.names[related] };
    const word = contextWord(s, e);
    if (word) return { ok: true, reason: 'context', evidence: word };
    // "moved to the US, where": a form that is also a word in capitals ("LET US GO") is the name in running text
    const running = s.i === s.j && NEEDS_SUPPORT.has(tokens[s.i]!.text) ? wordOfRunningText(tokens, s.i) : undefined;
    if (running) return { ok: true, reason: 'context', evidence: running };
    return { ok: false, reason: 'no-support' };
  };

  const contextWord = (s: Candidate, e: number): string | undefined => {
    const own = c.context[e]!;
    const typeWords = TYPE_WORDS[c.types[e] as TypeCode];
    const fits = (k: number) => {
      const w = tokens[k]!.lower;
      return own.includes(w) || typeWords.has(w) || ((k === s.i - 1 || k === s.j + 1) && SPEECH.has(w)) ? tokens[k]!.text : undefined;
    };
    for (let k = s.i - 1, n = 0; k >= 0 && n < CONTEXT_WORDS && !tokens[k + 1]!.brk; k--, n++) {
      const w = fits(k);
      if (w) return w;
    }
    for (let k = s.j + 1, n = 0; k < tokens.length && n < CONTEXT_WORDS && !tokens[k]!.brk; k++, n++) {
      const w = fits(k);
      if (w) return w;
    }
    return undefined;
  };

  spans.forEach((s, k) => {
    if (s.refs.length === 1) {
      emit(s, entityOf(s.refs[0]!), judge(s, s.refs[0]!, blocks[k]![0]));
      return;
    }
    const verdicts = s.refs.map((r, x) => ({ e: entityOf(r), v: judge(s, r, blocks[k]![x]) }));
    const linked = verdicts.filter((x) => x.v.ok);
    const best = Math.min(...linked.map((x) => RANK[x.v.reason as LinkReason]));
    let winners = [...new Set(linked.filter((x) => RANK[x.v.reason as LinkReason] === best).map((x) => x.e))];
    const nearest = winners.length > 1 ? nearestOfOneName(m, winners, pageDate) : undefined;
    if (nearest !== undefined) winners = [nearest];
    // two bodies of one name ("the Senate" of two countries): the one whose related names the page gives in full
    const backed = winners.length > 1 ? winners.filter((e) => c.related[e]!.some((x) => fullAt.has(x))) : [];
    if (backed.length === 1) winners = backed;
    if (winners.length === 1) emit(s, winners[0]!, linked.find((x) => x.e === winners[0])!.v);
    else if (winners.length > 1) emit(s, winners[0]!, { ok: false, reason: 'ambiguous', evidence: winners.map((w) => c.names[w]).join(' / ') });
    else emit(s, verdicts[0]!.e, verdicts[0]!.v);
  });
  // one sense per page: a short form the page backs once ("President Lind", "Lind said") is that entity wherever
  // the page writes it again, unless it is ambiguous there
  const backed = new Map<string, Mention>();
  for (const x of result.mentions) if (x.reason === 'context' || x.reason === 'related-on-page') backed.set(text.slice(x.start, x.end), x);
  if (backed.size) {
    result.rejected = result.rejected.filter((x) => {
      const same = x.reason === 'no-support' ? backed.get(text.slice(x.start, x.end)) : undefined;
      if (!same || same.entity !== x.entity) return true;
      result.mentions.push({ start: x.start, end: x.end, entity: x.entity, id: x.id, reason: same.reason, ...(same.evidence ? { evidence: same.evidence } : {}) });
      return false;
    });
    result.mentions.sort((a, b) => a.start - b.start);
  }
  result.rejected.sort((a, b) => a.start - b.start);
  return result;
}

/** Names of eras that last and happen once, capitalised ("World War II", "Cold War", "Arab Spring"); not a yearly kind. */
const LASTING = /^\p{Lu}.* (?:War(?: [IVX]+| One| Two)?|Revolution|Spring|Uprising|Holocaust|Depression|Genocide)$/u;

/** The word beside token k, in its sentence, that has a lower-case letter (none in a line of capitals). */
function wordOfRunningText(tokens: Token[], k: number): string | undefined {
  const prev = tokens[k]!.brk ? undefined : tokens[k - 1];
  const next = tokens[k + 1]?.brk ? undefined : tokens[k + 1];
  return [prev, next].find((t) => !!t && /\p{Ll}/u.test(t.text))?.text;
}

/**
 * Events the archive holds under one name on different days (a storm told on the day of its landfall and again
 * days later, a yearly summit): the page means the one nearest its own date, when one is strictly nearest.
 */
function nearestOfOneName(m: LoadedMatcher, winners: number[], pageDate: string | undefined): number | undefined {
  const c = m.compiled;
  const page = pageDate ? dayOf(pageDate) : undefined;
  if (page === undefined) return undefined;
  const name = c.names[winners[0]!]!.toLowerCase();
  const dist: number[] = [];
  for (const e of winners) {
    const day = isEvent(c, e) && c.names[e]!.toLowerCase() === name ? dayOf(c.dates[e]!) : undefined;
    if (day === undefined) return undefined;
    dist.push(Math.abs(day - page));
  }
  const min = Math.min(...dist);
  return dist.filter((d) => d === min).length === 1 ? winners[dist.indexOf(min)] : undefined;
}

/** Day (ms) of a YYYY-MM-DD date; undefined for a month, a year or nothing. */
function dayOf(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** Words before a name that point at one of a kind: "the Cup finals", "their Cup finals". */
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'its', 'his', 'her', 'our', 'your', 'my']);

/**
 * "back-to-back Cup finals": an event's name followed by a plural whose singular makes a longer form of the
 * archive ("Cup final"), with no definite word before it, names several events; returns that plural phrase.
 */
function pluralOf(m: LoadedMatcher, tokens: Token[], s: Candidate): string | undefined {
  const next = tokens[s.j + 1];
  if (!next?.joined || next.brk || next.upper || next.lower.length < 4 || !next.lower.endsWith('s') || next.possessive) return undefined;
  if (!s.refs.some((r) => isEvent(m.compiled, entityOf(r)))) return undefined;
  // "the Cup finals" may be one tournament's closing stage; without a definite word it is several
  const before = s.i > 0 && !tokens[s.i]!.brk ? tokens[s.i - 1]!.lower : '';
  if (DEFINITE.has(before)) return undefined;
  let key = '';
  for (let k = s.i; k <= s.j; k++) key += `${k > s.i ? ' ' : ''}${tokens[k]!.lower}${tokens[k]!.possessive && k < s.j ? "'s" : ''}`;
  const singular = `${key} ${next.lower.slice(0, -1)}`;
  return m.forms.has(singular) ? `${key} ${next.lower}` : undefined;
}

/**
 * Does a longer name make every bare use of the word on the page doubtful? Yes for a surname ("Per Lindqvist":
 * a later "Lindqvist" may be either) and for a same-named place ("Victoria State": a later "Victoria" in that
 * story is the state). No for the full name of a place inside the name of something else ("Lima Strait",
 * "South Lima Sea", "Lima Pavilion"): the longer name claims only its own span, and "Lima" elsewhere is Lima.
 */
function claimsPage(m: LoadedMatcher, ref: number, longer: string): boolean {
  return isShortRef(m, ref) || PLACE_SUFFIXES.has(longer.slice(longer.lastIndexOf(' ') + 1).toLowerCase());
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lastBefore<T extends { at: number }>(list: T[] | undefined, at: number): T | undefined {
  let found: T | undefined;
  for (const x of list ?? []) if (x.at < at) found = x;
  return found;
}
