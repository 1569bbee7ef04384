/**
 * The extractor's yardstick: compares hand-written gold annotations (tests/fixtures/gold/*.json) with the
 * entities of a built fact base. Pure: no I/O, no imports from src/ other than types.
 * The rules are written down in tests/fixtures/gold/README.md.
 */
import type { Entity } from '../../src/factbase/schema';

/** The kinds gold annotations use: the fact base's, and the two it is growing (agreements, awards). */
export type EntityType = Entity['type'] | 'agreement' | 'award';

export interface GoldEntity {
  name: string;
  type: EntityType;
  /** The real thing, the same across articles ("place:united-states"): two ids for one key are a split. */
  key?: string;
  aliases?: string[];
  /** People: acceptable phrasings of the role the text states, the preferred one first. */
  role?: string | string[];
  /** Events: YYYY, YYYY-MM or YYYY-MM-DD, resolved against the article date. */
  date?: string;
  /** Events dated only to a week ("next week"): the Monday of that week, YYYY-MM-DD. */
  week?: string;
  /** Events: one acceptable place name, or several (a stadium or its city). */
  place?: string | string[];
  /** Events: names of gold entities of the same article. */
  participants?: string[];
  /** Neither required nor penalised. */
  optional?: boolean;
  note?: string;
}

export interface GoldArticle {
  file: string;
  date: string;
  entities: GoldEntity[];
}

/** What the scorer reads of a predicted entity: a fact base entity, or a hand-made one in tests. */
export type PredictedEntity = Pick<Entity, 'id' | 'name' | 'aliases' | 'articles'> & { type: EntityType } &
  Partial<Pick<Entity, 'description' | 'date' | 'place' | 'participants'>>;

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}
export interface Rates extends Counts {
  recall: number;
  precision: number;
  f1: number;
}
export interface Fraction {
  total: number;
  correct: number;
  rate: number;
}

export const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'agreement', 'award'];

export interface ArticleScore {
  file: string;
  id: string;
  byType: Record<EntityType, Counts>;
  matches: { type: EntityType; gold: string; predicted: string; id: string; key?: string }[];
  missed: { type: EntityType; name: string }[];
  spurious: { type: EntityType; name: string; id: string }[];
  roles: { total: number; correct: number; failures: { name: string; role: string; predicted?: string }[] };
  eventDates: { total: number; correct: number; failures: { name: string; gold: string; predicted?: string }[] };
}

export interface Score {
  articles: ArticleScore[];
  byType: Record<EntityType, Rates>;
  overall: Rates;
  roles: Fraction;
  eventDates: Fraction;
  /** Real things (gold keys) found as more than one entity across the archive, with the ids they got. */
  splits: { key: string; ids: string[] }[];
  /** Entities that stand for more than one real thing (one id matched to several gold keys). */
  conflations: { id: string; keys: string[] }[];
}

// ---------------------------------------------------------------------------------------------- names

/**
 * Case, quote, dash and space variants fold together; a leading "the" is dropped; full stops go ("Microsoft
 * Corp." is "Microsoft Corp", "U.S." is "US": the builder writes company suffixes and acronyms without them).
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[‘’‚‛′´`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The article id a file gets in the fact base: lowercase, no extension, non-alphanumerics → '-'. */
export function articleIdOf(file: string): string {
  return file
    .replace(/\.[^./\\]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const formsOfGold = (g: GoldEntity): Set<string> => new Set([g.name, ...(g.aliases ?? [])].map(normalizeName));
const formsOfPredicted = (p: PredictedEntity): Set<string> => new Set([p.name, ...p.aliases].map(normalizeName));
const intersects = <T>(a: Set<T>, b: Set<T>): boolean => [...a].some((x) => b.has(x));

// ---------------------------------------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Same value, or one is a prefix of the other at a coarser precision ("2023-11" and "2023-11-30"). */
function prefixCompatible(a: string, b: string): boolean {
  const x = a.split('-');
  const y = b.split('-');
  const n = Math.min(x.length, y.length);
  return x.slice(0, n).join('-') === y.slice(0, n).join('-');
}

/** Whether a predicted event date agrees with the gold's date or week. */
export function dateCompatible(gold: Pick<GoldEntity, 'date' | 'week'>, predicted: string | undefined): boolean {
  if (!gold.date && !gold.week) return true;
  if (!predicted) return false;
  if (gold.date && prefixCompatible(gold.date, predicted)) return true;
  if (gold.week) {
    const monday = Date.parse(`${gold.week}T00:00:00Z`);
    for (let i = 0; i < 7; i++) if (prefixCompatible(isoDay(monday + i * DAY_MS), predicted)) return true;
  }
  return false;
}

const goldDateLabel = (g: GoldEntity): string => g.date ?? (g.week ? `week of ${g.week}` : '');

// --------------------------------------------------------------------------------------------- events

const STOP = new Set(
  'a an the of for and in at on to with by from as his her its their who which that s is was be'.split(' '),
);
/** Words every event name may share; overlap on them alone is no evidence. */
const GENERIC_EVENT = new Set(
  'talks talk meeting meetings summit conference session election elections vote final semi series show games match tournament ceremony first second new'.split(
    ' ',
  ),
);
const tokens = (s: string): string[] =>
  normalizeName(s)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}#]+/u)
    .filter((t) => t && !STOP.has(t));
const keyTokens = (s: string): string[] => tokens(s).filter((t) => !GENERIC_EVENT.has(t) && !/^\d{4}$/.test(t));

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = [...a].filter((x) => b.has(x)).length;
  return inter ? inter / (a.size + b.size - inter) : 0;
}

