/**
 * One article → its entities, quotes and pledges (not yet linked to the rest of the archive).
 */
import { analyse, type Analysis } from '../nlp/analyse';
import { isMonthName } from '../nlp/dates';
import { CONTESTS, FLIGHT_VERBS, GATHERINGS, INCIDENTS, pluralStage, STRUCTURE_FELL } from '../nlp/lexicon';
import { countryName } from '../nlp/gazetteer';
import { hasTag, isCapitalised, knownPlace, type Sentence } from '../nlp/tokens';
import { EVENT_CODE, findCandidates } from './candidates';
import { creditParagraphs } from './credits';
import { findAwardCategories } from './categories';
import { findNamedDeals } from './deals';
import { findEvents } from './events';
import { CAPTION_CREDIT } from './parse';
import { normalizeName, type ArticleExtraction, type LocalEntity } from './local';
import { findQuotes, pledgeTargets } from './quotes';
import { findRoleChanges } from './role-changes';
import { findWonAwards } from './trophies';
import { aliasesFromHeadlines, mergeShortTitles, resolveEntities } from './resolve';
import type { ParsedArticle } from './types';

/** The text the builder reads of an article: the story, then its stray headlines and subheads (asides). */
export interface Story {
  text: string;
  /** The story's length: the asides follow it. */
  bodyLength: number;
}

export function storyOf(article: ParsedArticle): Story {
  // One compromise pass over the story and, after it, the stray headlines and subheads (asides).
  // Staff credits at the foot ("X reported from <city>", "Y contributed") are not read: credits.ts.
  // a caption's photo credit ("… in Portmere.CreditAna Lind/Agency") is furniture: the caption is read without it
  const story = article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text.replace(CAPTION_CREDIT, ''));
  const credits = creditParagraphs(story);
  const body = story.filter((_, k) => !credits.has(k)).join('\n\n');
  const asides = article.paragraphs.filter((p) => p.kind !== 'body').map((p) => `${p.text}.`).join('\n\n');
  return { text: asides ? `${body}\n\n${asides}` : body, bodyLength: body.length };
}

/** Which sentences compromise-dates reads (`analyse`'s `needsDates`): the story's that may date an event. */
export const datesNeeded =
  (bodyLength: number) =>
  (s: Sentence): boolean =>
    s.start < bodyLength && mayDateAnEvent(s);

/** `analysis`: the story's, when it was analysed elsewhere (`analyse(story.text, article.date, datesNeeded(...))`). */
export function extractArticle(article: ParsedArticle, analysis?: Analysis): ArticleExtraction {
  const { text, bodyLength } = storyOf(article);
  const { sentences: all, dates } = analysis ?? analyse(text, article.date, datesNeeded(bodyLength));
  const sentences = all.filter((s) => s.start < bodyLength);
  const { entities, pending } = resolveEntities(findCandidates(sentences, article.dateline));
  const filedFrom = addDateline(entities, article.dateline);
  if (text.length > bodyLength) aliasesFromHeadlines(findCandidates(all.filter((s) => s.start >= bodyLength), article.dateline), entities);

  const entityAt = indexMentions(entities);
  const events = findEvents({ articleDate: article.date, sentences, dates, entities, entityAt, filedFrom });
  entities.push(...events, ...findNamedDeals(sentences, entityAt), ...findWonAwards(sentences, entityAt), ...findAwardCategories(sentences, entityAt));
  mergeShortTitles(entities);
  for (const e of entities) if (e.type === 'event' && e.participants && e.meetingNoun) e.name = meetingName(e);

  const lookup = indexMentions(entities);
  for (const { person, role } of findRoleChanges(sentences, lookup)) person.roles.push(role);
  const quotes = findQuotes(sentences, text, lookup, entities);
  const pledges = new Map<number, string[]>();
  sentences.forEach((s, k) => {
    const targets = pledgeTargets(text.slice(s.start, s.end));
    if (targets.length) pledges.set(k, targets);
  });
  return {
    entities,
    sentences: sentences.map((s) => ({ text: text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(), start: s.start, end: s.end })),
    quotes,
    pledges,
    pending,
  };
}

const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

