/**
 * Runs of capitalised words in a sentence: the raw candidates for names.
 * compromise's #ProperNoun runs split "Ministry of Water and Sanitation" and glue possessives and titles;
 * these rules join organisation names across "of"/"and", stop at possessives and punctuation, and drop
 * capitalised sentence openers ("Countries will …").
 */
import { DAY_NAME_MODIFIERS, EVENT_ORDINAL, IMPERATIVE_OPENERS, NAME_CONNECTORS, NAME_PARTICLES, NAME_TITLES, NEVER_ALONE, PARTY_MEMBERS, ROLE_HEADS, WEEKDAY_WORDS } from '../nlp/lexicon';
import { countryName, isDemonym } from '../nlp/gazetteer';
import { hasTag, isCapitalised, knownPlace, lexiconTags, type Sentence, type Token } from '../nlp/tokens';

export interface Run {
  sentence: Sentence;
  tokens: Token[];
  /** The run is one side of a hyphenated pair ("Lindqvist-Wu"): `pairWith` is the other side. */
  pairWith?: Run;
}

const ORDINARY = ['Verb', 'Adjective', 'Plural', 'Adverb', 'Value', 'Date', 'Gerund', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition'];
const CLAUSE_OPENERS = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'QuestionWord'];
/** Sciences and arts a prize is given in, written in lower case after "Prize in" ("the Zembla Prize in literature"). */
const PRIZE_FIELDS = new Set(['literature', 'physics', 'chemistry', 'medicine', 'economics', 'economic', 'physiology', 'peace']);
const CLOSED_CLASS = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal'];

/** Numbers written in words at a sentence's start ("Ten", "Twenty-three", "Hundreds"). */
const NUMBER_WORDS = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens|Millions)$/;

export const SLASHED_ACRONYMS = /^[A-Z]{2,5}(?:\/[A-Z]{2,5})+$/;

