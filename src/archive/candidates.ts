/**
 * Name candidates: capitalised runs with their title split off, their role attached, and the evidence
 * each occurrence gives about what kind of name it is.
 */
import { DEMONYM_SHAPE, GENERIC_ALONE, INCIDENTS, MEDIA_NOUNS, NEVER_ALONE, ROLE_HEADS } from '../nlp/lexicon';
import { countryName, isDemonym } from '../nlp/gazetteer';
import { hasTag, isCapitalised, knownOrganization, knownPlace, type Sentence, type Token } from '../nlp/tokens';
import { normalizeName, type Role } from './local';
import { roleAfter, roleBefore, roleText, splitTitle } from './roles';
import { findRuns, houseOf, splitPairs, type Run } from './runs';

export interface Candidate {
  tokens: Token[];
  text: string;
  norm: string;
  sentence: number;
  start: number;
  end: number;
  role?: Role;
  roleTokens?: Token[];
  /** The acronym written in brackets right after the name: "European Central Bank (ECB)". */
  acronym?: string;
  pairWith?: Candidate;
  evidence: Evidence;
}

export interface Evidence {
  role: boolean;
  speech: boolean;
  personTag: boolean;
  /** A word compromise reads as a plural common noun ("Affairs"): not a personal name. */
  plural: boolean;
  placeTag: boolean;
  orgTag: boolean;
  eventTag: boolean;
  /** "… Agreement", "… Act", "… Treaty": an agreement, law or joint statement. */
  agreementTag: boolean;
  /** "… Prize", "… Award", "… Medal". */
  awardTag: boolean;
  /** "Harbour News and Verilens": joined by "and" or "or" to an organisation's name. */
  listedWithOrg: boolean;
  /** "the X party", "rights group X", "X, an industry body": a noun for a kind of body beside the name. */
  bodyTag: boolean;
  /** "… National Museum", "… Embassy", "… Harbour": a building, site or feature, which is a place. */
  siteTag: boolean;
  /** "in Arusha": a preposition of place before a name nobody else explains. */
  placeContext: boolean;
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
/** Codes of numbered events: "COP29", "WWDC24" (one letter and digits, "G20", is a group, not an event). */
export const EVENT_CODE = /^[A-Z]{2,}\d{1,4}$/;
export const isAcronym = (text: string) => /^[A-Z][A-Z.&]*[A-Z]\.?$/.test(text) && text.replace(/\./g, '').length <= 6;

/** All candidates of an article's sentences, in text order. */
export function findCandidates(sentences: Sentence[], dateline: string): Candidate[] {
  const runsPerSentence = sentences.map(findRuns);
  const counts = new Map<string, number>();
  for (const run of runsPerSentence.flat()) for (const t of run.tokens) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  // words written with a capital inside a sentence somewhere in the article: names, not sentence openers
  const midSentence = new Set(runsPerSentence.flat().flatMap((r) => r.tokens.filter((t) => t.i > 0).map((t) => t.lower)));
  const modifies = nounsModified(sentences);
  const out: Candidate[] = [];
  runsPerSentence.forEach((runs, s) => {
    const sentence = sentences[s]!;
    const paired = new Map<Run, Candidate>();
    /** The end of the last candidate: a run inside it ("Literature" of "Nobel Prize in Literature") is its. */
    let covered = -1;
    for (const run of splitPairs(runs, (w) => (counts.get(w) ?? 0) > 1)) {
      if (run.tokens[0]!.start < covered) continue;
      const c = candidate(run, s, sentence, dateline);
      if (!c) continue;
      covered = c.end;
      // "Māori design", "Māori people", "the local Māori tribe": a word for a people, not a body's name
      if (c.evidence.bodyTag && c.tokens.length === 1 && (modifies.get(c.tokens[0]!.lower)?.size ?? 0) > 1) c.evidence.bodyTag = false;
      out.push(c);
      const org = c.role && organizationInRole(c, s, sentence, out, dateline, midSentence);
      if (org) out.push(org);
      const host = c.evidence.eventTag ? placeInEventName(c, s, sentence) : undefined;
      if (host) out.push(host);
      const before = out.findLast((x) => x !== c && x.sentence === s && x.end <= c.start);
      if (before) listedTogether(before, c, sentence);
      paired.set(run, c);
      if (run.pairWith && paired.has(run.pairWith)) {
        const other = paired.get(run.pairWith)!;
        c.pairWith = other;
        other.pairWith = c;
      }
    }
  });
  return out;
}

/** "ABC Radio and Verilens", "Verilens or the Tribune Group": a name in a pair with an organisation's is one. */
function listedTogether(a: Candidate, b: Candidate, sentence: Sentence): void {
  const gap = sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
  if (!/^,?\s+(?:and|or)\s+$/.test(gap)) return;
  const strong = (c: Candidate) => c.evidence.orgTag && !c.evidence.role;
  if (strong(a)) b.evidence.listedWithOrg = true;
  if (strong(b)) a.evidence.listedWithOrg = true;
}

/** Capitalised word → the lowercase nouns (other than kinds of bodies) it stands before in the article. */
function nounsModified(sentences: Sentence[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { tokens } of sentences)
    tokens.forEach((t, k) => {
      const next = tokens[k + 1];
      if (!next || !isCapitalised(t) || isCapitalised(next) || !/^\s+$/.test(t.post) || t.possessive) return;
      // a body's members and officers say nothing ("Ennahda minister", "Ennahda members")
      if (!hasTag(next, 'Noun') || hasTag(next, 'BodyNoun', 'Pronoun', 'Adjective', 'RoleHead', 'Actor') || ROLE_HEADS.has(next.lower.replace(/s$/, ''))) return;
      out.set(t.lower, (out.get(t.lower) ?? new Set()).add(next.lower));
    });
  return out;
}

function candidate(run: Run, s: number, sentence: Sentence, dateline: string): Candidate | undefined {
  const split = splitTitle(run.tokens);
  const { role: title } = split;
  let { name } = split;
  if (!name.length) return undefined; // a title alone ("the Inspector-General")
  // "Secretary of State Ana Ruiz", "Envoy for Climate Ana Ruiz": the office's domain is the title's, not the name's
  const of = sentence.tokens[name[0]!.i - 1];
  const office = sentence.tokens[name[0]!.i - 2];
  if (!title.length && name.length > 1 && of && /^(of|for)$/.test(of.lower) && office && hasTag(office, 'RoleHead') && isCapitalised(office) && !hasTag(name[0], 'FirstName')) name = name.slice(1);
  if (!name.length || isNotAName(name)) return undefined;
  // "the 2026 World Cup", "the 2024 Summer Olympics": the edition's year belongs to the event's name
  const year = sentence.tokens[name[0]!.i - 1];
  if ((hasTag(name[name.length - 1]!, 'EventHead') || namedIncident(name, sentence)) && year && /^(19|20)\d\d$/.test(year.text) && /^\s+$/.test(year.post)) {
    name.unshift(year);
  }
  const media = mediaNamedAfterPlace(name, sentence);
  if (media) name.push(media);
  // the word that says what kind of name it is, before any field or year that follows it
  const head = name[name.length - 1]!;
  extendTitle(name, sentence);
  const first = name[0]!;
  const last = name[name.length - 1]!;
  // the name as written, commas and dots included ("Ministry of Economy, Trade and Industry", "U.S. Steel")
  const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start).replace(/\s+/g, ' ');
  // organisations and events have no office: "Women’s" before "T20 Champions Trophy" is not a role
  const institution = hasTag(head, 'EventHead') || hasTag(head, 'OrgHead') || hasTag(head, 'AgreementHead') || hasTag(head, 'AwardHead') || (name.length === 1 && EVENT_CODE.test(first.text));
  const before = institution ? [] : roleBefore(sentence.tokens, first.i, title);
  const after = before.length || institution ? [] : roleAfter(sentence.tokens, last.i + 1);
  const roleTokens = before.length ? before : after;
  const stated = roleTokens.length ? role(roleTokens, s) : undefined;
  const next = sentence.tokens[last.i + 1];
  const prev = sentence.tokens[first.i - 1];
  const acronym =
    next && /^\s*\(\s*$/.test(last.post + next.pre) && isAcronym(next.text) && /^\s*\)/.test(next.post) ? next.text : undefined;
  const country = countryName(text) !== undefined;
  const allPlace = name.every((t) => hasTag(t, ...PLACE_TAGS)) || knownPlace(text) || country;
  const evidence: Evidence = {
    role: !!stated,
    speech:
      (!!next && hasTag(next, 'SpeechVerb') && /^,?\s*$/.test(last.post)) ||
      (!!prev && hasTag(prev, 'SpeechVerb') && (!next || /[.,;]/.test(last.post))),
    personTag: name.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName')) && !allPlace,
    plural: name.some((t) => hasTag(t, 'Plural') && !hasTag(t, 'ProperNoun')) || groupPlural(name, roleTokens),
    placeTag: allPlace || normalizeName(text) === normalizeName(dateline),
    siteTag: name.length > 1 && hasTag(last, 'SiteHead'),
    listedWithOrg: false,
    bodyTag: !!media || (!country && !knownPlace(text) && bodyNounBeside(name, sentence)),
    // a web address as a name ("Example.net") is the site's organisation, never a place or a person
    orgTag: !country && (WEB_NAME.test(text) || (name.length > 2 && houseOf([first], name[1]!)) || name.some((t) => hasTag(t, 'OrgHead')) || (hasTag(first, 'OrgOpener') && name.some((t) => t.lower === 'of')) || (name.length > 1 && name.some((t) => hasTag(t, 'Organization'))) || knownOrganization(text)),
    eventTag: (hasTag(last, 'EventHead') && !legislature(name)) || (name.length === 1 && EVENT_CODE.test(text)) || namedIncident(name, sentence) || namedSeason(name, sentence),
    agreementTag: name.length > 1 && hasTag(head, 'AgreementHead'),
    awardTag: name.length > 1 && (hasTag(head, 'AwardHead') || name.some((t, k) => k > 0 && hasTag(t, 'AwardHead') && name[k + 1]?.lower === 'in')),
    placeContext:
      !title.length &&
      !!prev &&
      (/^(in|near|outside)$/.test(prev.lower) ||
        (/^(and|or)$/.test(prev.lower) &&
          isCapitalised(sentence.tokens[prev.i - 1] ?? prev) &&
          /^(in|near|outside)$/.test(sentence.tokens[prev.i - 2]?.lower ?? ''))),
  };
  return {
    tokens: name,
    text,
    norm: normalizeName(text),
    sentence: s,
    start: first.start,
    end: last.end,
    ...(stated ? { role: stated, roleTokens } : {}),
    ...(acronym ? { acronym: acronym.replace(/\./g, '') } : {}),
    evidence,
  };
}

