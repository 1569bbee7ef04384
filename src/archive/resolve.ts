/**
 * Candidates → the article's entities: decides each name's type from the evidence of all its occurrences,
 * links short forms ("Okafor", "Wu") and acronyms ("OECS", "US") to the full names they stand for.
 */
import type { EntityType } from '../factbase/schema';
import { BODY_NOUNS, EVENT_HEADS, GENERIC_ALONE, INVERTIBLE_OPENERS, NAME_PARTICLES, NAME_TITLES, NEVER_ALONE, ORG_HEADS, POST_NOMINALS, SITE_HEADS, TRADE_HEADS } from '../nlp/lexicon';
import { countryName, countryOfDemonym } from '../nlp/gazetteer';
import { usualBodyName } from '../matching/short-forms';
import { nameWords, surnameOf } from '../nlp/name-order';
import { hasTag, isCapitalised, knownPlace, lexiconTags, type Token } from '../nlp/tokens';
import { givenNameAndSurname, isAcronym, taggedOrganization, type Candidate, type Evidence } from './candidates';
import { companyBases, normalizeName, type ArticleExtraction, type LocalEntity } from './local';
import { siteTail } from './site-tail';
import { initialsOf, standsFor } from './initials';

export function resolveEntities(candidates: Candidate[]): { entities: LocalEntity[]; pending: ArticleExtraction['pending'] } {
  const pending: ArticleExtraction['pending'] = [];
  const byNorm = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byNorm.get(c.norm) ?? [];
    list.push(c);
    byNorm.set(c.norm, list);
  }
  const entities: LocalEntity[] = [];
  const byKey = new Map<string, LocalEntity>();
  const add = (type: EntityType, group: Candidate[]) => {
    // a country goes by its usual name, whatever this article calls it ("U.K." → "United Kingdom"), and so does a
    // well-known body ("UN" → "United Nations"): one entity, named the same whichever article came first
    const written = group[0]!.text;
    // "Los-Angeles area hospitals": a known place written with hyphens goes by its spaced name
    const spaced = written.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
    const name =
      (type === 'place' && (countryName(written) || (spaced !== written && knownPlace(spaced) ? spaced : undefined))) ||
      (type === 'organization' && usualBodyName(written)) ||
      written;
    const key = `${type}:${normalizeName(name)}`;
    let e = byKey.get(key);
    if (!e) {
      e = { key, type, name, aliases: new Set(), roles: [], mentions: [] };
      byKey.set(key, e);
      entities.push(e);
    }
    if (written !== name) e.aliases.add(written);
    // "Marlon T. Brisbee" (or "Marlon T Brisbee") is also "Marlon Brisbee", the name other articles give
    // and "Ivan Petrovich Sorin" (a patronymic in the middle) is also "Ivan Sorin"
    const plain = type === 'person' ? written.replace(/\s\p{Lu}\.?(?=\s)/gu, '').replace(/^(\S+) \p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna)( \S+)$/u, '$1$2') : written;
    if (plain !== written) e.aliases.add(plain);
    // "Snopes.com" is also "Snopes"
    const site = type === 'organization' && /^(\p{Lu}[\p{L}\d-]+)\.(?:com|org|net|co|io|info|news)$/u.exec(written)?.[1];
    if (site) e.aliases.add(site);
    // "the Velkor Propulsion Laboratory" is also "the Velkor Propulsion Lab", and the other way round
    const head = type === 'organization' ? /^(.+) (Laboratory|Laboratories|Lab|Labs)$/.exec(written) : null;
    if (head) e.aliases.add(`${head[1]} ${{ Laboratory: 'Lab', Laboratories: 'Labs', Lab: 'Laboratory', Labs: 'Laboratories' }[head[2]!]}`);
    // "the Battle of Ostrel Field" is also "the Battle of Ostrel": a battle is named by its ground or its town
    const ground = type === 'event' ? /^((?:Battle|Siege) of .+) (?:Field|Fields|Hill|Ridge|Heights|Plain|Plains|Moor)$/.exec(written) : null;
    if (ground) e.aliases.add(ground[1]!);
    // ("Saudi Arabian Oil Co (Aramco)" is also "Saudi Aramco": the word a company goes by, after its country's word)
    const country = name.split(' ')[0]!;
    const countryLed = type === 'organization' && (countryOfDemonym(country) !== undefined || countryName(country) !== undefined);
    for (const c of group) {
      e.mentions.push({ start: c.start, end: c.end, sentence: c.sentence });
      if (c.role && type === 'person') e.roles.push(c.role);
      if (c.acronym) e.aliases.add(c.acronym);
      if (c.acronym && countryLed && /^\p{Lu}\p{Ll}+$/u.test(c.acronym)) e.aliases.add(`${country} ${c.acronym}`);
      for (const a of c.aliases ?? []) e.aliases.add(a);
    }
    return e;
  };

  // 1. Full names (several words) and acronyms given with their expansion.
  const singles: Candidate[][] = [];
  const hyphenated: Candidate[][] = [];
  const untyped: Candidate[][] = [];
  for (const group of byNorm.values()) {
    const multi = group[0]!.tokens.length > 1;
    const type = speakerOfPlace(decideType(merge(group), multi), group, byNorm) ?? (multi ? knownBySurname(group[0]!, byNorm) : undefined);
    if (multi && /^[^\s]+$/.test(group[0]!.text) && type !== 'organization' && type !== 'event') hyphenated.push(group);
    else if (multi) {
      if (type) add(type, group);
      else untyped.push(group);
    } else singles.push(group);
  }
  mergeCompanyForms(entities);
  mergeTrophyForms(entities);
  trophyAliases(entities);
  agencyAliases(entities);
  mergeHeadForms(entities);
  mergePluralForms(entities);
  mergeSiteBases(entities);
  mergeSiteTails(entities);
  mergeNamePrefixes(entities);
  mergeParticleSurnames(entities);
  // "Ostrel Dame" after "Ostrel Dame Cathedral": a site's name without the kind of site, when one site fits
  for (const group of untyped) {
    const sites = sitesNamed(group[0]!.norm, entities);
    if (sites.length === 1) link(sites[0]!, group);
    // else a name of several words with no evidence here: another article may tell what it is (link.ts)
    else pending.push({ word: group[0]!.text, mentions: group.map((c) => ({ start: c.start, end: c.end, sentence: c.sentence })) });
  }
  // a hyphenated word alone ("Al-Mansouri said"): a short form of a full name, else a name of its own
  for (const group of hyphenated) {
    const owner = shortFormOwner(group[0]!.text, entities);
    if (owner) link(owner, group);
    else {
      const type = decideType(merge(group), true);
      if (type) add(type, group);
    }
  }
  // 2. Single words: a short form of a full name, an acronym of one, or a name of their own.
  for (const group of singles) {
    const word = group[0]!.text;
    const owner = shortFormOwner(word, entities, group.some((c) => c.evidence.placeTag), group.some((c) => c.evidence.personTag)) ?? eventByHead(word, entities);
    if (owner) {
      link(owner, group);
      continue;
    }
    if (EVENT_HEADS.has(word.toLowerCase()) && !group.some((c) => c.evidence.orgTag)) continue; // "the Games" with no event to refer to (not "Congress")
    // "the G9 nations … the G9 Summit": a group's letters before a gathering of the article's are the body that meets
    const meets = /^[A-Z]-?\d{1,2}$/.test(word) && entities.some((e) => e.type === 'event' && new RegExp(`^${word} (?:summit|meeting|ministerial)$`, 'i').test(e.name));
    const type = meets ? 'organization' : decideType(merge(group), false);
    if (type) add(type, group);
    else if (!isAcronym(word)) pending.push({ word, mentions: group.map((c) => ({ start: c.start, end: c.end, sentence: c.sentence })) });
  }
  mergeOwnerForms(entities);
  mergeSiteShortForms(entities);
  mergeInvertedForms(entities);
  mergeCountryBodies(entities);
  mergeTradeOwners(entities);
  relativesOf(entities);
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    const full = byNorm.get(normalizeName(e.name))?.[0];
    if (e.type === 'person' && full) addSurname(e, full.tokens);
  }
  return { entities, pending };
}

