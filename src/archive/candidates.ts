/**
 * Name candidates: capitalised runs with their title split off, their role attached, and the evidence
 * each occurrence gives about what kind of name it is.
 */
import { BODY_NOUNS, BODY_WORDS, COMMON_ACRONYMS, COMPANY_NOUNS, EVENT_ORDINAL, PLAYER_POSITIONS, STYLE_WORDS, PARTY_MEMBERS, DEMONYM_SHAPE, FOLLOWER_SHAPE, GENERIC_ALONE, INCIDENTS, INSTALLATION_OPENERS, KIN_NOUNS, LANGUAGE_ONLY, LEANINGS, NATURAL_FEATURES, PORTFOLIO_WORDS, SEAS, SPEECH_VERBS, ENVOYS, PLACE_OFFICES, MEDIA_NOUNS, NAME_CONNECTORS, NAME_TITLES, NEVER_ALONE, PLACE_KINDS, POST_NOMINALS, SHARED_POST_NOMINALS, WEEKDAY_WORDS, ROLE_HEADS, SHARED_TRADES, SITE_HEADS, SITE_OPENERS, TROPHY_VERBS, TROPHY_WORDS, VENUE_USES } from '../nlp/lexicon';
import { countryName, isDemonym } from '../nlp/gazetteer';
import { usualBodyName } from '../matching/short-forms';
import { hasTag, isCapitalised, knownOrganization, knownPlace, lexiconTags, type Sentence, type Token } from '../nlp/tokens';
import { sideOfMatch } from './sides';
import { normalizeName, type Role } from './local';
import { pluralOffice, roleAfter, roleBefore, roleBeforeComma, roleIs, roleText, splitTitle } from './roles';
import { describesByName, findRuns, houseOf, hyphenJoined, isTicker, SLASHED_ACRONYMS, splitPairs, type Run } from './runs';

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
  /** Other names the text gives with this one: "Bob" and "Bob Lind" of "Robert (Bob) Lind". */
  aliases?: string[];
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
  /** "Ana Lind (58 not out) and Oru Tesk (41)": listed beside a person's name, each with the same kind of aside. */
  listedWithPerson: boolean;
  /** "the giants of literature: Orlov, Ana Lind, Maria Velk, Quist": one word in a list of several people's full names. */
  amongPeople: boolean;
  /** "the X party", "rights group X", "X, an industry body": a noun for a kind of body beside the name. */
  bodyTag: boolean;
  /** "… National Museum", "… Embassy", "… Harbour": a building, site or feature, which is a place. */
  siteTag: boolean;
  /** "in Arusha": a preposition of place before a name nobody else explains. */
  placeContext: boolean;
  /** "“Harbour Lights” is out on Friday": the name alone between quotation marks, a work's title. */
  quoted: boolean;
  /** "lifted the Webb Tallis Cup": a cup or trophy held up, the object won (not the tournament named after it). */
  lifted: boolean;
  /** "under the Tesk administration": the name of whom an administration or a presidency is. */
  leader?: boolean;
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
/** Codes of numbered events: "COP29", "WWDC24" (one letter and digits, "G20", is a group, not an event). */
export const EVENT_CODE = /^[A-Z]{2,}\d{1,4}$/;
export const isAcronym = (text: string) => /^[A-Z][A-Z.&]*[A-Z]\.?$/.test(text) && text.replace(/\./g, '').length <= 6;

/**
 * "the 12th Ostrel Conference of Parties (COP12)": a gathering's code, the initials of its name's last words
 * (without "the") and the number of its edition.
 */
function numberedCode(name: Token[], code: string): boolean {
  const m = /^([A-Z]{2,6})(\d{1,3})$/.exec(code);
  if (!m || !name.some((t) => t.lower === `${m[2]}${ordinalSuffix(Number(m[2]))}`)) return false;
  const initials = name.filter((t) => t.lower !== 'the').map((t) => t.text[0]!.toUpperCase()).join('');
  return initials.endsWith(m[1]!);
}
const ordinalSuffix = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

