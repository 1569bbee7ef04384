/**
 * What the event finders share: the article as they see it (sentences, dates, entities so far) and the
 * small steps every kind of event takes (find or add by name, keep the narrowest compatible date, take the
 * first place, the date and place the sentence gives).
 */
import { REPORTING_VERBS, SPEECH_VERBS } from '../nlp/lexicon';
import { addDays, countWord, type DateMention } from '../nlp/dates';
import { hasTag, type Sentence, type Token } from '../nlp/tokens';
import { type LocalEntity, type Span, upsertNamed } from './local';

export interface Context {
  articleDate: string;
  sentences: Sentence[];
  dates: DateMention[];
  entities: LocalEntity[];
  /** The place the story was filed from (its dateline), when it is one. */
  filedFrom?: LocalEntity | undefined;
  /** Which entity a character offset belongs to (from the mentions found so far). */
  entityAt: (offset: number) => LocalEntity | undefined;
}

const DATES_BY_SENTENCE = new WeakMap<DateMention[], Map<number, { end: number; dates: DateMention[] }>>();

/**
 * The dates that start in the sentence, in the order of `ctx.dates`. Found through an index built once per
 * article (each sentence's start → its dates), so that a rule asking costs the same in an article of any length.
 */
export function datesIn(ctx: Pick<Context, 'dates' | 'sentences'>, sentence: Sentence): readonly DateMention[] {
  let index = DATES_BY_SENTENCE.get(ctx.dates);
  if (!index) {
    index = new Map(ctx.sentences.map((x) => [x.start, { end: x.end, dates: [] }]));
    const starts = ctx.sentences.map((x) => x.start);
    for (const d of ctx.dates) {
      // the last sentence starting at or before the date
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= d.start) lo = mid + 1;
        else hi = mid;
      }
      const owner = index.get(starts[lo - 1]!);
      if (owner && d.start < owner.end) owner.dates.push(d);
    }
    DATES_BY_SENTENCE.set(ctx.dates, index);
  }
  const own = index.get(sentence.start);
  // a span that is not one of the article's sentences: looked for the slow way
  return own && own.end === sentence.end ? own.dates : ctx.dates.filter((d) => d.start >= sentence.start && d.start < sentence.end);
}

export function upsert(events: LocalEntity[], name: string, span: Span): LocalEntity {
  return upsertNamed(events, 'event', name, span);
}

/** Two dates that can describe the same event: one contains the other. */
export function compatible(a: Pick<DateMention, 'from' | 'to'>, b: Pick<DateMention, 'from' | 'to'>): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function setDate(e: LocalEntity, d: DateMention | undefined): void {
  if (!d) return;
  if (!e.date || (compatible(e.date, d) && span(d) < span(e.date))) e.date = d;
}
const span = (d: DateMention) => Date.parse(d.to) - Date.parse(d.from);

export function setPlace(e: LocalEntity, p: LocalEntity | undefined): void {
  if (p && !e.place) e.place = p;
}

/** The date the text gives for an event at `at`: the nearest date in its sentence that is not a reporting date. */
export function nearestDate(ctx: Context, sentence: Sentence, at: Span): DateMention | undefined {
  let best: { d: DateMention; cost: number } | undefined;
  for (const told of datesIn(ctx, sentence)) {
    if (isReportingDate(sentence, told) || isSincePoint(sentence, told, at) || isListedDate(ctx, sentence, told)) continue;
    const offset = offsetPoint(sentence, told, at);
    // ("relief came Saturday, four days after the town was slammed by the storm": a count ties the two)
    if (offset === null || (offset === 0 && isOtherVerbsDate(sentence, told, at))) continue;
    const d = offset ? { ...told, from: addDays(told.from, offset), to: addDays(told.to, offset) } : told;
    const cost = d.start >= at.end ? d.start - at.end : at.start - d.end + 12;
    if (!best || cost < best.cost) best = { d, cost };
  }
  return best?.d;
}

/**
 * "Quarnia won the Ostrel Cup in 1987 and 2009": dates in a list are several editions of a series, none of them
 * the one thing a name or a noun of the sentence stands for.
 */