/** Is the gap between two tokens only a space or a hyphen (no comma, quote, bracket or full stop)? */
function joined(a: Token, b: Token): boolean {
  const gap = a.post + b.pre;
  // a possessive ends a name ("Lima’s Ministry"), except a plural common noun's ("Women’s T20 Trophy")
  // or a common noun's before the head of an event's name ("the 1939 World’s Fair")
  // or an office's before a body or building it names ("the County Sheriff’s Office", "King’s College")
  const office = hasTag(a, 'RoleHead') && isCapitalised(b) && hasTag(b, 'OrgHead', 'SiteHead');
  const possessiveBreak = a.possessive && !((hasTag(a, 'Plural') || office || (isCapitalised(b) && hasTag(b, 'EventHead'))) && !hasTag(a, 'Place', 'Person'));
  // a middle initial's full stop is inside the name ("Donna K. Ferris")
  // and so is a saint's or a mountain's ("St. Regis Hotel", "Mt. Velkor")
  const initial = (/^\p{Lu}$/u.test(a.text) || (/^(?:St|Ste|Mt|Ft)$/.test(a.text) && !hasTag(b, 'Determiner', 'Pronoun', 'Preposition', 'Conjunction'))) && /^\.\s+$/.test(gap) && isCapitalised(b);
  // "Agency Ana Lind/Harbour Images Lumen and Verilens said": a credit ends at its slashed word; the names
  // after it are the sentence's own
  // (acronyms joined by a slash are one word of a name: "the Defense POW/MIA Accounting Agency")
  const slashed = a.text.includes('/') && !SLASHED_ACRONYMS.test(a.text);
  // "the Workers' Party": a plural's possessive apostrophe stays after the word
  // (not before a place: "Harbour Brothers' Asia operations" are the company's, in Asia)
  const pluralApostrophe = a.possessive && /^['’]\s+$/u.test(gap) && isCapitalised(b) && !hasTag(b, 'Place', 'Country', 'Region');
  return !possessiveBreak && !slashed && (initial || pluralApostrophe || /^(\s*|-|–)$/u.test(gap)) && !/\n/.test(gap);
}

export function hyphenJoined(a: Token, b: Token): boolean {
  return /^[-–]$/u.test(a.post + b.pre);
}

function isNameWord(t: Token, prev: Token | undefined): boolean {
  if (isTicker(t.text)) return false;
  if (describesByName(t.text)) return false;
  if (isCapitalised(t)) return true;
  // lowercase part of a hyphenated name: "Min-jun", not a compound's second half ("X-linked", "X-based")
  return !!prev && isCapitalised(prev) && hyphenJoined(prev, t) && /^\p{Ll}/u.test(t.text) && !hasTag(t, 'Verb', 'Adjective', 'CompanyNoun') && !/(?:ed|based|born|style)$/.test(t.text) && !/^(?:run|led|held|made|native|owned|built)$/.test(t.text);
}

/**
 * A stock's exchange code as wire copy writes it after a company ("Velkor Games VLK.O", "(TSK.PA)",
 * "(005930.KS)"): never a word of the name, and never a name of its own.
 */
export const isTicker = (word: string): boolean => /^[A-Z0-9]{1,6}\.[A-Z]{1,2}$/.test(word) && /[A-Z]/.test(word.slice(0, word.indexOf('.')) + word.slice(-1));

/** How many tokens from `j` ("of", maybe "the", then up to three capitalised words) complete a country's name begun by the run, else 0. */
function countryThroughOf(toks: Token[], j: number, run: Token[]): number {
  if (toks[j]?.lower !== 'of' || !joined(run.at(-1)!, toks[j]!)) return 0;
  const the = toks[j + 1]?.lower === 'the' ? 1 : 0;
  let best = 0;
  for (let n = 1; n <= 3; n++) {
    const words = toks.slice(j + 1 + the, j + 1 + the + n);
    if (words.length < n || !words.every((w, k) => isCapitalised(w) && joined(k ? words[k - 1]! : toks[j + the]!, w))) break;
    if (countryName([...run, ...toks.slice(j, j + 1 + the + n)].map((t) => t.text).join(' '))) best = 1 + the + n;
  }
  return best;
}

/** "the L.A.-based artist", "a Velkor-backed group": one word that describes by a name, not a name. */
export const describesByName = (word: string): boolean => /[\p{L}.][-‐–](?:based|born|led|backed|owned|made|style|linked|funded|run|bred|native)$/u.test(word);

/** "al-Sharif", "el-Amin": a lowercase particle joined to a capitalised word opens a name. */
const particleOpens = (toks: Token[], k: number): boolean =>
  NAME_PARTICLES.has(toks[k]!.lower) && !!toks[k + 1] && hyphenJoined(toks[k]!, toks[k + 1]!) && isCapitalised(toks[k + 1]!);

const isOrgWord = (t: Token) => hasTag(t, 'OrgHead') || hasTag(t, 'OrgOpener') || hasTag(t, 'EventHead') || hasTag(t, 'AwardHead');

/** "House of Representatives", "House of Commons": a house of a legislature is named on through "of". */
export const houseOf = (run: Token[], next: Token): boolean =>
  run.length > 0 && run[run.length - 1]!.lower === 'house' && next.lower === 'of' &&
  // ("the British House of Commons", "the US House of Representatives": a people's or a country's word before it;
  // "The House of Commons voted": the sentence's capitalised opener)
  run.slice(0, -1).every((t, k) => isDemonym(t.text) || countryName(t.text) !== undefined || (k === 0 && t.lower === 'the'));

/** "Treaty of Ostrel", "Declaration of Independence": an agreement named on through "of". */
export const agreementOf = (run: Token[], next: Token): boolean =>
  (next.lower === 'of' && hasTag(run.at(-1), 'AgreementHead') && (run.length === 1 || (run.length === 2 && run[0]!.lower === 'the'))) ||
  // ("the Comprehensive and Progressive Agreement for Trans-Pacific Partnership": an agreement's name goes on
  // through "for" when its words before the head already hold "and")
  (next.lower === 'for' && hasTag(run.at(-1), 'AgreementHead') && run.some((t) => t.lower === 'and'));

/** "Port of Velkor", "Gulf of Tesk", "Strait of Ostrel": a site named on through "of" and a capitalised word. */
export const siteOf = (run: Token[], next: Token, after: Token | undefined): boolean =>
  next.lower === 'of' && hasTag(run.at(-1), 'SiteHead') && !!after && isCapitalised(after) && (run.length === 1 || (run.length === 2 && run[0]!.lower === 'the'));

/** "the Battle of Ostrel", "Siege of Velkor": an event named on through "of" and a capitalised word. */
export const eventOf = (run: Token[], next: Token, after: Token | undefined): boolean =>
  next.lower === 'of' && hasTag(run.at(-1), 'EventOpener') && isCapitalised(run.at(-1)!) && !!after && isCapitalised(after) && (run.length === 1 || (run.length === 2 && run[0]!.lower === 'the'));

const RANKING = /^No\.\d+$/;

function nameEndsInConnector(run: Token[], toks: Token[]): boolean {
  const last = run[run.length - 1]!;
  const after = toks[last.i + 1];
  return (
    run.length >= 3 &&
    /^\p{Lu}\p{Ll}$/u.test(last.text) &&
    run.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NAME_CONNECTORS.has(t.lower)) &&
    (!after || /^[,.;:]/.test(last.post.trim()) || (/^\s+$/.test(last.post) && /^\p{Ll}/u.test(after.text)))
  );
}