/** "his wife" → "wife of Ana Lind": the first name the pronoun may stand for that is another person's. */
function relativesOf(entities: LocalEntity[]): void {
  const byStart = new Map<number, LocalEntity>();
  for (const e of entities) if (e.type === 'person') for (const m of e.mentions) byStart.set(m.start, e);
  for (const e of entities) {
    if (e.type !== 'person') continue;
    e.roles = e.roles.map(({ relativeOf, ...role }) => {
      const owner = relativeOf?.map((at) => byStart.get(at)).find((x) => x && x !== e);
      return owner ? { ...role, text: `${role.text} of ${owner.name}`, rest: `${role.rest} of ${owner.name}` } : role;
    });
  }
}

function link(owner: LocalEntity, group: Candidate[]): void {
  owner.aliases.add(group[0]!.text.replace(/\./g, ''));
  for (const c of group) {
    owner.mentions.push({ start: c.start, end: c.end, sentence: c.sentence });
    if (c.role && owner.type === 'person') owner.roles.push(c.role);
  }
}

/** "the Games" after "the 2032 Brisbane Olympics": the one event whose name ends with that word's kind. */
function eventByHead(word: string, entities: LocalEntity[]): LocalEntity | undefined {
  if (!EVENT_HEADS.has(word.toLowerCase())) return undefined;
  const events = entities.filter((e) => e.type === 'event');
  const named = events.filter((e) => e.name.split(/\s+/).pop()!.toLowerCase() === word.toLowerCase());
  if (named.length === 1) return named[0];
  return events.length === 1 && word.toLowerCase() === 'games' ? events[0] : undefined;
}