function isListedDate(ctx: Context, sentence: Sentence, d: DateMention): boolean {
  const between = (a: DateMention, b: DateMention) => sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
  // "their crowns in 1995, 2007 and 2019": years in a list, though the tagger read only one of them as a date
  const before = sentence.text.slice(Math.max(0, d.start - sentence.start - 12), d.start - sentence.start);
  const after = sentence.text.slice(d.end - sentence.start, d.end - sentence.start + 12);
  if (d.precision === 'year' && (/\b(?:1[6-9]|20)\d\d\s*(?:,|,?\s*(?:and|or))\s*$/.test(before) || /^\s*(?:,|,?\s*(?:and|or))\s*(?:1[6-9]|20)\d\d\b/.test(after))) return true;
  return datesIn(ctx, sentence).some(
    (o) =>
      o !== d &&
      o.from !== d.from &&
      /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(o.start >= d.end ? between(d, o) : between(o, d)) &&
      // "on Tuesday and Wednesday": the days of one gathering, which starts on the first
      !(daysApart(o, d) <= 6 && d.from < o.from),
  );
}
const daysApart = (a: DateMention, b: DateMention) =>
  a.precision === 'day' && b.precision === 'day' ? Math.abs(Date.parse(a.from) - Date.parse(b.from)) / 86_400_000 : Number.POSITIVE_INFINITY;

/**
 * "the most important since the Lisbon accord in 2015", "their first talks since 2019": a point of comparison,
 * not when the thing told happens ("since" at most three words before the date, in the same clause, after the
 * words that name the thing: in "since her removal two weeks ago" the date is the removal's).
 */
function isSincePoint(sentence: Sentence, d: DateMention, at: Span): boolean {
  const toks = sentence.tokens;
  const first = toks.findIndex((t) => t.end > d.start);
  // (or further back, over a clause of its own: "since Zembla launched its war against Tesk in February")
  for (let k = first - 1; k >= 0 && k >= first - 9; k--) {
    if (toks[k]!.lower === 'since') return toks[k]!.start >= at.end && (k >= first - 4 || toks.slice(k + 1, first).some((t) => hasTag(t, 'Verb')));
    if (/[,;:()]/.test(toks[k]!.post)) return false;
  }
  return false;
}

/**
 * "relief took shape Saturday, four days after it was slammed by the storm", "two weeks before the vote on
 * Sunday": a count of time between the date and the thing told puts the thing that far from the date, not at it.
 */
function offsetPoint(sentence: Sentence, d: DateMention, at: Span): number | null {
  const dateFirst = d.end <= at.start;
  const [from, to] = dateFirst ? [d.end, at.start] : [at.end, d.start];
  const toks = sentence.tokens.filter((t) => t.start >= from && t.end <= to);
  const k = toks.findIndex(
    (t, k) => k >= 2 && /^(after|before|later|earlier)$/.test(t.lower) && /^(hours?|days?|weeks?|months?|years?)$/.test(toks[k - 1]!.lower) && (hasTag(toks[k - 2]!, 'Value') || /^(a|an|few|several)$/.test(toks[k - 2]!.lower)),
  );
  if (k < 0) return 0;
  // "July 11, four days before the convention": the convention four days after July 11 ("the vote, two weeks
  // before Sunday": two weeks before it); a count of hours, months or years, or "a few", says too little
  const days = countWord(toks[k - 2]!.lower);
  const unit = toks[k - 1]!.lower;
  const word = toks[k]!.lower;
  if (d.precision !== 'day' || days <= 0 || !/^(days?|weeks?)$/.test(unit) || !/^(before|after)$/.test(word)) return null;
  const n = days * (unit.startsWith('week') ? 7 : 1);
  return (word === 'before') === dateFirst ? n : -n;
}

/**
 * "Rescuers raced Tuesday to find survivors of buildings brought down by a quake", "the president on Wednesday
 * admitted problems in the response to the earthquake": a day told before a verb, with the thing named later
 * after a preposition, dates what that verb tells, not the thing.
 */