/** The capitalised runs of one sentence. */
export function findRuns(sentence: Sentence, named: (lower: string) => boolean = () => false): Run[] {
  const runs: Run[] = [];
  const toks = sentence.tokens;
  let k = 0;
  while (k < toks.length) {
    const t = toks[k]!;
    // "See Facebook's policy": the imperative that opens the sentence is not the name's first word
    if (k === 0 && IMPERATIVE_OPENERS.has(t.lower) && toks[1] && isCapitalised(toks[1])) {
      k++;
      continue;
    }
    const opens = isNameWord(t, toks[k - 1]) || particleOpens(toks, k);
    if (!opens || (k > 0 && isNameWord(toks[k - 1]!, toks[k - 2]) && joined(toks[k - 1]!, t))) {
      k++;
      continue;
    }
    const run: Token[] = [t];
    let j = k + 1;
    while (j < toks.length) {
      const prev = toks[j - 1]!;
      const cur = toks[j]!;
      // "Kestrel Media, Inc.": a legal form after a comma is still the company's
      const legalForm = hasTag(cur, 'CompanySuffix') && /^,\s+$/.test(prev.post + cur.pre) && isCapitalised(prev) && /^\p{Lu}/u.test(cur.text);
      // "Roe v. Wade", "Tesk v Varo": a case (or a match) between two names is one name
      const versus = toks[j + 1];
      if (/^(?:v|vs)$/.test(cur.text) && /^\s+$/.test(prev.post) && /^\.?\s+$/.test(cur.post) && isCapitalised(prev) && versus && isCapitalised(versus) && !hasTag(versus, 'Date')) {
        run.push(cur, versus);
        j += 2;
        continue;
      }
      if (!joined(prev, cur) && !listComma(toks, j - 1, run) && !legalForm) break;
      // "Harbourline Capital plc": a legal form in lower case still ends the company's name
      // "Group of 20": a number after "of" closes an organisation's name
      const number = prev.lower === 'of' && /^\d{1,3}$/.test(cur.text) && run.some(isOrgWord);
      // "met in Portmere Thursday": a day after a name is when, not more of it ("Black Friday" and the "Good
      // Friday Agreement" are names: a day modifier before it, or more of the name after it)
      const next = toks[j + 1];
      if (WEEKDAY_WORDS.has(cur.lower) && !DAY_NAME_MODIFIERS.has(prev.lower) && !(next && isCapitalised(next) && joined(cur, next))) break;
      // ("praised Ana Lind We agree …": a line that lost its break; a subject pronoun opens the next sentence; "I"
      // is also a number: "World War I", "Charles I")
      if (/^(?:We|They|He|She|You)$/.test(cur.text)) break;
      // "in Ruritania Lind won the final": a country's one word before a known surname, with no comma, is where, not
      // a given name ("Jordan Lind" is a given name the tagger knows)
      if (run.length === 1 && hasTag(prev, 'Country') && !hasTag(prev, 'FirstName', 'Person') && hasTag(cur, 'LastName', 'Person') && !hasTag(cur, 'Place', 'Organization') && !(next && isCapitalised(next) && joined(cur, next))) break;
      if (isNameWord(cur, prev) || number || (hasTag(cur, 'CompanySuffix') && isCapitalised(prev))) {
        run.push(cur);
        j++;
        continue;
      }
      // "Industrial Light & Magic", "Procter & Gamble": an ampersand between capitalised words is inside the name
      if (cur.text === '&' && next && isCapitalised(next) && joined(cur, next)) {
        run.push(cur, next);
        j += 2;
        continue;
      }
      // "the Zembla Prize in literature", "the Zembla Prize for peace": a prize's field written in lower case is
      // still the prize's name
      const field = toks[j + 1];
      if ((cur.lower === 'in' || cur.lower === 'for') && hasTag(prev, 'AwardHead') && isCapitalised(prev) && field && PRIZE_FIELDS.has(field.lower) && !isCapitalised(field) && joined(prev, cur) && joined(cur, field)) {
        const sciences = field.lower === 'economic' && toks[j + 2]?.lower === 'sciences' && joined(field, toks[j + 2]!) ? 1 : 0;
        run.push(...toks.slice(j, j + 2 + sciences));
        j += 2 + sciences;
        continue;
      }
      // "Democratic Republic of Congo", "Republic of the Ostrel Islands": a country's name through "of"
      const state = countryThroughOf(toks, j, run);
      if (state > 0) {
        run.push(...toks.slice(j, j + state));
        j += state;
        continue;
      }
      // connectors inside organisation names: "Ministry of X and Y", "Committee on Foreign Investment in the
      // United Kingdom", "Ministry of Economy, Trade and Industry"; "Travel and Tourism Council"
      if (run.some(isOrgWord) || houseOf(run, cur) || agreementOf(run, cur) || siteOf(run, cur, toks[j + 1]) || eventOf(run, cur, toks[j + 1]) || andBeforeOrgHead(toks, j, run)) {
        const n = connectorsAt(toks, j - 1, run);
        if (n > 0) {
          run.push(...toks.slice(j, j + n));
          j += n;
          continue;
        }
      }
      if (NAME_PARTICLES.has(cur.lower)) {
        let m = j;
        while (m < toks.length && NAME_PARTICLES.has(toks[m]!.lower) && joined(toks[m - 1]!, toks[m]!)) m++;
        const head = toks[m];
        if (head && isCapitalised(head) && joined(toks[m - 1]!, head) && run.every((r) => !isOrgWord(r))) {
          run.push(...toks.slice(j, m));
          j = m;
          continue;
        }
      }
      break;
    }
    k = j;
    // "World No.1 Carlos Ruiz", "the world No. 2": a ranking before a name is not part of it, nor a name alone
    const ranked = run.findLastIndex((t) => RANKING.test(t.text) || (/^No\.?$/.test(t.text) && /^\d+$/.test(toks[t.i + 1]?.text ?? '')));
    if (ranked >= 0) run.splice(0, ranked + 1);
    trimOpener(run, named, run.length ? toks[run[0]!.i - 1] : undefined);
    // (but "Tor Jae In in April": a connector's word capitalised inside running text, after the name's other
    // words and before a lower-case word or a stop, is the name's last word)
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1]!.lower) && !nameEndsInConnector(run, toks)) run.pop();
    // "the Tesk Trust Case": a legal case is named by the party's name and the word, which is no part of it
    if (run.length > 2 && run[run.length - 1]!.text === 'Case') run.pop();
    if (run.length) runs.push({ sentence, tokens: run });
  }
  return joinQuotedNamesakes(runs);
}