function merge(group: Candidate[]): Evidence & { acronym: boolean; orgHeadLast: boolean; tokens: Candidate['tokens']; allTokens: Candidate['tokens'] } {
  const first = group[0]!;
  const lastWord = first.tokens[first.tokens.length - 1]!;
  const ev = (k: keyof Evidence) => group.some((c) => c.evidence[k]);
  return {
    role: ev('role'),
    speech: ev('speech'),
    personTag: ev('personTag'),
    plural: ev('plural'),
    placeTag: ev('placeTag'),
    orgTag: ev('orgTag'),
    eventTag: ev('eventTag'),
    agreementTag: ev('agreementTag'),
    awardTag: ev('awardTag'),
    // every mention held up: the trophy; a cup also played for ("at the X Cup") is the tournament
    lifted: group.every((c) => c.evidence.lifted),
    placeContext: ev('placeContext'),
    leader: ev('leader'),
    bodyTag: ev('bodyTag'),
    listedWithOrg: ev('listedWithOrg'),
    listedWithPerson: ev('listedWithPerson'),
    amongPeople: ev('amongPeople'),
    siteTag: ev('siteTag'),
    // a work's title is quoted wherever it stands ("“Harbour Lights”"); a person's name is not
    quoted: group.every((c) => c.evidence.quoted),
    acronym: isAcronym(first.text),
    // (or a head its domain follows: "the People's Party for Freedom")
    // (a body's own word closing a name of two or more, "the Five Harbours Movement", counts as its head)
    orgHeadLast: ORG_HEADS.has(lastWord.lower) || (first.tokens.length > 1 && BODY_NOUNS.has(lastWord.lower) && isCapitalised(lastWord)) || first.tokens.some((t, k) => k > 0 && ORG_HEADS.has(t.lower) && isCapitalised(t) && /^(?:of|for)$/.test(first.tokens[k + 1]?.lower ?? '')),
    tokens: first.tokens,
    // what compromise made of each mention: "UN climate talks" leaves it untagged, "the UN said" does not
    allTokens: group.flatMap((c) => c.tokens),
  };
}

function decideType(ev: ReturnType<typeof merge>, multi: boolean): EntityType | undefined {
  if (ev.awardTag || ev.lifted) return 'award';
  // a work's title, quoted wherever it stands ('the triumph for “Harbour Lights”'), is none of the kinds
  if (ev.quoted && !ev.placeTag && !ev.siteTag && !ev.eventTag && !ev.agreementTag && !ev.orgTag && !ev.bodyTag) return undefined;
  if (ev.agreementTag) return 'agreement';
  if (ev.eventTag) return 'event';
  if (ev.siteTag) return 'place';
  if (ev.bodyTag) return 'organization';
  if (ev.orgTag && (!ev.role || ev.orgHeadLast)) return 'organization';
  if (ev.role && !ev.plural) return 'person';
  // "Arsenal, Velkor United and Liverpool all trailed": a town's name listed among bodies, and never told as a
  // place the story is in, is a body named after it (a club); a country stays the country
  if (ev.placeTag && ev.listedWithOrg && !ev.placeContext && !ev.personTag && !ev.siteTag && ev.tokens.length === 1 && countryName(ev.tokens[0]!.text) === undefined) return 'organization';
  if (ev.placeTag) return 'place';
  // An acronym alone is a name only when compromise knows it ("NATO") or the article expands it;
  // otherwise it is as likely a common noun ("GDP", "VAT").
  if (ev.acronym) {
    if (ev.allTokens.some((t) => hasTag(t, 'Place'))) return 'place';
    return ev.allTokens.some((t) => hasTag(t, 'Organization')) ? 'organization' : undefined;
  }
  if (multi && !ev.quoted && ev.tokens.some(taggedOrganization) && !givenNameAndSurname(ev.tokens)) return 'organization';
  if (ev.personTag && (multi || ev.speech || ev.leader) && !ev.quoted) return 'person';
  // ("Velkor DHB said": a name that ends in initials is a body's, unless they are letters after a person's name)
  if (multi && ev.speech && !ev.plural && endsInInitials(ev.tokens)) return 'organization';
  if (multi && ev.speech && !ev.plural) return 'person';
  if (ev.placeContext && !ev.personTag) return 'place';
  if (ev.listedWithOrg && !ev.personTag && !ev.placeTag && !ev.acronym) return 'organization';
  if (ev.listedWithPerson && multi && !ev.placeTag && !ev.acronym && !ev.plural) return 'person';
  if (ev.amongPeople && !multi && !ev.placeTag && !ev.orgTag && !ev.plural) return 'person';
  return undefined;
}

/**
 * "Zembla’s Oru Tesk … Oru stressed the need …": a name made a place only by the country in the possessive before
 * it is a person's when one of its words, alone, is the one who speaks elsewhere in the article (a place known as
 * one, or a country, keeps its type).
 */