/**
 * "UEFA President Aleksander Ceferin", "Bayern captain Joshua Kimmich", "Central Bank of Ruritania Governor X":
 * the capitalised words of a role before its office name an organisation.
 */
function organizationInRole(
  c: Candidate,
  s: number,
  sentence: Sentence,
  seen: Candidate[],
  dateline: string,
  midSentence: ReadonlySet<string>,
): Candidate | undefined {
  const words = c.roleTokens ?? [];
  let end = words.length;
  const titleWord = (t: Token) => hasTag(t, 'RoleHead') || hasTag(t, 'TitleModifier') || hasTag(t, 'Honorific');
  while (end > 0 && (titleWord(words[end - 1]!) || !isCapitalised(words[end - 1]!))) end--;
  const org = words.slice(0, end);
  if (!org.length || !isCapitalised(org[0]!)) return undefined;
  if (org.every((t) => hasTag(t, 'Demonym', 'Place') || DEMONYM_SHAPE.test(t.text) || titleWord(t) || knownPlace(t.text))) return undefined;
  if (!org.some((t) => hasTag(t, 'ProperNoun', 'Acronym', 'Organization') || midSentence.has(t.lower))) return undefined;
  const first = org[0]!;
  const last = org[org.length - 1]!;
  const same = seen.find((x) => x.start === first.start && x.end === last.end);
  if (same && same.norm !== normalizeName(dateline)) {
    same.evidence.orgTag = true;
    return undefined;
  }
  if (seen.some((x) => x.start <= first.start && x.end >= last.end)) return undefined;
  const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start).replace(/\s+/g, ' ');
  if (normalizeName(text) === normalizeName(dateline)) return undefined; // "Madrid coach" in a story filed from MADRID
  return {
    tokens: org,
    text,
    norm: normalizeName(text),
    sentence: s,
    start: first.start,
    end: last.end,
    evidence: { role: false, speech: false, personTag: false, plural: false, placeTag: false, orgTag: true, bodyTag: false, listedWithOrg: false, eventTag: false, agreementTag: false, awardTag: false, siteTag: false, placeContext: false },
  };
}

