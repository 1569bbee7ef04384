/**
 * Is this single word part of a longer name that is not the entity's? "Per Lindqvist", "County Okafor",
 * "Steve Okafor", "Dong Hae", "Victoria State" all contain a form of the archive but name someone or
 * somewhere else. Returns that longer name as written, or undefined.
 */
import { formOf, isEvent, isPerson, isPlace, isShortRef, nameWords } from './entity';
import { entityOf, type LoadedMatcher } from './load';
import type { Candidate } from './scan';
import { isAcronym, type Token } from './tokenize';
import { TYPE_CODES } from './compiled';
import { NEUTRAL_NEIGHBOURS, PLACE_SUFFIXES, SPEECH, STATE_ADJECTIVE_OF, TYPE_WORDS } from './words';
import { BODY_BEFORE_PLACE, COMMON_ACRONYMS, COMPANY_SUFFIXES, ORG_HEADS } from '../nlp/lexicon';
import { isDemonym } from '../nlp/gazetteer';

export function otherName(m: LoadedMatcher, text: string, tokens: Token[], span: Candidate, ref: number): string | undefined {
  // multi-word forms are specific enough; acronyms sit next to capitalised words all the time without
  // changing meaning ("US Navy", "US State Department", "OECS CEO Summit"), and so does the capitalised
  // spelling of its own acronym some papers use ("Oecs" beside "OECS"): it is the acronym, not a surname
  const entity = entityOf(ref);
  const within = institutionOf(m, text, tokens, span, entity) ?? institutionAfter(m, text, tokens, span, ref) ?? companyAfter(text, tokens, span);
  if (within) return within;
  if (span.i !== span.j) return undefined;
  const form = formOf(m, ref);
  if (isAcronym(form) || m.compiled.aliases[entity]!.some((f) => f !== form && isAcronym(f) && f.toLowerCase() === form.toLowerCase())) return undefined;
  const token = tokens[span.i]!;
  const prev = token.joined && !token.brk ? tokens[span.i - 1] : undefined;
  const nextRaw = tokens[span.j + 1];
  const next = nextRaw?.joined && !nextRaw.brk ? nextRaw : undefined;
  if (next && isPlace(m.compiled, entity) && PLACE_SUFFIXES.has(next.lower) && (next.upper || (next.lower === 'state' && !stateAsAdjective(tokens, span.j + 2)))) {
    return text.slice(token.start, next.end);
  }
  const foreign = (t: Token | undefined) =>
    !!t?.upper &&
    !NEUTRAL_NEIGHBOURS.has(t.lower) &&
    // ("the Aramco IPO", "Tesk CEO": the acronym of a common noun describes, it begins no other name)
    !COMMON_ACRONYMS.has(t.lower) &&
    // ("Ukrainian Zelensky": a people's word describes the person, it begins no other name)
    !isDemonym(t.text) &&
    !nameWords(m.compiled, entity).includes(t.lower) &&
    !m.compiled.context[entity]!.includes(t.lower);
  // "Victoria Wizards", "Lima Post": a one-word place followed by a capitalised word names a team, a paper,
  // a company;
  // an acronym after it ("Victoria DC") or a neutral word does not, nor the first word of another name of the
  // archive ("President of Lima Ada Okafor")
  // (a stadium, an airport or a port named by its place is in it: "the Lusail Stadium" is Lusail's; an office's
  // place before its holder's name is the place: "Ambassador to Lima Ana Ruiz")
  if (isPlace(m.compiled, entity) && foreign(next) && !isAcronym(next!.text) && !PLACE_SITES.has(next!.lower) && !officeOf(tokens, span.i) && !startsName(m, tokens, span.j + 1)) return text.slice(token.start, next!.end);
  // "Air Zembla", "Bank Velkoria", "Cricket Zembla": a common noun for what a body does, capitalised right before a
  // one-word place, names the body after it (an airline, a central bank, a sport's national body), not the place
  // (any other capitalised word may end a name before it: "told Reuters Zembla would respond")
  if (isPlace(m.compiled, entity) && prev?.upper && BODY_BEFORE_PLACE.has(prev.lower) && !titleCased(tokens, span.i)) return text.slice(prev.start, token.end);
  // "Oscar Isaac", "Tony Vell said": an award of one word beside another capitalised word, or speaking, is a person
  if (m.compiled.types[entity] === TYPE_CODES.award) {
    if (foreign(prev)) return text.slice(prev!.start, token.end);
    if (foreign(next)) return text.slice(token.start, next!.end);
    const after = tokens[span.j + 1];
    if (after && !after.brk && SPEECH.has(after.lower)) return text.slice(token.start, after.end);
  }
  if (!isShortRef(m, ref)) return undefined;
  if (foreign(prev)) return text.slice(prev!.start, token.end);
  // in a headline written in Title Case ("Okafor Attends Vell Summit, Thanks Him On Visit") the word after a
  // surname is capitalised by the style; only the word before can make another name. A first name the archive
  // also holds alone ("Ada" of "Ada Okafor") still begins another's name: "Ada Smith Wins"
  if (foreign(next) && !(isSurname(m, entity, form) && titleCased(tokens, span.i))) return text.slice(token.start, next!.end);
  return undefined;
}