function speakerOfPlace(type: EntityType | undefined, group: Candidate[], byNorm: ReadonlyMap<string, Candidate[]>): EntityType | undefined {
  if (type !== 'place' || group[0]!.tokens.length < 2) return type;
  const ev = merge(group);
  if (!ev.placeContext || ev.placeTag || ev.siteTag) return type;
  const words = group[0]!.tokens;
  const speaks = [words[0]!, words[words.length - 1]!].some(
    (w) => !knownPlace(w.text) && countryName(w.text) === undefined && (byNorm.get(normalizeName(w.text)) ?? []).some((c) => c.tokens.length === 1 && c.evidence.speech),
  );
  return speaks ? 'person' : type;
}

/**
 * "Tavi Korrin scored a hundred … Korrin made 117": a name of two or three plain words, with nothing else to say
 * what it is, whose last word the article also uses alone, is a person's (bodies are shortened by their first
 * word, places not at all). A last word the dictionary knows as anything but a name says nothing.
 */
function knownBySurname(c: Candidate, byNorm: ReadonlyMap<string, Candidate[]>): EntityType | undefined {
  const words = c.tokens;
  if (words.length > 3 || !words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive && !hasTag(t, 'Place', 'Organization', 'Demonym'))) return undefined;
  const last = words[words.length - 1]!.text;
  if (!lexiconTags(last).every((t) => /Name$/.test(t)) || words.some((t) => NEVER_ALONE.has(t.lower)) || knownPlace(words[0]!.text) || countryName(words[0]!.text) !== undefined) return undefined;
  // "Hori Parata" and "Tame Parata": the word alone could be either's, it says nothing of this one
  const sharing = [...byNorm.values()].filter((g) => g[0]!.tokens.length > 1 && g[0]!.tokens[g[0]!.tokens.length - 1]!.text === last);
  return sharing.length === 1 && byNorm.has(normalizeName(last)) ? 'person' : undefined;
}

/**
 * "All Black flanker X" in a story about "the All Blacks": a team or a body named in the plural is named in the
 * singular when its name describes one of its members; the singular is the plural's.
 */