/**
 * How strongly a predicted event looks like a gold one, ignoring dates (0: no evidence at all), and whether
 * the evidence is more than a shared place: only then is a wrongly dated event taken for the gold one.
 */
function eventEvidence(
  g: GoldEntity,
  p: PredictedEntity,
  goldByForm: Map<string, GoldEntity>,
  byId: Map<string, PredictedEntity>,
): { strength: number; strong: boolean } {
  const resolveGold = (name: string): Set<string> => {
    const e = goldByForm.get(normalizeName(name));
    return e ? formsOfGold(e) : new Set([normalizeName(name)]);
  };
  const resolvePredicted = (id: string): Set<string> => {
    const e = byId.get(id);
    return e ? formsOfPredicted(e) : new Set<string>();
  };
  const predictedParticipants = (p.participants ?? []).map(resolvePredicted);
  const shared = (g.participants ?? []).filter((name) => {
    const forms = resolveGold(name);
    return predictedParticipants.some((pf) => intersects(forms, pf));
  }).length;
  const goldPlaces = [g.place ?? []].flat().map(resolveGold);
  const placeOk = p.place !== undefined && goldPlaces.some((forms) => intersects(forms, resolvePredicted(p.place!)));
  const goldNames = [g.name, ...(g.aliases ?? [])];
  const predictedNames = [p.name, ...p.aliases];
  const goldKeys = new Set(goldNames.flatMap(keyTokens));
  const nameOk = predictedNames.some((n) => keyTokens(n).some((t) => goldKeys.has(t)));
  if (!shared && !placeOk && !nameOk) return { strength: 0, strong: false };
  let similarity = 0;
  for (const a of goldNames) for (const b of predictedNames) similarity = Math.max(similarity, jaccard(new Set(tokens(a)), new Set(tokens(b))));
  return { strength: shared + (placeOk ? 1 : 0) + (nameOk ? 1 : 0) + 2 * similarity, strong: shared > 0 || nameOk };
}

// ---------------------------------------------------------------------------------------------- roles

/** Demonyms and spellings of countries, folded into the country's name before roles are compared. */
const COUNTRY_WORDS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])(?:u\.s\.a?\.?|usa|us|american|america)(?![\p{L}\p{N}])/gu, 'united states'],
  [/(?<![\p{L}\p{N}])(?:britain|british|uk|u\.k\.)(?![\p{L}\p{N}])/gu, 'united kingdom'],
  [/(?<![\p{L}\p{N}])south african(?![\p{L}\p{N}])/gu, 'south africa'],
  [/(?<![\p{L}\p{N}])south korean(?![\p{L}\p{N}])/gu, 'south korea'],
  ...(
    [
      ['chinese', 'china'],
      ['german', 'germany'],
      ['hungarian', 'hungary'],
      ['indian', 'india'],
      ['zambian', 'zambia'],
      ['kenyan', 'kenya'],
      ['vietnamese', 'vietnam'],
      ['japanese', 'japan'],
      ['french', 'france'],
      ['spanish', 'spain'],
      ['italian', 'italy'],
      ['polish', 'poland'],
      ['russian', 'russia'],
      ['nigerian', 'nigeria'],
      ['ethiopian', 'ethiopia'],
      ['australian', 'australia'],
      ['english', 'england'],
      ['emirati', 'united arab emirates'],
      ['indonesian', 'indonesia'],
    ] as const
  ).map(([demonym, country]): [RegExp, string] => [new RegExp(`(?<![\\p{L}\\p{N}])${demonym}(?![\\p{L}\\p{N}])`, 'gu'), country]),
];
const COUNTRY_NAMES = new Set(COUNTRY_WORDS.map(([, c]) => c));
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface RoleWords {
  words: Set<string>;
  places: Set<string>;
}

/**
 * A role's content words, with every form of an entity of the article folded into one token
 * ("ICC" and "International Cricket Council" → "#3") and places and countries kept apart.
 */