/** "Ambassador to Lima", "Minister of Lima": the place is the office's, whatever name follows it. */
function officeOf(tokens: Token[], k: number): boolean {
  const by = tokens[k - 1];
  const office = tokens[k - 2];
  return !!by && !!office && /^(?:to|of|for|in)$/.test(by.lower) && !by.brk && !tokens[k]!.brk && TYPE_WORDS[TYPE_CODES.person].has(office.lower);
}

/** Sites named by the place they are in. */
const PLACE_SITES = new Set(['stadium', 'airport', 'port']);

/** Do tokens k and k+1 begin a form of the archive of two or more words ("Ada Okafor", "Ada Kemi Okafor ...")? */
function startsName(m: LoadedMatcher, tokens: Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a || !b?.joined || b.brk || !b.upper) return false;
  const key = `${a.lower} ${b.lower}`;
  return m.forms.has(key) || m.prefixes.has(key);
}

/** Is the form the last word of the entity's own name ("Okafor" of "Ada Okafor")? */
function isSurname(m: LoadedMatcher, entity: number, form: string): boolean {
  const name = m.compiled.names[entity]!;
  return name.includes(' ') && name.slice(name.lastIndexOf(' ') + 1) === form;
}

/** Small words that running text writes in lower case; capitalised inside a line, they mark a Title Case headline. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'him', 'her', 'his', 'its', 'is', 'are', 'after', 'before', 'over', 'into', 'amid', 'about', 'against', 'not']);

/**
 * Is token k in a Title Case line: every word of its sentence capitalised (four or more words), with at
 * least one small word capitalised after the first?
 */
function titleCased(tokens: Token[], k: number): boolean {
  let from = k;
  while (from > 0 && !tokens[from]!.brk) from--;
  let words = 0;
  let small = false;
  for (let t = from; t < tokens.length && (t === from || !tokens[t]!.brk); t++) {
    const w = tokens[t]!;
    if (!/^\p{L}/u.test(w.text)) continue;
    if (!w.upper) return false;
    words++;
    if (t > from && SMALL_WORDS.has(w.lower)) small = true;
  }
  return small && words >= 4;
}

/** Words before "of <place>" that leave the place itself meant: "the Republic of Lima", "the Government of Lima". */
const OF_THE_PLACE = new Set(['republic', 'kingdom', 'commonwealth', 'federation', 'state', 'states', 'government', 'people', 'citizens', 'capital']);

/**
 * A place's name after "of" and a capitalised word inside a sentence ("the Northern Circuit of Lima", "the Bank of
 * Lima", "University of Lima"): the place is part of the longer name of something else, which the archive does
 * not hold. Titles ("President of Lima", "Mayor of Lima") and the state's own words ("Republic of Lima") leave the
 * place meant; so does a capitalised word opening the sentence ("Most of Lima").
 */