function mergePluralForms(entities: LocalEntity[]): void {
  // (a name of two or three capitalised words: "the Society of Glassmakers" is no one's singular)
  for (const e of entities.filter((x) => x.type === 'organization' && /^(?:\p{Lu}[\p{L}'’-]* ){1,2}\p{Lu}\p{Ll}*[^su]s$/u.test(x.name))) {
    const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
    if (ORG_HEADS.has(last) || GENERIC_ALONE.has(last) || PLURAL_ONLY.has(last)) continue;
    const singular = entities.find((x) => x !== e && x.type === 'organization' && x.name === e.name.slice(0, -1));
    if (singular) absorb(e, singular, entities);
    // and in other articles of the archive
    else e.aliases.add(e.name.slice(0, -1));
  }
}

/** Last words of names that are plural in form only ("the Harbour Times", "Velkor Airways"). */
const PLURAL_ONLY = new Set(['news', 'times', 'games', 'sports', 'airways', 'airlines', 'holdings', 'brothers', 'industries', 'systems', 'services', 'networks', 'partners', 'affairs', 'communications', 'pictures', 'studios', 'labs', 'records', 'motors', 'foods', 'stores', 'markets', 'resources', 'solutions', 'technologies', 'properties', 'securities', 'investments', 'publications', 'productions', 'relations', 'nations', 'states', 'emirates']);

/**
 * "The Post" after "The Harbour Post", "the Institute" after "the Lantern Institute": "the" and the last word of
 * exactly one longer body's name is that body said short.
 */
function mergeHeadForms(entities: LocalEntity[]): void {
  for (const e of entities.filter((x) => x.type === 'organization')) {
    const m = /^[Tt]he (\p{Lu}[\p{L}-]+)$/u.exec(e.name);
    if (!m) continue;
    const owners = entities.filter((x) => {
      const words = x.name.replace(/^the\s+/i, '').split(/\s+/);
      return x !== e && x.type === 'organization' && words.length > 1 && words[words.length - 1] === m[1];
    });
    if (owners.length === 1) absorb(owners[0]!, e, entities);
  }
}

/**
 * "Tesk Vela Cathedral’s towers … part of Tesk Vela": a building's name without its kind, in the article that
 * names the building, is the building, when the tagger took the short name for a body's.
 */
function mergeSiteBases(entities: LocalEntity[]): void {
  for (const site of entities.filter((e) => e.type === 'place')) {
    const words = site.name.split(/\s+/);
    // ("St. Regis" after "St. Regis Hotel": a hotel's or a museum's name without its kind is no town's)
    const named = /^(?:hotel|museum|gallery|stadium|arena|theatre|theater)$/i.test(words.at(-1)!);
    if (words.length < 3 || !(BUILDINGS.test(words.at(-1)!) || named)) continue;
    const base = normalizeName(words.slice(0, -1).join(' '));
    // (a place of that name is another place: "the Las Vegas Strip" is not Las Vegas)
    const short = entities.find((e) => e !== site && (e.type === 'organization' || (named && e.type === 'place')) && normalizeName(e.name) === base);
    if (short && countryName(short.name) === undefined && !knownPlace(short.name)) absorb(site, short, entities);
  }
}

/**
 * "the Key Bridge" after "the Ostrel Key Bridge": a site's name said by its last words (the head and a word
 * before it) is the one site of the article whose full name ends so.
 */
function mergeSiteTails(entities: LocalEntity[]): void {
  for (const short of entities.filter((e) => e.type === 'place' && /^\S+ \S+$/.test(e.name))) {
    const owners = entities.filter((e) => e !== short && e.type === 'place' && siteTail(e.name) === short.name);
    if (owners.length === 1) absorb(owners[0]!, short, entities);
  }
}

const BUILDINGS = /^(?:Cathedral|Basilica|Mosque|Synagogue|Temple|Palace|Castle|Museum)$/;

/** A company's division named by its field after the company's name ("Tesko Gaming"): a part, not the company. */
const DIVISIONS = /^\S+ (?:Gaming|Games|Research|Studios|Cloud|Ventures|Foundation|Capital|Labs|Entertainment|Pictures|Music)$/;

/** Heads of a body's parts: a committee of a federation is not the federation. */
const SUB_BODIES = /\b(?:committee|commission|council|board|panel|tribunal|chamber|court)$/i;


/** The full name a single word stands for in this article, if exactly one fits. */
function shortFormOwner(word: string, entities: LocalEntity[], placed = false, personal = false): LocalEntity | undefined {
  const plain = word.replace(/\./g, '');
  const fits = entities.filter((e) => {
    if (e.aliases.has(plain)) return true;
    // (a place of one hyphenated word has no acronym: "TO notes" is not "Tesk-Ostrel")
    // (a country's code is the country's: "US" in a story that names "a Universal Studios theme park")
    if (isAcronym(word) && plain.length >= 2 && countryName(plain) === undefined && (e.type === 'person' ? initialsOf(e.name) === plain : standsFor(plain, e.name)) && (e.name.includes(' ') || e.type !== 'place')) return true;
    // "Hanbit" for "Hanbit Energy Inc": the distinctive first word of a company's or body's name (one the
    // dictionary knows as nothing, or as a company: "Tesko" for "Tesko Blizzard")
    // (a country alone is the country: "U.S." is not short for "U.S. Harbour Board")
    // (a body's acronym before a committee of it names the body: "the KLMA" is not its Appeals Committee)
    // "the Marren trophy" after "the Marren Prize": a prize's or a treaty's first word the same way
    // (two capitals are a subject's or a country's before they are a body's: "AI" of "AI Safety Institute")
    // (not a division named by its field: "Tesko Gaming", "Tesko Research" are parts of Tesko)
    // (a word the text makes a place is no body's first word: "the city of Tesk" beside "the Tesk Canal Authority")
    if ((e.type === 'organization' || e.type === 'award' || e.type === 'agreement') && !(placed && e.type === 'organization') && e.name.split(/\s+/)[0] === word && e.name.includes(' ') && lexiconTags(word).every((t) => t === 'Organization') && countryName(word) === undefined && !(isAcronym(word) && (SUB_BODIES.test(e.name) || plain.length < 3)) && !DIVISIONS.test(e.name)) return true;
    // "Staff of the Commission" after "the Electoral Commission": the head word of a body's name, alone
    if (e.type === 'organization' && ORG_HEADS.has(word.toLowerCase()) && e.name.includes(' ')) {
      const words = e.name.split(/\s+/);
      if (words.at(-1) === word || (words.indexOf('of') > 0 && words[words.indexOf('of') - 1] === word)) return true;
    }
    // "Velkor City beat Harlow … City's first title": a body named by its town and one more word is that word alone
    // (a word that names a place itself is that place: "Tesk Madrid" is not "Madrid")
    if (e.type === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(word) && !knownPlace(word) && countryName(word) === undefined) {
      const words = e.name.split(/\s+/);
      if (words.length === 2 && words[1] === word && knownPlace(words[0]!)) return true;
    }
    if (e.type !== 'person') return false;
    // "Mansouri" for "Al-Mansouri"
    if ([...e.aliases].some((a) => a.endsWith(`-${word}`))) return true;
    const parts = e.name.split(/\s+/);
    // "Tesko" for "Ana Ivo Tesko da Varo": the name a long name goes by may be any of its capitalised words
    return parts.length > 1 && (parts[parts.length - 1] === word || parts[0] === word || e.aliases.has(word) || (parts.length > 2 && /^\p{Lu}/u.test(word) && parts.includes(word)));
  });
  if (fits.length === 1) return fits[0];
  // "Rewiri" after "Tamati Rewiri" and his son "Hemi Rewiri": the family name alone is the one the story
  // introduced first, its subject (relatives go by their first names)
  // (a word told as a person's, "Mr Tesk said", is one of the people: not the "Tesk Group" of the family; a word
  // that only speaks, "Tesk said", may be the company)
  const family = fits.filter((e) => e.type === 'person' && e.name.split(/\s+/).pop() === word);
  if (fits.length > 1 && family.length > 1 && (family.length === fits.length || personal)) {
    return family.reduce((a, b) => (firstMention(b) < firstMention(a) ? b : a));
  }
  return undefined;
}

const firstMention = (e: LocalEntity): number => e.mentions.reduce((n, m) => Math.min(n, m.start), Number.POSITIVE_INFINITY);

/**
 * "Ana Maru" in one sentence and "Ana Maru Tane" in another: the first words of one person's full name are
 * the same person, when exactly one full name begins with them.
 */
function mergeNamePrefixes(entities: LocalEntity[]): void {
  const people = entities.filter((e) => e.type === 'person');
  for (const e of people) {
    const words = normalizeName(e.name).split(' ');
    if (words.length < 2) continue;
    const longer = people.filter((x) => {
      const w = normalizeName(x.name).split(' ');
      return x !== e && entities.includes(x) && w.length > words.length && words.every((word, k) => w[k] === word);
    });
    if (longer.length === 1) absorb(longer[0]!, e, entities);
  }
}

/** A word the dictionary knows as a given name ("Maria", "John"): a name that opens with it is a full name. */
const givenName = (word: string) => lexiconTags(word).some((t) => /^(?:First|Male|Female)Name$/.test(t));

/**
 * "Luis Varga de Miranda", later "de Miranda's book"; "Ana Sofia Lopera Ibarra", later "Lopera Ibarra said": a
 * surname with its particle, or a family name of two words that opens with no given name, is the short form of
 * the one full name that ends with it.
 */
function mergeParticleSurnames(entities: LocalEntity[]): void {
  for (const e of entities.filter((x) => x.type === 'person')) {
    const words = e.name.split(/\s+/);
    if (words.length < 2 || (!NAME_PARTICLES.has(words[0]!.toLowerCase()) && givenName(words[0]!))) continue;
    const tail = ` ${normalizeName(e.name)}`;
    const owners = entities.filter((x) => x !== e && x.type === 'person' && normalizeName(x.name).endsWith(tail));
    if (owners.length === 1) absorb(owners[0]!, e, entities);
  }
}

/** A person's usual short form: the word the article uses alone, else the surname by name order. */
function addSurname(e: LocalEntity, tokens: readonly Token[]): void {
  // "Ostrel III", King, is also "King Ostrel", as other articles write him
  const reign = /^(\S+)\s+[IVX]+$/.exec(e.name);
  const title = reign && e.roles.map((r) => r.text).find((r) => NAME_TITLES.has(r.toLowerCase()));
  if (title) e.aliases.add(`${title[0]!.toUpperCase()}${title.slice(1).toLowerCase()} ${reign![1]}`);
  // particles alone ("von", "bin") are never a surname; hyphen-joined ones are part of it ("Al-Mansouri")
  const words = tokens.filter((t, k) => !NAME_PARTICLES.has(t.lower) || /^[-–]$/.test(t.post + (tokens[k + 1]?.pre ?? '')));
  if (words.length < 2 || nameWords(tokens).some((w) => e.aliases.has(w.text))) return;
  // "Princess Ana" is "Ana" after, whatever her given name looks like
  // ("Ana von der Lind" goes by "von der Lind", "Tor bin Velk" by "bin Velk": surnameOf keeps the particles before
  // the last word, and "Velk" alone is another person, in "X bin Y" the father)
  const withParticles = surnameOf(tokens);
  const surname = words.length === 2 && NAME_TITLES.has(words[0]!.lower) ? words[1]!.text : withParticles.includes(' ') ? withParticles : surnameOf(words);
  // ("Tor Jae In": a last word of two letters, a given name's syllable, is no name to go by alone)
  if (surname.length > 2 || surname !== words[words.length - 1]!.text) e.aliases.add(surname);
}

/** Links single words of headlines and subheads ("OECS", "Wu") to the article's entities, as aliases only. */
export function aliasesFromHeadlines(candidates: Candidate[], entities: LocalEntity[]): void {
  for (const c of candidates) {
    if (c.tokens.length !== 1) continue;
    const owner = shortFormOwner(c.text, entities);
    if (owner) owner.aliases.add(c.text.replace(/\./g, ''));
  }
}

/** "Nippon Steel Corp" is also "Nippon Steel", "Kestrel Group AG" also "Kestrel Group" and "Kestrel": each short form becomes an alias and all are one entity. */
function mergeCompanyForms(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    if (e.type !== 'organization' || !entities.includes(e)) continue;
    for (const base of companyBases(e.name)) {
      e.aliases.add(base);
      const twin = entities.find((x) => x !== e && x.type === 'organization' && normalizeName(x.name) === normalizeName(base));
      if (twin) absorb(e, twin, entities);
    }
  }
}

/**
 * "the ship's manager, Ana Lind Shipping … Ana Lind said": a company named for its founder and its trade is
 * also called by the founder's name alone, and what "Ana Lind" says there is the company's (a person of that
 * name the article gives an office stays a person).
 */
function mergeTradeOwners(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    const words = e.name.split(' ');
    if (e.type !== 'organization' || words.length < 3 || !TRADE_HEADS.has(words.at(-1)!.toLowerCase())) continue;
    const founder = normalizeName(words.slice(0, -1).join(' '));
    const twin = entities.find((x) => x.type === 'person' && !x.roles.length && normalizeName(x.name) === founder);
    if (twin) absorb(e, twin, entities);
  }
}

/**
 * "Velkor Agency", "Tarsk News Agency", "the Ostrun Party": an agency or a party is also called by its one
 * name word alone, when that word is nothing else (no dictionary word, no place), so the archive links an
 * article that says "Velkor" to one that says "Velkor Agency".
 */
function agencyAliases(entities: LocalEntity[]): void {
  for (const e of entities) {
    // "the Zembla Prize in Physics or Chemistry" is also "the Zembla Prize for Chemistry": the field's preposition
    // varies, and a prize of two fields is called by either
    const prize = e.type === 'award' ? /^(.+ Prize) (?:in|for) (.+)$/u.exec(e.name) : null;
    if (prize) {
      const fields = prize[2]!.split(' or ');
      for (const field of fields.length > 1 ? [prize[2]!, ...fields] : fields) for (const by of ['in', 'for']) e.aliases.add(`${prize[1]} ${by} ${field}`);
      e.aliases.delete(e.name);
    }
    // "the University of Tesk" is "Tesk University"
    const university = e.type === 'organization' ? (/^University of (\p{Lu}[\p{L}-]+)$/u.exec(e.name)?.[1] ?? /^(\p{Lu}[\p{L}-]+) University$/u.exec(e.name)?.[1]) : undefined;
    if (university) e.aliases.add(e.name.startsWith('University') ? `${university} University` : `University of ${university}`);
    // "the House of Tesk" is "the House" where the archive says it short: a chamber by its head word
    const chamber = /^(House|Chamber) of (?:the )?\p{Lu}/u.exec(e.name)?.[1];
    if (e.type === 'organization' && chamber) e.aliases.add(chamber);
    const word = /^(\p{Lu}\p{Ll}+)(?: News)? (?:Agency|Party)$/u.exec(e.name)?.[1];
    if (e.type !== 'organization' || !word || !lexiconTags(word).every((t) => /Name$/.test(t)) || knownPlace(word) || countryName(word) !== undefined) continue;
    e.aliases.add(word);
  }
}

/**
 * "the Webb Tallis Cup" held up in one article is "the Webb Tallis trophy" in another: a cup's or a trophy's
 * award is also known as its owner's trophy, so the archive links the two forms.
 */
function trophyAliases(entities: LocalEntity[]): void {
  for (const e of entities) {
    const m = /^(.+) (?:Cup|Trophy|Shield|Plate)$/.exec(e.name);
    if (e.type === 'award' && m) e.aliases.add(`${m[1]} trophy`);
  }
}

/** "the Tallis Prize" and "the Tallis trophy" in one article: the trophy is the prize's, one award. */
function mergeTrophyForms(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    if (e.type !== 'award' || !e.name.endsWith(' trophy') || !entities.includes(e)) continue;
    const owner = e.name.slice(0, -' trophy'.length);
    const prize = entities.filter((x) => x !== e && x.type === 'award' && (x.name === owner || x.name.startsWith(`${owner} `)));
    if (prize.length !== 1) continue;
    absorb(prize[0]!, e, entities);
    prize[0]!.aliases.add(owner);
  }
}

