/**
 * Roles of people as the text states them: before the name ("UK trade envoy Ada Okafor",
 * "Vietnamese Vice President Dong Weiming") or after it ("Choi Min-jun, chief executive of Sejong Motors,").
 */
import { DEMONYM_SHAPE, FOLLOWER_SHAPE, KIN_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, NAME_TITLES, OFFICE_VERBS, ORG_HEADS, PARTY_MEMBERS, ROLE_HEADS, WEEKDAY_WORDS } from '../nlp/lexicon';
import { hasTag, isCapitalised, lexiconTags, type Token } from '../nlp/tokens';
import { countryName, isDemonym } from '../nlp/gazetteer';

// a connector the tagger reads inside a longer office ("president of" as one actor) heads no role: the name
// after it is the office's domain ("the president of Zembla"), not its holder
const isRoleHead = (t: Token) => !NAME_CONNECTORS.has(t.lower) && !hasTag(t, 'CompanyNoun') && (hasTag(t, 'RoleHead') || hasTag(t, 'Actor', 'Trade', 'Honorific'));
/**
 * Words for a person that say nothing of what they do: "Lind, a tall woman," has no office ("the world's
 * richest man", singled out by a superlative or an owner, is a description worth keeping).
 */
const PLAIN_PEOPLE = new Set(['man', 'woman', 'men', 'women', 'boy', 'girl', 'person', 'child', 'teenager', 'guy', 'lady', 'gentleman', 'individual']);
const plainPerson = (out: Token[]): boolean => {
  const head = [...out].reverse().find((t) => /\p{L}/u.test(t.text));
  return !!head && PLAIN_PEOPLE.has(head.lower) && !out.some((t) => t.possessive || hasTag(t, 'Superlative', 'Ordinal'));
};
const STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Verb', 'Adverb', 'Value', 'Date', 'QuestionWord'];
/** Words that open a list or a comparison, never an office: "including wife Grace", "along with other writers". */
const STOP_WORDS = new Set(['including', 'among', 'against', 'alongside', 'along', 'like', 'with', 'besides', 'plus', 'unlike', 'than', 'my', 'his', 'her', 'their', 'our', 'your', 'its']);
const FORMER = /^(?:former|ex|then|late)$/;
/** Relations to the writer ("my colleague David"): alone they say nothing about who someone is. */
const KIN = new Set(['colleague', 'friend', 'partner']);
/** Courtesy titles say nothing about what someone does: "economic policies Mr Halvorsen" has no role. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'madam', 'sir', 'dame']);

/** An office's word in the plural ("ministers"; "tennis stars X and Y", where the tagger may read it as a verb). */
export const pluralOffice = (t: Token): boolean => /s$/i.test(t.text) && (hasTag(t, 'Plural') || ROLE_HEADS.has(t.lower.slice(0, -1)));

/** A plural role word read as one person's ("cabinet ministers Ana Ruiz and Ben Ode"): ministers → minister. */
function singular(t: Token): Token {
  if (!pluralOffice(t)) return t;
  return { ...t, text: /ies$/i.test(t.text) ? t.text.replace(/ies$/i, 'y') : t.text.replace(/s$/i, '') };
}

/** The last word of a region's name: "Economic Area", "Free Trade Zone". */
const REGION_HEADS = /^(?:area|zone|region)$/;

/**
 * Splits a capitalised run into a title part and a name part at its last role word:
 * "Vietnamese Vice President Dong Weiming" → role "Vietnamese Vice President", name "Dong Weiming".
 */