/** A sentence that may speak of an event and gives a date: only such sentences need dates resolved. */
function mayDateAnEvent(s: Sentence): boolean {
  const event = s.tokens.some(
    (t, k) =>
      hasTag(t, 'EventNoun', 'Incident', 'Contest', 'PassiveEvent', 'ActiveEvent', 'AssaultVerb', 'KillingVerb', 'WreckVerb', 'StrandVerb', 'VoteVerb', 'AddressWord') ||
      hasTag(t, 'MeetingVerb') ||
      hasTag(t, 'EventHead', 'StormWord') ||
      t.text === 'ceremony' ||
      // "won the Zembla Prize on Sunday": the day a prize was won dates its ceremony
      hasTag(t, 'AwardHead') ||
      // "signed the Harbour Act into law on Tuesday": the day a law was signed dates its signing
      /^(?:signed|signs)$/.test(t.lower) ||
      // "the Ostrel Bridge collapsed early on Tuesday": the day a structure fell
      STRUCTURE_FELL.test(t.lower) ||
      // "a jury on Thursday found X guilty": the day of a conviction
      t.lower === 'guilty' ||
      // "the Supreme Court on Tuesday ruled that …": the day of a court's ruling
      /^(?:ruled|ruling|judgment|judgement)$/.test(t.lower) ||
      // "the Tesk Space Telescope will launch on Christmas Eve": the day of a flight
      FLIGHT_VERBS.has(t.lower) ||
      EVENT_CODE.test(t.text) ||
      // a numbered designation ("Vela-3"): a mission may be told
      (isCapitalised(t) && /^\d+$/.test(s.tokens[k + 1]?.text ?? '') && /^[-‐–]$/u.test(t.post)) ||
      // "the first round on May 14", "a run-off on May 28", "during the finals on October 28"
      !!pluralStage(t.lower) ||
      (t.lower === 'round' && k > 0 && hasTag(s.tokens[k - 1]!, 'Ordinal')) ||
      (k > 0 && /^[-–]$/.test(s.tokens[k - 1]!.post) && [CONTESTS, GATHERINGS, INCIDENTS].some((l) => l.has(`${s.tokens[k - 1]!.lower}${t.lower}`))),
  );
  // compromise's own tagger does not know seasons as dates ("this fall"); compromise-dates does
  // nor always a year as one ("since 2004 when a quake hit")
  return event && s.tokens.some((t) => hasTag(t, 'Date') || SEASONS.has(t.lower) || isMonthName(t.text) || /^(?:1[89]|20)\d\d$/.test(t.text));
}

/** The dateline is where the story was filed: a place, even when the story never names it again. */
function addDateline(entities: LocalEntity[], dateline: string): LocalEntity | undefined {
  const [city, region] = dateline.split(',').map((part) => part.trim());
  const name = titleCase(city ?? '');
  if (!name) return undefined;
  // "LUSAIL, Qatar (AP)": the country or region written after the city is a place of the story too (not an
  // abbreviation, "Fla.", which says too little to name one)
  if (region && !/\./.test(region) && (countryName(region) !== undefined || knownPlace(region))) {
    const country = countryName(region) ?? region;
    if (!entities.some((e) => e.type === 'place' && (normalizeName(e.name) === normalizeName(country) || e.aliases.has(region)))) {
      entities.push({ key: `place:${normalizeName(country)}`, type: 'place', name: country, aliases: new Set(country === region ? [] : [region]), roles: [], mentions: [] });
    }
  }
  const known = entities.find((e) => e.type === 'place' && (normalizeName(e.name) === normalizeName(name) || e.aliases.has(name)));
  if (known) return known;
  if (entities.some((e) => normalizeName(e.name) === normalizeName(name) || e.aliases.has(name))) return undefined;
  const place: LocalEntity = { key: `place:${normalizeName(name)}`, type: 'place', name, aliases: new Set(), roles: [], mentions: [] };
  entities.push(place);
  return place;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Offset → entity, from every mention span: a binary search, then back over spans that could still cover it. */
function indexMentions(entities: LocalEntity[]): (offset: number) => LocalEntity | undefined {
  const spans = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, e }))).sort((a, b) => a.start - b.start);
  const longest = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  return (offset) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    // innermost span wins: a name inside an event's span is still the name
    let hit: (typeof spans)[number] | undefined;
    for (let k = lo - 1; k >= 0 && spans[k]!.start >= offset - longest; k--) {
      const s = spans[k]!;
      if (offset < s.end && (!hit || s.end - s.start < hit.end - hit.start)) hit = s;
    }
    return hit?.e;
  };
}

function meetingName(e: LocalEntity): string {
  const people = e.participants!.map((p) => [...p.aliases].find((a) => p.name.split(/\s+/).includes(a)) ?? p.name);
  return e.name.includes('(') ? e.name : `${people.join('-')} ${e.meetingNoun ?? 'meeting'}`;
}