/**
 * "the Ruritania Department of Fisheries" and, later, "the Department of Fisheries": a body named with its
 * country or city first, or with the body it belongs to, is the same body without it, when the article names both.
 */
function mergeOwnerForms(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    if (e.type !== 'organization' || !entities.includes(e)) continue;
    const words = e.name.split(/\s+/);
    for (let k = 1; k < words.length - 1; k++) {
      const place = words.slice(0, k).join(' ');
      // or the body it belongs to: "the KLMA Appeals Committee" and "the Appeals Committee"
      const owner = entities.some((x) => x !== e && (x.type === 'place' || x.type === 'organization') && normalizeName(x.name) === normalizeName(place));
      // "the Lund-Harbour Tax Policy Center", then "the Tax Policy Center": a joint body's hyphenated first word
      const partners = k === 1 && /^\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)+$/u.test(place) && words.length - k >= 2;
      if (!partners && countryName(place) === undefined && !knownPlace(place) && !owner) continue;
      const rest = normalizeName(words.slice(k).join(' '));
      const twin = entities.find((x) => x !== e && x.type === 'organization' && normalizeName(x.name) === rest);
      if (twin) absorb(e, twin, entities);
    }
  }
}

/**
 * "the Department of Harbour Works", later "the Harbour Works Department" and "Harbour Works officials": one
 * office, written either way round or by its field alone (the longer "… of …" form stays).
 */