export function splitTitle(run: Token[]): { role: Token[]; name: Token[] } {
  for (let k = run.length - 2; k >= 0; k--) {
    const t = run[k]!;
    // "Sheikh Hasina": a title that is also part of a one-word name stays in it
    // (and a royal's: "Prince Tavi", "Queen Liska"; "King Ostrel III", with the number of his reign, is "Ostrel III")
    if (NAME_TITLES.has(t.lower) && k === run.length - 2) continue;
    // "King’s College", "the County Sheriff’s Office": an office's possessive names a body, not a person's title
    if (t.possessive && hasTag(run[k + 1], 'OrgHead', 'SiteHead')) return { role: [], name: run };
    // ("Flyhalf Ana Lind": a trade opening a run of a two-word name is the person's)
    // ("former Christian Democrat Ana Lind": a party's member before a given name is what she is)
    const member = PARTY_MEMBERS.has(t.lower) && k < run.length - 2 && hasTag(run[k + 1], 'FirstName');
    // "the Premier League", "the Governors Cup": an office before nothing but a body's or an event's head names them
    if (run.slice(k + 1).every((w) => hasTag(w, 'OrgHead', 'EventHead', 'AwardHead') && !hasTag(w, 'FirstName', 'Person', 'Honorific'))) continue;
    if (hasTag(t, 'RoleHead') || hasTag(t, 'Honorific') || (k === 0 && run.length > 2 && hasTag(t, 'Trade')) || member) {
      // "Inspector-General", "Attorney-General George Brandis": the word joined by a hyphen is the title's
      const joined = /^[-‐–]$/.test(t.post) ? 1 : 0;
      return { role: run.slice(0, k + 1 + joined), name: run.slice(k + 1 + joined) };
    }
  }
  // A leading demonym before a name is a nationality, not part of the name ("Chinese Wu" is rare; "Chinese" alone is not a name)
  // ...unless the run names a body: "Indian Space Research Organisation", "British Broadcasting Corporation"
  // ("African American George Floyd": every people's word before the name)
  // ...or an event: "the Korean War", "the French Open"
  // ...or a region: "the European Economic Area", "the Nordic Free Travel Zone"
  if (run.length > 1 && hasTag(run[0], 'Demonym') && !(run.length > 2 && (ORG_HEADS.has(run[run.length - 1]!.lower) || REGION_HEADS.test(run[run.length - 1]!.lower))) && !hasTag(run[run.length - 1], 'EventHead')) {
    let k = 1;
    while (k < run.length - 1 && hasTag(run[k], 'Demonym') && !hasTag(run[k], 'Person', 'FirstName')) k++;
    return { role: run.slice(0, k), name: run.slice(k) };
  }
  // "Gaullist Ana Ruiz": a follower's word before a given name is what she stands for
  if (run.length > 2 && FOLLOWER_SHAPE.test(run[0]!.text) && hasTag(run[1], 'FirstName')) return { role: run.slice(0, 1), name: run.slice(1) };
  return { role: [], name: run };
}

/** A name's word that opens with an elided particle ("d'Or", "l'Ostrel"): no possessive, no closed-class word. */
const elided = (t: Token): boolean => /^\p{Ll}['’]\p{Lu}/u.test(t.text);
/** A word of a name: capitalised, or opening with an elided particle. */
const named = (t: Token): boolean => isCapitalised(t) || elided(t);

/** A count written in figures or words ("10", "eight", "fifteen", "twenty"), before a hyphen in "10-member", "eight-time". */
const COUNT_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)$/i;

/** A sentence's first word that joins it to the last ("But", "And", "Yet"): no word of an office ("Beyond" may open a name). */
const joinsClauses = (t: Token): boolean => t.i === 0 && lexiconTags(t.lower).includes('Conjunction');

/**
 * The lowercase role phrase right before a name: walks left from the name over role words, modifiers,
 * demonyms and country codes, as long as the word next to the name is a role head ("envoy", "counterpart").
 */