/** All candidates of an article's sentences, in text order. */
/** The text from `first` to `last` as written, spaces made single; a namesake's quotation marks inside a longer name left out (runs.ts joinQuotedNamesakes). */
const nameText = (sentence: Sentence, first: Token, last: Token): string =>
  sentence.text.slice(first.start - sentence.start, last.end - sentence.start).replace(/\s+/g, ' ').replace(/[”"] /g, ' ');

export function findCandidates(sentences: Sentence[], dateline: string): Candidate[] {
  const firstRuns = sentences.map((s) => findRuns(s));
  // words written with a capital inside a sentence somewhere in the article: names, not sentence openers
  const midSentence = new Set(firstRuns.flat().flatMap((r) => r.tokens.filter((t) => t.i > 0 && !/["“‘(]\s*$/.test(t.pre)).map((t) => t.lower)));
  const runsPerSentence = sentences.map((s) => findRuns(s, (w) => midSentence.has(w)));
  // words written as names of their own somewhere: "the Tesk-Varo talks" pairs two names used alone elsewhere, while
  // "Tesk-Varo" after "Ana Tesk-Varo" alone is one surname (its halves never stand alone)
  const alone = new Set<string>();
  for (const run of runsPerSentence.flat())
    run.tokens.forEach((t, n) => {
      if (!(n > 0 && hyphenJoined(run.tokens[n - 1]!, t)) && !(run.tokens[n + 1] && hyphenJoined(t, run.tokens[n + 1]!))) alone.add(t.lower);
    });
  const modifies = nounsModified(sentences);
  const out: Candidate[] = [];
  // Rules look back only within the sentence (or at the one before): they are given the candidates from
  // there on, not the whole article's, so an article of any length costs each candidate the same.
  let previousFrom = 0;
  runsPerSentence.forEach((runs, s) => {
    const sentence = sentences[s]!;
    const from = out.length;
    const paired = new Map<Run, Candidate>();
    /** The end of the last candidate: a run inside it ("Literature" of "Nobel Prize in Literature") is its. */
    let covered = -1;
    for (const run of splitPairs(runs, (w) => alone.has(w))) {
      if (run.tokens[0]!.start < covered) continue;
      if (numbered(run, sentence)) {
        const mission = missionCandidate(run, s, sentence);
        if (mission) {
          out.push(mission);
          covered = mission.end;
        }
        continue;
      }
      const c = employerOfUnnamed(run, s, sentence) ?? candidate(run, s, sentence, dateline);
      if (!c) continue;
      covered = c.end;
      // "a 2-2 draw with Harlow": a side of a scored match is a club (one named in full, "Ana Lind", is a player)
      if (!(c.tokens.length > 1 && hasTag(c.tokens[0], 'FirstName')) && sideOfMatch(c.tokens[0]!, c.tokens[c.tokens.length - 1]!, sentence, c.text)) c.evidence.orgTag = true;
      // "Māori design", "Māori people", "the local Māori tribe": a word for a people, not a body's name
      if (c.evidence.bodyTag && c.tokens.length === 1 && (modifies.get(c.tokens[0]!.lower)?.size ?? 0) > 1) c.evidence.bodyTag = false;
      relativeOf(c, sentence, out.slice(from));
      bracketedName(c, sentence, out);
      quotedNickname(c, sentence, out);
      const previous = out.slice(from).findLast((b) => b.end <= c.start && b.sentence === c.sentence);
      if (formerName(c, sentence, out.slice(from)) || knownAs(c, sentence, previous)) continue;
      nameOf(c, sentence, out, previous);
      out.push(c);
      const org = c.role && organizationInRole(c, s, sentence, out.slice(from), dateline, midSentence);
      if (org) out.push(org);
      const host = c.evidence.eventTag ? placeInEventName(c, s, sentence) : undefined;
      if (host) out.push(host);
      const organiser = c.evidence.eventTag ? organiserInEventName(c, s) : undefined;
      if (organiser) out.push(organiser);
      const parent = parentBody(c, s, sentence);
      if (parent) out.push(parent);
      const before = out.slice(from).findLast((x) => x !== c && x.sentence === s && x.end <= c.start);
      if (before) {
        listedTogether(before, c, sentence);
        sharedOffice(before, c, sentence);
        sharedSurname(before, c, sentence);
        workInBrackets(before, c, sentence);
      }
      paired.set(run, c);
      if (run.pairWith && paired.has(run.pairWith)) {
        const other = paired.get(run.pairWith)!;
        c.pairWith = other;
        other.pairWith = c;
      }
    }
    pronounOffice(sentence, s, out.slice(previousFrom));
    amongPeople(out.slice(from), sentence);
    previousFrom = from;
  });
  headlineNames(sentences, out);
  siteInLowerCase(sentences, out);
  bodyAfterInitial(out, sentences);
  const spelt = initialisms(sentences);
  // (unless a name of the article has those initials too: "the Harbour Workers Union … the HWU")
  for (const c of out) if (c.tokens.length > 1) spelt.delete(initialsOf(c.tokens).toUpperCase());
  return spelt.size ? out.filter((c) => !(c.tokens.length === 1 && isAcronym(c.text) && spelt.has(c.text.replace(/\./g, '')) && !c.evidence.role)) : out;
}

/**
 * "identified only as Ana L. Velkorwings is the airline's subsidiary …": after a given name and an initial with its
 * dot, a word the article also names alone as a body is that body, opening the next sentence the tagger did not
 * split; the person's name ends at the initial.
 */
function bodyAfterInitial(out: Candidate[], sentences: Sentence[]): void {
  const bodies = new Set(out.filter((c) => c.tokens.length === 1 && (c.evidence.orgTag || c.evidence.bodyTag)).map((c) => c.text));
  if (!bodies.size) return;
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    const last = c.tokens[c.tokens.length - 1]!;
    const initial = c.tokens[c.tokens.length - 2];
    // (the body's word opens a clause: a verb follows it, no comma; "Ana L. Velkor, the founder," is the person)
    const verb = sentences[c.sentence]?.tokens[last.i + 1];
    if (c.tokens.length < 3 || !initial || !/^\p{Lu}$/u.test(initial.text) || !/^\.\s+$/.test(initial.post) || !bodies.has(last.text) || !/^\s+$/.test(last.post) || !hasTag(verb, 'Verb')) continue;
    const text = `${c.text.slice(0, initial.end - c.start)}.`;
    out.splice(k, 1, { ...c, tokens: c.tokens.slice(0, -1), text, norm: normalizeName(text), end: initial.end + 1 }, { tokens: [last], text: last.text, norm: normalizeName(last.text), sentence: c.sentence, start: last.start, end: last.end, evidence: { ...NO_EVIDENCE, orgTag: true } });
    k++;
  }
}

/**
 * "the initial public offering … the IPO": the initials of the article's nouns and adjectives written in lower
 * case (three to five in a row), in capitals. An acronym among them stands for a common noun, not a name.
 */
function initialisms(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences) {
    let run: string[] = [];
    for (const t of tokens) {
      // (content words only, nouns and adjectives: chance initials of "in public office" are no expansion)
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || !hasTag(t, 'Noun', 'Adjective') || hasTag(t, 'Verb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb')) {
        run = [];
        continue;
      }
      run.push(t.text[0]!.toUpperCase());
      if (run.length > 5) run.shift();
      for (let n = 3; n <= run.length; n++) out.add(run.slice(-n).join(''));
      if (!/^\s+$/.test(t.post)) run = [];
    }
  }
  return out;
}

/** "on Harbourline beach" after "Harbourline Beach": the feature written in lower case is the same place. */
function siteInLowerCase(sentences: Sentence[], candidates: Candidate[]): void {
  const byNorm = new Map(candidates.map((c) => [c.norm, c.text]));
  for (const c of candidates) {
    const last = c.tokens[c.tokens.length - 1]!;
    const next = sentences[c.sentence]!.tokens[last.i + 1];
    if (!next || isCapitalised(next) || !hasTag(next, 'SiteHead') || !spaced(last) || last.possessive) continue;
    const norm = normalizeName(`${c.text} ${next.text}`);
    const written = byNorm.get(norm);
    // "the Zemblan peninsula": a people's word names no place; with the kind of place after it, the whole does
    const people = !written && c.tokens.length === 1 && isDemonym(c.text);
    if (!written && !people) {
      // "the iconic Ostrel-Dame cathedral": a name the article writes only before the kind of site it is names
      // that site (not a person's name: "the Ana Ruiz museum" is named after her)
      if (!c.evidence.personTag && c.tokens.length > 1) c.evidence.siteTag = true;
      continue;
    }
    c.tokens = [...c.tokens, next];
    c.text = written ?? `${c.text} ${next.text}`; // the name as the article capitalises it
    c.norm = norm;
    c.end = next.end;
    c.evidence.siteTag = true;
  }
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'by', 'at', 'with', 'from', 'as', 'vs']);

/**
 * "Star's $20K Ruby Velvet Gown -- STOLEN": a line in title case capitalises every word, so the tagger's
 * guess that a run of them is a person's name ("Ruby", "Velvet" are first names) says nothing unless the
 * article writes the name in an ordinary sentence too.
 */
function headlineNames(sentences: Sentence[], candidates: Candidate[]): void {
  const titleCase = sentences.map(({ tokens }) => {
    const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !MINOR_WORDS.has(t.lower));
    // every word but the small ones, one slip allowed in a long line: a sentence dense with names still has its
    // verbs in lower case ("Maria Lund met Karl Ost in Oslo on Sunday")
    const lower = words.filter((t) => !isCapitalised(t));
    // (a verb in lower case is prose whatever else is capitalised: "Joining Lind were Ana Tesk, Ivo Marsh and …")
    return words.length >= 3 && lower.length <= (words.length >= 10 ? 1 : 0) && !lower.some((t) => hasTag(t, 'Verb'));
  });
  const inProse = new Set(candidates.filter((c) => !titleCase[c.sentence]).map((c) => c.norm));
  for (const c of candidates) if (titleCase[c.sentence] && !inProse.has(c.norm) && !c.evidence.role) c.evidence.personTag = false;
}

/**
 * "Marta Lind, his wife Ana", "Lind and his 20-year-old son, Jon Lind,": a relative's role says whose, the
 * person the pronoun stands for: a name before it in the sentence, which resolve.ts picks once names are people.
 */
function relativeOf(c: Candidate, sentence: Sentence, before: Candidate[]): void {
  const words = c.roleTokens;
  if (!c.role || !words?.length || !KIN_NOUNS.has(words[words.length - 1]!.lower)) return;
  c.role = { ...c.role, kin: true };
  // back over an age ("his 22-year-old son")
  let k = words[0]!.i - 1;
  for (let n = 0; n < 5 && k > 0 && /^(?:\d+|years?|months?|old|-)$|-/.test(sentence.tokens[k]!.lower + (/^-/.test(sentence.tokens[k]!.post) ? '-' : '')); n++) k--;
  const pronoun = sentence.tokens[k];
  if (!pronoun || !/^(his|her|their)$/.test(pronoun.lower)) return;
  const owners = before.filter((x) => x.sentence === c.sentence && x.end <= pronoun.start && !notPerson(x.evidence)).reverse();
  if (owners.length) c.role.relativeOf = owners.map((x) => x.start);
}

/**
 * "replaced Ana Lind, who was cleared": a name of two words that "who" takes up is a person's (a team's or a
 * body's words, a place's, or one ending in a body's head are not: "Velkor United, who won").
 */
function whoAfter(name: Token[], sentence: Sentence): boolean {
  const last = name[name.length - 1]!;
  // (", who" after a name; or "who" and a verb of speech right after it: "welcomed by Ana Lind who said")
  const who = sentence.tokens[last.i + 1];
  // (not a plural, a club's: "Velkor Rovers who said they would appeal")
  const spoke = /^\s+$/.test(last.post) && SPEECH_VERBS.has(sentence.tokens[last.i + 2]?.lower ?? '') && !hasTag(last, 'Plural') && !/s$/.test(last.text);
  if (name.length !== 2 || !(/^,\s+$/.test(last.post) || spoke) || who?.lower !== 'who') return false;
  // (a surname that is also a common noun, "Gill", "Baker", after a given name the dictionary does not know as a word)
  const commonSurname = (t: Token, k: number) =>
    k === 1 && !hasTag(t, 'SiteHead', 'EventHead', 'AwardHead', 'AgreementHead') && lexiconTags(t.lower).every((tag) => tag === 'Noun' || tag === 'Singular') && lexiconTags(name[0]!.lower).every((tag) => /Name$/.test(tag));
  return !name.some((t, k) => hasTag(t, ...PLACE_TAGS, 'Organization', 'OrgHead', 'CompanySuffix', 'Plural', 'Acronym') || knownPlace(t.text) || (lexiconTags(t.lower).some((tag) => !/Name$/.test(tag)) && !commonSurname(t, k)));
}

const notPerson = (e: Evidence): boolean => e.orgTag || e.placeTag || e.bodyTag || e.eventTag || e.siteTag || e.agreementTag || e.awardTag || e.plural;

/**
 * "Ana Lind, MD, said so. She is the director of the Harbour Institute.": the office a clause that opens
 * with "He is" or "She's" gives the person named last before it, if that one has none. (A tagger may not end
 * the sentence at "PhD." or "Jr.", so the clause is looked for inside a sentence too.)
 */
function pronounOffice(sentence: Sentence, s: number, before: Candidate[]): void {
  const toks = sentence.tokens;
  toks.forEach((t, j) => {
    if (!/^(He|She)$/.test(t.text) || (j > 0 && !/[.!?]["”’]?\s+$/.test(toks[j - 1]!.post))) return;
    const rest = sentence.text.slice(t.start - sentence.start);
    if (!/^(?:He|She)(?:\s+is|['’]s)\s/.test(rest)) return;
    const words = roleIs(toks, toks[j + 1]?.lower === 'is' ? j + 2 : j + 1, true);
    if (!words.length) return;
    // the last person named ("Ana Lind, MD, PhD": not the degrees after the name)
    const subject = before.findLast((x) => (x.sentence === s && x.end <= t.start) || x.sentence === s - 1);
    const person = subject && before.findLast((x) => x.sentence === subject.sentence && x.start <= subject.start && x.evidence.personTag && !notPerson(x.evidence));
    if (!person || person.role) return;
    const stated = role(words, s);
    if (!stated) return;
    person.role = stated;
    person.roleTokens = words;
    person.evidence.role = true;
  });
}

/** The sentence's text between two candidates (or from `a`'s end to `b`'s start). */
const between = (sentence: Sentence, a: { end: number }, b: { start: number }): string => sentence.text.slice(a.end - sentence.start, b.start - sentence.start);

/** The two candidates before `c` when all three are of one sentence and each gap fits its pattern ("X (Y) C"). */
function triple(c: Candidate, sentence: Sentence, out: Candidate[], open: RegExp, close: RegExp): [Candidate, Candidate] | undefined {
  const [x, y] = out.slice(-2);
  if (!x || !y || x.sentence !== c.sentence || y.sentence !== c.sentence) return undefined;
  if (!open.test(between(sentence, x, y)) || !close.test(between(sentence, y, c)) || [x, y, c].some((n) => notPerson(n.evidence))) return undefined;
  return [x, y];
}

/**
 * "Robert (Bob) Lind", "Kahu (Anaru Pita) Rewiri": given names, other given names in brackets, one family
 * name; one person, named by the longer form, the other and its given name alone as aliases.
 */
function bracketedName(c: Candidate, sentence: Sentence, out: Candidate[]): void {
  const pair = c.tokens.length === 1 ? triple(c, sentence, out, /^\s*\(\s*$/, /^\s*\)\s*$/) : undefined;
  if (pair?.[0].tokens.length !== 1) return;
  const [x, y] = pair;
  const family = c.tokens[0]!;
  const [long, short] = y.tokens.length > x.tokens.length ? [y, x] : [x, y];
  out.splice(-2, 2);
  c.tokens = [...long.tokens, family];
  c.text = `${long.text} ${family.text}`;
  c.norm = normalizeName(c.text);
  c.start = x.start;
  c.aliases = [`${short.text} ${family.text}`, short.text];
  c.evidence.personTag ||= x.evidence.personTag || y.evidence.personTag;
}

/**
 * "Timoleon “Timo” Vantek", "Joaquin 'El Tesk' Marr": a nickname in quotes between a given name and a family
 * name; one person, named without it, the nickname alone an alias.
 */
function quotedNickname(c: Candidate, sentence: Sentence, out: Candidate[]): void {
  const pair = c.tokens.length <= 2 ? triple(c, sentence, out, /^\s+[“"‘']$/u, /^[”"’']\s+$/u) : undefined;
  if (!pair || pair[0].tokens.length > 2 || pair[1].tokens.length > 3) return;
  const [x, y] = pair;
  if (![x, y, c].every((n) => n.tokens.every(isCapitalised))) return;
  out.splice(-2, 2);
  c.tokens = [...x.tokens, ...c.tokens];
  c.text = `${x.text} ${c.text}`;
  c.norm = normalizeName(c.text);
  c.start = x.start;
  c.aliases = [...(c.aliases ?? []), y.text];
  c.evidence.personTag = true;
}

/**
 * "Ana Lind (Harbour Lights), Tor Velk (Little Tides)": a name in brackets right after a person's, in a list, is
 * what the person is listed for (a film, a book), read like a quoted title.
 */
function workInBrackets(x: Candidate, c: Candidate, sentence: Sentence): void {
  if (x.tokens.length < 2 || x.tokens.length > 3 || !x.tokens.every((t) => isCapitalised(t) && !hasTag(t, "OrgHead", ...PLACE_TAGS))) return;
  if (!/^\s*\(\s*$/.test(between(sentence, x, c))) return;
  if (!/^\s*\)\s*(?:,|and\b|\.|$)/.test(sentence.text.slice(c.end - sentence.start))) return;
  if (c.tokens.some((t) => hasTag(t, ...PLACE_TAGS, 'OrgHead', 'Acronym')) || countryName(c.text) !== undefined || knownPlace(c.text)) return;
  c.evidence.quoted = true;
  c.evidence.personTag = false;
}

/**
 * "Barry and June Lind": two given names joined by "and" before one family name are two people of that name
 * (the first is "Barry Lind"; a given name alone would name no one).
 */
function sharedSurname(x: Candidate, c: Candidate, sentence: Sentence): void {
  const given = x.tokens[0]!;
  if (x.tokens.length !== 1 || c.tokens.length !== 2 || !hasTag(given, 'FirstName') || !(hasTag(c.tokens[0], 'FirstName') || c.evidence.personTag) || notPerson(x.evidence) || notPerson(c.evidence)) return;
  if (!/^\s+and\s+$/.test(between(sentence, x, c)) || hasTag(given, ...PLACE_TAGS, 'Organization')) return;
  const family = c.tokens[1]!;
  x.tokens = [given, family];
  x.text = `${x.text} ${family.text}`;
  x.norm = normalizeName(x.text);
  x.evidence.personTag = true;
}

/**
 * "Tesk (formerly Varo)", "Ostrel (previously known as Velkor)": a former name in brackets is the same body's
 * other name, an alias of the name before it, not a name of its own.
 */
function formerName(c: Candidate, sentence: Sentence, before: Candidate[]): boolean {
  const x = before.findLast((b) => b.end <= c.start);
  if (!x) return false;
  const gap = between(sentence, x, c);
  if (!/^\s*\(\s*(?:formerly|previously|once)(?:\s+(?:known\s+as|called))?\s+$/i.test(gap) || !/^\s*\)/.test(sentence.text.slice(c.end - sentence.start))) return false;
  x.aliases = [...(x.aliases ?? []), c.text];
  return true;
}

/** The nouns for another name a person goes by. */
const ALIAS_NOUN = String.raw`(?:alias|nickname|nom\s+de\s+guerre|pseudonym|moniker|pen\s+name|stage\s+name)`;
/** "best known by his alias", "better known as", "known by her nom de guerre,": the words before another name of one. */
const KNOWN_AS = new RegExp(String.raw`^,\s+(?:(?:also|better|best|widely|commonly|popularly)\s+)?known\s+(?:as|by\s+(?:his|her|the)\s+${ALIAS_NOUN}),?\s+$`, 'i');
/** "Velo — the nom de guerre of Ana Lind": another name of the one named after it. */
const NAME_OF = new RegExp(String.raw`^\s*(?:,|—|–|--)\s*the\s+${ALIAS_NOUN}\s+of\s+$`, 'i');

/**
 * "Ana Lind, best known by her alias Velo, said", "Velo — the nom de guerre of Ana Lind —": one person, the
 * alias another name of the full name (not a name of its own).
 */
function knownAs(c: Candidate, sentence: Sentence, before: Candidate | undefined): boolean {
  if (!before) return false;
  const gap = between(sentence, before, c);
  if (!KNOWN_AS.test(gap) || !/^(?:\s*[,;.)—–]|\s*$)/.test(sentence.text.slice(c.end - sentence.start)) || c.tokens.length > 3) return false;
  before.aliases = [...(before.aliases ?? []), c.text];
  if (/\b(?:his|her)\b/i.test(gap)) before.evidence.personTag = true;
  return true;
}

/** "Velo — the nom de guerre of Ana Lind": the name before is another name of `c`, and no name of its own. */
function nameOf(c: Candidate, sentence: Sentence, out: Candidate[], before: Candidate | undefined): void {
  if (!before || !NAME_OF.test(between(sentence, before, c)) || before.tokens.length > 3 || c.tokens.length < 2) return;
  out.splice(out.indexOf(before), 1);
  c.aliases = [...(c.aliases ?? []), before.text];
  c.evidence.personTag = true;
}

/**
 * Whether `b` is the item after `a` in a list: "and" between them (`joined`), or a comma when the list goes on
 * after `b` with another item ("Tesk, Varo and Ostrel": `goesOn`, read from `b`'s end).
 */
function nextInList(a: Candidate, b: Candidate, sentence: Sentence, joined: RegExp, goesOn: RegExp): boolean {
  const gap = between(sentence, a, b);
  return joined.test(gap) || (/^,\s+$/.test(gap) && goesOn.test(sentence.text.slice(b.end - sentence.start)));
}

/** "cabinet ministers Ana Ruiz and Ben Ode": a plural office before the first name is the second's too. */
function sharedOffice(a: Candidate, b: Candidate, sentence: Sentence): void {
  // (the head as written: the role's own copy of it is already in the singular)
  const head = a.roleTokens?.[a.roleTokens.length - 1];
  const written = head && sentence.tokens[head.i];
  if (!a.role || b.role || !written || !pluralOffice(written) || a.roleTokens!.some((t) => t.start > a.start)) return;
  // (and down a list: "Justices Ana Lind, Oru Tesk and Ivo Marsh")
  if (!nextInList(a, b, sentence, /^,?\s+and\s+$/, /^(?:,\s+|,?\s+and\s+)\p{Lu}/u) || notPerson(b.evidence)) return;
  b.role = a.role;
  b.roleTokens = a.roleTokens!;
  b.evidence.role = true;
}

/** "ABC Radio and Verilens", "Verilens or the Tribune Group": a name in a pair with an organisation's is one. */
function listedTogether(a: Candidate, b: Candidate, sentence: Sentence): void {
  const gap = between(sentence, a, b);
  if (nextInList(a, b, sentence, /^,?\s+(?:and|or)\s+$/, /^(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?\p{Lu}/u)) {
    const strong = (c: Candidate) => (c.evidence.orgTag || c.evidence.listedWithOrg) && !c.evidence.role;
    if (strong(a)) b.evidence.listedWithOrg = true;
    if (strong(b)) a.evidence.listedWithOrg = true;
    // "in Portmere, Ostrel and the Tesk area": the items after a place where something happened are places too
    if (a.evidence.placeContext && !a.evidence.personTag && !b.evidence.personTag && !b.evidence.role) b.evidence.placeContext = true;
  }
  // "Tavi Korrin (137 in 120 balls) and Oru Tesk (58)", "Korrin's 137 and Tesk's 58": a list of people, each with
  // their figures; a name that is a person's lends its kind to the next
  const aside = STAT_ASIDE.exec(gap);
  if (!aside) return;
  const after = sentence.text.slice(b.end - sentence.start);
  if (!(aside[1] ? /^\s*\([^()]*\d[^()]*\)/.test(after) : /^['’]s\s+\d/.test(after))) return;
  const person = (c: Candidate) => c.evidence.personTag && !c.evidence.orgTag && !c.evidence.placeTag;
  if (person(a)) b.evidence.listedWithPerson = true;
  if (person(b)) a.evidence.listedWithPerson = true;
}

/**
 * "the giants of literature: Orlov, Quist, Ana Lind, Maria Velk, Marsh": in a list of three names or more of
 * which two are people's full names, a word with nothing else said of it is a person's surname too.
 */
function amongPeople(found: Candidate[], sentence: Sentence): void {
  const listed = (a: Candidate, b: Candidate) => /^(?:,\s+|,?\s+(?:and|or)\s+)$/.test(between(sentence, a, b));
  const fullName = (c: Candidate) => c.tokens.length > 1 && c.evidence.personTag && !c.evidence.orgTag && !c.evidence.placeTag && !c.evidence.siteTag;
  const bare = (c: Candidate) =>
    !isAcronym(c.text) &&
    !c.tokens.some((t) => hasTag(t, 'RoleHead', 'Honorific')) && !(['placeTag', 'orgTag', 'bodyTag', 'siteTag', 'eventTag', 'awardTag', 'agreementTag', 'placeContext', 'listedWithOrg', 'quoted'] as const).some((k) => c.evidence[k]);
  const mark = (chain: Candidate[]) => {
    const people = chain.filter(fullName).length;
    for (const c of chain) {
      if (!bare(c)) continue;
      // ("Maria Coman and Aurel Tesko failed to convert": a full name beside one is a person's too)
      // (two names joined by "and" or "or": "Ana Lind, Permanent Secretary" is an apposition, not a list)
      const joined = chain.length >= 3 || (chain.length === 2 && /\s(?:and|or)\s/.test(sentence.text.slice(chain[0]!.end - sentence.start, chain[1]!.start - sentence.start)));
      if (c.tokens.length > 1 && !c.evidence.personTag && !c.evidence.role && people >= 1 && joined) c.evidence.listedWithPerson = true;
      if (c.tokens.length === 1 && people >= 2 && chain.length >= 3) c.evidence.amongPeople = true;
    }
  };
  let chain: Candidate[] = [];
  for (const c of found) {
    if (chain.length && !listed(chain[chain.length - 1]!, c)) {
      mark(chain);
      chain = [];
    }
    chain.push(c);
  }
  mark(chain);
}

/** Between two listed names, the first's figures: a bracketed aside with a number, or a possessive and a number. */
const STAT_ASIDE = /^(?:(\s*\([^()]*\d[^()]*\))|['’]s\s+\d[\d*.]*)(?:,\s+|,?\s+(?:and|or)\s+)$/;

/** Capitalised word → the lowercase nouns (other than kinds of bodies) it stands before in the article. */
function nounsModified(sentences: Sentence[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { tokens } of sentences)
    tokens.forEach((t, k) => {
      const next = tokens[k + 1];
      if (!next || !isCapitalised(t) || isCapitalised(next) || !/^\s+$/.test(t.post) || t.possessive) return;
      // a body's members and officers say nothing ("Lantern Party minister", "Lantern Party members")
      if (!hasTag(next, 'Noun') || hasTag(next, 'BodyNoun', 'Pronoun', 'Adjective', 'RoleHead', 'Actor', 'Trade') || ROLE_HEADS.has(next.lower.replace(/s$/, ''))) return;
      out.set(t.lower, (out.get(t.lower) ?? new Set()).add(next.lower));
    });
  return out;
}

function candidate(run: Run, s: number, sentence: Sentence, dateline: string): Candidate | undefined {
  if (moneyCode(run.tokens, sentence)) return undefined;
  const split = splitTitle(officeQualifierOff(run.tokens, sentence));
  let { role: title, name } = split;
  // "crashed in the French Alps", "across the Swiss Velkor range": a people's word before a name where something
  // is, after "the", names a region with it (not the nationality of a person)
  const region = peoplesRegion(title, name, sentence);
  if (region) {
    name = [...title, ...name];
    title = [];
  }
  // a title alone ("the Inspector-General"); a country that leads it is named all the same ("resigned as UK
  // Prime Minister")
  if (!name.length) return countryOfOffice(title, s, sentence);
  // ("as UK Prime Minister": an office's words the run did not split, no name after them)
  if (!title.length && name.length > 1 && hasTag(name[name.length - 1], 'RoleHead') && isCapitalised(name[name.length - 1]!)) {
    const country = countryOfOffice(name, s, sentence);
    if (country && name.slice(country.tokens.length + (name[0]!.lower === 'the' ? 1 : 0)).every((t) => hasTag(t, 'TitleModifier', 'RoleHead'))) return country;
  }
  // "the smoldering 12th-century Gothic cathedral": how old something is is no part of a name
  while (name.length > 1 && /^\d+(?:st|nd|rd|th)-century$/i.test(name[0]!.text)) name = name.slice(1);
  if (!name.length) return undefined;
  // "two Gulf Arab states", "Latin American countries": words ending in a people's word before a plural in lower
  // case describe the plural; they name nothing
  const described = sentence.tokens[name[name.length - 1]!.i + 1];
  if (name.length > 1 && isDemonym(name[name.length - 1]!.text) && described && /^\p{Ll}+s$/u.test(described.text) && (hasTag(described, 'Noun', 'Plural') || /^(?:states|nations|countries)$/.test(described.text)) && /^\s+$/.test(name[name.length - 1]!.post)) return undefined;
  // "outside Number 10": a house called by its number is one name with it, no place called "Number"
  const houseNumber = sentence.tokens[name[name.length - 1]!.i + 1];
  if (!title.length && name.length === 1 && /^(?:Number|No)$/.test(name[0]!.text) && houseNumber && /^\d{1,3}$/.test(houseNumber.text) && /^\s+$/.test(name[0]!.post)) name = [name[0]!, houseNumber];
  // "outside 10 Tesk Street": a house's number before a street's name is its address, one name
  const house = sentence.tokens[name[0]!.i - 1];
  // (a number of one to three figures after a word of where, not a year, nor a count of the people of the street:
  // "40 Tesk Street traders")
  const residents = sentence.tokens[name[name.length - 1]!.i + 1];
  if (!title.length && house && /^\d{1,3}$/.test(house.text) && /^\s+$/.test(house.post) && name.length > 1 && /^(?:Street|Avenue|Road|Lane|Place|Square|Terrace)$/.test(name[name.length - 1]!.text) && /^(?:at|outside|from|to|near|on|in|into|inside)$/.test(sentence.tokens[house.i - 1]?.lower ?? '') && !(residents && /^\p{Ll}+s$/u.test(residents.text) && hasTag(residents, 'Plural'))) name = [house, ...name];
  // "Ivo Marr MP said", "Ana Lind KC": letters after a person's name (an office, an honour) are no part of it
  const letters = name[name.length - 1]!.text.replace(/\.$/, '');
  const postNominal = name.length > 2 && (POST_NOMINALS.test(letters) || (SHARED_POST_NOMINALS.test(letters) && hasTag(name[0], 'FirstName'))) && name.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? name[name.length - 1] : undefined;
  if (postNominal) name = name.slice(0, -1);
  // "opens at Portmere's Velkor Gallery Nov. 16": a month before a day's number is the date, no part of the name
  const tailWord = name[name.length - 1]!;
  const dayNumber = sentence.tokens[tailWord.i + 1];
  if (name.length > 1 && MONTH_WORD.test(tailWord.text) && dayNumber && /^\d{1,2}(?:st|nd|rd|th)?$/.test(dayNumber.text)) name = name.slice(0, -1);
  // "by Harbour Democratic Gov. Ana Ruiz": a run ending in an abbreviated title before a name is that name's office
  const runEnd = run.tokens[run.tokens.length - 1]!;
  const holder = sentence.tokens[runEnd.i + 1];
  if (hasTag(runEnd, 'Honorific') && /^\.\s+$/.test(runEnd.post) && holder && isCapitalised(holder) && hasTag(holder, 'Person', 'FirstName', 'ProperNoun')) return undefined;
  // "Secretary of State Ana Ruiz", "Envoy for Climate Ana Ruiz": the office's domain is the title's, not the name's
  // ("Chancellor of the Exchequer Ana Ruiz": "the" may open the domain)
  // (and no body's words follow it: "Chairman of the State Affairs Commission" is a body's name whole)
  // (a given name the tagger read as a place's is still the holder's: "Leader of the House Andrea Tesk")
  const the = sentence.tokens[name[0]!.i - 1]?.lower === 'the' && name.length === 3 && !name.slice(1).some((t) => hasTag(t, 'OrgHead', 'Organization', 'CompanySuffix')) && !hasTag(name[2], ...PLACE_TAGS) && !knownPlace(`${name[1]!.text} ${name[2]!.text}`) ? 1 : 0;
  const of = sentence.tokens[name[0]!.i - 1 - the];
  const office = sentence.tokens[name[0]!.i - 2 - the];
  // ("CEO of Tesk Digital, Ana Ruiz": the domain's word must be an office's, or a person's name follow it)
  const domainWord = (t: Token) => hasTag(t, 'TitleModifier', ...PLACE_TAGS) || countryName(t.text) !== undefined || (name.length > 2 && !hasTag(name[name.length - 1], 'OrgHead', 'CompanySuffix')) || name.slice(1).some((n) => hasTag(n, 'Person', 'FirstName', 'LastName', 'Honorific'));
  if (!title.length && name.length > 1 && of && /^(of|for|to)$/.test(of.lower) && office && hasTag(office, 'RoleHead') && isCapitalised(office) && !hasTag(name[0], 'FirstName') && domainWord(name[0]!)) {
    // ("Minister of Civil Defense Ana Lind", "Secretary for Home Affairs Ivo Marr": a domain of two words, before a
    // given name or a name of two words)
    // (or a given name after a second word the dictionary knows: "Minister of Public Works Ana Lind"; a word it
    // does not know there is the holder's: "Minister of Health Tovo Maria Lind")
    const known = (t: Token) => lexiconTags(t.lower).some((tag) => tag !== 'FirstName' && tag !== 'LastName' && tag !== 'Person');
    const wide = name.length > 3 && !the && !hasTag(name[1], 'FirstName') && (BODY_WORDS.has(name[1]!.lower) || PORTFOLIO_WORDS.has(name[1]!.lower) || (hasTag(name[2], 'FirstName') && known(name[1]!))) ? 2 : 1;
    // ("Member of the Council of Ministers": a holder's name opens with a capital, not with "of")
    if (isCapitalised(name[wide]!) && !NAME_CONNECTORS.has(name[wide]!.lower)) {
      title = sentence.tokens.slice(office.i, name[wide]!.i);
      name = name.slice(wide);
    }
  }
  // "Ivo Marr, Zembla's Minister of State, said": an office's domain of one word, with no holder after it, is the
  // office's word, no name
  else if (!title.length && name.length === 1 && of && /^(of|for)$/.test(of.lower) && office && hasTag(office, 'RoleHead') && isCapitalised(office) && hasTag(name[0], 'TitleModifier') && !hasTag(name[0], ...PLACE_TAGS) && countryName(name[0]!.text) === undefined) return undefined;
  // "read by Ruritania Ambassador to Zembla Ana Lind": a country before an office that is all the run says is
  // the country (the office is the holder's, told after the name)
  if (!title.length && name.length > 1 && hasTag(name[name.length - 1], 'RoleHead') && isCapitalised(name[name.length - 1]!) && countryName(nameText(sentence, name[0]!, name[name.length - 2]!)) !== undefined) name = name.slice(0, -1);
  // "Ruritania's Islamist Harbour Brotherhood": a word for the body's leanings is no part of its name
  if (name.length > 2 && LEANINGS.has(name[0]!.lower) && !hasTag(name[1], 'OrgHead', 'OrgOpener')) name = name.slice(1);
  // "the remote Ruritanian Tuva region": a people's word before a place is no part of its name (unless the whole
  // is a place of its own: "American Samoa", "British Columbia")
  if (name.length > 1 && isDemonym(name[0]!.text) && name.slice(1).every((t) => hasTag(t, ...PLACE_TAGS))) {
    const whole = name.map((t) => t.text).join(' ');
    if (countryName(whole) === undefined && !knownPlace(whole)) name = name.slice(1);
  }
  // "the 1922 Committee": a year before a body's head word alone, after "the", is its name's first word
  const yearBefore = name.length === 1 ? sentence.tokens[name[0]!.i - 1] : undefined;
  if (yearBefore && hasTag(name[0], 'OrgHead') && /^(19|20)\d\d$/.test(yearBefore.text) && /^\s+$/.test(yearBefore.post) && sentence.tokens[yearBefore.i - 1]?.lower === 'the') name = [yearBefore, ...name];
  if (!name.length || isNotAName(name) || raceWord(sentence, name) || sharedPortfolio(sentence, name) || officeHolders(sentence, name) || inWorkTitle(name, sentence)) return undefined;
  // "a Tory MP", "the Tory leadership race", "a Democrat": a party's member word alone names no body ("the
  // Conservative party" does, with the word "party" after it)
  if (name.length === 1 && /^(?:tory|democrat|republican|conservative|socialist|labourite)$/.test(name[0]!.lower) && sentence.tokens[name[0]!.i + 1]?.lower !== 'party') return undefined;
  // "the men's Velkor d'Or": the first word of an award trophies.ts finds whole
  const dOr = sentence.tokens[name[name.length - 1]!.i + 1];
  if (dOr && /^d['’]or$/i.test(dOr.text) && /^\s+$/.test(name[name.length - 1]!.post)) return undefined;
  // "the Florence MS-04 cargo ship": a model's designation, letters and a number joined by a hyphen (a craft or
  // a product, none of the kinds); "COVID-19", one word alone, stays
  const code = sentence.tokens[name[name.length - 1]!.i + 1];
  if (name.length > 1 && /^[A-Z]{1,3}$/.test(name[name.length - 1]!.text) && code && /^\d+$/.test(code.text) && /^[-–]$/.test(name[name.length - 1]!.post + code.pre)) return undefined;
  // "the 2026 World Cup", "the 2024 Summer Olympics": the edition's year belongs to the event's name
  const year = sentence.tokens[name[0]!.i - 1];
  if ((hasTag(name[name.length - 1]!, 'EventHead') || namedIncident(name, sentence)) && year && /^(19|20)\d\d$/.test(year.text) && /^\s+$/.test(year.post)) {
    name.unshift(year);
  }
  // "a Virginia Democrat", "an Oklahoma Republican": after "a" or "an", a place and a capitalised word for
  // what someone is there; the place is the name ("a Harbour House dinner": a word that is a place's own is no
  // one's)
  const article = sentence.tokens[name[0]!.i - 1];
  const indefinite = !!article && /^(a|an)$/.test(article.lower) && /^\s+$/.test(article.post);
  const lastWord = name[name.length - 1]!;
  // ("Warner, the Virginia Democrat,": after "the", a party's member from a place is what someone is too)
  const partyFrom = !!article && article.lower === 'the' && PARTY_MEMBERS.has(lastWord.lower) && isCapitalised(lastWord);
  // (a party's member after a word the dictionary knows as a given name, "a Virginia Democrat", is from the place
  // it also names)
  const memberFrom = (indefinite || partyFrom) && PARTY_MEMBERS.has(lastWord.lower) && isCapitalised(lastWord) && name.length > 1 && name.length < 4 && name.slice(0, -1).every(isCapitalised);
  if ((indefinite || partyFrom) && name.length > 1 && !hasTag(lastWord, ...PLACE_TAGS, 'OrgHead', 'EventHead', 'SiteHead', 'AgreementHead', 'AwardHead', 'CompanySuffix') && (isPlaceName(name.slice(0, -1)) || memberFrom)) name = name.slice(0, -1);
  const media = mediaNamedAfterPlace(name, sentence);
  if (media) name.push(media);
  else name.push(...bodyKindAfter(name, sentence));
  // "lifted the Webb Tallis trophy": a trophy written in lower case right after a name is the object won, named by
  // both ("the Tallis Cup" written with a capital stays what it is: often the tournament)
  const trophy = sentence.tokens[name[name.length - 1]!.i + 1];
  const afterTrophy = trophy && sentence.tokens[trophy.i + 1];
  if (trophy?.text === 'trophy' && !(afterTrophy && spaced(trophy) && !isCapitalised(afterTrophy) && hasTag(afterTrophy, 'Noun') && !hasTag(afterTrophy, 'Pronoun', 'Date')) && spaced(name[name.length - 1]!) && !name[name.length - 1]!.possessive && !name.some((t) => hasTag(t, 'Place', 'Organization') && !hasTag(t, 'Person'))) name.push(trophy);
  const stormWord = stormBefore(name, sentence);
  if (stormWord) name.unshift(stormWord);
  // the word that says what kind of name it is, before any field or year that follows it
  const head = name[name.length - 1]!;
  extendTitle(name, sentence);
  const first = name[0]!;
  const last = name[name.length - 1]!;
  // the name as written, commas and dots included ("Ministry of Economy, Trade and Industry", "U.S. Steel")
  // "Kestrel Media, Inc." is "Kestrel Media Inc" (and so "Kestrel Media")
  const text = stormWord ? `${stormWord.text[0]!.toUpperCase()}${stormWord.text.slice(1)} ${last.text}` : hasTag(last, 'CompanySuffix') ? nameText(sentence, first, last).replace(/,\s+(?=\S+$)/u, ' ') : nameText(sentence, first, last);
  // organisations and events have no office: "Women’s" before "T20 Champions Trophy" is not a role
  const institution = hasTag(head, 'EventHead') || hasTag(head, 'OrgHead') || hasTag(head, 'AgreementHead') || hasTag(head, 'AwardHead') || (name.length === 1 && EVENT_CODE.test(first.text));
  const before = institution ? [] : roleBefore(sentence.tokens, first.i, title);
  // "Ana Lind, MD, president of …": the degrees after the name are passed over to the office after them
  let tail = last.i + 1;
  while (hasTag(sentence.tokens[tail], 'Credential') && /^\.?,\s*$/.test(sentence.tokens[tail - 1]!.post) && /^\.?,\s*$/.test(sentence.tokens[tail]!.post)) tail++;
  // "Ana Lind of Ruritania, head of the Harbour Centre,": the office after a country named with "of" is the person's before it
  const ofPlace = sentence.tokens[first.i - 1]?.lower === 'of' && (countryName(text) !== undefined || knownPlace(text));
  const after = before.length || institution || ofPlace ? [] : roleAfter(sentence.tokens, tail);
  const is = before.length || after.length || institution ? [] : roleIs(sentence.tokens, tail);
  const comma = before.length || after.length || is.length || institution || name.length < 2 || name.some((t) => hasTag(t, 'OrgHead', 'Place')) ? [] : roleBeforeComma(sentence.tokens, first.i, last.i + 1);
  // ("Ana Lind (Harbour Women)": a name in brackets after another is a work's or a team's, and the words before
  // the bracket are no office of it)
  const opensBracket = (t: Token | undefined) => !!t && /\(\s*$/.test(t.post + first.pre);
  const roleTokens = before.length ? (opensBracket(before.at(-1)) ? [] : before) : after.length ? after : is.length ? is : comma;
  // "the win over host Quarnia", "champions Zembla": a country's name after a lowercase word for a side is the
  // country (its team), not a person holding an office (a country's name that is also a person's, "Jordan",
  // "Chad", keeps the office)
  // ("Defending champion New Zealand": a country's name of several words is never a person's)
  const side = countryName(text) !== undefined && (name.length > 1 || (!hasTag(first, 'Person', 'FirstName', 'LastName') && !roleTokens.some(isCapitalised)));
  // ("the Saudi Tadawul", "are Saudi Arabian": after "the", or making a people's word of two with it, a people's
  // word alone before one word is no office, and the word no person's name; "Brazilian Neymar" keeps it)
  const peopleWord = (t: Token) => isDemonym(t.text) || hasTag(t, 'Demonym') || countryName(t.text) !== undefined;
  // ("the Thai Navy Seal unit": nor before a name that holds a body's word)
  const peopleWordOnly = (name.length === 1 || name.some((t) => hasTag(t, 'OrgHead') && isCapitalised(t))) && roleTokens.length > 0 && roleTokens.every((t) => /^(?:the|a|an)$/.test(t.lower) || peopleWord(t)) && (/^(?:the|a|an)$/.test(roleTokens[0]!.lower) || /^(?:the|a|an)$/.test(sentence.tokens[roleTokens[0]!.i - 1]?.lower ?? '') || isDemonym(`${roleText(roleTokens)} ${first.text}`)) && !hasTag(first, 'Person', 'FirstName', 'LastName');
  const stated = roleTokens.length && !side && !peopleWordOnly ? role(roleTokens, s) : undefined;
  // (what follows the letters after a name follows the name: "Ivo Marr MP said")
  const next = sentence.tokens[(postNominal ?? last).i + 1];
  const prev = sentence.tokens[first.i - 1];
  const bracketed = !!next && /^\s*\(\s*$/.test(last.post + next.pre) && /^\s*\)/.test(next.post);
  // ("Saudi Arabian Oil Co (Aramco)": a company's legal name, then the one word it goes by)
  const goesBy = bracketed && hasTag(last, 'CompanySuffix') && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !hasTag(next, 'Person', 'FirstName', ...PLACE_TAGS) && countryName(next.text) === undefined;
  // ("the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, or CPTPP": after ", or", an acronym
  // whose letters the name's initials hold in order)
  const orForm = !bracketed && next && next.lower === 'or' && /^,\s+$/.test(last.post) ? sentence.tokens[next.i + 1] : undefined;
  const orAcronym = orForm && isAcronym(orForm.text) && orForm.text.length >= 3 && inOrder(orForm.text, initialsOf(name).toUpperCase()) ? orForm.text : undefined;
  const acronym = (bracketed && ((isAcronym(next.text) && !isTicker(next.text)) || initialsAsWord(name, next.text) || goesBy || numberedCode(name, next.text)) ? next.text : undefined) ?? orAcronym;
  const country = countryName(text) !== undefined;
  const quoted = /[“"‘]$/.test(first.pre) && /^[,.!?]?[”"’]/.test(last.post) && !title.length;
  // ("a Harbour House dinner": a place's name used to describe something says little of what it names)
  const member = partyMember(name, sentence);
  const leader = leaderOfAdministration(name, sentence);
  // ('the musical "Oklahoma!"': a place's one word alone between quotation marks is a work's title; "Blue House"
  // between them is still a building)
  // ("New South Velkor": a place's name may open with "New", which no dictionary calls a place)
  const allPlace = ((name.every((t, k) => hasTag(t, ...PLACE_TAGS) || (k === 0 && name.length > 2 && t.text === 'New')) && !(indefinite && name.length > 1)) || knownPlace(text) || country) && !member && !(name.length === 1 && quotedTitle(first, last));
  const night = awardsNight(name, sentence);
  // "the Federal Capital Territory", "the Northern Territory": a territory is a place, whatever words lead it
  const territory = name.length > 1 && /^Territor(?:y|ies)$/.test(last.text) && !name.slice(0, -1).some((t) => hasTag(t, 'Person', 'FirstName'));
  // (the head of an apposition after the name: "X, a news website", "according to X, an expert")
  const appositive = appositionHead(last, sentence);
  const evidence: Evidence = {
    // (a country described by an office after it is still the country: "Ruritania, the forum's chair,"; a title
    // before the word is a person's: "Coach Jordan")
    role: !!stated && !(country && !title.length && !before.length),
    speech:
      !indefinite &&
      ((!!next && hasTag(next, 'SpeechVerb') && /^,?\s*$/.test(last.post) && !closesRelativeClause(first, sentence)) ||
        speaksAfterApposition(last, sentence) ||
        (!!prev && hasTag(prev, 'SpeechVerb') && (!next || /[.,;]/.test(last.post))) ||
        // ("according to Ana Lind, an expert at …": the one a report is told by, described as someone; "according
        // to Tesk Research, double the number" is a body's figure)
        (prev?.lower === 'to' && sentence.tokens[prev.i - 1]?.lower === 'according' && name.length > 1 && /^,\s+$/.test(last.post) && !!next && /^(?:a|an)$/.test(next.lower) && personNoun(appositive))),
    // a person's name takes no "a" ("a Virginia Democrat" is what someone is, not who)
    // ("Harbour Women's Health": a name with a plural's possessive inside is a body's, not a person's)
    personTag: !memberFrom && (name.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName')) || leaderOfCountryListed(name, sentence) || particleName(name, text) || (name.length === 2 && NAME_TITLES.has(name[0]!.lower)) || inPeopleList(name, sentence) || listedWithOthers(name, sentence) || whoAfter(name, sentence) || agedAfter(name, sentence) || member || leader) && !allPlace && !indefinite && !name.slice(0, -1).some((t) => t.possessive && hasTag(t, 'Plural')),
    plural: name.some((t) => hasTag(t, 'Plural') && !hasTag(t, 'ProperNoun')) || groupPlural(name, roleTokens),
    placeTag:
      allPlace ||
      region ||
      memberFrom ||
      /^(?:Saint|Sainte|San|Santa|São|St)-\p{Lu}/u.test(text) ||
      normalizeName(text) === normalizeName(dateline) ||
      townOfRegion(name, sentence) ||
      kindOfPlaceBefore(name, sentence) ||
      kindOfPlaceAfter(name, sentence) ||
      // "the European Economic Area", "the Nordic Free Travel Zone": a region named as one
      (name.length > 2 && /^(?:Area|Zone|Region)$/.test(last.text)) ||
      territory ||
      // "the Middle East", "Southern Velkoria" (after a known place), "East Asia": a compass word before "East" or "West",
      // or before a known place, names a region (not "East-West": two directions joined describe what is between them)
      (name.length === 2 && COMPASS.test(first.text) && (/^(?:East|West)$/.test(last.text) || knownPlace(last.text) || countryName(last.text) !== undefined) && !last.possessive && !(COMPASS.test(last.text) && /^[-‐–]$/.test(first.post))) ||
      // "landed on Mars", "the surface of Venus": a planet after a word of where is a place
      (name.length === 1 && PLANETS.test(first.text) && !!prev && /^(?:on|to|from|around|orbiting|of|near|at)$/.test(prev.lower)) ||
      // "made landfall near Cayo Tesk": what something is near is a place, whatever its words look like (not a
      // name with a given name or an office: "near Ana Ruiz")
      (prev?.lower === 'near' && !stated && !name.some((t) => hasTag(t, 'FirstName', 'Honorific'))),
    // "Stade de France": a site named noun first; "Saint-Denis": a town joined to its saint by a hyphen
    siteTag: name.length > 1 && (hasTag(last, 'SiteHead') || venue(name) || SITE_OPENERS.has(first.lower) || installation(name) || (hasTag(first, 'SiteHead') && name[1]!.lower === 'of') || whereTreated(name, sentence)),
    listedWithOrg: false,
    listedWithPerson: false,
    amongPeople: false,
    bodyTag: !!media || (!country && !knownPlace(text) && (bodyNounBeside(name, sentence) || acronymOfBody(name, sentence) || speakingBody(name, sentence) || (!name.some((t) => hasTag(t, 'FirstName', 'Honorific')) && (SHOP_NOUNS.test(appositive?.lower ?? '') || MEDIUM_HEADS.test(appositive?.lower ?? ''))))),
    // a web address as a name ("Example.net") is the site's organisation, never a place or a person
    // (a known place is no organisation by its words' tags: "New York’s Times Square" read as "New York Times")
    // (the tagger's guess that a quoted name is an organisation's is no evidence: '“Velvet Ana”' is a nickname)
    // (a well-known body's short form is that body, whatever the tagger made of it: "UN", read as a prefix)
    // ("the Five Harbours Movement", "Tesk Group": a body's own word, capitalised, closing a name of two or more)
    orgTag: !country && !territory && (operatorOfCraft(name, sentence) || companyOfGroup(name, sentence) || WEB_NAME.test(text) || clubBeforePlayer(name, sentence) || bodyWord(name) || (name.length > 1 && hasTag(last, 'BodyNoun') && isCapitalised(last)) || initialsInBrackets(name, acronym) || lettersInBrackets(name, acronym, prev) || nounBeforeCountry(name, sentence) || houseIn(name) || (name.some((t) => hasTag(t, 'OrgHead')) && !surnameHead(name, prev)) || (hasTag(first, 'OrgOpener') && name.some((t) => t.lower === 'of')) || (name.length > 1 && !quoted && !knownPlace(text) && name.some(taggedOrganization) && !givenNameAndSurname(name)) || knownOrganization(text) || usualBodyName(text) !== undefined),
    // "Hurricane Oriel": a storm's name, though its second word is a given name
    // a show is an event when a place opens its name ("the Lisbon Motor Show"), not a broadcast ("The Tonight Show")
    eventTag:
      night ||
      pluralNight(name, sentence) ||
      // "Roe v. Wade": a case between two names (or a match) is an event
      name.some((t, k) => k > 0 && k < name.length - 1 && /^(?:v|vs)$/.test(t.text)) ||
      // "the Extraordinary Summit on Regional Security", "the World Conference of Mayors": a gathering named on
      name.some((t, k) => k > 0 && isCapitalised(t) && hasTag(t, 'EventHead') && /^(?:on|of)$/.test(name[k + 1]?.lower ?? '') && !name.some((o) => hasTag(o, 'OrgHead'))) ||
      // "the Battle of Ostrel": an event named by its opener through "of"
      (name.length > 2 && hasTag(first, 'EventOpener') && name[1]!.lower === 'of') ||
      // "World War II", "World War Two": an event's head and its number
      (name.length > 2 && EVENT_ORDINAL.test(last.text) && hasTag(name[name.length - 2], 'EventHead')) ||
      (hasTag(last, 'EventHead') && !legislature(name) && !partyCongress(name, acronym, next) && !(next && isTicker(next.text)) && !(prev && hasTag(prev, 'CompanyNoun')) && (last.lower !== 'show' || (name.length > 2 && knownPlace(first.text)))) || (name.length > 1 && (hasTag(first, 'StormWord') || (name.length > 2 && /^(?:sub)?tropical$/.test(first.lower) && hasTag(name[1], 'StormWord')))) || (name.length === 1 && EVENT_CODE.test(text)) || namedIncident(name, sentence) || namedSeason(name, sentence),
    // ("signed the Harbour Economic Partnership agreement": a name of its own before the kind of agreement in lower
    // case, not a place's or a person's)
    // ("the Velkor Continental Free Trade Area": a free-trade area is the pact that makes it)
    agreementTag: name.length > 1 && (hasTag(head, 'AgreementHead') || / Free Trade Area$/.test(text) || (hasTag(first, 'AgreementHead') && name[1]!.lower === 'of') || name.some((t, k) => k > 0 && isCapitalised(t) && hasTag(t, 'AgreementHead') && name[k + 1]?.lower === 'for') || agreementKindAfter(name, sentence, text)),
    awardTag: name.length > 1 && !night && (AWARD_NOUNS.test(appositionHead(last, sentence)?.lower ?? '') || namedAsAward(name, sentence) || hasTag(head, 'AwardHead') || head.text === 'trophy' || hasTag(first, 'AwardOpener') || name.some((t, k) => k > 0 && hasTag(t, 'AwardHead') && (name[k + 1]?.lower === 'in' || name[k + 1]?.lower === 'for')) || awardCategory(name)),
    quoted,
    ...(leader ? { leader } : {}),
    // ("held the X Cup aloft": held up, not hosted)
    lifted: TROPHY_WORDS.has(last.lower) && prev?.lower === 'the' && (TROPHY_VERBS.has(sentence.tokens[prev.i - 1]?.lower ?? '') || (/^(?:held|holds|hold|holding)$/.test(sentence.tokens[prev.i - 1]?.lower ?? '') && /^(?:aloft|up|high)$/.test(next?.lower ?? ''))),
    placeContext:
      !title.length &&
      !!prev &&
      !inQuotedTitle(sentence, first.start) &&
      (/^(in|near|outside|inside)$/.test(prev.lower) ||
        // ("the state prison at Velkor Heights": where a building is)
        (prev.lower === 'at' && /^(?:prison|jail|hospital|airport|base|camp|facility|plant|factory|port|station|school|college|university|centre|center)$/.test(sentence.tokens[prev.i - 1]?.lower ?? '')) ||
        // ("the Velkor rainforest", "the Tesk river": a natural feature in lower case after its name)
        naturalFeature(last, sentence) ||
        // ("the Velkor, Harlowshire-based company": a town before its state or country, in a "-based")
        basedIn(first, last, sentence) ||
        // ("a flight from Portmere to Velkorf", "from Velkorf to Portmere": the other end of a route from or to a
        // known place is a place)
        routeEnd(name, sentence) ||
        // ("a ceremony held at Velkor Marrow, Portmere", "at Tesk Yard in Portmere": what is at a name that a known
        // city or country follows is a venue, a place)
        venueIn(name, sentence) ||
        // ("travelled to Velkor", "flew into Tesk": where someone travels is a place)
        (/^(?:to|into)$/.test(prev.lower) && TRAVEL_VERBS.test(sentence.tokens[prev.i - 1]?.lower ?? '')) ||
        // ("a rally outside the Velkor", "the atmosphere inside the Tesk": what a crowd gathers outside or inside is
        // a building, a place)
        (prev.lower === 'the' && /^(?:outside|inside)$/.test(sentence.tokens[prev.i - 1]?.lower ?? '')) ||
        (/^(and|or)$/.test(prev.lower) &&
          isCapitalised(sentence.tokens[prev.i - 1] ?? prev) &&
          /^(in|near|outside)$/.test(sentence.tokens[prev.i - 2]?.lower ?? '')) ||
        // "of eastern Harbourland", "Ruritania's Harbourland", "Portmere's Lower Quay": a region by its compass
        // point, its country or its city
        (/^(?:north|south|east|west)(?:ern|-eastern|-western)?$|^central$/.test(prev.lower) && spaced(prev)) ||
        (prev.possessive && spaced(prev) && (countryName(prev.text) !== undefined || hasTag(prev, 'Country', 'City', 'Region', 'Place')) && !leaderOfCountryListed(name, sentence)) ||
        inPlaceList(name, sentence)),
  };
  // "the Sagaing region", "Tesk province", "the Sajja North mosque": the place's name with its kind after it, in
  // lower case, is another form of it
  const kind = sentence.tokens[last.i + 1];
  // (and a body's with the kind of body: "West Mercia police said", "taken to Royal Shrewsbury hospital")
  const placeKind = (evidence.placeTag || evidence.placeContext || evidence.siteTag) && !!kind && (PLACE_KINDS.has(kind.lower) || PLACE_NOUNS.has(kind.lower) || SITE_HEADS.has(kind.lower) || NATURAL_FEATURES.has(kind.lower));
  const bodyKind = (evidence.bodyTag || evidence.orgTag) && !!kind && /^(?:police|hospital|university|council|court|ministry|party)$/.test(kind.text);
  // (and an award's with the kind of honour: "the Golden Tesk award")
  const awardKind = evidence.awardTag && !!kind && AWARD_NOUNS.test(kind.text);
  // ("the Pacific island nation": a kind that describes the noun after it is that noun's, not the name's)
  const describing = !!kind && /^(?:nation|kingdom|country|state|republic|territory|archipelago)$/.test(sentence.tokens[kind.i + 1]?.lower ?? '') && /^\s+$/.test(kind.post);
  const withKind = (placeKind || bodyKind || awardKind) && !describing && /^\s+$/.test(last.post) && /^\p{Ll}+$/u.test(kind!.text) && !/s$/.test(kind!.lower) && !last.possessive ? [`${text} ${kind!.text}`] : [];
  // ("the Zemblan peninsula": a people's word names no place, the whole does; a sea's name is a name: "the
  // Caribbean coast" is on the Caribbean)
  const whole = placeKind && withKind.length && name.length === 1 && (isDemonym(text) || (DEMONYM_SHAPE.test(text) && countryName(text) === undefined && !knownPlace(text) && !SEAS.has(first.lower))) && SITE_HEADS.has(kind!.lower);
  return {
    tokens: whole ? [...name, kind!] : name,
    text: whole ? withKind[0]! : text,
    norm: normalizeName(whole ? withKind[0]! : text),
    sentence: s,
    start: first.start,
    end: whole ? kind!.end : last.end,
    ...(stated ? { role: stated, roleTokens } : {}),
    ...(acronym ? { acronym: acronym.replace(/\./g, '') } : {}),
    ...(withKind.length && !whole ? { aliases: withKind } : {}),
    evidence,
  };
}

/**
 * "the Harbour National Party Vice chairman", "the Tesk Council Deputy head": a capitalised word that qualifies an
 * office, before the office written in lower case, is the office's ("Vice chairman"), not part of the name.
 */
function officeQualifierOff(tokens: Token[], sentence: Sentence): Token[] {
  const last = tokens[tokens.length - 1]!;
  const office = sentence.tokens[last.i + 1];
  const qualifier = /^(?:Deputy|Vice|Acting|Interim|Assistant)$/.test(last.text) || (hasTag(last, 'TitleModifier') && !hasTag(last, 'RoleHead'));
  return tokens.length > 1 && qualifier && office && /^\p{Ll}/u.test(office.text) && hasTag(office, 'RoleHead') && /^\s+$/.test(last.post) ? tokens.slice(0, -1) : tokens;
}

/**
 * "when Mediterranean storm Daniel pounded the coast", "the storm named “Daniel”": a storm's word in lower case
 * before one capitalised word (or "named" and the word) names the storm: "Storm Daniel".
 */
function stormBefore(name: Token[], sentence: Sentence): Token | undefined {
  if (name.length !== 1 || !isCapitalised(name[0]!)) return undefined;
  let k = name[0]!.i - 1;
  if (sentence.tokens[k]?.lower === 'named') k--;
  const word = sentence.tokens[k];
  return word && /^\p{Ll}/u.test(word.text) && hasTag(word, 'StormWord') && !/[,;:]/.test(word.post) ? word : undefined;
}

/** "House of Commons", "the US House of Representatives": a house of a parliament, by its words. */
function houseIn(name: Token[]): boolean {
  const h = name.findIndex((t) => t.lower === 'house');
  return h >= 0 && name.length > h + 2 && houseOf(name.slice(0, h + 1), name[h + 1]!);
}

function agreementKindAfter(name: Token[], sentence: Sentence, text: string): boolean {
  const last = name[name.length - 1]!;
  const next = sentence.tokens[last.i + 1];
  if (!next || !/^\s+$/.test(last.post) || last.possessive || !/^(?:agreement|accord|treaty|pact)$/.test(next.text)) return false;
  return !name.some((t) => hasTag(t, 'FirstName', 'Honorific', 'Person', ...PLACE_TAGS) || countryName(t.text) !== undefined) && !knownPlace(text) && countryName(text) === undefined;
}

/**
 * "the 66th Annual Velkor Awards", "at the Velkor Awards": the night its awards are given, an event (the awards
 * themselves are named in the singular: "a Velkor Award").
 */
function awardsNight(name: Token[], sentence: Sentence): boolean {
  if (name.length < 2 || name.at(-1)!.text !== 'Awards') return false;
  if (/^\d+(?:st|nd|rd|th)$/.test(name[0]!.lower) || name.some((t) => t.lower === 'annual')) return true;
  const the = sentence.tokens[name[0]!.i - 1];
  return the?.lower === 'the' && sentence.tokens[the.i - 1]?.lower === 'at';
}

/** "Best New Artist", "Men’s Coach of the Year": an award's category, named in capitals (see categories.ts). */
const awardCategory = (name: Token[]): boolean =>
  (name[0]!.text === 'Best' && name.length > 1) || (name.length > 3 && name.at(-1)!.text === 'Year' && name.at(-2)!.lower === 'the' && name.at(-3)!.lower === 'of');

/**
 * "spoke with Zemblan leader Ana Lind and Ruritania's Tor Velk": a full name after a country's possessive, listed
 * after "and" with a person's name, is that country's person, not a place in it.
 */
function leaderOfCountryListed(name: Token[], sentence: Sentence): boolean {
  const toks = sentence.tokens;
  const owner = toks[name[0]!.i - 1];
  const and = toks[name[0]!.i - 2];
  const other = toks[name[0]!.i - 3];
  return name.length > 1 && !!owner?.possessive && countryName(owner.text) !== undefined && /^(?:and|or)$/.test(and?.lower ?? '') && hasTag(other, 'Person', 'LastName') && !name.some((t) => hasTag(t, 'Place', 'Organization', 'OrgHead', 'SiteHead'));
}

/** "Ana Lind, a trader in Portmere, told the paper": the speech verb after a description set off by commas. */
function speaksAfterApposition(last: Token, sentence: Sentence): boolean {
  const toks = sentence.tokens;
  if (!/^,\s+$/.test(last.post) || !/^(?:a|an)$/.test(toks[last.i + 1]?.lower ?? '')) return false;
  // (an apposition may name where one works: "an expert in quakes at the Tesk Meteorological Office, told")
  for (let k = last.i + 2; k < toks.length && k <= last.i + 14; k++) {
    if (/,/.test(toks[k]!.post)) return hasTag(toks[k + 1], 'SpeechVerb');
    if (/[;:()"“”]/.test(toks[k]!.post)) return false;
  }
  return false;
}

/**
 * "Ana Lind, 27, Ivo Marr, 47, and …": a name of two or three words with an age after it, between commas (or
 * before a dash, a bracket or "and"), is a person's.
 */
function agedAfter(name: Token[], sentence: Sentence): boolean {
  const last = name[name.length - 1]!;
  const age = sentence.tokens[last.i + 1];
  if (name.length < 2 || name.length > 3 || !/^,\s+$/.test(last.post) || !age || !/^\d{1,3}$/.test(age.text) || Number(age.text) > 110) return false;
  if (!/^\s*(?:,|—|–|\)|$)/.test(age.post) || name.some((t) => hasTag(t, ...PLACE_TAGS, 'OrgHead', 'Organization'))) return false;
  // (a team's or a product's words are the dictionary's: "Velkor United, 3, Tesk Rovers, 1" is a score)
  if (name.some((t) => lexiconTags(t.lower).some((tag) => tag !== 'FirstName' && tag !== 'LastName' && tag !== 'Person' && !/Name$/.test(tag)))) return false;
  // (and a given name, or a list of two names or more with their ages)
  const ages = sentence.tokens.filter((t, k) => /^\d{1,3}$/.test(t.text) && /^,\s+$/.test(sentence.tokens[k - 1]?.post ?? '') && isCapitalised(sentence.tokens[k - 1] ?? t)).length;
  return hasTag(name[0], 'FirstName') || ages >= 2;
}

/**
 * "Ana Lind, who left Tesk Bank for Velkor Partners, said": a name that ends a clause opened by ", who" (or
 * "which", "whose") is no speaker; the one before the clause is.
 */
function closesRelativeClause(first: Token, sentence: Sentence): boolean {
  for (let j = first.i - 1; j > 0; j--) {
    const t = sentence.tokens[j]!;
    if (/^(?:who|which|whose)$/.test(t.lower)) return /,\s*$/.test(sentence.tokens[j - 1]!.post);
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

const NO_EVIDENCE: Candidate['evidence'] = { role: false, speech: false, personTag: false, plural: false, placeTag: false, siteTag: false, listedWithOrg: false, listedWithPerson: false, amongPeople: false, bodyTag: false, orgTag: false, eventTag: false, agreementTag: false, awardTag: false, quoted: false, lifted: false, placeContext: false };

/** A candidate made by a rule from `tokens` (written `text`, from the first token's start to the last's end) with one tag as its evidence. */
const madeCandidate = (tokens: Token[], text: string, s: number, tag: 'orgTag' | 'placeTag' | 'eventTag'): Candidate => ({
  tokens,
  text,
  norm: normalizeName(text),
  sentence: s,
  start: tokens[0]!.start,
  end: tokens.at(-1)!.end,
  evidence: { ...NO_EVIDENCE, [tag]: true },
});

/**
 * "UEFA President Aleksander Ceferin", "Bayern captain Joshua Kimmich", "Central Bank of Ruritania Governor X":
 * the capitalised words of a role before its office name an organisation.
 */
const isRoleHeadWord = (t: Token): boolean => hasTag(t, 'RoleHead') || ROLE_HEADS.has(t.lower);

/** Adjectives that open the names of bodies ("Federal Reserve", "Central Bank", "National Guard"). */
const NAME_ADJECTIVES = /^(?:federal|national|central|royal|supreme|international|general|united|democratic|republican|socialist|liberal|conservative|popular)$/;

/** Officers of a company: "CEO of X" names a company. */
/** "Co" of "Co-Founder": the prefix joined by a hyphen to the office after it. */
const coPrefix = (t: Token): boolean => t.lower === 'co' && /^[-‐]$/.test(t.post);
const CORPORATE_OFFICES = /^(?:ceo|cfo|coo|cto|founder|co-founder|cofounder)$/;

/**
 * "The Tesk CEO, the world's wealthiest person, said …": a company's name and an office with no name after
 * it describe someone the sentence does not name; the name is the company's, never a person's.
 */
function employerOfUnnamed(run: Run, s: number, sentence: Sentence): Candidate | undefined {
  const words = run.tokens;
  const office = words[words.length - 1]!;
  if (words.length < 2 || !CORPORATE_OFFICES.test(office.lower) || office.possessive) return undefined;
  const before = sentence.tokens[words[0]!.i - 1];
  const after = sentence.tokens[office.i + 1];
  if (!/^(?:the|its|their)$/i.test(before?.text ?? '') || (after && isCapitalised(after) && !/[,;:]/.test(office.post))) return undefined;
  const org = words.slice(0, -1);
  if (!org.every(isCapitalised) || hasTag(org[0], 'FirstName') || org.some((t) => t.possessive)) return undefined;
  const text = nameText(sentence, org[0]!, org[org.length - 1]!);
  if (isDemonym(text) || countryName(text) !== undefined) return undefined;
  return madeCandidate(org, text, s, 'orgTag');
}

function organizationInRole(
  c: Candidate,
  s: number,
  sentence: Sentence,
  seen: Candidate[],
  dateline: string,
  midSentence: ReadonlySet<string>,
): Candidate | undefined {
  const words = c.roleTokens ?? [];
  // "Ana Varl, whose son Tavi Varl": a relative's role names whose relative, a person, never a body
  if (c.role?.kin) return undefined;
  // "former Christian Democrat Ana Lind": a party's member is what she is, not a body's office
  if (words.length && PARTY_MEMBERS.has(words[words.length - 1]!.lower)) return undefined;
  // "Four-time Ostrel d'Or winner Ana Lind": what a winner won is a prize or a contest, no body
  if (words.length && /^(?:winner|winners|laureate|champion|medallist|medalist|nominee|runner-up)$/.test(words[words.length - 1]!.lower)) return undefined;
  let end = words.length;
  const titleWord = (t: Token) => hasTag(t, 'RoleHead') || coPrefix(t) || hasTag(t, 'TitleModifier') || hasTag(t, 'Honorific', 'Style') || (hasTag(t, 'Pronoun') && hasTag(words[t.i - (words[0]?.i ?? 0) + 1], 'Style')) || (/^(royal|imperial|serene)$/.test(t.lower) && hasTag(words[t.i - (words[0]?.i ?? 0) + 1], 'Style'));
  while (end > 0 && (titleWord(words[end - 1]!) || !isCapitalised(words[end - 1]!))) end--;
  // "Portmere Department of Transportation Secretary": a body's domain after "of" is the body's, though its word
  // may also qualify an office ("Transportation Secretary")
  if (end > 0 && hasTag(words[end - 1], 'OrgHead') && /^(?:of|for)$/.test(words[end]?.lower ?? '')) {
    let j = end + 1;
    while (j < words.length - 1 && isCapitalised(words[j]!) && !hasTag(words[j], 'RoleHead')) j++;
    if (j > end + 1) end = j;
  }
  // "Ruritania country director for Lantern Watch": a lowercase word inside is no name's; only capitalised
  // words after it could be (here "for Lantern Watch" opens with a connector: none, the run names that body)
  let start = 0;
  if (words[0] && isCapitalised(words[0])) for (let k = 0; k < end; k++) if (!isCapitalised(words[k]!) && !NAME_CONNECTORS.has(words[k]!.lower)) start = k + 1;
  // "the L.A.-based artist": a word that describes by a name is no body's
  while (start < end && describesByName(words[start]!.text)) start++;
  // "Former Portmere police officer": a word that dates the office, capitalised to open a sentence, is no name's
  // ("Opposition Tesk Party leader": nor is a word for the body's leanings)
  if (/^(?:former|ex|then|late)$/i.test(words[start]?.text ?? '') || (LEANINGS.has(words[start]?.lower ?? '') && end - start > 2)) start++;
  // "Jailed Zemblan rights activist X": a word capitalised only because it opens the sentence, and not a name's
  // word anywhere else in the article, is no body's
  // ("Federal Reserve Chairman X" opening a sentence: a word that bodies' names open with stays)
  // (nor a conjunction that opens it: "But Zembla defender Ana Lind"; a preposition may open a body's name:
  // "Beyond Tesk")
  else if (words[start]?.i === 0 && (hasTag(words[start], 'Adjective', 'Verb', 'Adverb') || lexiconTags(words[start]!.lower).includes('Conjunction')) && !midSentence.has(words[start]!.lower) && !NAME_ADJECTIVES.test(words[start]!.lower)) start++;
  // "the Kestrel's South America editor": the owner in the possessive is the organisation, not the region after it
  const owner = words.findIndex((t, k) => k >= start && k < end - 1 && t.possessive);
  if (owner >= 0 && words.slice(owner + 1, end).every((t) => hasTag(t, 'Place') || knownPlace(t.text))) end = owner + 1;
  // "Lind's Velkor United teammate": a person's possessive before the body is whose colleague, not the body's name
  const whose = words.findIndex((t, k) => k >= start && k < end - 1 && t.possessive);
  // (a teammate or a colleague is a person's, whatever the dictionary knows of the name)
  const fellow = /^(?:teammate|team-mate|colleague|clubmate|compatriot)$/.test(words[words.length - 1]?.lower ?? '');
  // (nor is one named with a given name: "Ana Lind's official Velkorat account")
  const given = whose > start && hasTag(words[start], 'FirstName') && words.slice(start, whose + 1).every(isCapitalised);
  if (whose >= start && (given || words.slice(start, whose + 1).every((t) => (fellow || hasTag(t, 'Person', 'FirstName', 'LastName')) && !hasTag(t, 'Organization', ...PLACE_TAGS)))) start = whose + 1;
  // "Zembla's KSB security service colonel": a country's possessive before the body says whose it is, no word of its name
  else if (whose >= start && whose === start && countryName(words[whose]!.text) !== undefined) start = whose + 1;
  const org = words.slice(start, end);
  // "Ana Lind's official": the owner named with a given name is a person
  if (org.length > 1 && org[org.length - 1]!.possessive && hasTag(org[0], 'FirstName') && org.every(isCapitalised)) return undefined;
  // "President Ana Lind's economic adviser": the owner is the titled person the sentence names, not a body
  let named = 0;
  while (named < org.length - 1 && titleWord(org[named]!)) named++;
  if (named > 0 && seen.some((x) => x.start === org[named]!.start && x.end === org[org.length - 1]!.end)) return undefined;
  // "Portmere police officer": the body is the town's police, which has no name; the town is no body
  const after = words[end];
  if (after && /^(?:police|army|navy|military|fire|government|authorities)$/.test(after.text)) return undefined;
  // "the President of Zembla, Ana Ruiz": an office and its domain, no body's name, unless the domain's own
  // words say it is a body ("Governor of the Bank of Ruritania"); the domain is left to its own evidence
  if (org.length > 2 && titleWord(org[0]!) && NAME_CONNECTORS.has(org[1]!.lower)) {
    const domain = org.slice(2).filter((t) => !NAME_CONNECTORS.has(t.lower));
    const text = domain.map((t) => t.text).join(' ');
    // "CEO of Tesk Digital": a company's officer names a company, unless the domain is a place
    const company = org.length === domain.length + 2 && CORPORATE_OFFICES.test(org[0]!.lower) && !knownPlace(text) && countryName(text) === undefined && !domain.every((t) => hasTag(t, ...PLACE_TAGS));
    if (company) {
      const named = seen.find((x) => x.start === domain[0]!.start && x.end === domain[domain.length - 1]!.end);
      if (named) named.evidence.orgTag = true;
      else if (!seen.some((x) => x.start <= domain[0]!.start && x.end >= domain[domain.length - 1]!.end)) {
        return madeCandidate(domain, text, s, 'orgTag');
      }
      return undefined;
    }
    if (!domain.some((t) => hasTag(t, 'OrgHead')) && !knownOrganization(text)) return undefined;
  }
  // "the Temporary Speaker of the Grand Assembly of Zembla": the body is the domain after the office, not the office
  let office = -1;
  for (let k = 0; k < org.length - 2; k++) if ((isRoleHeadWord(org[k]!) || (k > 0 && titleWord(org[k]!) && isRoleHeadWord(org[k - 1]!))) && NAME_CONNECTORS.has(org[k + 1]!.lower)) office = k;
  if (office >= 0) {
    let d = office + 1;
    while (d < org.length && NAME_CONNECTORS.has(org[d]!.lower)) d++;
    // only a body the sentence already names there: an office's domain is otherwise left to its own evidence
    const domain = org.slice(d);
    const named = domain.length > 0 && seen.find((x) => x.start === domain[0]!.start && x.end === domain[domain.length - 1]!.end);
    // (a place is where the office is, not a body: "the deputy mayor of Portmere")
    const text = domain.map((t) => t.text).join(' ');
    if (named && !knownPlace(text) && countryName(text) === undefined && !domain.every((t) => hasTag(t, 'Place'))) named.evidence.orgTag = true;
    return undefined;
  }
  if (!org.length || !isCapitalised(org[0]!)) return undefined;
  // "Police Minister Ana Lind", "Cabinet Secretary": a portfolio's generic word is no body's name
  if (org.length === 1 && GENERIC_ALONE.has(org[0]!.lower)) return undefined;
  // "Zembla Prime Minister Ana Lind": a country written in a title is a place of the story too
  const whole = nameText(sentence, org[0]!, org[org.length - 1]!);
  if (countryName(whole) !== undefined && !isDemonym(whole) && !seen.some((x) => x.start <= org[0]!.start && x.end >= org[org.length - 1]!.end)) {
    return madeCandidate(org, whole, s, 'placeTag');
  }
  if (isDemonym(whole) || org.every((t) => hasTag(t, 'Demonym', 'Place') || DEMONYM_SHAPE.test(t.text) || FOLLOWER_SHAPE.test(t.text) || titleWord(t) || knownPlace(t.text))) return undefined;
  if (!org.some((t) => hasTag(t, 'ProperNoun', 'Acronym', 'Organization') || midSentence.has(t.lower))) return undefined;
  const first = org[0]!;
  const last = org[org.length - 1]!;
  const same = seen.find((x) => x.start === first.start && x.end === last.end);
  // "Ruritania's King X" when the owner is a country: the country, not a body
  // ("Velkor's mayor Ana Lind", "Velkor Mayor Ana Lind": a mayor's is a town; "Velkor Gov. Ana Lind": a governor's
  // is a province or a state, unless a body's word says whose ("Tesk Central Bank Governor Ana Lind")
  // ("Ambassador to Zembla, Ana Lind,": where an envoy is sent is a place; not a body's acronym of three letters
  // or more or a body the tagger knows: "KRB Governor", "Ambassador to KLMA"; a state's code is a place: "ZM Gov.")
  const mayBePlace = !org.some((t) => hasTag(t, 'OrgHead') || /^\p{Lu}{3,}$/u.test(t.text)) && !knownOrganization(nameText(sentence, first, last));
  const governed = mayBePlace && words.slice(end).some((t) => PLACE_OFFICES.has(t.lower));
  const sentTo = mayBePlace && words[start - 1]?.lower === 'to' && ENVOYS.has(words[start - 2]?.lower ?? '');
  const country = countryName(nameText(sentence, first, last)) !== undefined || governed || sentTo || words.slice(end).some((t) => /^mayor(?:ess)?$/i.test(t.text));
  if (same && same.norm !== normalizeName(dateline)) {
    if (country) same.evidence.placeTag = true;
    else same.evidence.orgTag = true;
    return undefined;
  }
  if (seen.some((x) => x.start <= first.start && x.end >= last.end)) return undefined;
  const text = nameText(sentence, first, last);
  if (normalizeName(text) === normalizeName(dateline)) return undefined; // "Madrid coach" in a story filed from MADRID
  // "KLX9 President X": the office of a numbered event (a conference's president), not of a body
  const event = org.length === 1 && EVENT_CODE.test(text);
  return {
    tokens: org,
    text,
    norm: normalizeName(text),
    sentence: s,
    start: first.start,
    end: last.end,
    evidence: { ...NO_EVIDENCE, placeTag: country, orgTag: !event && !country, eventTag: event },
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
/**
 * "in Kestrel-3 Mission", "put Kestrel-3 craft into orbit": a name joined by a hyphen to a number is a numbered
 * designation (a craft, a model, a variant), whole or not at all: cut off before its number, its word alone
 * was taken for a place.
 */
/**
 * "the Kestrel-3 mission", "Kestrel-3 landed on the moon", "the landing of Kestrel-3": a numbered designation
 * told as a mission is that mission, an event.
 */
function missionCandidate(run: Run, s: number, sentence: Sentence): Candidate | undefined {
  if (run.tokens.length !== 1) return undefined;
  const first = run.tokens[0]!;
  const number = sentence.tokens[first.i + 1]!;
  const after = sentence.tokens[number.i + 1];
  const before = sentence.tokens.slice(Math.max(0, first.i - 2), first.i).map((t) => t.lower).join(' ');
  const told =
    (after && /^\s+$/.test(number.post) && (/^(?:mission|landing|launch)$/.test(after.text) || MISSION_VERBS.test(after.lower))) ||
    /(?:^| )(?:landing|launch|success) of$/.test(before);
  if (!told) return undefined;
  const text = nameText(sentence, first, number);
  return madeCandidate([first, number], text, s, 'eventTag');
}
const MISSION_VERBS = /^(?:landed|lands|launched|launches|lifted|blasted|touched|orbited|reached)$/;

function numbered(run: Run, sentence: Sentence): boolean {
  const last = run.tokens[run.tokens.length - 1]!;
  const next = sentence.tokens[last.i + 1];
  return !!next && /^\d+$/.test(next.text) && /^[-‐–]$/u.test(last.post + next.pre);
}

export function namedSeason(name: Token[], sentence: Sentence): boolean {
  if (name.length < 2 || !SEASON_NAME.test(name[name.length - 1]!.text)) return false;
  if (sentence.tokens[name[0]!.i - 1]?.lower !== 'the') return false;
  return incidentNoun(sentence.tokens[name[name.length - 1]!.i + 1]);
}

const SEASON_NAME = /^(Spring|Summer|Autumn|Winter)$/;

/** A lower-case incident noun, singular or plural ("protests", "revolts"). */
export const incidentNoun = (t: Token | undefined): boolean =>
  !!t && /^\p{Ll}+$/u.test(t.text) && (hasTag(t, 'Incident') || INCIDENTS.has(t.lower.replace(/s$/, '')));

/** Words compromise or the gazetteer know as a place, together or each ("New Mexico", "Oklahoma"). */
const isPlaceName = (words: Token[]): boolean => {
  const text = words.map((t) => t.text).join(' ');
  return countryName(text) !== undefined || knownPlace(text) || words.every((t) => hasTag(t, ...PLACE_TAGS));
};

/**
 * "her book “A Harbour Built in Tides: The Quiet Towns That Rise in Storms”": words inside a quoted title (four
 * words or more, most capitalised) are the title's; "in Tides" there says nothing about a place.
 */
function inQuotedTitle(sentence: Sentence, offset: number): boolean {
  const at = offset - sentence.start;
  for (const m of sentence.text.matchAll(/[“"]([^“”"]{10,200})[”"]/gu)) {
    if (at < m.index! || at > m.index! + m[0].length) continue;
    const words = m[1]!.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
  }
  return false;
}

/**
 * '"Zone of Tesk,"', "Anatomy of a Velkor": words of a work's title, which are no names of their own. A title is
 * a short quoted span whose words are all capitalised but for small ones ("of", "a", "the"), the name a part of
 * it (a whole quoted name is judged as quoted); or, unquoted, a capitalised word, "of a" or "of an", and a
 * capitalised word, which names of bodies and places do not have.
 */
function inWorkTitle(name: Token[], sentence: Sentence): boolean {
  const first = name[0]!;
  const last = name[name.length - 1]!;
  const at = first.start - sentence.start;
  for (const m of sentence.text.matchAll(/[“"]([^“”"]{3,80})[”"]/gu)) {
    const from = m.index! + 1;
    const to = from + m[1]!.length;
    if (at < from || at >= to) continue;
    const words = m[1]!.replace(/[,.!?]+$/u, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const whole = first.start - sentence.start === from && last.end - sentence.start >= to - 2;
    return !whole && words.length >= 2 && words.length <= 12 && words.every((w) => /^\p{Lu}/u.test(w) || MINOR_WORDS.has(w.toLowerCase()));
  }
  // (unquoted, only one plain word on each side: "John Smith of a Portmere-based think tank", "the CEO of a
  // Velkor hedge fund" are a person and a place)
  const plain = (t: Token | undefined) => !!t && isCapitalised(t) && !hasTag(t, 'Person', 'FirstName', 'LastName', 'RoleHead', 'Honorific', ...PLACE_TAGS) && !isAcronym(t.text) && !knownPlace(t.text) && countryName(t.text) === undefined;
  if (name.length !== 1) return false;
  const of = sentence.tokens[last.i + 1];
  const a = sentence.tokens[last.i + 2];
  const next = sentence.tokens[last.i + 3];
  // (or the last word of one: "Fall" after "Anatomy of a")
  const article = sentence.tokens[first.i - 1];
  const head = sentence.tokens[first.i - 3];
  const after = !!article && /^(?:a|an)$/.test(article.lower) && sentence.tokens[first.i - 2]?.lower === 'of' && plain(head) && plain(first) && !isCapitalised(sentence.tokens[first.i + 1] ?? article);
  const before = of?.lower === 'of' && !!a && /^(?:a|an)$/.test(a.lower) && plain(first) && plain(next) && !isCapitalised(sentence.tokens[last.i + 4] ?? a) && !isCapitalised(sentence.tokens[first.i - 1] ?? a);
  return before || after;
}

/**
 * "stars Ana Lind, Oro Vantek, Ilse Marrow and Jehn Bett": a name of two or three words in a list of three or
 * more such names, others of which open with a given name, is a person's too.
 */
function inPeopleList(name: Token[], sentence: Sentence): boolean {
  if (name.length < 2 || name.length > 3 || name.some((t) => hasTag(t, 'OrgHead', 'Place', 'Organization', 'SiteHead', 'EventHead'))) return false;
  const { items } = namesListed(sentence.tokens, name[0]!);
  const own = items.find((i) => i[0] === name[0]);
  if (items.length < 3 || !own || items.some((i) => i.length < 2 || i.length > 3)) return false;
  return items.filter((i) => i !== own && hasTag(i[0], 'FirstName')).length >= 2;
}

/**
 * "Tavo Brenn, Oru Tesk and other leading officials", "Lind, Varl and other ministers": every name of a list that
 * ends with "and other" people of an office is a person's.
 */
function listedWithOthers(name: Token[], sentence: Sentence): boolean {
  if (name.length > 3 || name.some((t) => hasTag(t, 'OrgHead', 'Place', 'Organization', 'SiteHead', 'EventHead'))) return false;
  const toks = sentence.tokens;
  const { items } = namesListed(toks, name[0]!);
  const last = items.at(-1)?.at(-1);
  if (items.length < 2 || !last || !items.some((i) => i[0] === name[0]) || items.some((i) => i.length > 3)) return false;
  if (toks[last.i + 1]?.lower !== 'and' || toks[last.i + 2]?.lower !== 'other') return false;
  for (let k = last.i + 3; k < Math.min(toks.length, last.i + 6); k++) {
    const t = toks[k]!;
    if (/s$/.test(t.lower) && (ROLE_HEADS.has(t.lower.slice(0, -1)) || hasTag(t, 'RoleHead'))) return true;
    if (isCapitalised(t) || !/^\s+$/.test(toks[k - 1]!.post)) return false;
  }
  return false;
}

/**
 * "mainly in Tesk, Ostrel, Velkor, Portmere and Oslo": every name of a list of three or more after "in" is
 * where, as the first is ("in Tesk").
 */
function inPlaceList(name: Token[], sentence: Sentence): boolean {
  const { opener, items } = namesListed(sentence.tokens, name[0]!);
  if (/^(in|across)$/.test(opener?.lower ?? '') && items[0]?.[0] !== name[0] && items.length >= 3) return true;
  // "neighbouring Zembla, Velkoria, Tesk and Ostrelia": a name among three or more countries is a place too
  const others = items.filter((item) => item[0] !== name[0]);
  return name.length === 1 && !hasTag(name[0], 'FirstName', 'Person', 'Plural') && items.length >= 4 && others.length === items.length - 1 && others.every((item) => item.length <= 3 && countryName(nameText(sentence, item[0]!, item.at(-1)!)) !== undefined);
}

/**
 * The list of capitalised names (split by commas and "and"/"or") that `at` stands in, from its first name, and
 * the word before the list.
 */
function namesListed(toks: Token[], at: Token): { opener: Token | undefined; items: Token[][] } {
  let k = at.i;
  while (k > 0 && (isCapitalised(toks[k - 1]!) || /^(and|or)$/.test(toks[k - 1]!.lower))) k--;
  const items: Token[][] = [];
  let current: Token[] = [];
  for (let m = k; m < toks.length; m++) {
    const t = toks[m]!;
    if (/^(and|or)$/.test(t.lower)) continue;
    if (!isCapitalised(t)) break;
    current.push(t);
    const joins = /^(and|or)$/.test(toks[m + 1]?.lower ?? '');
    if (!/^\s+$/.test(t.post) || joins) {
      items.push(current);
      current = [];
      if (!/^,\s*$/.test(t.post) && !joins) break;
    }
  }
  if (current.length) items.push(current);
  return { opener: toks[k - 1], items };
}

/** A name in apposition to the noun before it ("the capital, Kirrin, was"): no given name, and no verb right after it. */
function appositive(name: Token[], sentence: Sentence): boolean {
  const last = name[name.length - 1]!;
  const next = sentence.tokens[last.i + 1];
  return !hasTag(name[0], 'FirstName') && !(next && /^\s+$/.test(last.post) && (hasTag(next, 'Verb') || SPEECH_VERBS.has(next.lower)));
}

/** "the regional capital of Brimhollow", "the town of Quenby": a kind of place, lower case, and "of" before it. */
function kindOfPlaceBefore(name: Token[], sentence: Sentence): boolean {
  const toks = sentence.tokens;
  let k = name[0]!.i - 1;
  // "the ash-covered capital Velmaro", "Tesk's capital, Kirrin": a capital named right after its word (not money:
  // "venture capital Harlow")
  const word = toks[k];
  // (after a comma, a given name or a verb right after the name makes it the subject of what follows: "in the
  // capital, Ana Lind said")
  // (so is a city, a town, a province: "Zembla's second largest city, Tesk.")
  // (the name then closes the apposition: "In the city, Ivo Marr and his supporters rallied" names no city)
  const closes = /^[,.;]/.test(name.at(-1)!.post) && !name.at(-1)!.possessive;
  if (word && (word.lower === 'capital' || (PLACE_KINDS.has(word.lower) && word.post.includes(',') && closes)) && !isCapitalised(word) && /^,?\s+$/.test(word.post) && !MONEY_CAPITAL.test(toks[k - 1]?.lower ?? '')) return !word.post.includes(',') || appositive(name, sentence);
  // "the cities of al-Kessa, Tarn, al-Mora and Vell": back over the list before the name to its kind
  for (let steps = 0; k > 0 && toks[k]!.lower !== 'of' && steps < 12; steps++, k--) {
    const t = toks[k]!;
    if (!/^(and|or)$/.test(t.lower) && !/^,\s*$|^[-‐]$/u.test(t.post) && !/\p{Lu}/u.test(t.text)) return false;
  }
  const of = toks[k];
  const kind = of && toks[of.i - 1];
  if (!kind || of.lower !== 'of' || !spaced(of) || !spaced(kind) || isCapitalised(kind)) return false;
  // ("the quake's epicentre of Tesk": where a quake or a storm is centred is a place)
  // (not a figurative centre of something someone owns: "the epicentre of Tesk Pharma's crisis")
  const epicentre = /^(?:epicenter|epicentre)$/.test(kind.lower) && !name.at(-1)!.possessive && !name.some((t) => hasTag(t, 'FirstName', 'Person', 'Honorific'));
  return PLACE_KINDS.has(kind.lower) || PLACE_KINDS.has(kind.lower.replace(/ies$/, 'y').replace(/s$/, '')) || epicentre;
}

/**
 * "in Tesk and Varo provinces", "the Portmere area", "her Ostrel residence in Zembla": a name (or a list of
 * names) before a lower-case word for a kind of place that ends its phrase is that kind of place.
 */
function kindOfPlaceAfter(name: Token[], sentence: Sentence): boolean {
  const toks = sentence.tokens;
  let k = name[name.length - 1]!.i;
  if (!/^\s+$/.test(toks[k]!.post)) return false;
  k++;
  for (let steps = 0; k < toks.length && steps < 12 && (isCapitalised(toks[k]!) || /^(and|or)$/.test(toks[k]!.lower)); steps++) {
    if (/[;:.()"“”]/.test(toks[k]!.post)) return false;
    k++;
  }
  const kind = toks[k];
  const after = toks[k + 1];
  // a kind in the plural closes a list ("Tesk and Varo provinces"); after one name it describes ("Communist cities")
  const listed = toks.slice(name[name.length - 1]!.i + 1, k).some((t) => /^(and|or)$/.test(t.lower));
  if (kind && /s$/.test(kind.lower) && !listed) return false;
  if (!kind || !/^\p{Ll}+$/u.test(kind.text) || !(PLACE_KINDS.has(kind.lower) || PLACE_KINDS.has(kind.lower.replace(/ies$/, 'y').replace(/s$/, '')) || PLACE_NOUNS.has(kind.lower))) return false;
  // "the Portmere city council": a kind of place that describes another noun is no place's kind
  return !after || /[,;:.()]/.test(kind.post) || (hasTag(after, 'Preposition', 'Verb', 'Conjunction', 'Adverb') && !hasTag(after, 'Noun'));
}

/** Words before "capital" that make it money, not a city. */
const MONEY_CAPITAL = /^(?:venture|private|working|share|human|political|risk|growth|equity|seed|raise|raised|raising|fresh|new)$/;

/** Lower-case words after a name that make it a place ("the Portmere area", "her Tesk residence"). */
const PLACE_NOUNS = new Set(['area', 'areas', 'region', 'regions', 'residence', 'estate', 'provinces', 'counties', 'districts', 'states']);

/**
 * "to Portmere, Alaska.", "in Lund, Sweden,": a name written with a state or country after a comma is a town
 * in it (not after a given name: "Ana Lind, Texas's envoy" is a person).
 */
function townOfRegion(name: Token[], sentence: Sentence): boolean {
  const last = name[name.length - 1]!;
  const region = sentence.tokens[last.i + 1];
  // ("at Kitty Hawk, North Carolina": after "at", "in" or "near", a given name opens a town's name too)
  const at = /^(?:at|in|near)$/.test(sentence.tokens[name[0]!.i - 1]?.lower ?? '');
  if (!region || !/^,\s*$/.test(last.post) || !isCapitalised(region) || region.possessive || name.some((t) => hasTag(t, 'Honorific') || (!at && hasTag(t, 'FirstName')))) return false;
  // (a region of two words: "North Carolina", "New South Wales")
  const second = sentence.tokens[region.i + 1];
  const pair = second && /^\s+$/.test(region.post) && isCapitalised(second) && !second.possessive ? `${region.text} ${second.text}` : undefined;
  const whole = pair && (countryName(pair) !== undefined || (knownPlace(pair) && hasTag(second, 'Region', 'Country', 'Place'))) ? second! : undefined;
  if (!whole && !(hasTag(region, 'Region', 'Country') || countryName(region.text) !== undefined)) return false;
  const end = whole ?? region;
  return !sentence.tokens[end.i + 1] || /^\s*[,.;:)]/.test(end.post);
}

/** "Tony Abbott": a given name and a surname the dictionary also knows as a company's ("Abbott") is a person's name. */
export const givenNameAndSurname = (name: Token[]): boolean =>
  (name.length === 2 || (name.length === 3 && hasTag(name[1], 'Person', 'FirstName', 'LastName') && !hasTag(name[1], 'Organization', 'Place'))) &&
  // ("Abdel Hamid Dbeibah’s government": two of a person's names before a third the tagger read as the body's)
  hasTag(name[0], 'FirstName') && !hasTag(name[0], 'Organization') && !hasTag(name[name.length - 1], 'OrgHead', 'CompanySuffix', 'Place', 'BodyNoun');

/** Heads of bodies' names that are also common surnames. */
const SURNAME_HEADS = new Set(['court', 'hall', 'house', 'church', 'banks', 'field', 'wood', 'park', 'hill', 'street', 'chambers']);

/**
 * "Zembla's Ana Court", "Tavi Hall's record": a given name and a body's head word that is also a common
 * surname, with no "the" before it, is a person's name ("the Ana Court" would be a building's).
 */
const surnameHead = (name: Token[], prev: Token | undefined): boolean =>
  name.length === 2 && hasTag(name[0], 'FirstName') && !hasTag(name[0], 'Organization', 'Place') && SURNAME_HEADS.has(name[1]!.lower) && prev?.lower !== 'the';

/** A name alone between quotation marks, ending with its own punctuation or none ('"Velkor!"', '"Portmere"'). */
const quotedTitle = (first: Token, last: Token): boolean => /[“"‘]$/.test(first.pre) && /^[!?]?[”"’]/.test(last.post);

/** "under the previous Tesk administration": the name before a lower-case "administration" or "presidency" is its leader's. */
function leaderOfAdministration(name: Token[], sentence: Sentence): boolean {
  const last = name.at(-1)!;
  const next = sentence.tokens[last.i + 1];
  if (!next || !/^(?:administration|presidency)$/.test(next.text) || !/^\s+$/.test(last.post) || last.possessive) return false;
  const text = name.map((t) => t.text).join(' ');
  // (the tagger may read the name as the body's: only its dictionary's bodies and places are not leaders)
  return name.length <= 3 && !name.some((t) => hasTag(t, 'OrgHead', 'SiteHead', ...PLACE_TAGS)) && !knownPlace(text) && !knownOrganization(text) && countryName(text) === undefined && !isDemonym(text);
}

/** "Ivo Marsh of the National Democratic Congress": a name of two words before its party (whatever the tagger made of it) is a person's. */
function partyMember(name: Token[], sentence: Sentence): boolean {
  const toks = sentence.tokens;
  const last = name.at(-1)!;
  // (two words, a hyphen joining a third: "Ana Lind-Varo", "Ko Wen-je")
  const words = name.length - name.slice(1).filter((t, k) => hyphenJoined(name[k]!, t)).length;
  if (words !== 2 || name.length > 3 || name.some((t) => hasTag(t, 'OrgHead', 'SiteHead') || knownPlace(t.text) || countryName(t.text) !== undefined)) return false;
  if (toks[last.i + 1]?.lower !== 'of' || toks[last.i + 2]?.lower !== 'the') return false;
  let k = last.i + 3;
  while (toks[k + 1] && isCapitalised(toks[k + 1]!) && /^\s+$/.test(toks[k]!.post + toks[k + 1]!.pre)) k++;
  return k > last.i + 3 && !!toks[k] && isCapitalised(toks[k]!) && PARTY_HEADS.test(toks[k]!.text);
}
const PARTY_HEADS = /^(?:Party|Congress|Convention|Alliance|Front|Movement|League)$/;

/**
 * "the National Democratic Congress (NDC)", "the People's Convention party": a congress or convention named
 * with its initials in brackets, or before "party", is a party, not a gathering; so is one that holds a gathering
 * or has members ("the Tesk Union Congress conference", "Velkor Congress leaders").
 */
const partyCongress = (name: Token[], acronym: string | undefined, next: Token | undefined): boolean =>
  name.length > 1 && /^(?:congress|convention)$/.test(name.at(-1)!.lower) && (initialsInBrackets(name, acronym) || /^(?:party|parties|conference|meeting|summit|leader|leaders|members|delegates|chief|spokesman|spokeswoman|spokesperson)$/i.test(next?.text ?? ''));

/** "US Congress", "Ruritanian Assembly": a country's congress or assembly is its legislature, not a meeting. */
const legislature = (name: Token[]): boolean =>
  // ("Congress" alone, capitalised, is the legislature; a party's congress is told with the party's name)
  (name.length === 1 && name[0]!.text === 'Congress') ||
  (name.length > 1 &&
    /^(congress|assembly)$/.test(name[name.length - 1]!.lower) &&
    name.slice(0, -1).every((t) => countryName(t.text) !== undefined || hasTag(t, 'Country')));

/**
 * "Marine Le Pen", "Ana van Tesk": a name of three or more words with a surname's particle inside, written with a
 * capital ("Le", "Van") or after a given name, is a person's (not a body's, "Banco de Portmere", nor a known
 * place's, "Ciudad del Este").
 */
function particleName(name: Token[], text: string): boolean {
  if (name.length < 3 || knownPlace(text) || name.some((t) => hasTag(t, 'OrgHead', 'SiteHead', 'EventHead', 'Place', 'Organization'))) return false;
  return name.some((t, k) => k > 0 && k < name.length - 1 && PERSON_PARTICLES.test(t.lower) && (isCapitalised(t) || hasTag(name[0], 'FirstName')) && isCapitalised(name[k + 1]!));
}

const PERSON_PARTICLES = /^(?:le|la|de|du|van|von|der|den|da|di|del|dos|ter)$/;

/**
 * "the Golden Velk, the award given to …", "the Silver Oar -- the league's top award": the head noun of what is
 * said of a name right after it, between a comma or a dash and the end of the phrase.
 */
function appositionHead(last: Token, sentence: Sentence): Token | undefined {
  const toks = sentence.tokens;
  const opener = toks[last.i + 1];
  if (!opener || last.possessive || !/^\s*(?:,|--|—|–)\s*$/.test(last.post) || !/^(?:the|a|an)$/.test(opener.lower)) return undefined;
  let head: Token | undefined;
  for (let k = opener.i + 1; k < toks.length && k < opener.i + 7; k++) {
    const t = toks[k]!;
    // ("X, a news website the committee said …": a clause after the head, with no "that", opens with its article)
    if (hasTag(t, 'Verb', 'Preposition', 'QuestionWord', 'Conjunction', 'Determiner') && head) return head;
    if (hasTag(t, 'Noun') && !isCapitalised(t)) head = t;
    if (/[,;:.()—–"“”]/.test(t.post)) return head;
  }
  return head;
}

/** "the Velkor rainforest": the word after the name, in lower case, is a natural feature. */
function naturalFeature(last: Token, sentence: Sentence): boolean {
  const next = sentence.tokens[last.i + 1];
  return !!next && spaced(last) && !last.possessive && /^\p{Ll}+$/u.test(next.text) && NATURAL_FEATURES.has(next.lower);
}

/** "the Velkor, Zembla-based firm": the name before a comma and a place joined to "based" is the town the firm is in. */
function basedIn(first: Token, last: Token, sentence: Sentence): boolean {
  const region = sentence.tokens[last.i + 1];
  const based = region && sentence.tokens[region.i + 1];
  if (!region || !based || !/^,\s+$/.test(last.post) || !/^[-‐]$/u.test(region.post) || based.lower !== 'based') return false;
  // (after "the": "Velko, Zembla-based maker of chips" names the maker)
  if (sentence.tokens[first.i - 1]?.lower !== 'the') return false;
  return isCapitalised(region) && (hasTag(region, ...PLACE_TAGS) || knownPlace(region.text) || countryName(region.text) !== undefined);
}

/**
 * "Velkor winger Ana Lind", "Tesk Rovers striker Ivo Marsh": the club named before a player's position and name
 * (a country's side is told as the country: "the Harlowland goalkeeper Ana Lind").
 */
function clubBeforePlayer(name: Token[], sentence: Sentence): boolean {
  const last = name[name.length - 1]!;
  if (name.length === 1 && (countryName(last.text) !== undefined || lexiconTags(last.text).includes('Country'))) return false;
  const position = sentence.tokens[last.i + 1];
  const player = sentence.tokens[last.i + 2];
  return !!position && !!player && spaced(last) && !last.possessive && PLAYER_POSITIONS.has(position.lower) && !isCapitalised(position) && spaced(position) && isCapitalised(player) && !hasTag(name[0], 'FirstName', 'Honorific');
}

const AWARD_NOUNS = /^(?:award|prize|trophy|medal|honour|honor)$/;
const WON_THE = /^(?:won|wins|win|winning|claimed|claims|scooped|bagged|collected|clinched)$/;
const GIVEN = /^(?:awarded|given|presented|handed)$/;

/**
 * A name said to be a prize by what is said of it: "the Golden Boot award" (the kind written after it), "Golden
 * Ball was awarded to Ana Lind", "Golden Glove is given to the best goalkeeper", and "won the Golden Boot" when
 * nothing in the name says it is anything else (no head of a body, event or site; no person, place or body).
 */
function namedAsAward(name: Token[], sentence: Sentence): boolean {
  const toks = sentence.tokens;
  const first = name[0]!;
  const last = name[name.length - 1]!;
  const after = toks[last.i + 1];
  if (hasTag(first, 'FirstName', 'Honorific') || last.possessive) return false;
  if (after && /^\s+$/.test(last.post) && !isCapitalised(after) && /^(?:award|prize|trophy|medal)$/.test(after.lower)) return true;
  // "was awarded to", "is given to", "will be presented to"
  let k = last.i + 1;
  if (toks[k]?.lower === 'will' && toks[k + 1]?.lower === 'be') k += 2;
  else if (/^(?:is|was|were|are)$/.test(toks[k]?.lower ?? '')) k += 1;
  else k = -1;
  if (k > 0 && GIVEN.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'to') return true;
  const the = toks[first.i - 1];
  const verb = toks[first.i - 2];
  return (
    the?.lower === 'the' &&
    WON_THE.test(verb?.lower ?? '') &&
    !name.some((t) => hasTag(t, 'OrgHead', 'EventHead', 'SiteHead', 'AgreementHead', 'Place', 'Organization', 'Person') || /^\d+$/.test(t.text)) &&
    !(after && /^\s+$/.test(last.post) && !isCapitalised(after) && hasTag(after, 'Noun') && !hasTag(after, 'Pronoun', 'Date'))
  );
}
/** "at Velkor Foods, a convenience store": what a business is said to be. */
/** "X, a news website", "X, an online newspaper": what a medium is, as an apposition's head. */
const MEDIUM_HEADS = /^(?:website|newspaper|broadcaster|magazine|tabloid|outlet|portal)$/;
const SHOP_NOUNS = /^(?:store|shop|supermarket|restaurant|cafe|chain|retailer|brand|bakery|pharmacy|grocer|grocery|startup|start-up)$/;

/**
 * "at the Velkors on Sunday night", "at the Tesk Awards ceremony": a capitalised plural after "at the", told with a
 * day, is a night of awards or a games, an event (not a known place, a party's members or a people).
 */
function pluralNight(name: Token[], sentence: Sentence): boolean {
  const word = name[name.length - 1]!;
  const toks = sentence.tokens;
  if (name.length !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(word.text) || word.possessive || toks[word.i - 1]?.lower !== 'the' || toks[word.i - 2]?.lower !== 'at') return false;
  if (knownPlace(word.text) || countryName(word.text) !== undefined || isDemonym(word.text) || PARTY_MEMBERS.has(word.lower.replace(/s$/, '')) || hasTag(word, 'Demonym', 'Organization', ...PLACE_TAGS)) return false;
  const after = toks.slice(word.i + 1, word.i + 4);
  return /^\s+$/.test(word.post) && after.some((t) => hasTag(t, 'Date') || t.lower === 'ceremony');
}

/** Compass words that open a region's name. */
const COMPASS = /^(?:North|South|East|West|Middle|Far|Near|Central|Eastern|Western|Northern|Southern|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West)$/;

/** The planets (the Earth aside, which news names as the world, not a place it reports from). */
const PLANETS = /^(?:Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto)$/;

/** A month's name or its abbreviation: "Nov", "Sept", "December". */
const MONTH_WORD = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?$/i;

/** An airline's crafts and services (a ship or a jet is as often named by its model or its own name). */
const OPERATED = /^(?:plane|airplane|airliner|flight)$/;

/**
 * "A Velkorwings plane crashed", "a Tesk Air flight": a name before a craft or a flight of one, and no place's or
 * people's, is the company that operates it.
 */
function operatorOfCraft(name: Token[], sentence: Sentence): boolean {
  const next = sentence.tokens[name[name.length - 1]!.i + 1];
  // (a rocket, a capsule or a helicopter is named by its model: "a Velka-M rocket")
  if (!next || !OPERATED.test(next.lower) || name.length > 3 || !/^\s+$/.test(name[name.length - 1]!.post) || name.some((t) => /\d|-\p{Lu}+$/u.test(t.text))) return false;
  const text = name.map((t) => t.text).join(' ');
  return !name.some((t) => hasTag(t, ...PLACE_TAGS, 'Person', 'FirstName', 'Demonym', 'Date')) && !knownPlace(text) && countryName(text) === undefined && !isDemonym(name[0]!.text) && !WEEKDAY_WORDS.has(name[0]!.lower);
}

/** Words for a company's place in a group of companies. */
const GROUP_PARTS = /^(?:subsidiary|affiliate|division|airline|company|firm|conglomerate)$/;

/**
 * "Velkorwings is the low-cost subsidiary of Tesk Air": a name told as a company of a group, and the group it is
 * "of", are companies.
 */
function companyOfGroup(name: Token[], sentence: Sentence): boolean {
  const of = sentence.tokens[name[0]!.i - 1];
  const person = name.some((w) => hasTag(w, 'Person', 'FirstName', ...PLACE_TAGS));
  if (of?.lower === 'of' && /^(?:subsidiary|subsidiaries|affiliate|division)$/.test(sentence.tokens[of.i - 1]?.lower ?? '')) return !person;
  const is = sentence.tokens[name[name.length - 1]!.i + 1];
  const article = sentence.tokens[name[name.length - 1]!.i + 2];
  if (!is || !/^(?:is|was)$/.test(is.lower) || !article || !/^(?:a|an|the)$/.test(article.lower)) return false;
  for (let k = article.i + 1; k < sentence.tokens.length && k <= article.i + 4; k++) {
    const t = sentence.tokens[k]!;
    // ("a company town": the word as an adjective describes something else)
    const after = sentence.tokens[k + 1];
    if (GROUP_PARTS.test(t.lower)) return (!after || /[,.;:]/.test(t.post) || /^(?:of|that|which|based|owned|for|in|with|and)$/.test(after.lower)) && !person;
    if (!/^[\p{Ll}-]+$/u.test(t.text)) return false;
  }
  return false;
}

/** "as UK Prime Minister", "the Zembla Foreign Minister": the country that leads an office with no holder named. */
function countryOfOffice(title: Token[], s: number, sentence: Sentence): Candidate | undefined {
  const k = title[0]?.lower === 'the' ? 1 : 0;
  for (let n = Math.min(3, title.length - k - 1); n >= 1; n--) {
    const words = title.slice(k, k + n);
    const text = nameText(sentence, words[0]!, words[n - 1]!);
    if (countryName(text) === undefined || !words.every(isCapitalised) || !hasTag(title[title.length - 1], 'RoleHead')) continue;
    return { tokens: words, text, norm: normalizeName(text), sentence: s, start: words[0]!.start, end: words[n - 1]!.end, evidence: { ...NO_EVIDENCE, placeTag: true } };
  }
  return undefined;
}

/** "in the French Alps": only people's words split off a name of one capitalised word or two, after "in the" (or across, into…). */
function peoplesRegion(title: Token[], name: Token[], sentence: Sentence): boolean {
  if (!title.length || !name.length || name.length > 2 || !title.every((t) => isDemonym(t.text)) || !name.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  if (name.some((t) => hasTag(t, 'Person', 'FirstName', 'Honorific', 'RoleHead', 'OrgHead', 'EventHead'))) return false;
  // (a range, a coast, a region: a name in the plural, a natural feature's word, or one the dictionary places; not a
  // league or a bank, "in the Velkor Bundesliga")
  const last = name[name.length - 1]!;
  if (!(/s$/.test(last.text) || NATURAL_FEATURES.has(last.lower) || PLACE_KINDS.has(last.lower) || hasTag(last, ...PLACE_TAGS))) return false;
  const the = sentence.tokens[title[0]!.i - 1];
  return the?.lower === 'the' && /^(?:in|across|into|through|over|near|from|to|throughout|around)$/.test(sentence.tokens[the.i - 1]?.lower ?? '');
}

/** Words of being cared for, taken to or visiting the sick. */
const CARE_WORDS = /^(?:treated|treating|taken|admitted|airlifted|rushed|died|transported|transferred|hospitalised|hospitalized|discharged|visiting|visited|wounded|injured|patients|recovering)$/;

/**
 * "treated at Velkor Hospital", "taken to the Tesk Clinic": a hospital where someone is, or is taken, is a place (one
 * that speaks, "Velkor Hospital said", stays a body).
 */
function whereTreated(name: Token[], sentence: Sentence): boolean {
  if (!/^(?:Hospital|Clinic|Infirmary)$/.test(name[name.length - 1]!.text)) return false;
  let before = sentence.tokens[name[0]!.i - 1];
  if (before?.lower === 'the') before = sentence.tokens[before.i - 1];
  // (with a word of care or of being taken there in the sentence: "researchers at Velkor Clinic" are its staff)
  return !!before && /^(?:at|in|to|from|outside|into|near|visiting|visited|visit|visits)$/.test(before.lower) && sentence.tokens.some((t) => CARE_WORDS.test(t.lower));
}

/** Members of a group of countries or of a body, written after its initials ("KLMA countries"). */
const MEMBER_NOUNS = /^(?:countries|nations|members|states|economies|allies|governments)$/;

const lowercaseBody = (t: Token | undefined): boolean => !!t && hasTag(t, 'BodyNoun') && !isCapitalised(t);
const spaced = (a: Token) => /^\s+$/.test(a.post);

/**
 * An acronym that heads an office ("the VSF president", "a KLMA vice-president"), stands in brackets after a
 * body described in lower case ("the Veltrian soccer federation (VSF)") or is who is told ("told ZNA") is the
 * body's name. A word that is itself a title ("CEO", "MP") is not.
 */
function acronymOfBody(name: Token[], sentence: Sentence): boolean {
  const word = name[0]!;
  if (name.length !== 1 || !isAcronym(word.text) || hasTag(word, 'RoleHead')) return false;
  const toks = sentence.tokens;
  const next = toks[word.i + 1];
  if (next && /^[\s-]+$/.test(word.post) && !isCapitalised(next)) {
    const office = hasTag(next, 'TitleModifier') && !hasTag(next, 'RoleHead') && /^[\s-]+$/.test(next.post) ? toks[next.i + 1] : next;
    if (office && hasTag(office, 'RoleHead') && !isCapitalised(office)) return true;
    // "among KLMA countries", "the VSF union": a kind of body, or its members, after the initials
    if (/^\s+$/.test(word.post) && (hasTag(next, 'OrgHead', 'BodyNoun') || MEMBER_NOUNS.test(next.lower))) return true;
  }
  const prev = toks[word.i - 1];
  // "Ana Varl of the hard-left KLMA": the body a named person is "of", by its initials
  let of = word.i - 1;
  while (of > 0 && of >= word.i - 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[of]!.text) && !hasTag(toks[of], 'Determiner', 'Verb', 'Preposition', 'Conjunction')) of--;
  const member = toks[of - 2];
  if (toks[of]?.lower === 'the' && toks[of - 1]?.lower === 'of' && member && isCapitalised(member) && hasTag(member, 'Person', 'FirstName', 'LastName')) return true;
  // "told ZNA by telephone", "according to ZNA": who is told, or the source, named by initials, is a body
  // (a person is not named by initials alone)
  if (prev && (/^(?:told|tells|telling)$/.test(prev.lower) || (prev.lower === 'to' && toks[word.i - 2]?.lower === 'according')) && /^\s+$/.test(prev.post)) return true;
  return !!prev && /^\s*\(\s*$/.test(prev.post + word.pre) && /^\s*\)/.test(word.post) && !isCapitalised(prev) && hasTag(prev, 'OrgHead', 'BodyNoun');
}

/**
 * "the Kremlin said", "according to Sputnik,": one capitalised word the dictionary knows as no name of a person or
 * a place, who speaks after "the" or is quoted as a source, is a body (a person is not "the
 * X", and is named in full before being quoted by the surname, which links to the full name first).
 */
function speakingBody(name: Token[], sentence: Sentence): boolean {
  const word = name[0]!;
  if (name.length !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || word.possessive) return false;
  if (hasTag(word, 'Person', 'FirstName', 'LastName', 'Honorific', 'RoleHead', 'Plural', 'Demonym', ...PLACE_TAGS) || isDemonym(word.text)) return false;
  if (knownPlace(word.text) || countryName(word.text) !== undefined || GENERIC_ALONE.has(word.lower)) return false;
  const toks = sentence.tokens;
  const prev = toks[word.i - 1];
  const next = toks[word.i + 1];
  if (!prev || !/^\s+$/.test(prev.post)) return false;
  if (prev.lower === 'the' && next && hasTag(next, 'SpeechVerb') && /^\s+$/.test(word.post)) return true;
  // "told the Velkorat", "reports the Velkorat", "writing for the Velkorat": who is told, who reports, or what
  // someone writes for, after "the", is a body (a person is no "the X")
  const verb = toks[word.i - 2];
  // (not a word that describes the noun after it: "told the Velkor crowd")
  const alone = !next || /[,.;:]/.test(word.post) || !hasTag(next, 'Noun') || hasTag(next, 'Pronoun') || isCapitalised(next);
  if (alone && prev.lower === 'the' && verb && /^(?:told|tells|telling|reports|reported|reporting)$/.test(verb.lower)) return true;
  if (alone && prev.lower === 'the' && verb?.lower === 'for' && /^(?:writing|writes|wrote|written|works|worked|working)$/.test(toks[word.i - 3]?.lower ?? '')) return true;
  // (who is told may be a person named by the surname alone: "Dylan told Danius")
  return prev.lower === 'to' && toks[word.i - 2]?.lower === 'according' && (!next || /^[,.;]/.test(word.post));
}

/**
 * "X is one of 15 systematically important banks", "X, one of the country's largest lenders,": one of a kind of
 * body (a body noun, a company's trade, or "banks") is a body.
 */
/** "payments to Tesko and other smartphone makers", "Velkor and other banks": one of the bodies the plural names. */
function andOtherBodies(last: Token, toks: Token[]): boolean {
  if (toks[last.i + 1]?.lower !== 'and' || toks[last.i + 2]?.lower !== 'other' || last.possessive) return false;
  for (let j = last.i + 3; j < toks.length && j < last.i + 6; j++) {
    const t = toks[j]!;
    if (isCapitalised(t)) return false;
    if (hasTag(t, 'Noun') && /s$/.test(t.lower) && (!toks[j + 1] || !hasTag(toks[j + 1], 'Noun') || /[,;:.()—–]/.test(t.post))) {
      const one = t.lower.replace(/ies$/, 'y').replace(/s$/, '');
      return BODY_NOUNS.has(one) || COMPANY_NOUNS.has(one) || one === 'bank' || one === 'brand' || /maker$/.test(one);
    }
  }
  return false;
}

/**
 * "Velkor's Tesko said", "a unit of Velkor's Tesko Bank": a word in the possessive before a body the tagger
 * knows by that one word is the body that owns it, when the tagger knows it as no place or person ("Zembla's
 * Velkor Bank" is a town's or a country's bank)
 */
function ownerOfBody(name: Token[], toks: Token[]): boolean {
  const last = name[name.length - 1]!;
  const owned = toks[last.i + 1];
  // (the owned body one word the tagger knows as a body's name: "Velkor Bank" is a body for its last word only)
  if (name.length > 1 || !last.possessive || !owned || !isCapitalised(owned) || !hasTag(owned, 'Organization') || hasTag(owned, 'Place', 'Person', 'OrgHead')) return false;
  if (toks[owned.i + 1] && isCapitalised(toks[owned.i + 1]!) && /^\s+$/.test(owned.post)) return false;
  const text = name.map((t) => t.text).join(' ');
  return !name.some((t) => hasTag(t, 'Place', 'Person', 'FirstName', 'Honorific', 'RoleHead')) && countryName(text) === undefined && !knownPlace(text);
}

function oneOfBodies(last: Token, toks: Token[]): boolean {
  let k = last.i + 1;
  const apposition = /^,\s*$/.test(last.post);
  if (!apposition && !/^(?:is|was|remains|became)$/.test(toks[k]?.lower ?? '')) return false;
  if (!apposition) k++;
  if (toks[k]?.lower !== 'one' || toks[k + 1]?.lower !== 'of') return false;
  for (let j = k + 2; j < toks.length && j < k + 8; j++) {
    const t = toks[j]!;
    // (compromise may call "banks" singular)
    if (hasTag(t, 'Noun') && /s$/.test(t.lower) && !isCapitalised(t)) {
      const one = t.lower.replace(/ies$/, 'y').replace(/s$/, '');
      return BODY_NOUNS.has(one) || COMPANY_NOUNS.has(one) || one === 'bank';
    }
    if (/[,;:.()—–]/.test(t.post)) return false;
  }
  return false;
}

/** "shares" as the noun (a verb or the end of the clause after it: "X shares have surged", "X shares fell"). */
const marketNoun = (t: Token, after: Token | undefined): boolean =>
  hasTag(t, 'MarketNoun') && (!hasTag(t, 'Verb') || !after || /[,;:.)—–]/.test(t.post) || hasTag(after, 'Verb', 'Auxiliary', 'Adverb'));

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
  // "Velkor Games VLK.O", "Tesk (TSK.PA)": a name with its stock's exchange code is a company's
  if (next && isTicker(next.text) && !last.possessive) return true;
  if (spaced(last) && !last.possessive && next) {
    if (lowercaseBody(next)) return true;
    // "a Kestrels side which …", "the Velkor squad": a team ("the Zembla side of the border" is a side of a place)
    if (/^(?:team|squad|side)$/.test(next.text) && spaced(next) && toks[next.i + 1]?.lower !== 'of' && !name.some((t) => hasTag(t, 'FirstName', ...PLACE_TAGS) || knownPlace(t.text))) return true;
    // "a Harbour Line spokeswoman", "Lantern Power officials said": the body's people (not after a name with
    // a given name: "Ana Ruiz spokesman" is a person's)
    if (name.length > 1 && hasTag(next, 'StaffNoun') && !isCapitalised(next) && !name.some((t) => hasTag(t, 'FirstName'))) return true;
    // "the official Velkorat account", "his Tesknet page": a platform someone writes on is a body
    // ("on Ana Lind's Velkorat and Tesknet accounts": each of the two)
    const platform = next.lower === 'and' && isCapitalised(toks[next.i + 1] ?? next) && spaced(toks[next.i + 1] ?? next) ? toks[next.i + 2] : next;
    if (platform && /^(?:account|accounts|feed|page|channel|handle|profile|post|posts)$/.test(platform.text) && !name.some((t) => hasTag(t, 'FirstName', 'Honorific', 'Person', ...PLACE_TAGS))) return true;
    // "Kestrana shares rose", "Orbix stock fell": what is traded on a market is a company's (the noun, not the
    // verb of "Ana Ruiz shares her view")
    if (marketNoun(next, toks[next.i + 1]) && !isCapitalised(next) && !name.some((t) => hasTag(t, 'FirstName', 'Honorific'))) return true;
    if (hasTag(next, 'Adjective') && !isCapitalised(next) && spaced(next) && lowercaseBody(toks[next.i + 1])) return true;
    // "the Kestrel news agency", "the Tallow oil company": a field, then the kind of body
    if (hasTag(next, 'Noun') && !hasTag(next, 'Plural', 'Pronoun', 'RoleHead') && !isCapitalised(next) && spaced(next) && lowercaseBody(toks[next.i + 1])) return true;
  }
  const prev = toks[first.i - 1];
  if (prev && lowercaseBody(prev) && spaced(prev) && !prev.possessive) return true;
  // "hedge fund Velko Research", "crypto exchange TKX": a fund or an exchange of a kind, right before a name
  const kind = prev && toks[prev.i - 1];
  if (prev && kind && /^(?:fund|exchange)$/.test(prev.lower) && spaced(prev) && spaced(kind) && /^\p{Ll}+$/u.test(kind.text) && !hasTag(kind, 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb', 'Modal', 'Copula', 'Auxiliary') && !/^(?:to|in|the|a|an|and|or)$/.test(kind.lower) && !name.some((t) => hasTag(t, 'FirstName', 'Honorific'))) return true;
  // "chipmaker Kestrana", "NASA supplier Orbix": a company's trade right before a name without a given name
  if (prev && hasTag(prev, 'CompanyNoun') && (!isCapitalised(prev) || prev.i === 0) && spaced(prev) && !prev.possessive && !name.some((t) => hasTag(t, 'FirstName', 'Honorific'))) return true;
  // "the $19 billion acquisition of Tesko", "a stake in Velkor", "its merger with Ostrel": what is bought, merged
  // or held a stake in is a company (not a place: "a stake in Zembla's future" is a country's; not a quoted title:
  // 'the acquisition of "Star Saga" maker Velkor')
  const deal = toks[first.i - 2];
  if (prev && deal && /^\s+$/.test(deal.post) && spaced(prev) && ((prev.lower === 'of' && /^(?:acquisition|takeover|buyout|purchase)$/.test(deal.lower)) || (prev.lower === 'in' && /^(?:stake|stakes)$/.test(deal.lower)) || (prev.lower === 'with' && /^(?:merger|merge|merging)$/.test(deal.lower))) && !name.some((t) => hasTag(t, 'FirstName', 'Honorific', ...PLACE_TAGS)) && countryName(nameText(sentence, first, last)) === undefined && !knownPlace(nameText(sentence, first, last)) && !last.possessive && !/["“‘]/.test(first.pre)) return true;
  // "Minecraft developer Tesko", "broadcaster Velkor": a trade of firms and people alike before one word that is
  // no given name or surname the dictionary knows
  if (prev && name.length === 1 && SHARED_TRADES.has(prev.lower) && !isCapitalised(prev) && spaced(prev) && !prev.possessive && !hasTag(first, 'FirstName', 'LastName', 'Person', 'Honorific')) return true;
  // "the country's ruling Harbour Front": what rules is a party
  // (and so is the opposition's, of one word: "the main opposition Tesk candidate"; not "opposition Ivo Marr")
  if (prev && /^(ruling|governing)$/.test(prev.lower) && spaced(prev)) return true;
  if (prev && prev.text === 'opposition' && spaced(prev) && name.length === 1 && !name.some((t) => hasTag(t, 'FirstName', 'Honorific', 'Person', ...PLACE_TAGS))) return true;
  if (listedAfterBodies(first, toks) || ownedBodies(name, toks)) return true;
  if (oneOfBodies(last, toks) || andOtherBodies(last, toks) || ownerOfBody(name, toks)) return true;
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

/**
 * The index of the word before a list that ends with the name opening at `first`, back over the list's earlier
 * items: "companies such as Tesk, Varo and Ostrel" (Ostrel is one of them too); a possessive may end the list
 * there ("owns Ana Lind's house") when `possessiveEnds`.
 */
function beforeList(first: Token, toks: Token[], possessiveEnds = false): number {
  let k = first.i - 1;
  for (let n = 0; k > 0 && n < 16; n++) {
    const t = toks[k]!;
    const next = toks[k + 1]!;
    const item = isCapitalised(t) && !(possessiveEnds && t.possessive) && (/^,\s+$/.test(t.post) || (/^\s+$/.test(t.post) && (/^(and|or)$/.test(next.lower) || isCapitalised(next))));
    if (item || (/^(and|or)$/.test(t.lower) && /^\s+$/.test(t.post))) k--;
    else break;
  }
  return k;
}

/**
 * "the group Velkor, which owns Tesk, Ostrel, and Varo Dell", "Velkor owns Tesk": what is owned, one name or a list
 * of them, are bodies (not a place, nor a possessive: "owns Ana Lind's house").
 */
function ownedBodies(name: Token[], toks: Token[]): boolean {
  const last = name[name.length - 1]!;
  if (last.possessive || hasTag(name[0], ...PLACE_TAGS) || knownPlace(name.map((t) => t.text).join(' '))) return false;
  const k = beforeList(name[0]!, toks, true);
  const verb = toks[k];
  const owner = toks[k - 1];
  if (!verb || !owner || !/^(?:owns|owned|controls|controlled)$/.test(verb.lower) || !/^\s+$/.test(verb.post)) return false;
  // (the owner named, or "which", "who")
  return /^(?:which|that|who)$/.test(owner.lower) || (isCapitalised(owner) && /^\s+$/.test(owner.post));
}

/**
 * "armed groups in the north, including the Red Hand", "parties such as Harbour Front": a name in a list
 * that a plural noun for bodies opens is one of them.
 */
function listedAfterBodies(first: Token, toks: Token[]): boolean {
  let k = beforeList(first, toks);
  if (toks[k]?.lower === 'the') k--;
  const opener = toks[k];
  if (!opener) return false;
  let m: number;
  if (opener.lower === 'including') m = k - 1;
  else if (opener.lower === 'as' && toks[k - 1]?.lower === 'such') m = k - 2;
  else return false;
  // back over the clause that opens the list ("groups in the hills, including"), no further than its start
  for (let n = 0; m >= 0 && n < 6; m--, n++) {
    const t = toks[m]!;
    if (n > 0 && /[;:.()—–"“”]/.test(t.post)) return false;
    if (!isCapitalised(t) && hasTag(t, 'Plural') && BODY_NOUNS.has(t.lower.replace(/s$/, '').replace(/ie$/, 'y'))) return true;
    if (hasTag(t, 'Verb') && !hasTag(t, 'Adjective', 'Participle')) return false;
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

/**
 * Kinds of body written in lower case after a name that is no body's alone: "the Tesk committee". (A news agency
 * goes by its name alone: "the Varl news agency" is Varl.)
 */
const BODY_KINDS = /^(?:committee|agency|commission)$/;

/**
 * "the Norwegian Tesk committee", "the state-run Varl agency": a name that is no body's of its own, after "the" (or
 * a word that describes the body) and before a kind of body in lower case, names the body with it ("a Senate committee" is one of many; "the
 * Portmere committee" is a place's, unnamed; "the WHO committee" one of a named body's).
 */
function bodyKindAfter(name: Token[], sentence: Sentence): Token[] {
  const last = name[name.length - 1]!;
  const before = sentence.tokens[name[0]!.i - 1];
  const next = sentence.tokens[last.i + 1];
  if (!next || !spaced(last) || last.possessive || !(/^the$/i.test(before?.text ?? '') || hasTag(before, 'Adjective', 'Hyphenated'))) return [];
  if (!BODY_KINDS.test(next.text)) return [];
  const text = sentence.text.slice(name[0]!.start - sentence.start, last.end - sentence.start);
  if (name.some((t) => hasTag(t, 'OrgHead', 'Acronym')) || knownOrganization(text) || knownPlace(text) || countryName(text) !== undefined || name.every((t) => hasTag(t, ...PLACE_TAGS))) return [];
  return [next];
}

/** The tagger reads the word as an organisation's, and it is not a country's name ("the U.K. Flag": "U.K."). */
export const taggedOrganization = (t: Token): boolean => hasTag(t, 'Organization') && countryName(t.text) === undefined;

/** "the Harbour Cultural Centre", "Eastside Community Center": a building for a use, which is a place. */
const venue = (name: Token[]): boolean =>
  name.length > 2 && /^cent(?:re|er)$/.test(name[name.length - 1]!.lower) && VENUE_USES.has(name[name.length - 2]!.lower);

/** "from Portmere to Velkorf": a name at one end of a route whose other end is a place the dictionary knows. */
function venueIn(name: Token[], sentence: Sentence): boolean {
  const at = sentence.tokens[name[0]!.i - 1];
  // (what is held there: "an economist at Tesk Partners in Portmere" is a place of work, a body)
  if (at?.lower !== 'at' || !HELD_AT.test(sentence.tokens[at.i - 1]?.lower ?? '')) return false;
  const last = name[name.length - 1]!;
  const after = sentence.tokens[last.i + 1];
  const where = /^,\s+$/.test(last.post) ? after : after?.lower === 'in' && /^\s+$/.test(last.post) ? sentence.tokens[last.i + 2] : undefined;
  // (the city's one word, closing the clause: "at Velkor Marrow, Portmere, last night")
  const closes = where && /^[,.;]/.test(where.post);
  return !!where && !!closes && isCapitalised(where) && (knownPlace(where.text) || countryName(where.text) !== undefined) && !name.some((t) => hasTag(t, 'Person', 'FirstName', 'Honorific'));
}

/** Words for someone, as an apposition's head ("according to X, a disaster expert"). */
const PERSON_NOUNS = /^(?:expert|analyst|economist|professor|scientist|researcher|spokesperson|spokesman|spokeswoman|official|resident|witness|lawyer|historian|strategist|specialist|volcanologist|seismologist)$/;
const personNoun = (t: Token | undefined): boolean => !!t && (PERSON_NOUNS.test(t.lower) || hasTag(t, 'RoleHead'));

/** Words of something held somewhere, before "at" and a venue. */
const HELD_AT = /^(?:held|hosted|staged|place|ceremony|concert|gala|event|festival|exhibition|opened|married|buried|performed|played|unveiled)$/;

function routeEnd(name: Token[], sentence: Sentence): boolean {
  const prev = sentence.tokens[name[0]!.i - 1];
  if (prev?.lower === 'to') {
    // the word before "to" closes a known place that "from" opens
    let k = prev.i - 1;
    const end = k;
    while (k > 0 && isCapitalised(sentence.tokens[k]!) && end - k < 3) k--;
    if (sentence.tokens[k]?.lower !== 'from' || k === end) return false;
    const other = nameText(sentence, sentence.tokens[k + 1]!, sentence.tokens[end]!);
    return knownPlace(other) || countryName(other) !== undefined;
  }
  if (prev?.lower !== 'from') return false;
  const to = sentence.tokens[name[name.length - 1]!.i + 1];
  const first = sentence.tokens[name[name.length - 1]!.i + 2];
  if (to?.lower !== 'to' || !first || !isCapitalised(first)) return false;
  let k = first.i;
  while (sentence.tokens[k + 1] && isCapitalised(sentence.tokens[k + 1]!) && k - first.i < 2) k++;
  const other = nameText(sentence, first, sentence.tokens[k]!);
  return knownPlace(other) || countryName(other) !== undefined;
}

/** Verbs of travel: where they go "to" is a place. */
const TRAVEL_VERBS = /^(?:travelled|traveled|travelling|traveling|flew|fled|sailed|drove|journeyed|headed)$/;

/** "Joint Base Andrews", "Fort Velkor": a military site's word before its own capitalised name. */
const installation = (name: Token[]): boolean => name.some((t, k) => k < name.length - 1 && INSTALLATION_OPENERS.has(t.lower) && isCapitalised(t) && isCapitalised(name[k + 1]!));

/** "over RM42 million", "Z$400 billion": a currency's letters with an amount before a magnitude are money, no name. */
function moneyCode(tokens: Token[], sentence: Sentence): boolean {
  const last = tokens.at(-1)!;
  const next = sentence.tokens[last.i + 1];
  return tokens.length === 1 && EVENT_CODE.test(last.text) && !!next && /^\s+$/.test(last.post) && MAGNITUDES.test(next.lower);
}
const MAGNITUDES = /^(?:thousand|million|billion|trillion|bn|mn|crore|crores|lakh|lakhs)$/;

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
    evidence: { ...NO_EVIDENCE, placeTag: true },
  };
}

/**
 * "the VU Extraordinary Summit", "the 2031 TESK Harbour Cup": the body whose initials open the name of a summit, a
 * session or a cup, after its year or number, holds it and is a body of its own. A country's code ("US") opens a
 * country's event, not a body's.
 */
const HELD_BY_BODIES = /^(?:Summit|Session|Cup|Championships?|Assembly|Congress|Ministerial)$/;
function organiserInEventName(c: Candidate, s: number): Candidate | undefined {
  const words = c.tokens.filter((t) => !/^\d+(?:st|nd|rd|th)?$/.test(t.text) && !EVENT_ORDINAL.test(t.text));
  const first = words[0];
  if (!first || words.length < 2 || countryName(first.text) !== undefined || hasTag(first, 'Place', 'Country', 'Person')) return undefined;
  // (initials only, before what a body holds or runs: a summit, a session, a cup; "the AIDS Conference", "the
  // LGBTQ Games", "the JFK Memorial Race" are named after a cause or a person)
  if (!/^\p{Lu}{2,6}$/u.test(first.text) || COMMON_ACRONYMS.has(first.lower) || !HELD_BY_BODIES.test(words.at(-1)!.text)) return undefined;
  return madeCandidate([first], first.text, s, 'orgTag');
}

/**
 * "the Harbour Affairs Office of the Velkor State Council", "the Political Bureau of the Zembla Central Committee": a
 * body named as a part of another body, both with a body's word at the end, names that other body as well; the part
 * is also known by its own name without it.
 */
const STATE_WORDS = /^(?:Union|Federation|Confederation|Republic|Kingdom|Emirates|States|Commonwealth)$/;
function parentBody(c: Candidate, s: number, sentence: Sentence): Candidate | undefined {
  const toks = c.tokens;
  const of = toks.findIndex((t, k) => k >= 2 && t.lower === 'of' && toks[k + 1]?.lower === 'the');
  if (of < 0 || toks.length - of < 3 || !hasTag(toks[of - 1], 'OrgHead') || !hasTag(toks.at(-1), 'OrgHead')) return undefined;
  const parent = toks.slice(of + 2);
  // (a state is no body: "the Communist Party of the Velkor Union", "the Supreme Court of the Zembla Federation")
  if (!parent.every(isCapitalised) || parent.some((t) => t.lower === 'of') || STATE_WORDS.test(parent.at(-1)!.text)) return undefined;
  const first = parent[0]!;
  const last = parent.at(-1)!;
  const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
  const own = sentence.text.slice(toks[0]!.start - sentence.start, toks[of - 1]!.end - sentence.start);
  // (a part named by a generic name of its own, "Press Office", "Central Committee", keeps its whole name only)
  if (of >= 3) c.aliases = [...(c.aliases ?? []), own];
  return madeCandidate(parent, text, s, 'orgTag');
}

function role(tokens: Token[], sentence: number): Role | undefined {
  // "Mr", "Dr": a form of address, not a role
  if (tokens.every((t) => hasTag(t, 'Honorific') && !hasTag(t, 'RoleHead') && !KIN_NOUNS.has(t.lower))) return undefined;
  // "former envoy", "ex-minister": a role that is over, stated without its first word
  const ended = /^(former|ex|outgoing)$/.test(tokens.find((t) => !/^(the|a|an|his|her|their|its)$/.test(t.lower))?.lower ?? '');
  // "His Majesty King", "Her Royal Highness Princess": the style of address is no part of the office
  tokens = tokens.filter((t, k) => !hasTag(t, 'Style') && !((/^(royal|imperial|serene)$/.test(t.lower) || hasTag(t, 'Pronoun')) && hasTag(tokens[k + 1], 'Style')));
  if (!tokens.some((t) => /\p{L}/u.test(t.text) && !/^(the|a|an|his|her|their|its)$/.test(t.lower))) return undefined;
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
    // "in Physiology or Medicine": a second field joined by "or"
    const or = sentence.tokens[k + 1];
    const field = sentence.tokens[k + 2];
    if (or?.lower === 'or' && /^\s+$/.test(or.post) && field && isCapitalised(field) && !hasTag(field, 'Date')) {
      name.push(or);
      k++;
    }
  }
}

/**
 * "the New Social Contract (NSC)": a name of plain words followed by its initials in brackets is a body's (a
 * person's name is not written with its initials; a place's may be, and says so by its own words).
 */
/** The first letters of a name's capitalised words, connectors left out ("Bank of Zembla" → "BZ"). */
const initialsOf = (name: Token[]): string => name.filter((t) => !NAME_CONNECTORS.has(t.lower) && isCapitalised(t)).map((t) => t.text[0]).join('');

/** Whether the letters of `short` appear in `long` in order ("CPTPP" in "CPATPP"). */
function inOrder(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/** Initials written as a word, as some papers write them ("Zsra"). */
const INITIALS_AS_WORD = /^[A-Z][a-z]{2,5}$/;

/** "the Zembla Space Research Agency (Zsra)": the name's initials written as a word. */
function initialsAsWord(name: Token[], word: string): boolean {
  return INITIALS_AS_WORD.test(word) && name.length >= 3 && initialsOf(name) === word.toUpperCase();
}

function initialsInBrackets(name: Token[], acronym: string | undefined): boolean {
  // (a place's name is no body's, but a body's name may open with its country: "Zembla Tesk Party (ZTP)")
  const placeOpens = hasTag(name[0], ...PLACE_TAGS) && name.slice(1).every((t) => !hasTag(t, ...PLACE_TAGS)) && !knownPlace(name.map((t) => t.text).join(' '));
  if (!acronym || name.length < 2 || name.some((t) => hasTag(t, 'FirstName', 'Honorific')) || (!placeOpens && name.some((t) => hasTag(t, ...PLACE_TAGS))) || /^(?:Area|Zone|Region)$/.test(name[name.length - 1]!.text)) return false;
  // ("the Zembla Space Research Agency (Zsra)": initials written as a word)
  return initialsOf(name) === (INITIALS_AS_WORD.test(acronym) ? acronym.toUpperCase() : acronym.replace(/[^A-Z]/g, ''));
}

/**
 * "Air Zembla", "Bank Velkoria": a common noun the dictionary knows, then a country's name and nothing more, is a
 * body named after its country (an airline, a central bank, a national team), not the country.
 */
function nounBeforeCountry(name: Token[], sentence: Sentence): boolean {
  const [first, ...rest] = name;
  if (!first || !rest.length || rest.length > 3 || !isCapitalised(first)) return false;
  const tags = lexiconTags(first.lower);
  return tags.includes('Singular') && !tags.includes('Adjective') && countryName(nameText(sentence, rest[0]!, rest.at(-1)!)) !== undefined;
}

/**
 * "of the Velkormintang (VMT)": one long word after "the" with capitals in brackets after it that are its own letters
 * in order, the first its first, is a body's name shortened (a person's surname is not written with letters of its own).
 */
function lettersInBrackets(name: Token[], acronym: string | undefined, prev: Token | undefined): boolean {
  const word = name[0]!;
  // (after "the": "Bitcoin (BTC) rose", "the drug Velkoprazole (VPZ)" are a coin and a drug)
  if (!acronym || name.length !== 1 || word.text.length < 6 || !/^\p{Lu}{2,5}$/u.test(acronym) || prev?.lower !== 'the' || hasTag(word, 'FirstName', 'LastName', 'Person', ...PLACE_TAGS)) return false;
  return acronym[0] === word.text[0] && inOrder(acronym.slice(1), word.text.slice(1).toUpperCase());
}

/**
 * One word that names a body by its kind: a party's members in the plural ("Democrats", "Tories"), or a
 * legislature ("Congress", "Parliament"). (A word written with a capital inside, "VarroDash", is as often a
 * product or a pun as a company: no evidence.)
 */
function bodyWord(name: Token[]): boolean {
  if (name.length !== 1) return false;
  const text = name[0]!.text;
  const plural = /ies$/i.test(text) ? `${text.slice(0, -3).toLowerCase()}y` : /s$/i.test(text) ? text.slice(0, -1).toLowerCase() : undefined;
  return (!!plural && PARTY_MEMBERS.has(plural)) || /^(?:Congress|Parliament)$/.test(text);
}

/** Titles alone, demonyms, weekdays and months, pronouns: never entities. */
/** A site's name written as its address: one word, a dot, a top-level domain. */
const WEB_NAME = /^[\p{L}\p{N}-]+\.(?:com|net|org|io|info|news|co\.uk|org\.uk)$/iu;

/** "Deputy Infrastructure and Transport Minister X": an office's words before "and" and the rest of the office name no one. */
function sharedPortfolio(sentence: Sentence, name: Token[]): boolean {
  if (!name.every((t) => hasTag(t, 'TitleModifier') && !hasTag(t, 'FirstName', 'LastName', 'Person'))) return false;
  const and = sentence.tokens[name[name.length - 1]!.i + 1];
  if (and?.lower !== 'and' || !/^\s+$/.test(name[name.length - 1]!.post)) return false;
  let m = and.i + 1;
  while (sentence.tokens[m] && isCapitalised(sentence.tokens[m]!) && hasTag(sentence.tokens[m], 'TitleModifier') && !hasTag(sentence.tokens[m], 'RoleHead')) m++;
  return m > and.i + 1 && !!sentence.tokens[m] && isCapitalised(sentence.tokens[m]!) && hasTag(sentence.tokens[m], 'RoleHead');
}

/**
 * "once used by the country's Chief Justices": an office's plural after its title's word is many holders, no
 * one's name ("a center in Queens" is a place's).
 */
function officeHolders(sentence: Sentence, name: Token[]): boolean {
  const t = name[0]!;
  const before = sentence.tokens[t.i - 1];
  const office = /s$/.test(t.lower) && (ROLE_HEADS.has(t.lower.slice(0, -1)) || ROLE_HEADS.has(t.lower.replace(/ies$/, 'y')));
  return name.length === 1 && office && !!before && isCapitalised(before) && /^\s+$/.test(before.post) && hasTag(before, 'TitleModifier', 'RoleHead');
}

/**
 * "a 20-year-old Black man", "six Black or multiracial people", "who was Black": a word for people's race, written
 * with a capital, describes them; it names no one (the surname "Black" keeps a given name or a role before it).
 */
function raceWord(sentence: Sentence, name: Token[]): boolean {
  if (name.length !== 1 || !/^(?:Black|White|Brown|Indigenous)$/.test(name[0]!.text)) return false;
  const t = name[0]!;
  const next = sentence.tokens[t.i + 1];
  const prev = sentence.tokens[t.i - 1];
  const describes = !!next && /^\s+$/.test(t.post) && (/^(?:or|and)$/.test(next.lower) || (/^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb')));
  const predicate = !!prev && /^(?:is|was|are|were|be|being|been)$/.test(prev.lower);
  return describes || predicate;
}

function isNotAName(whole: Token[]): boolean {
  // ("Britain's 58th Prime Minister": an ordinal before an office counts the holders; it is no name's word)
  const name = whole.length > 1 && /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(whole[0]!.text) && hasTag(whole[whole.length - 1], 'RoleHead') ? whole.slice(1) : whole;
  // "Name/Agency/Getty Images": a photo credit; names have no slashes
  if (name.some((t) => t.text.includes('/') && !SLASHED_ACRONYMS.test(t.text))) return true;
  // "His Majesty", "Her Royal Highness": a style of address with nothing but titles beside it
  if (name.some((t) => hasTag(t, 'Style')) && name.every((t) => hasTag(t, 'Style', 'Honorific', 'RoleHead', 'Pronoun') || /^(royal|imperial|serene)$/i.test(t.text))) return true;
  // "Art Deco", "Art Nouveau": a style's name of two words
  if (name.length === 2 && name[0]!.lower === 'art' && /^(?:deco|nouveau)$/.test(name[1]!.lower)) return true;
  // "South Korean", "New Zealanders": a people's word of more than one word
  if (name.length > 1 && isDemonym(name.map((t) => t.text).join(' '))) return true;
  // "Roman Catholics", "Shia Muslims": a people's word in the plural ends a run that names a people, not a person
  if (name.length > 1 && name.length <= 3 && /s$/.test(name[name.length - 1]!.lower) && isDemonym(name[name.length - 1]!.text)) return true;
  // "North African", "Southern European": a part of the world's people, a compass word before a demonym
  if (name.length === 2 && /^(north|south|east|west|central|northern|southern|eastern|western)$/.test(name[0]!.lower) && (isDemonym(name[1]!.text) || hasTag(name[1]!, 'Demonym') || /^\p{Lu}\p{Ll}+(?:ian|ean|can|ese)$/u.test(name[1]!.text)) && !knownPlace(name.map((t) => t.text).join(' '))) return true;
  if (name.length > 1 && name.every((t) => hasTag(t, 'RoleHead') || hasTag(t, 'Honorific', 'Demonym', 'Date') || isDemonym(t.text))) return true;
  // "“No company is above the law”": an interjection opening a quote ("No", "Yes", "Oh") names nothing
  if (name.length === 1 && hasTag(name[0]!, 'Expression')) return true;
  // "The Prime Minister said": an office's words alone, no one's name
  // ("Co-Founder", "Co-Chair": an office's word with "co-" before it, which the tagger reads as a company's "Co")
  if (name.length > 1 && hasTag(name[name.length - 1], 'RoleHead') && name.every((t) => (hasTag(t, 'RoleHead', 'TitleModifier') && !hasTag(t, 'FirstName', 'LastName')) || coPrefix(t))) return true;
  // "the KLX9 President", "ORBA Vice President": an office of a body or event named by its code, not a person
  if (name.length > 1) {
    const office = name.findIndex((t) => hasTag(t, 'RoleHead', 'TitleModifier') && isCapitalised(t));
    return office > 0 && name.slice(office).every((t) => hasTag(t, 'RoleHead', 'TitleModifier')) && name.slice(0, office).every((t) => isAcronym(t.text) || EVENT_CODE.test(t.text));
  }
  const t = name[0]!;
  // (a country's own name, though the dictionary reads it as a plural people's word)
  if (countryName(t.text) === t.text) return false;
  if (isDemonym(t.text) || LANGUAGE_ONLY.has(t.lower)) return true;
  if (t.text.length < 2 || ADVERB_SHAPE.test(t.text)) return true;
  if (COMMON_ACRONYMS.has(t.lower) && t.text === t.text.toUpperCase()) return true;
  if (hasTag(t, 'RoleHead') || NEVER_ALONE.has(t.lower) || GENERIC_ALONE.has(t.lower) || STYLE_WORDS.has(t.lower)) return true;
  return hasTag(t, 'Demonym', 'Date', 'WeekDay', 'Month', 'Pronoun', 'Honorific', 'Value', 'Credential') && !EVENT_CODE.test(t.text);
}