function mergeInvertedForms(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    if (e.type !== 'organization' || !entities.includes(e)) continue;
    // "the US Department of Justice": a country's name before it, which the other forms may leave out
    const m = /^(?:(.+?) )?(\S+) of (?:the )?(.+)$/u.exec(e.name);
    if (!m || !INVERTIBLE_OPENERS.has(m[2]!.toLowerCase()) || m[3]!.split(/\s+/).length > 4) continue;
    if (m[1] && countryName(m[1]) === undefined) continue;
    const forms = new Set([normalizeName(`${m[3]} ${m[2]}`), normalizeName(m[3]!)]);
    if (m[1]) forms.add(normalizeName(`${m[1]} ${m[3]} ${m[2]}`));
    for (const twin of entities.filter((x) => x !== e && x.type === 'organization' && forms.has(normalizeName(x.name)))) absorb(e, twin, entities);
  }
}

/**
 * "the Nobel Peace Prize", then "the Peace Prize": an award or an agreement named by the last words of another
 * of its kind in the article (two words or more, and only one such) is that one.
 */
export function mergeShortTitles(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    if ((e.type !== 'award' && e.type !== 'agreement') || !e.name.includes(' ') || !entities.includes(e)) continue;
    const tail = ` ${normalizeName(e.name)}`;
    // (or its field after it: "the Zembla Prize" and "the Zembla Prize for Literature" in one article)
    const field = new RegExp(`^${normalizeName(e.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:for|in) \\S`);
    const longer = entities.filter((x) => x !== e && x.type === e.type && (normalizeName(x.name).endsWith(tail) || field.test(normalizeName(x.name))));
    if (longer.length === 1) absorb(longer[0]!, e, entities);
  }
}