/**
 * "the “Rodrigo IV” University Hospital", "the “Tarsk II” Mosque": a namesake in quotation marks right before
 * an institution's or a building's head word is the first part of its name, not a name of its own.
 */
function joinQuotedNamesakes(runs: Run[]): Run[] {
  for (let r = runs.length - 2; r >= 0; r--) {
    const quoted = runs[r]!.tokens;
    const head = runs[r + 1]!.tokens;
    const first = quoted[0]!;
    const last = quoted[quoted.length - 1]!;
    const inst = head[head.length - 1]!;
    if (!/[“"]$/.test(first.pre) || !/^[”"]\s+$/.test(last.post) || head[0]!.i !== last.i + 1 || head[0]!.pre !== '') continue;
    if (!hasTag(inst, 'OrgHead', 'SiteHead') || head.length < 2) continue;
    runs.splice(r, 2, { sentence: runs[r]!.sentence, tokens: [...quoted, ...head] });
  }
  return runs;
}

/** Whether the capitalised run from `from` ends in a word with `tag` ("Zembla Open" after "and"). */
function nextNameEndsIn(toks: Token[], from: number, tag: string): boolean {
  let m = from;
  while (toks[m + 1] && isCapitalised(toks[m + 1]!) && joined(toks[m]!, toks[m + 1]!)) m++;
  // an event's head may be followed by its number ("World War Two")
  if (tag === 'EventHead' && m - 1 > from && EVENT_ORDINAL.test(toks[m]!.text) && hasTag(toks[m - 1], tag)) return true;
  return m > from && hasTag(toks[m], tag);
}