function isOtherVerbsDate(sentence: Sentence, d: DateMention, at: Span): boolean {
  // (a year or a month sets the scene: "in 2002, a truck bomb at the synagogue of X killed 21")
  if (d.end > at.start || d.precision !== 'day') return false;
  const toks = sentence.tokens;
  let k = toks.findIndex((t) => t.start >= at.start) - 1;
  // back over the words before the name or noun: "a devastating 7.8 magnitude", "the government's initial"
  for (let n = 0; k >= 0 && n < 6 && !hasTag(toks[k], 'Preposition', 'Verb') && toks[k]!.end > d.end; n++) k--;
  const governor = toks[k];
  if (!governor || governor.end <= d.end || !hasTag(governor, 'Preposition')) return false;
  // (verbs of winning tell the contest itself: "elected on Sunday, winning 65% to beat X in a runoff vote")
  return toks.some((t) => t.start >= d.end && t.end <= governor.start && hasTag(t, 'Verb') && !hasTag(t, 'Auxiliary', 'Modal') && !WINNING.test(t.lower));
}
/** Verbs of winning or losing a contest: what they tell is the contest itself, not another event. */
export const WINNING = /^(?:win|wins|winning|won|beat|beats|beating|defeat|defeats|defeating|defeated|taking|securing|claiming|losing)$/;

/** "sources said Wednesday", "the ministry Wednesday said": when something was said, not when it happens. */
export function isReportingDate(sentence: Sentence, d: DateMention): boolean {
  const toks = sentence.tokens;
  const first = toks.findIndex((t) => t.end > d.start);
  const lastIdx = toks.findIndex((t) => t.start >= d.end);
  const before = toks[first - 1];
  const after = toks[lastIdx < 0 ? toks.length : lastIdx];
  return (!!before && (REPORTING_VERBS.has(before.lower) || SPEECH_VERBS.has(before.lower))) || (!!after && (REPORTING_VERBS.has(after.lower) || SPEECH_VERBS.has(after.lower)));
}

/** Words for a kind of place before "of" and its name: "the city of X", "the US state of Y". */
const PLACE_KINDS = /^(city|town|village|state|province|region|county|district|island|port)$/;

/** Whether `span` sits in a clause ", who/which … ," that `other` (a date, a place) lies outside of. */
export function inRelativeClause(sentence: Sentence, span: { start: number }, other: { start: number; end: number }): boolean {
  const toks = sentence.tokens;
  const first = toks.findIndex((t) => t.start >= span.start);
  if (first < 0) return false;
  let open = first - 1;
  while (open >= 0 && !/,\s*$/.test(toks[open]!.post)) open--;
  if (open < 0 || !/^(?:who|which|whose)$/.test(toks[open + 1]?.lower ?? '')) return false;
  let close = first;
  while (close < toks.length && !/,\s*$/.test(toks[close]!.post) && toks[close]!.end <= sentence.end) close++;
  const end = toks[close];
  return other.end <= toks[open]!.end || (!!end && other.start >= end.end);
}

/**
 * "in Peru" / "in the Dominican Republic" in the sentence, or "which the United Kingdom is hosting"; "in the
 * city of X", "in the US state of Y": the place named after the kind of place.
 */
export function placeNear(ctx: Context, sentence: Sentence, noun: Token): LocalEntity | undefined {
  let best: { e: LocalEntity; cost: number } | undefined;
  for (const t of sentence.tokens) {
    const e = ctx.entityAt(t.start);
    if (e?.type !== 'place') continue;
    const prev = sentence.tokens[t.i - 1];
    const prev2 = sentence.tokens[t.i - 2];
    const next = sentence.tokens.find((x) => x.start >= (e.mentions.find((m) => m.start <= t.start && m.end > t.start)?.end ?? t.end));
    if (next && PLACE_KINDS.test(next.lower) && sentence.tokens[next.i + 1]?.lower === 'of') continue; // "the US state of Y": Y
    const named = prev?.lower === 'of' && !!prev2 && PLACE_KINDS.test(prev2.lower);
    const introduced = named || (prev && /^(in|at|to)$/.test(prev.lower)) || (prev?.lower === 'the' && prev2 && /^(in|at)$/.test(prev2.lower));
    const hosting = sentence.tokens.slice(t.i + 1, t.i + 5).some((x) => /^host/.test(x.lower));
    if (!introduced && !hosting) continue;
    // ("they lost to Zembla 1-0", "fell to Tesk": who a side loses to is the other side, not where)
    if (prev?.lower === 'to' && /^(?:lost|lose|loses|losing|fell|bowed|succumbed|slumped)$/.test(prev2?.lower ?? '')) continue;
    // ("Ana Lind, who lost the 2024 election, was at Fort Tesk": the clause's event was not held there)
    if (inRelativeClause(sentence, noun, t)) continue;
    const cost = Math.abs(t.start - noun.start);
    if (!best || cost < best.cost) best = { e, cost };
  }
  return best?.e;
}