function roleWords(text: string, gold: GoldArticle): RoleWords {
  let s = ` ${normalizeName(text)} `;
  for (const [re, country] of COUNTRY_WORDS) s = s.replace(re, country);
  const forms = gold.entities
    .flatMap((e, i) => [e.name, ...(e.aliases ?? [])].map((f) => ({ form: normalizeName(f), token: `#${e.type === 'place' ? 'p' : 'e'}${i}` })))
    .concat([...COUNTRY_NAMES].map((c) => ({ form: c, token: `#c${c.replace(/ /g, '')}` })))
    .filter((f) => f.form.length > 1)
    .sort((a, b) => b.form.length - a.form.length);
  for (const { form, token } of forms) {
    s = s.replace(new RegExp(`(?<![\\p{L}\\p{N}#])${escapeRe(form)}(?:'s)?(?![\\p{L}\\p{N}])`, 'gu'), ` ${token} `);
  }
  // A gold place and a country word for it are one place ("China" the place, "chinese" → china).
  const placeTokenOf = new Map<string, string>();
  for (const [i, e] of gold.entities.entries())
    if (e.type === 'place') for (const f of [e.name, ...(e.aliases ?? [])]) placeTokenOf.set(`#c${normalizeName(f).replace(/[^\p{L}\p{N}]/gu, '')}`, `#p${i}`);
  const words = new Set<string>();
  const places = new Set<string>();
  for (const raw of tokens(s)) {
    const t = placeTokenOf.get(raw) ?? raw;
    if (t.startsWith('#p') || t.startsWith('#c')) places.add(t);
    else words.add(t);
  }
  return { words, places };
}

/** Whether a predicted description says what one of the gold role phrasings says. */
export function roleMatches(roles: string[], description: string | undefined, gold: GoldArticle): boolean {
  if (!description) return false;
  const predicted = roleWords(description, gold);
  return roles.some((role) => {
    const want = roleWords(role, gold);
    if (![...want.words].every((w) => predicted.words.has(w))) return false;
    // Country words are optional, but must not contradict ("Chinese climate envoy" is not Kerry's role).
    return !(want.places.size && predicted.places.size && !intersects(want.places, predicted.places));
  });
}

// ------------------------------------------------------------------------------------------- matching

interface Candidate {
  g: number;
  p: number;
  rank: number;
}

/** One-to-one assignment: best-ranked pairs first. */
function assign(candidates: Candidate[]): Candidate[] {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.rank - a.rank || a.g - b.g || a.p - b.p)) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    chosen.push(c);
  }
  return chosen;
}

const emptyCounts = (): Record<EntityType, Counts> =>
  Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }])) as Record<EntityType, Counts>;

/**
 * Scores one article. `entities` may be the whole fact base: only those whose `articles` include the
 * article's id are judged, while event places and participants are looked up among all of them.
 */