/**
 * How many connector words ("of", "and", "in the") follow position `k` before the next capitalised word, when
 * they continue an organisation's name; 0 when they do not.
 */
function connectorsAt(toks: Token[], k: number, run: Token[]): number {
  // "the Zembla Prize for Physics or Chemistry": a prize's field may be two, joined by "or"
  const or = toks[k + 1];
  const field = toks[k + 2];
  if (or?.lower === 'or' && field && isCapitalised(field) && joined(toks[k]!, or) && joined(or, field) && run.some((t) => hasTag(t, 'AwardHead')) && run.some((t) => /^(in|for)$/.test(t.lower))) return 1;
  let n = 0;
  // "Ministry of Land, Infrastructure, Transport, and Tourism": the list's last comma before its "and"
  const serialComma = (a: Token, b: Token) => n === 0 && b.lower === 'and' && /^,\s+$/.test(a.post) && run.some((t) => t.lower === 'of') && run.some((t) => /^,\s+$/.test(t.post));
  // ("the Committee for a Responsible Budget": an article after a body's "for" is in its name)
  const article = (t: Token, m: number) => t.lower === 'a' && m === 1 && toks[k + 1]!.lower === 'for' && run.some(isOrgWord);
  while (n < 2 && toks[k + 1 + n] && (NAME_CONNECTORS.has(toks[k + 1 + n]!.lower) || article(toks[k + 1 + n]!, n)) && (joined(toks[k + n]!, toks[k + 1 + n]!) || serialComma(toks[k + n]!, toks[k + 1 + n]!))) n++;
  const head = toks[k + 1 + n];
  // "Group of 20": a number closes a name after "of"
  const number = !!head && /^\d{1,3}$/.test(head.text) && toks[k + 1]?.lower === 'of';
  if (!n || !head || (!isCapitalised(head) && !number) || !joined(toks[k + n]!, head)) return 0;
  // "the Finance Committee on Monday", "Brooklyn Center on April 11": a day or a month after a connector is
  // when, not more of the name
  if (WEEKDAY_WORDS.has(head.lower) || (hasTag(head, 'Month') && /^\d/.test(toks[k + 2 + n]?.text ?? ''))) return 0;
  const words = toks.slice(k + 1, k + 1 + n).map((t) => t.lower);
  if (words[0] === 'and' && hasTag(head, 'Person')) return 0;
  // "Member of the Tesk Council of Ministers and National Security Adviser": an office after "and" is a second
  // office of the person, no word of the body's name
  if (words[0] === 'and' && officeAhead(toks, k + 1 + n)) return 0;
  if (words[0] === 'and' && hasTag(head, 'Place') && !run.some((t) => t.lower === 'of')) return 0;
  const before = toks[k]!;
  // "the Tesk Institute of Technology and the Velkor Institute of Technology": "and the" before a name with a
  // body's head of its own opens that body, however open the first one's "of" list is
  if (words.join(' ') === 'and the') {
    let m = k + 1 + n;
    while (toks[m] && isCapitalised(toks[m]!) && !hasTag(toks[m], 'OrgHead', 'OrgOpener') && joined(toks[m - 1]!, toks[m]!)) m++;
    if (toks[m] && hasTag(toks[m], 'OrgHead', 'OrgOpener') && isCapitalised(toks[m]!) && run.some((t) => hasTag(t, 'OrgHead', 'OrgOpener'))) return 0;
  }
  // "a plant in Tesk and Velkor Motors' plant": a town's name (or a name after "in" before a body's) ends before
  // "and", unless the two are one place ("Trinidad and Tobago")
  const placeBefore = hasTag(before, 'City') || knownPlace(before.text) || (/^(?:in|at|near)$/.test(toks[k - 1]?.lower ?? '') && hasTag(head, 'Organization'));
  if (words[0] === 'and' && run.length === 1 && placeBefore && !knownPlace(`${before.text} and ${head.text}`) && countryName(`${before.text} and ${head.text}`) === undefined) return 0;
  // "Harbour News and Verilens", "the Five Harbours Movement and League": a full name ends in its head (a body's
  // word for itself too, capitalised); "and" starts the next name, unless an "of" list is still open ("Ministry
  // of Water and Sanitation")
  if (words[0] === 'and' && (hasTag(before, 'OrgHead') || (hasTag(before, 'BodyNoun') && isCapitalised(before))) && !run.some((t) => /^(of|for|on)$/.test(t.lower))) return 0;
  // "the Velkor Open and Zembla Open": an event's name ends in its head too, when the next one ends in one
  // (or in its head's number: "World War I and the Cold War")
  const eventEnd = hasTag(before, 'EventHead') || (EVENT_ORDINAL.test(before.text) && hasTag(toks[k - 1], 'EventHead'));
  // ("the Zembla Cup and Velkor League": two competitions, the second ending in a body's head)
  if (words[0] === 'and' && eventEnd && !run.some((t) => /^(of|for|on)$/.test(t.lower)) && (nextNameEndsIn(toks, k + 1 + n, 'EventHead') || nextNameEndsIn(toks, k + 1 + n, 'OrgHead'))) return 0;
  // "Academy of Dentistry in Houston": a city after "in" is where the body is, not its name; a country or a
  // continent is its reach ("Council for Rowing in Ruritania", "... Co-operation in Europe")
  if (words[0] === 'in' && n === 1 && isCity(head)) return 0;
  // "University of Tesk in Zembla": after a domain told with "of", a country after "in" is where the body is
  if (words[0] === 'in' && n === 1 && run.some((t) => t.lower === 'of') && countryName(head.text) !== undefined) return 0;
  // "Technical University in Graz", "Pillai Vaccines Ltd of Pune": a location after a full name
  if (words[0] === 'in' && (!run.some((t) => hasTag(t, 'OrgOpener')) || hasTag(before, 'OrgHead'))) return 0;
  // "Council of Advisers in the Lund administration": a name after "in" that describes a lowercase noun is
  // when or under whom, not more of the body's name
  if (words[0] === 'in') {
    let m = k + 1 + n;
    while (toks[m + 1] && isCapitalised(toks[m + 1]!) && joined(toks[m]!, toks[m + 1]!)) m++;
    const after = toks[m + 1];
    if (after && /^\s+$/.test(toks[m]!.post) && /^\p{Ll}/u.test(after.text) && hasTag(after, 'Noun') && !hasTag(after, 'Pronoun', 'Verb')) return 0;
  }
  if (hasTag(before, 'CompanySuffix')) return 0;
  // "the Velkor Committee of Tory backbenchers": a party's or a people's word after "of" that describes a plural
  // in lower case says whose members, not more of the name
  const described = toks[k + 2 + n];
  if (words[0] === 'of' && n === 1 && described && /^\s+$/.test(head.post) && /^\p{Ll}/u.test(described.text) && hasTag(described, 'Plural') && (PARTY_MEMBERS.has(head.lower) || isDemonym(head.text))) return 0;
  return n;
}