export function roleBefore(tokens: Token[], nameStart: number, titleInRun: Token[]): Token[] {
  const head = titleInRun.length ? titleInRun[titleInRun.length - 1] : tokens[nameStart - 1];
  if (head && COURTESY.has(head.lower.replace(/\.$/, ''))) {
    // "the Scottish chemist Sir Alder Penwick": the office before a knighthood's title is the person's
    const office = tokens[nameStart - 2];
    if (titleInRun.length === 1 && /^(sir|dame)$/.test(head.lower) && office && isRoleHead(office) && /^\s+$/.test(office.post)) return roleBefore(tokens, nameStart - 1, []);
    return [];
  }
  // "Vice-president elect X", "minister designate X": an office not yet taken up (or left with honour: "chairman emeritus X")
  const office = tokens[nameStart - 2];
  if (!titleInRun.length && head && /^(elect|designate|emeritus|emerita)$/.test(head.lower) && office && isRoleHead(office) && /^\s+$/.test(office.post)) {
    const before = roleBefore(tokens, nameStart - 1, []);
    return before.length ? [...before, head] : [];
  }
  if (!titleInRun.length && head && !isRoleHead(head)) return peopleAndNoun(tokens, nameStart) ?? officeOf(tokens, nameStart);
  // "the 10-member Association of …": a count of members says how big a body is, not who someone is
  const count = tokens[nameStart - 2];
  if (!titleInRun.length && head && count && /^[-‐–]$/.test(count.post) && COUNT_WORD.test(count.text)) return [];
  if (!head || !isRoleHead(head)) return titleInRun;
  // "the defending champions, Argentina,": a comma between them makes an apposition of a plural, not a title;
  // "Its managing director, Meena Pillai, said": one office, one person
  // "Velkor Gov. Ana Tesk", "Sen. Jon Varo": an office written short keeps its full stop
  const short = hasTag(head, 'Abbreviation') && /^\.\s+$/.test(head.post);
  if (!titleInRun.length && !short && !/^\s*$/.test(head.post)) {
    if (!/^,\s*$/.test(head.post) || hasTag(head, 'Plural') || !/^,\s*$/.test(tokens[nameEnd(tokens, nameStart)]?.post ?? '')) return titleInRun;
  }
  const out = [...titleInRun];
  let k = nameStart - 1 - (titleInRun.length ? titleInRun.length : 0);
  if (!titleInRun.length) {
    out.unshift(tokens[nameStart - 1]!);
    k = nameStart - 2;
  }
  for (; k >= 0 && out.length < 7; k--) {
    const t = tokens[k]!;
    if (t.lower === 'whose' && /^,\s*$/.test(tokens[k - 1]?.post ?? '')) {
      // "Huaxin Battery Co, whose chairman Zhou Bin": the role is the organisation's
      let m = k - 1;
      while (m > 0 && isCapitalised(tokens[m - 1]!) && /^\s+$/.test(tokens[m - 1]!.post)) m--;
      const owner = tokens.slice(m, k).filter((x) => !hasTag(x, 'CompanySuffix'));
      if (owner.length && isCapitalised(owner[0]!)) out.unshift(...owner);
      break;
    }
    // "Vice Chair and President X": two offices joined by "and" before one name are both hers
    const other = tokens[k - 1];
    if (t.lower === 'and' && /^\s+$/.test(t.post) && other && /^\s+$/.test(other.post) && isRoleHead(out[0]!) && isRoleHead(other) && isCapitalised(other) === isCapitalised(out[0]!)) {
      out.unshift(t);
      continue;
    }
    // "On Tuesday photographer X": a day is when, never part of the office (nor whose it is)
    if (/[,;:()"“”]/.test(t.post) || STOP_WORDS.has(t.lower) || WEEKDAY_WORDS.has(t.lower)) break;
    // "But Zembla defender Ana Lind": a conjunction or a preposition that opens the sentence is no word of the office
    if (joinsClauses(t)) break;
    // "his 19-year-old son": the age is not the role
    if (t.lower === 'old' && /^(year|month)s?$/.test(tokens[k - 1]?.lower ?? '')) break;
    if (t.possessive && !elided(t)) {
      // "Yahoo's chief executive", "Eloise Parry's mother": the organisation or person the role is of
      if (!isCapitalised(t) || hasTag(t, 'Pronoun')) break;
      let m = k;
      // ("Before Zembla's King X": a sentence's capitalised first word that joins clauses is no owner's)
      while (m > 0 && k - m < 3 && isCapitalised(tokens[m - 1]!) && /^\s+$/.test(tokens[m - 1]!.post) && !hasTag(tokens[m - 1], 'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord')) m--;
      out.unshift(...tokens.slice(m, k + 1));
      break;
    }
    // "State Department deputy spokesperson" opening a sentence or after a quote: "State" is not the verb
    const opensName = isCapitalised(t) && !!tokens[k + 1] && isCapitalised(tokens[k + 1]!) && (k === 0 || hasTag(tokens[k + 1], 'OrgHead'));
    // "police officer": a kind of body in lower case is part of the office, whatever else the tagger reads it as
    const body = !isCapitalised(t) && hasTag(t, 'OrgHead');
    // "eight-time champion", "two-term senator": a count joined to the next word by a hyphen is part of the office
    if (/^[-‐–]$/.test(t.post) && COUNT_WORD.test(t.text) && out[0] === tokens[k + 1]) {
      out.unshift(t);
      continue;
    }
    if (hasTag(t, ...STOP_TAGS) && !hasTag(t, 'Actor', 'Trade', 'Demonym', 'Acronym') && !(opensName && hasTag(t, 'Verb')) && !body && !elided(t)) break;
    if (named(t) && !hasTag(t, 'Demonym', 'Acronym', 'Place') && !isRoleHead(t) && !DEMONYM_SHAPE.test(t.text)) {
      // "U.S. Steel chief executive", "Bayern captain": the organisation the role belongs to, then stop
      // ("Ballon d'Or winner": a name's elided particle is a word of it)
      let m = k;
      while (m >= 0 && k - m < 5 && named(tokens[m]!) && !/[,;:()"“”]/.test(tokens[m]!.post) && !tokens[m]!.possessive && !joinsClauses(tokens[m]!)) m--;
      if (m < k - 0 && out.length && !hasTag(tokens[m + 1], 'Determiner')) out.unshift(...tokens.slice(m + 1, k + 1));
      break;
    }
    out.unshift(t);
    if (hasTag(t, 'Place', 'Acronym') && !hasTag(t, 'Demonym')) {
      // "UK trade envoy", "New Zealand captain": the country ends it, all of its words
      let m = k - 1;
      for (; m >= 0 && isCapitalised(tokens[m]!) && /^\s+$/.test(tokens[m]!.post) && !hasTag(tokens[m], 'Determiner') && !FORMER.test(tokens[m]!.lower) && !joinsClauses(tokens[m]!); m--) out.unshift(tokens[m]!);
      // "former Portmere police officer X": the office is over
      if (m >= 0 && FORMER.test(tokens[m]!.lower) && /^\s+$/.test(tokens[m]!.post)) out.unshift(tokens[m]!);
      break;
    }
  }
  if (out.length) out[out.length - 1] = singular(out[out.length - 1]!);
  if (out.length && out.every((t) => KIN.has(t.lower) || hasTag(t, 'Adjective'))) return [];
  if (plainPerson(out)) return [];
  return out;
}

/**
 * "German mercenary Ana Lind", "Zemblan tenor Ivo Marr": a people's word and a lower-case noun right before a
 * name of two words or more say what the person is, though the noun is on no list of offices.
 */
function peopleAndNoun(tokens: Token[], nameStart: number): Token[] | undefined {
  const noun = tokens[nameStart - 1];
  const people = tokens[nameStart - 2];
  const second = tokens[nameStart + 1];
  if (!noun || !people || !second || !/^\s+$/.test(noun.post) || !/^\s+$/.test(people.post) || !/^\s+$/.test(tokens[nameStart]!.post) || !isCapitalised(second)) return undefined;
  // (the tagger may call the noun an adjective: "mercenary"; not one that only describes: "armed", "famous")
  const describing = hasTag(noun, 'Adjective') && /(?:ed|ing|ly|ous|ful|ic|al|ive|ent|ant|less|est|er)$/.test(noun.text);
  if (!/^\p{Ll}+$/u.test(noun.text) || !hasTag(noun, 'Noun', 'Adjective') || describing || hasTag(noun, 'Plural', 'Verb', 'Pronoun', 'Date', 'Value', 'Comparative', 'Superlative')) return undefined;
  if (!isCapitalised(people) || !(isDemonym(people.text) || hasTag(people, 'Demonym'))) return undefined;
  return [people, noun];
}

/**
 * "The leader of Harbour Front, Ana Ruiz, said": an office of a named body in apposition before the name
 * (commas on both sides), with the words that qualify it ("the deputy leader of").
 */
function officeOf(tokens: Token[], nameStart: number): Token[] {
  const last = tokens[nameStart - 1];
  if (!last || !/^,\s*$/.test(last.post) || !isCapitalised(last) || !/^,\s*$/.test(tokens[nameEnd(tokens, nameStart)]?.post ?? '')) return [];
  let k = nameStart - 1;
  while (k > 0 && nameStart - k < 5 && isCapitalised(tokens[k - 1]!) && /^\s+$/.test(tokens[k - 1]!.post)) k--;
  if (tokens[k - 1]?.lower === 'the') k--;
  const of = tokens[k - 1];
  const head = tokens[k - 2];
  if (of?.lower !== 'of' || !head || !isRoleHead(head) || hasTag(head, 'Plural') || !/^\s+$/.test(head.post)) return [];
  const out = tokens.slice(k - 2, nameStart);
  for (let m = k - 3; m >= 0 && out.length < 9; m--) {
    const t = tokens[m]!;
    // "the Secretary General of …", "the Deputy Head of …": capitalised words of the office itself belong to it
    const officeWord = isCapitalised(t) && (isRoleHead(t) || hasTag(t, 'TitleModifier'));
    if (/[,;:()"“”]/.test(t.post) || (isCapitalised(t) && !officeWord) || (hasTag(t, ...STOP_TAGS) && !officeWord) || STOP_WORDS.has(t.lower)) break;
    out.unshift(t);
  }
  return out;
}

/** Index of the last word of the capitalised name starting at `start`. */
function nameEnd(tokens: Token[], start: number): number {
  let k = start;
  // "Omar Hassan al-Sharif": a particle joined to the surname is inside the name
  const nameWord = (t: Token) => isCapitalised(t) || (NAME_PARTICLES.has(t.lower) && /^[-–]$/.test(t.post));
  while (k + 1 < tokens.length && nameWord(tokens[k + 1]!) && /^(\s+|-|–)$/.test(tokens[k]!.post)) k++;
  return k;
}

/** "Name, chief executive of Hanwha Corp, said" → the appositive role after the name, if there is one. */
export function roleAfter(tokens: Token[], nameEnd: number): Token[] {
  const last = tokens[nameEnd - 1];
  if (!last || !/^,\s*$/.test(last.post)) return [];
  const out: Token[] = [];
  // "Ana Lind, a professor at Harbour University whose research …": the office ends where a relative clause
  // about it begins
  let relative = false;
  for (let k = nameEnd; k < tokens.length && out.length < 20; k++) {
    const t = tokens[k]!;
    if (out.length > 1 && /^(?:who|whose|which)$/.test(t.lower) && /^\s+$/.test(out[out.length - 1]!.post)) {
      relative = true;
      break;
    }
    out.push(t);
    // "… Red Crescent Alliance (RCA), said": the bracketed acronym belongs to the name before it
    const acr = tokens[k + 1];
    if (acr && /\(\s*$/.test(t.post + acr.pre) && /^\s*\)\s*,/.test(acr.post)) {
      out.push(acr);
      break;
    }
    if (/[,;:.()]/.test(t.post)) break;
  }
  const closing = out[out.length - 1]!;
  // "Fatou Ndiaye, who led the UNDP observer mission": the office a relative clause gives
  if (out[0]?.lower === 'who' && out[1] && OFFICE_VERBS.has(out[1].lower) && /[,;.]|^\s*$/.test(closing.post)) return out.slice(1);
  // "Ana Lind, a 37-year-old flanker,": the age is not the office
  const aged = out.findIndex((t, k) => k < 6 && t.lower === 'old' && /^(?:year|month)s?$/.test(out[k - 1]?.lower ?? '') && /^-/.test(out[k - 1]!.post));
  const words = out.slice(aged + 1).filter((t) => !hasTag(t, 'Determiner'));
  // "Ana Lind, chief of staff Oro Vantek, and …": a title and another person's name, a list's next item
  if (anotherTitledName(out)) return [];
  // "Ana Lind, Oro Vantek King and the Velkor Union": the next item of a list, a name whose last word is an office's
  if (out[0] && isCapitalised(out[0]) && hasTag(out[0], 'FirstName') && !hasTag(out[0], 'RoleHead', 'Honorific', 'TitleModifier')) return [];
  // "Ana Lind, an aunt of the rescued coach,", "Ivo Marr, the son of the founder,": a relative of someone
  if (KIN_NOUNS.has(words[0]?.lower ?? '') && words[1]?.lower === 'of' && /[,;.]/.test(closing.post) && !relative) return out;
  const headAt = words.findIndex(isRoleHead);
  // "Ana Lind, the agency's Middle East and North Africa director,": a body's office for the region it names
  const regional = headAt > 1 && !!words[0]?.possessive && words.slice(1, headAt).every((t) => isCapitalised(t) || t.lower === 'and');
  if (headAt < 0 || (headAt > 3 && !regional)) return [];
  // "in Portmere, the night before the party leaders' summit,": a role word behind a preposition belongs to a
  // phrase about something else (here a time), not to an office of the name
  if (!regional && words.slice(0, headAt).some((t) => hasTag(t, 'Preposition', 'Conjunction'))) return [];
  if (hasTag(words[0], 'Verb', 'Pronoun', 'QuestionWord', 'Value', 'Preposition', 'Conjunction', 'Adverb') || STOP_WORDS.has(words[0]?.lower ?? '')) return [];
  // "David Emery, along with other writers,": a group is not one person's office
  if (hasTag(words[headAt], 'Plural') && headAt === words.length - 1) return [];
  const tail = words.at(-1)!;
  // "won Velkor Liga, the Zembla Champions League, and the Cup": a name in capitals ending in no office's word
  // is the next item of a list
  if (words.every(isCapitalised) && !isRoleHead(tail) && !ROLE_HEADS.has(tail.lower)) return [];
  // "Velkor City, the reigning Premier League champions,": an apposition ending in a plural office describes a
  // team or a group, never one person's office
  if (words.length > 1 && /^\p{Ll}/u.test(tail.text) && hasTag(tail, 'Plural') && (isRoleHead(tail) || ROLE_HEADS.has(tail.lower.replace(/s$/, '')))) return [];
  // "Incredibly, some people actually think …": a clause with a verb of its own, not an apposition
  if (words.some((t) => hasTag(t, 'PresentTense', 'PastTense') && !hasTag(t, 'Noun', 'Adjective', 'RoleHead', 'Gerund'))) return [];
  if (!relative && !/[,;.]/.test(closing.post)) return [];
  if (plainPerson(out)) return [];
  return aged >= 0 ? [out[0]!, ...out.slice(aged + 1)].filter((t) => hasTag(t, 'Determiner') || t.i > out[aged]!.i) : out;
}

/**
 * "chief of staff Oro Vantek" after "Ana Lind,": a lower-case title right before a name of two or more words
 * that is no body's ("leader of the opposition Harbour Party" is one) is the next person of a list.
 */
function anotherTitledName(out: Token[]): boolean {
  const at = out.findIndex((t, k) => k > 0 && isCapitalised(t));
  const before = out[at - 1];
  if (at < 1 || !/^\p{Ll}/u.test(before!.text) || before!.possessive || hasTag(before, 'Preposition', 'Determiner', 'Conjunction', 'Adjective')) return false;
  let end = at;
  while (end + 1 < out.length && isCapitalised(out[end + 1]!) && /^\s+$/.test(out[end]!.post)) end++;
  const name = out.slice(at, end + 1);
  return name.length > 1 && /^[,;.]/.test(out[end]!.post) && !name.some((t) => hasTag(t, 'OrgHead', 'CompanySuffix', 'Organization', 'Place', 'BodyNoun', 'SiteHead'));
}

/**
 * "The head of the Red Crescent in Harbourtown, Ana Lind, has confirmed …": an office and its body before a
 * comma, then the name closed by a comma or a full stop, is that name's office (the office opens its clause:
 * "the" at the sentence's start or after a preposition or a verb).
 */
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))$/;

export function roleBeforeComma(tokens: Token[], nameStart: number, nameEnd: number): Token[] {
  const comma = tokens[nameStart - 1];
  const closing = tokens[nameEnd - 1];
  if (!comma || !/^,\s*$/.test(comma.post) || !closing || !/^[,.]/.test(closing.post)) return [];
  // back to "the <office> of": within a dozen words, capitalised or connectors only after the office
  for (let k = nameStart - 2; k >= 1 && k >= nameStart - 14; k--) {
    const t = tokens[k]!;
    if (k < nameStart - 1 && /[,;:.()]/.test(t.post)) return [];
    if (!isRoleHead(t) || hasTag(t, 'Plural')) continue;
    // "the Temporary Speaker of …": a modifier or two between the article and the office
    let a = k - 1;
    // ("the first president of …": an ordinal too)
    while (a > 0 && a >= k - 3 && tokens[a]!.lower !== 'the' && (isCapitalised(tokens[a]!) || hasTag(tokens[a], 'TitleModifier', 'Adjective') || ORDINAL_WORD.test(tokens[a]!.lower))) a--;
    const article = tokens[a]!;
    // ("while MP for Harlow, Ana Lind, said": an office written with a capital needs no article, and may be "for" or
    // "to" a place)
    const bare = article.lower !== 'the' && isCapitalised(t) && k === a + 1 && /^(?:of|for|to)$/.test(tokens[k + 1]?.lower ?? '');
    if (bare) a = k - 1;
    const opener = bare ? tokens[k - 1] : tokens[a - 1];
    if (!bare && (!/^the$/i.test(article.lower) || tokens[k + 1]?.lower !== 'of')) return [];
    // ("to Ana Lind and the president of Zembla, Ivo Marr,": the next of a list)
    if (opener && !hasTag(opener, 'Preposition', 'Verb', ...(bare ? (['Conjunction'] as const) : [])) && !/^(?:and|or)$/.test(opener.lower) && !/[,;:]/.test(opener.post)) return [];
    const domain = tokens.slice(k + 2, nameStart);
    if (!domain.every((d) => isCapitalised(d) || NAME_CONNECTORS.has(d.lower) || d.lower === 'the')) return [];
    // the whole office, its modifiers too ("the Secretary General of NATO" is no "General of NATO")
    return tokens.slice(a + 1, nameStart);
  }
  return [];
}

/**
 * "Name is an integral member of the recovery team", "Name is the director of the Harbour Institute": the
 * office a present-tense "is" gives the name before it, up to the clause's end.
 */
export function roleIs(tokens: Token[], at: number, afterIs = false): Token[] {
  // afterIs: `at` is the article after a contracted "is" ("She's the director"), which the tokens leave out
  const det = afterIs ? at : at + 1;
  // (or "became": "after Ana Lind became the Zemblan president in 2017")
  if (!afterIs && (!/^(?:is|became)$/.test(tokens[at]?.lower ?? '') || !/^\s+$/.test(tokens[at - 1]?.post ?? ''))) return [];
  if (!/^(a|an|the)$/.test(tokens[det]?.lower ?? '')) return [];
  let k = det + 1;
  // the office within a few words: "a longtime senior adviser", "the U.S. president" (a country's words before it)
  const countryWord = (t: Token) => isCapitalised(t) && (hasTag(t, 'Place', 'Country', 'Demonym', 'Acronym') || countryName(t.text) !== undefined || isDemonym(t.text));
  while (k < tokens.length && k < det + 5 && !hasTag(tokens[k], 'RoleHead') && (!isCapitalised(tokens[k]!) || countryWord(tokens[k]!)) && /^\s+$/.test(tokens[k]!.post) && (hasTag(tokens[k], 'Adjective', 'Noun') || countryWord(tokens[k]!)) && !hasTag(tokens[k], 'Verb', 'Pronoun')) k++;
  const head = tokens[k];
  if (!head || !hasTag(head, 'RoleHead') || hasTag(head, 'Plural')) return [];
  let end = k + 1;
  // "… of the Harbour Institute", "… at Ruritania University": whose office, to the clause's end
  if (/^\s+$/.test(head.post) && /^(of|at|for)$/.test(tokens[end]?.lower ?? '')) {
    for (let m = end; m < tokens.length && m < end + 10; m++) {
      const t = tokens[m]!;
      if (hasTag(t, 'Verb', 'QuestionWord') || /^(who|which|that)$/.test(t.lower)) break;
      if (!/^\s+$/.test(t.post)) {
        end = m + 1;
        break;
      }
      end = m + 1;
    }
  }
  return tokens.slice(det, end);
}

export const roleText = (all: readonly Token[]): string => {
  // ("Housing Minister Dr Ana Lind": a courtesy title after the office is no part of it)
  let tokens = all;
  while (tokens.length > 1 && COURTESY_TITLE.test(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  return tokens
    // "Vice-president", "Inspector-General": a hyphen stays a hyphen
    .map((t, n) => (n === 0 ? '' : /^[-–]$/.test(tokens[n - 1]!.post) ? '-' : ' ') + t.text + (t.possessive ? '’s' : ''))
    .join('')
    .replace(/^(the|a|an)\s+/i, '')
    .trim();
};

/** Courtesy titles ("Dr", "Mrs."), which say nothing of an office. */
const COURTESY_TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?$/;