/**
 * "the so-called Ridge Fire", "the 2019 Harbour Blaze": a name that ends in an incident's noun, written as a
 * name for it (after "the", a year or a few lower-case words may sit between); "Cal Fire" (no "the") is a body.
 */
function namedIncident(name: Token[], sentence: Sentence): boolean {
  if (name.length < 2 || !hasTag(name[name.length - 1], 'Incident')) return false;
  for (let k = name[0]!.i - 1; k >= 0 && k >= name[0]!.i - 4; k--) {
    const t = sentence.tokens[k]!;
    if (t.lower === 'the') return true;
    if (!/^(?:(?:19|20)\d\d|\p{Ll}+)$/u.test(t.text) || hasTag(t, 'Verb', 'Preposition', 'Determiner', 'Pronoun')) return false;
  }
  return false;
}

/**
 * "the Cedar Spring protests", "the Lantern Summer riots": a season named after a people or a place and
 * followed by an incident's noun is the name of a wave of unrest, an event.
 */
export function namedSeason(name: Token[], sentence: Sentence): boolean {
  if (name.length < 2 || !SEASON_NAME.test(name[name.length - 1]!.text)) return false;
  if (sentence.tokens[name[0]!.i - 1]?.lower !== 'the') return false;
  return incidentNoun(sentence.tokens[name[name.length - 1]!.i + 1]);
}