const isCity = (t: Token): boolean =>
  (hasTag(t, 'Place', 'City') || knownPlace(t.text)) &&
  !hasTag(t, 'Country', 'Region') &&
  countryName(t.text) === undefined &&
  !lexiconTags(t.text).some((tag) => tag === 'Place' || tag === 'Region' || tag === 'Country');

/**
 * "World Travel and Tourism Council": words with no head of their own, "and", then capitalised words that
 * end in an organisation's head are one name. People and places before "and" are a list ("Ruiz and Co").
 */
function andBeforeOrgHead(toks: Token[], j: number, run: Token[]): boolean {
  if (toks[j]?.lower !== 'and' || !joined(toks[j - 1]!, toks[j]!)) return false;
  // a name already whole before "and" ("the Harbour Party and Lantern Union") is one of two; the tagger's guess
  // that a word is an organisation's is not ("International Search and Rescue Group")
  // (a country's name or code before it is whose body it is: "the U.K. Harbour and Shipping Authority")
  const from = run.findIndex((t) => t.lower !== 'the' && countryName(t.text) === undefined);
  const own = from < 0 ? [] : run.slice(from);
  if (!own.length || own.some((t) => hasTag(t, 'Person', 'Place', 'Acronym', 'OrgHead'))) return false;
  for (let m = j + 1; m < toks.length && m <= j + 3; m++) {
    const t = toks[m]!;
    if (!isCapitalised(t) || !joined(toks[m - 1]!, t)) return false;
    // "the House and Senate": one word, "and", and a head alone are two bodies named short, not one name
    // ("Heads of State and Government" goes on: a word after "of" is a domain's)
    // ("the Comprehensive and Progressive Agreement for …": an agreement's name too)
    if (hasTag(t, 'OrgHead') || hasTag(t, 'AgreementHead')) return !(own.length === 1 && m === j + 1 && toks[own[0]!.i - 1]?.lower !== 'of' && !(toks[m + 1] && isCapitalised(toks[m + 1]!) && joined(t, toks[m + 1]!)));
  }
  return false;
}