export function scoreArticle(gold: GoldArticle, entities: readonly PredictedEntity[], articleId = articleIdOf(gold.file)): ArticleScore {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const predicted = entities.filter((e) => e.articles.includes(articleId));
  const goldByForm = new Map<string, GoldEntity>();
  for (const g of gold.entities) for (const f of formsOfGold(g)) if (!goldByForm.has(f)) goldByForm.set(f, g);

  const candidates: Candidate[] = [];
  const dateOk = new Set<string>();
  gold.entities.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (g.type === 'event' || p.type === 'event') {
        if (!(g.type === 'event' || g.optional) || p.type !== 'event') return;
        const evidence =
          g.type === 'event'
            ? eventEvidence(g, p, goldByForm, byId)
            : { strength: intersects(formsOfGold(g), formsOfPredicted(p)) ? 1 : 0, strong: true };
        if (!evidence.strength) return;
        const ok = dateCompatible(g, p.date);
        if (!ok && !evidence.strong) return;
        if (ok) dateOk.add(`${gi}:${pi}`);
        const tier = ok ? (g.optional ? 2 : 3) : 1;
        candidates.push({ g: gi, p: pi, rank: tier * 1000 + evidence.strength });
      } else {
        if (g.type !== p.type && !g.optional) return;
        const forms = formsOfGold(g);
        if (!intersects(forms, formsOfPredicted(p))) return;
        const exact = normalizeName(p.name) === normalizeName(g.name) ? 2 : forms.has(normalizeName(p.name)) ? 1 : 0;
        const tier = g.optional ? (g.type === p.type ? 2 : 1) : 3;
        candidates.push({ g: gi, p: pi, rank: tier * 1000 + exact });
      }
    });
  });

  const score: ArticleScore = {
    file: gold.file,
    id: articleId,
    byType: emptyCounts(),
    matches: [],
    missed: [],
    spurious: [],
    roles: { total: 0, correct: 0, failures: [] },
    eventDates: { total: 0, correct: 0, failures: [] },
  };
  const matchOf = new Map<number, PredictedEntity>();
  const absorbed = new Set<number>();
  for (const c of assign(candidates)) {
    const g = gold.entities[c.g]!;
    const p = predicted[c.p]!;
    if (g.optional) {
      absorbed.add(c.p);
    } else if (g.type === 'event' && !dateOk.has(`${c.g}:${c.p}`)) {
      // Found by its participants, place or name but dated wrongly: a miss, and counted against dates.
      score.eventDates.total++;
      score.eventDates.failures.push({ name: g.name, gold: goldDateLabel(g), predicted: p.date });
    } else {
      matchOf.set(c.g, p);
      absorbed.add(c.p);
      score.matches.push({ type: g.type, gold: g.name, predicted: p.name, id: p.id, ...(g.key ? { key: g.key } : {}) });
      if (g.type === 'event' && (g.date || g.week)) {
        score.eventDates.total++;
        score.eventDates.correct++;
      }
    }
  }

  gold.entities.forEach((g, gi) => {
    if (g.optional) return;
    score.byType[g.type].gold++;
    if (matchOf.has(gi)) score.byType[g.type].matched++;
    else score.missed.push({ type: g.type, name: g.name });
    const roles = [g.role ?? []].flat();
    if (g.type === 'person' && roles.length) {
      score.roles.total++;
      const description = matchOf.get(gi)?.description;
      if (roleMatches(roles, description, gold)) score.roles.correct++;
      else score.roles.failures.push({ name: g.name, role: roles[0]!, predicted: matchOf.has(gi) ? description : '(person not found)' });
    }
  });
  predicted.forEach((p, pi) => {
    if (absorbed.has(pi)) return;
    score.byType[p.type].predicted++;
    score.spurious.push({ type: p.type, name: p.name, id: p.id });
  });
  for (const t of TYPES) score.byType[t].predicted += score.byType[t].matched;
  return score;
}

// ------------------------------------------------------------------------------------------- totals

export function rates(c: Counts): Rates {
  const recall = c.gold ? c.matched / c.gold : 1;
  const precision = c.predicted ? c.matched / c.predicted : c.gold ? 0 : 1;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { ...c, recall, precision, f1 };
}

const fraction = (total: number, correct: number): Fraction => ({ total, correct, rate: total ? correct / total : 0 });

/**
 * Scores every gold article against one fact base, micro-averaged. Article ids come from the fact base's
 * article list when it has the file, else from the file name.
 */
export function scoreAll(
  golds: readonly GoldArticle[],
  factBase: { entities: readonly PredictedEntity[]; articles?: readonly { id: string; file: string }[] },
): Score {
  const idOf = new Map((factBase.articles ?? []).map((a) => [a.file, a.id]));
  const articles = golds.map((g) => scoreArticle(g, factBase.entities, idOf.get(g.file) ?? articleIdOf(g.file)));
  const sum = (pick: (c: Counts) => number, t?: EntityType): number =>
    articles.reduce((n, a) => n + (t ? pick(a.byType[t]) : TYPES.reduce((m, u) => m + pick(a.byType[u]), 0)), 0);
  const totals = (t?: EntityType): Counts => ({ gold: sum((c) => c.gold, t), predicted: sum((c) => c.predicted, t), matched: sum((c) => c.matched, t) });
  const goldRoles = articles.reduce((n, a) => n + a.roles.total, 0);
  const goldDated = articles.reduce((n, a) => n + a.eventDates.total, 0);
  return {
    articles,
    byType: Object.fromEntries(TYPES.map((t) => [t, rates(totals(t))])) as Record<EntityType, Rates>,
    overall: rates(totals()),
    roles: fraction(goldRoles, articles.reduce((n, a) => n + a.roles.correct, 0)),
    eventDates: fraction(goldDated, articles.reduce((n, a) => n + a.eventDates.correct, 0)),
    ...identity(articles),
  };
}

/** Splits and conflations, from the matches of every article: one real thing should have one id. */
function identity(articles: readonly ArticleScore[]): Pick<Score, 'splits' | 'conflations'> {
  const idsOf = new Map<string, Set<string>>();
  const keysOf = new Map<string, Set<string>>();
  for (const a of articles)
    for (const m of a.matches) {
      if (!m.key) continue;
      idsOf.set(m.key, (idsOf.get(m.key) ?? new Set()).add(m.id));
      keysOf.set(m.id, (keysOf.get(m.id) ?? new Set()).add(m.key));
    }
  return {
    splits: [...idsOf].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, ids: [...ids].sort() })),
    conflations: [...keysOf].filter(([, keys]) => keys.size > 1).map(([id, keys]) => ({ id, keys: [...keys].sort() })),
  };
}