function institutionOf(m: LoadedMatcher, text: string, tokens: Token[], span: Candidate, entity: number): string | undefined {
  if (!isPlace(m.compiled, entity) || span.i < 2) return undefined;
  const of = tokens[span.i - 1]!;
  const head = tokens[span.i - 2]!;
  if (!(of.lower === 'of' || (PARTICLES.has(of.lower) && !of.upper)) || !tokens[span.i]!.joined || !of.joined || tokens[span.i]!.brk || of.brk) return undefined;
  if (!head.upper || head.brk || span.i - 2 === 0 || head.possessive || NEUTRAL_NEIGHBOURS.has(head.lower) || OF_THE_PLACE.has(head.lower)) return undefined;
  let k = span.i - 2;
  while (k > 0 && tokens[k]!.joined && !tokens[k]!.brk && tokens[k - 1]!.upper && !NEUTRAL_NEIGHBOURS.has(tokens[k - 1]!.lower)) k--;
  // the other languages' "of" only after one word: in those languages it also joins an office's long title to
  // its country ("el Ministerio de Medio Ambiente de <país>" is the country's)
  if (of.lower !== 'of' && k !== span.i - 2) return undefined;
  // "Prime Minister Ana Lind of Lima": a titled person's name before "of" is someone of the place, which stays meant
  const title = tokens[k - 1];
  if (k < span.i - 2 && title && tokens[k]!.joined && TYPE_WORDS[TYPE_CODES.person].has(title.lower)) return undefined;
  return text.slice(tokens[k]!.start, tokens[span.j]!.end);
}

/** "of" in other languages' names: "the Stade de Lima", "the Estadio do Lima" (written in lower case). */
const PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das']);

/**
 * A place's or an event's name followed by capitalised words that end in a word for a body: "the Lima Geological
 * Survey", "Lima Football Federation", "the Lima Election Council". The run names a body the archive does not
 * hold (a run the archive holds is matched whole before this is asked). A site keeps its place ("Lima
 * International Airport" is in Lima), and acronyms stay linked ("US Navy": the body of the place). A person's
 * whole name too, with the body's word right after it: "the Ana Lind Foundation", "King Per Office" name a body
 * called after someone (not the person's own government: "the Lind Administration"; nor a headline's "Ana Lind
 * Tells Senate …").
 */
function institutionAfter(m: LoadedMatcher, text: string, tokens: Token[], span: Candidate, ref: number): string | undefined {
  const entity = entityOf(ref);
  const person = isPerson(m.compiled, entity) && span.j > span.i;
  if (!(isPlace(m.compiled, entity) || isEvent(m.compiled, entity) || person) || isAcronym(formOf(m, ref))) return undefined;
  let k = span.j;
  for (let n = 0; n < 4; n++) {
    const t = tokens[k + 1];
    if (!t?.joined || t.brk || !t.upper || t.possessive || isAcronym(t.text)) break;
    k++;
    if (person && OWN_GOVERNMENT.has(t.lower)) return undefined;
    // (a person's name only right before the body's word: "Ana Lind Tells Senate …" is a headline's case)
    if (person && n > 0) return undefined;
    if (ORG_HEADS.has(t.lower)) {
      // "Lima Ada Okafor": the next words begin another name of the archive
      if (startsName(m, tokens, span.j + 1)) return undefined;
      return text.slice(tokens[span.i]!.start, t.end);
    }
  }
  return undefined;
}

/** A person's own government, which a name before it still means: "the Lind Administration". */
const OWN_GOVERNMENT = new Set(['administration', 'government', 'cabinet', 'presidency', 'campaign', 'team', 'family']);

/** "Lima state media", "Lima's state-run ...": lower-case "state" describing the place's own state. */
function stateAsAdjective(tokens: Token[], k: number): boolean {
  let after = tokens[k];
  if (after?.text === '-') after = tokens[k + 1];
  return after !== undefined && STATE_ADJECTIVE_OF.has(after.lower);
}

/** Words that leave a company the same company before its legal form ("Kestrel Holdings Ltd" is Kestrel's). */
const SAME_COMPANY = new Set(['group', 'holdings', 'holding', 'international', 'company', 'corporation', 'corp', 'co', 'inc', 'the']);

/**
 * "Kestrel Zembla Ltd", "Kestrel CropCare Inc": the name followed by other capitalised words and a legal form
 * names another company (a subsidiary), not the archive's; "Kestrel AG" and "Kestrel Group Ltd" stay its.
 */
function companyAfter(text: string, tokens: Token[], span: Candidate): string | undefined {
  const legal = (t: Token) => COMPANY_SUFFIXES.has(t.lower.replace(/\.$/, ''));
  let k = span.j + 1;
  let other = false;
  for (let n = 0; n < 3; n++, k++) {
    const t = tokens[k];
    if (!t?.joined || t.brk || !t.upper || legal(t)) break;
    if (!SAME_COMPANY.has(t.lower)) other = true;
  }
  const suffix = tokens[k];
  return other && suffix?.joined && !suffix.brk && suffix.upper && legal(suffix) ? text.slice(tokens[span.i]!.start, suffix.end) : undefined;
}