/** "Ministry of Economy, Trade and Industry": a comma inside the list that ends an organisation's name. */
function listComma(toks: Token[], k: number, run: Token[]): boolean {
  const cur = toks[k]!;
  if (!/^,\s*$/.test(cur.post) || !run.some((t) => t.lower === 'of') || !run.some(isOrgWord)) return false;
  // the list must close with "and <Capitalised>" within a few words, with no other punctuation
  for (let m = k + 1; m < toks.length && m < k + 6; m++) {
    const t = toks[m]!;
    if (!isCapitalised(t) && t.lower !== 'and') return false;
    // "the Association of Tesk Nations, Zembla and Ruritania": countries listed after a body are not its domain
    if (hasTag(t, 'Country')) return false;
    if (t.lower === 'and') return !!toks[m + 1] && isCapitalised(toks[m + 1]!) && !hasTag(toks[m + 1], 'Country');
    if (!/^\s*$|^,\s*$/.test(t.post)) return false;
  }
  return false;
}

const isGerundOnly = (lower: string): boolean => {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((t) => t === 'Gerund');
};

/** Words that open a sentence to place it in time or in a sequence ("Later", "Afterwards", "Separately"). */
const SEQUENCE_OPENERS = new Set(['later', 'afterwards', 'afterward', 'separately', 'elsewhere', 'finally', 'earlier', 'previously', 'subsequently', 'meanwhile', 'yesterday', 'today', 'tonight', 'overnight']);