/**
 * "The Electoral Commission of Zembla declared …", later "the Electoral Commission" or "the EC": a body named
 * with its country after "of", and the same body without it (two words or more, or their initials), in one
 * article, are one body.
 */
function mergeCountryBodies(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    if (e.type !== 'organization' || !entities.includes(e)) continue;
    // (or with its country's people's word before it: "the Zemblan Harbour Authority", later "the Harbour Authority")
    const led = /^(\p{Lu}\p{Ll}+) (\p{Lu}\S* \p{Lu}\S*(?: .+)?)$/u.exec(e.name);
    if (led && countryOfDemonym(led[1]!)) {
      const short = entities.filter((x) => x !== e && x.type === 'organization' && normalizeName(x.name) === normalizeName(led[2]!));
      for (const x of short) absorb(e, x, entities);
      continue;
    }
    const of = /^(\p{Lu}\S* \p{Lu}.*?) of (?:the )?(\p{Lu}.*)$/u.exec(e.name);
    if (!of || !countryName(of[2]!)) continue;
    // (or by its initials without the country: "the EC")
    const letters = initialsOf(of[1]!);
    const short = entities.filter((x) => x !== e && x.type === 'organization' && (normalizeName(x.name) === normalizeName(of[1]!) || (letters.length > 1 && x.name === letters)));
    for (const x of short) absorb(e, x, entities);
  }
}

/** Moves `twin`'s mentions and names into `e`, which stays. */
/**
 * "the fire at Velkor Dame Cathedral" and later "people won't see Velkor Dame built again": a site's name without
 * its head word, in the same article, is that site, though the tagger read it as a body's (one of that name elsewhere).
 */
function mergeSiteShortForms(entities: LocalEntity[]): void {
  for (const e of [...entities]) {
    // (a place of that name is the town the site is named after: "Whangarei" and "Whangarei Harbour")
    if (e.type !== 'organization' || !entities.includes(e)) continue;
    const site = sitesNamed(normalizeName(e.name), entities);
    if (site.length === 1) absorb(site[0]!, e, entities);
  }
}

/** The places named by `norm` and a site's head word after it ("velkor dame" → "Velkor Dame Cathedral"). */
function sitesNamed(norm: string, entities: readonly LocalEntity[]): LocalEntity[] {
  return entities.filter((x) => {
    const words = normalizeName(x.name).split(' ');
    return x.type === 'place' && SITE_HEADS.has(words.pop()!) && words.join(' ') === norm;
  });
}

function absorb(e: LocalEntity, twin: LocalEntity, entities: LocalEntity[]): void {
  e.aliases.add(twin.name);
  e.mentions.push(...twin.mentions);
  e.roles.push(...twin.roles);
  for (const a of twin.aliases) e.aliases.add(a);
  entities.splice(entities.indexOf(twin), 1);
}

/** "Velkor DHB": a name of several words whose last word is initials (no Roman number, no letters after a person's name). */
const endsInInitials = (tokens: Token[]): boolean => {
  const last = tokens.at(-1)!.text.replace(/\./g, '');
  // (after a given name the letters are a person's: "Ana Lind IAS said")
  return tokens.length > 1 && /^[A-Z]{2,5}$/.test(last) && !/^[IVXLC]+$/.test(last) && !POST_NOMINALS.test(last) && !hasTag(tokens[0], 'FirstName') && !givenNameAndSurname(tokens.slice(0, -1));
};