const SEASON_NAME = /^(Spring|Summer|Autumn|Winter)$/;

/** A lower-case incident noun, singular or plural ("protests", "revolts"). */
export const incidentNoun = (t: Token | undefined): boolean =>
  !!t && /^\p{Ll}+$/u.test(t.text) && (hasTag(t, 'Incident') || INCIDENTS.has(t.lower.replace(/s$/, '')));

/** "US Congress", "Ruritanian Assembly": a country's congress or assembly is its legislature, not a meeting. */
const legislature = (name: Token[]): boolean =>
  name.length > 1 &&
  /^(congress|assembly)$/.test(name[name.length - 1]!.lower) &&
  name.slice(0, -1).every((t) => countryName(t.text) !== undefined || hasTag(t, 'Country'));

const lowercaseBody = (t: Token | undefined): boolean => !!t && hasTag(t, 'BodyNoun') && !isCapitalised(t);
const spaced = (a: Token) => /^\s+$/.test(a.post);

/**
 * A noun for a kind of body beside the name makes it an organisation: after it ("the X party", "her X
 * political faction"), before it ("rights group X") or heading an apposition ("X, an industry body,").
 */
function bodyNounBeside(name: Token[], sentence: Sentence): boolean {
  const toks = sentence.tokens;
  const first = name[0]!;
  const last = name[name.length - 1]!;
  // "Islamist group", "Kurdish party": a word for the members, not the body's name
  if (name.length === 1 && (hasTag(first, 'Adjective', 'Demonym') || isDemonym(first.text) || /(?:ish|ese|ic|ists?)$/.test(first.text))) return false;
  const next = toks[last.i + 1];
  if (spaced(last) && !last.possessive && next) {
    if (lowercaseBody(next)) return true;
    if (hasTag(next, 'Adjective') && !isCapitalised(next) && spaced(next) && lowercaseBody(toks[next.i + 1])) return true;
  }
  const prev = toks[first.i - 1];
  if (prev && lowercaseBody(prev) && spaced(prev) && !prev.possessive) return true;
  // "X, an al-Qaeda-linked organization —": the apposition's head noun is the last before its end
  if (!/^,\s*$/.test(last.post) || !/^(a|an)$/.test(toks[last.i + 1]?.lower ?? '')) return false;
  for (let k = last.i + 2; k < toks.length && k < last.i + 7; k++) {
    const t = toks[k]!;
    const after = toks[k + 1];
    const ends = !after || /[,;:.()—–"“”]/.test(t.post) || hasTag(after, 'Preposition', 'QuestionWord', 'Conjunction', 'Verb');
    if (ends) return lowercaseBody(t);
  }
  return false;
}

/** "an article by New York magazine": a place's name with a media noun is the publication's own name. */
function mediaNamedAfterPlace(name: Token[], sentence: Sentence): Token | undefined {
  const last = name[name.length - 1]!;
  const next = sentence.tokens[last.i + 1];
  const prev = sentence.tokens[name[0]!.i - 1];
  if (!next || !spaced(last) || last.possessive || isCapitalised(next) || !MEDIA_NOUNS.has(next.lower)) return undefined;
  if (prev && /^(a|an)$/.test(prev.lower)) return undefined;
  const text = sentence.text.slice(name[0]!.start - sentence.start, last.end - sentence.start);
  return knownPlace(text) || name.every((t) => hasTag(t, ...PLACE_TAGS)) ? next : undefined;
}

/** "the 2032 Brisbane Olympics": the place an event is named after is a place of its own. */
function placeInEventName(c: Candidate, s: number, sentence: Sentence): Candidate | undefined {
  const words = c.tokens.filter((t) => !/^\d+$/.test(t.text));
  let end = 0;
  while (end < words.length - 1 && hasTag(words[end], ...PLACE_TAGS)) end++;
  const place = words.slice(0, end);
  if (!place.length) return undefined;
  const first = place[0]!;
  const last = place[place.length - 1]!;
  const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
  if (!knownPlace(text) && !place.every((t) => hasTag(t, ...PLACE_TAGS))) return undefined;
  // "the Ridge Fire": compromise's guess that a word is a place is not enough inside an incident's name
  if (hasTag(words[words.length - 1], 'Incident') && !knownPlace(text)) return undefined;
  return {
    tokens: place,
    text,
    norm: normalizeName(text),
    sentence: s,
    start: first.start,
    end: last.end,
    evidence: { role: false, speech: false, personTag: false, plural: false, placeTag: true, orgTag: false, bodyTag: false, listedWithOrg: false, eventTag: false, agreementTag: false, awardTag: false, siteTag: false, placeContext: false },
  };
}

function role(tokens: Token[], sentence: number): Role | undefined {
  // "Mr", "Dr": a form of address, not a role
  if (tokens.every((t) => hasTag(t, 'Honorific') && !hasTag(t, 'RoleHead'))) return undefined;
  // "former envoy", "ex-minister": a role that is over, stated without its first word
  const ended = /^(former|ex|outgoing)$/.test(tokens.find((t) => !/^(the|a|an|his|her|their|its)$/.test(t.lower))?.lower ?? '');
  const words = tokens.filter((t) => !/^(the|a|an|his|her|their|its|former|ex|outgoing)$/i.test(t.lower));
  if (!words.length) return undefined;
  let k = 0;
  // the side a role belongs to: "UK", "Thai", "Tanzanian" (capitalised words before the office)
  while (k < words.length - 1 && (hasTag(words[k], 'Demonym', 'Place', 'Acronym') || DEMONYM_SHAPE.test(words[k]!.text)) && !hasTag(words[k]!, 'RoleHead')) k++;
  return {
    text: roleText(tokens),
    sentence,
    ...(k > 0 ? { nationality: roleText(words.slice(0, k)) } : {}),
    rest: roleText(words.slice(k)),
    ...(ended ? { ended } : {}),
  };
}

/**
 * "radical Anabaptists", "nine of them Bolivian Waldensians": one capitalised plural that compromise does not
 * know as a name, with only a demonym or an adjective before it, is a group of people, never a person.
 */
function groupPlural(name: Token[], role: Token[]): boolean {
  const t = name[0]!;
  if (name.length !== 1 || !/\p{Ll}[^siu'’]s$/u.test(t.text)) return false;
  if (hasTag(t, 'Person', 'FirstName', 'LastName', 'Place', 'Organization', 'OrgHead')) return false;
  return !role.some((r) => hasTag(r, 'RoleHead'));
}

/** "Incredibly, …", "Remarkably": a capitalised adverb by its suffix, never a name. */
const ADVERB_SHAPE = /^\p{Lu}\p{Ll}+(?:al|ib|ab|ous|iv|ed|ing|ful|less|ent|ant|ic|ate)ly$/u;

/**
 * What follows an award's or a law's name and belongs to it: the field of a prize ("Nobel Prize in
 * Literature", "Pulitzer Prize for Fiction") and the year of an act ("Investment Company Act of 1940").
 */
function extendTitle(name: Token[], sentence: Sentence): void {
  const last = name[name.length - 1]!;
  const joiner = sentence.tokens[last.i + 1];
  const next = sentence.tokens[last.i + 2];
  if (!joiner || !next || !/^\s+$/.test(last.post) || !/^\s+$/.test(joiner.post)) return;
  if (hasTag(last, 'AgreementHead') && joiner.lower === 'of' && /^(1[6-9]|20)\d\d$/.test(next.text)) {
    name.push(joiner, next);
    return;
  }
  if (!hasTag(last, 'AwardHead') || !/^(in|for)$/.test(joiner.lower) || !isCapitalised(next)) return;
  name.push(joiner);
  for (let k = next.i; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    if (!isCapitalised(t) || hasTag(t, 'Date')) break;
    name.push(t);
    if (!/^\s+$/.test(t.post)) break;
  }
}

/** Titles alone, demonyms, weekdays and months, pronouns: never entities. */
/** A site's name written as its address: one word, a dot, a top-level domain. */
const WEB_NAME = /^[\p{L}\p{N}-]+\.(?:com|net|org|io|info|news|co\.uk|org\.uk)$/iu;

function isNotAName(name: Token[]): boolean {
  // "Name/Agency/Getty Images": a photo credit; names have no slashes
  if (name.some((t) => t.text.includes('/'))) return true;
  // "South Korean", "New Zealanders": a people's word of more than one word
  if (name.length > 1 && isDemonym(name.map((t) => t.text).join(' '))) return true;
  if (name.length > 1) return name.every((t) => hasTag(t, 'RoleHead') || hasTag(t, 'Honorific', 'Demonym', 'Date') || isDemonym(t.text));
  const t = name[0]!;
  if (isDemonym(t.text)) return true;
  if (t.text.length < 2 || ADVERB_SHAPE.test(t.text)) return true;
  if (hasTag(t, 'RoleHead') || NEVER_ALONE.has(t.lower) || GENERIC_ALONE.has(t.lower)) return true;
  return hasTag(t, 'Demonym', 'Date', 'WeekDay', 'Month', 'Pronoun', 'Honorific', 'Value') && !EVENT_CODE.test(t.text);
}