/** Drops a capitalised sentence opener that is not a name ("Countries", "Asked", "Both", "The"). */
function trimOpener(run: Token[], named: (lower: string) => boolean, before: Token | undefined): void {
  const first = run[0];
  if (!first) return;
  // (and after a dateline's dash: "Portmere, Zembla - The Harbour Health Organization said"; and after a
  // sentence's end the tagger did not split at: '"How crazy is that? The Union must stop," he wrote')
  const opens = first.i === 0 || /^["“‘'(]$/.test(first.pre.trim()) || /[:"“]\s*$/.test(first.pre) || (!!before && /\s[-–—]\s*$/.test(before.post)) || (!!before && /[.!?]["”’)]?\s+$/.test(before.post));
  const closedClass = hasTag(first, ...CLOSED_CLASS) || (NEVER_ALONE.has(first.lower) && (run.length === 1 || !isCapitalised(run[1]!)));
  if (closedClass && !hasTag(first, 'ProperNoun', 'Acronym')) {
    run.shift();
    return;
  }
  if (opens && closedClass) run.shift();
  // "Former Portmere police officer Ana Lind": a word that dates an office opens the sentence, not a name
  else if (opens && run.length > 1 && /^(former|then|late|outgoing|incoming)$/.test(first.lower) && !hasTag(first, 'ProperNoun', 'Person', 'Place', 'Organization')) run.shift();
  // '“Although Murray is …': a word the dictionary knows only as a closed-class word opens the clause, whatever
  // the tagger makes of it in context
  // (not a modal or a copula: "Will Ruiz said")
  else if (opens && run.length > 1 && lexiconTags(first.lower).some((t) => CLAUSE_OPENERS.includes(t))) run.shift();
  // a capitalised opener that compromise reads as an ordinary word ("Countries", "Asked", "Officials");
  // unknown words stay ("Ruto, who won …") and must earn their place with evidence later; so does a word the
  // article writes with a capital inside its sentences too ("Golden is …" after "Sarah Golden")
  else if (opens && run.length === 1 && hasTag(first, ...ORDINARY) && !hasTag(first, 'ProperNoun', 'Acronym', 'Person', 'Place', 'Organization') && !named(first.lower)) run.shift();
  // "Host Ana Lind came forward …", "Striker Oru Tesk scored": a trade or a part that opens the sentence before a
  // given name is what the person is, not the name's first word (titles, "President Ana Lind", stay)
  else if (opens && run.length > 2 && (hasTag(first, 'Actor') || ROLE_HEADS.has(first.lower)) && hasTag(run[1], 'FirstName') && !hasTag(first, 'Honorific', 'ProperNoun', 'Person', 'Place', 'Organization', 'TitleModifier', 'Style') && !NAME_TITLES.has(first.lower) && !named(first.lower)) run.shift();
  // "Later Ivo Marr said", "Meanwhile Ana Lind": an adverb of time or sequence that opens the sentence before a
  // name of two words or more is no word of it
  else if (opens && run.length > 2 && (SEQUENCE_OPENERS.has(first.lower) || lexiconTags(first.lower).some((t) => t === 'Adverb' || t === 'Date')) && !hasTag(first, 'ProperNoun', 'Person', 'Place', 'Organization', 'FirstName') && !named(first.lower)) run.shift();
  // "Carmaker Zembla will recall …": a company's trade opens the sentence, not the name
  else if (opens && run.length > 1 && hasTag(first, 'CompanyNoun') && !named(first.lower)) run.shift();
  // "Ten Velkor Union countries refused": a number written in words opens the sentence, not the name
  else if (opens && run.length > 1 && NUMBER_WORDS.test(first.text) && !named(first.lower)) run.shift();
  // "Landing of Kestrel 3 is expected …": an opener the dictionary knows only as a gerund is the action, whatever
  // the tagger makes of "X of Y" in context (unless the article capitalises it inside a sentence too)
  else if (opens && run.length === 1 && isGerundOnly(first.lower) && !named(first.lower)) run.shift();
  // "Like Kestrel, Uber …": an opener compromise reads as a verb, and nothing else, before a name is not its
  // first word (unless the article capitalises it inside a sentence too)
  // ("Storm Velkor swept in …" opens with a storm's name, not an order to storm)
  else if (opens && run.length > 1 && hasTag(first, 'Verb') && !hasTag(first, 'Noun', 'Adjective', 'ProperNoun', 'Acronym', 'Person', 'Place', 'Organization', 'StormWord') && !named(first.lower)) run.shift();
}

/**
 * Splits hyphenated pairs ("Lindqvist-Wu talks", "Japan-UK relations") into their two names when both sides are
 * names the article uses elsewhere; keeps real hyphenated names ("Trans-Pacific Trade Council", "Min-jun").
 */
export function splitPairs(runs: Run[], usedElsewhere: (word: string) => boolean): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const t = run.tokens;
    const cut = t.findIndex((tok, n) => n > 0 && hyphenJoined(t[n - 1]!, tok) && isCapitalised(tok));
    // "Al-Mansouri", "El-Sayed": a particle joined to a surname is one name
    const particle = NAME_PARTICLES.has(t[0]?.lower ?? '');
    // "joint US-New Zembla exercises", "Portmere-Velkor trains": two places joined, either of several words, when
    // the whole is no place's name ("Guinea-Bissau")
    const place = (tokens: Token[]) => {
      const text = tokens.map((x) => x.text).join(' ');
      return countryName(text) !== undefined || knownPlace(text);
    };
    const places = cut > 0 && !particle && !place(t) && countryName(runText(t)) === undefined && !knownPlace(runText(t)) && place(t.slice(0, cut)) && place(t.slice(cut));
    if (cut > 0 && ((t.length === 2 && !particle && usedElsewhere(t[0]!.lower) && usedElsewhere(t[1]!.lower)) || places)) {
      const a: Run = { sentence: run.sentence, tokens: t.slice(0, cut) };
      const b: Run = { sentence: run.sentence, tokens: t.slice(cut) };
      a.pairWith = b;
      b.pairWith = a;
      out.push(a, b);
    } else out.push(run);
  }
  return out;
}

export const runText = (tokens: readonly Token[]): string =>
  tokens.map((t, n) => (n === 0 ? '' : hyphenJoined(tokens[n - 1]!, t) ? '-' : ' ') + t.text).join('');

/** The capitalised words from `m` on end in an office's word ("National Security Adviser"), not a body's. */
function officeAhead(toks: Token[], m: number): boolean {
  let end = m;
  while (toks[end + 1] && isCapitalised(toks[end + 1]!) && joined(toks[end]!, toks[end + 1]!)) end++;
  const last = toks[end]!;
  return isCapitalised(last) && hasTag(last, 'RoleHead') && !hasTag(last, 'OrgHead', 'OrgOpener');
}
