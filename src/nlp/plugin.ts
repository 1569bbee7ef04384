/**
 * Our word lists as a compromise plugin. After compromise has tagged a text, each word on one of our lists
 * (nlp/lexicon.ts) gets that list's tag as well: `#RoleHead`, `#OrgHead`, `#EventHead`, `#Gathering`... The
 * tags add to compromise's and never replace them, so its tagging is unchanged, and our code and compromise
 * `match` patterns can ask for them (`doc.match('#Organization #Gathering')`, `hasTag(token, 'RoleHead')`).
 */
import compromise from './compromise-lazy.cjs';
import {
  ACTIVE_EVENTS,
  ADDRESS_WORDS,
  AGREEMENT_HEADS,
  ASSAULT_VERBS,
  AWARD_HEADS,
  AWARD_OPENERS,
  BODY_NOUNS,
  COMPANY_NOUNS,
  COMPANY_SUFFIXES,
  CONTESTS,
  CREDENTIALS,
  EVENT_HEADS,
  EVENT_NOUNS,
  EVENT_OPENERS,
  GATHERINGS,
  GENERAL_OFFICES,
  INCIDENTS,
  KILLING_VERBS,
  MARKET_NOUNS,
  MEETING_NOUNS,
  MEETING_VERBS,
  ORG_HEADS,
  ORG_OPENERS,
  PASSIVE_EVENTS,
  OCCUPATIONS,
  PERSON_MAKERS,
  ROLE_HEADS,
  SITE_HEADS,
  SPEECH_VERBS,
  STRAND_VERBS,
  STAFF_NOUNS,
  STORM_WORDS,
  STYLES,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  VOTE_VERBS,
  WRECK_VERBS,
  FORMER_COUNTRIES,
} from './lexicon';

/** Tag → the words that carry it. */
export const WORD_TAGS = {
  RoleHead: ROLE_HEADS,
  Trade: OCCUPATIONS,
  TitleModifier: TITLE_MODIFIERS,
  OrgHead: ORG_HEADS,
  BodyNoun: BODY_NOUNS,
  SiteHead: SITE_HEADS,
  OrgOpener: ORG_OPENERS,
  CompanySuffix: COMPANY_SUFFIXES,
  EventHead: EVENT_HEADS,
  EventNoun: EVENT_NOUNS,
  EventOpener: EVENT_OPENERS,
  Gathering: GATHERINGS,
  Contest: CONTESTS,
  Incident: INCIDENTS,
  MeetingNoun: MEETING_NOUNS,
  MeetingVerb: MEETING_VERBS,
  SpeechVerb: SPEECH_VERBS,
  AgreementHead: AGREEMENT_HEADS,
  AwardHead: AWARD_HEADS,
  AwardOpener: AWARD_OPENERS,
  PassiveEvent: new Set(PASSIVE_EVENTS.keys()),
  ActiveEvent: new Set(ACTIVE_EVENTS.keys()),
  AssaultVerb: new Set(ASSAULT_VERBS.keys()),
  KillingVerb: new Set(KILLING_VERBS.keys()),
  WreckVerb: new Set(WRECK_VERBS.keys()),
  StrandVerb: STRAND_VERBS,
  VoteVerb: VOTE_VERBS,
  AddressWord: ADDRESS_WORDS,
  Credential: CREDENTIALS,
  StaffNoun: STAFF_NOUNS,
  StormWord: STORM_WORDS,
  Style: STYLES,
  CompanyNoun: COMPANY_NOUNS,
  MarketNoun: MARKET_NOUNS,
} as const satisfies Record<string, ReadonlySet<string>>;

export type WordTag = keyof typeof WORD_TAGS;

/** Word → our tags for it, built once from the lists. */
const TAGS_OF = new Map<string, WordTag[]>();
for (const [tag, words] of Object.entries(WORD_TAGS) as [WordTag, ReadonlySet<string>][]) {
  for (const w of words) TAGS_OF.set(w, [...(TAGS_OF.get(w) ?? []), tag]);
}

interface Term {
  normal?: string;
  text: string;
  post?: string;
  tags: Set<string>;
}

const normalOf = (term: Term): string => term.normal ?? term.text.toLowerCase();
const capitalised = (term: Term): boolean => /^[A-Z]/.test(term.text);

/**
 * Tags that depend on the words around `terms[k]`, where compromise's own taggers read real copy wrong.
 */
function tagInContext(terms: Term[], k: number, word: string): void {
  const term = terms[k]!;
  const before = terms[k - 1];
  // "Attorney General Ana Tesk": the office's second word, which compromise takes for a name's first word
  // when it does not know the name after it ("U.S. Attorney General Ivo Marsh" read "General Ivo Marsh")
  if (word === 'general' && before && GENERAL_OFFICES.has(normalOf(before)) && capitalised(term)) {
    term.tags.add('Honorific');
    term.tags.delete('FirstName');
  }
  // "Velkor Gov. Ivo Marsh", "Sen. Ana Tesk": an office written short before a name; the words after it are
  // the person's name, not more of a place the tagger read into the line from an unknown word before it
  if (TITLE_ABBREVIATIONS.has(word) && capitalised(term) && /^\.\s+$/.test(term.post ?? '')) {
    term.tags.add('Honorific');
    term.tags.delete('Place');
    for (let j = k + 1; j < terms.length && j <= k + 4 && capitalised(terms[j]!); j++) {
      if (TITLE_ABBREVIATIONS.has(normalOf(terms[j]!))) continue; // "Lt. Gov."
      terms[j]!.tags.delete('Place');
      terms[j]!.tags.add('Person');
      if (!/^\s+$/.test(terms[j]!.post ?? '')) break;
    }
  }
  // "Housing Minister Dr Ana Lind", "Mr Tor Velk", "Dr. Ana Lind": a courtesy title (without its full stop, as
  // British papers write it, or with it) before a capitalised word is a title, not the name's first word nor a place
  if (/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)$/.test(term.text) && /^\.?\s+$/.test(term.post ?? '') && terms[k + 1] && capitalised(terms[k + 1]!)) {
    term.tags.add('Honorific');
    term.tags.delete('Place');
    term.tags.delete('Abbreviation');
    for (let j = k + 1; j < terms.length && j <= k + 3 && capitalised(terms[j]!); j++) {
      terms[j]!.tags.delete('Place');
      terms[j]!.tags.add('Person');
      if (!/^\s+$/.test(terms[j]!.post ?? '')) break;
    }
  }
  // "Stormfall maker Ostrel", "Gamestation-maker Tesko": the maker of a named product is a company (a
  // "net maker" opening a sentence is a person's trade)
  if (word === 'maker' && k > 1 && before && capitalised(before)) term.tags.add('CompanyNoun');
  // "video game-maker Tesko", "toymaker Ostrel": the maker of goods is a company ("lawmaker", "policy-maker" are people)
  const goods = word === 'maker' && before && /^-$/.test((before.post ?? '').trim()) ? normalOf(before) : /^([a-z]+)maker$/.exec(word)?.[1];
  if (goods && /^[a-z]+$/.test(goods) && !PERSON_MAKERS.has(goods)) {
    term.tags.add('CompanyNoun');
    term.tags.delete('Actor');
  }
  // "to batter Velkor's coast", "will coach Ana Lind": an office's word used as a verb holds no office
  // (nor a trade's: "to batter Zembla's coast")
  if ((term.tags.has('RoleHead') || term.tags.has('Trade')) && term.tags.has('Verb') && !term.tags.has('Noun') && before && /^(?:to|will|would|could|can|may|might)$/.test(normalOf(before))) {
    term.tags.delete('RoleHead');
    term.tags.delete('Trade');
  }
  if (word === 'general' && capitalised(term) && !(before && GENERAL_OFFICES.has(normalOf(before)))) rankBeforeName(terms, k);
  // "Justices Ana Lind, Ivo Marsh and …", "Senators X and Y": an office's plural before the names it titles
  // (a person's given name next: "Champions League", "Owners Association", "Attorneys General" are no titles)
  const after = terms[k + 1];
  if (/s$/.test(word) && after && capitalised(after) && !TAGS_OF.has(normalOf(after)) && (after.tags.has('FirstName') || after.tags.has('Person')) && TAGS_OF.get(word.slice(0, -1))?.includes('RoleHead')) term.tags.add('RoleHead');
  // "Justice Ana Lind" is a judge; "the Justice Department", "Justice Minister X" are a portfolio's
  if (word === 'justice' && after && TAGS_OF.get(normalOf(after))?.some((tag) => tag === 'OrgHead' || tag === 'RoleHead')) term.tags.delete('RoleHead');
  // "Velkor star Ana Lind" is a player; "Star Harbour Saga", "the Portmere Star" are names
  if (word === 'star' && capitalised(term)) term.tags.delete('RoleHead');
  // "informed WHO Director-General X": a closed-class word written in capitals inside lower-case text is an
  // acronym (not a question: a headline in capitals is read as one, its neighbours in capitals too)
  if (/^[A-Z]{3,}$/.test(term.text) && (term.tags.has('QuestionWord') || term.tags.has('Preposition') || term.tags.has('Conjunction')) && !/^[A-Z]{2,}$/.test(before?.text ?? '') && !/^[A-Z]{2,}$/.test(after?.text ?? '')) {
    for (const tag of ['QuestionWord', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner']) term.tags.delete(tag);
    term.tags.add('Noun');
    term.tags.add('ProperNoun');
    term.tags.add('Acronym');
  }
  // "12:00 PM PT", "at 8 PM": a time of day after its figures, not a prime minister
  if (word === 'pm' && before && /\d$/.test(before.text)) term.tags.delete('RoleHead');
  // "Zembla great Ana Lind", "Velkor legend Tor Velk": a side's great or legend before a name is what the person is
  // (not "Great Britain", nor "a great deal")
  if ((word === 'great' || word === 'legend') && !capitalised(term) && before && capitalised(before) && after && capitalised(after) && /^\s+$/.test(term.post ?? '')) term.tags.add('RoleHead');
  // "Erling Tesk", "Channing Lind": a capitalised word read as a verb's -ing form from its ending alone (compromise
  // knows no such verb) before a name's word is a given name ("Winning Tesk", "Building Velkor" are verbs it knows)
  if (term.tags.has('Gerund') && capitalised(term) && after && capitalised(after) && /^\s+$/.test(term.post ?? '') && after.tags.has('ProperNoun') && !after.tags.has('Place') && !after.tags.has('Organization') && !knownWord(word)) {
    for (const tag of ['Verb', 'Gerund', 'PresentTense', 'Infinitive']) term.tags.delete(tag);
    for (const tag of ['Noun', 'ProperNoun', 'FirstName', 'Person']) term.tags.add(tag);
    after.tags.add('Person');
  }
}

let lexicon: Record<string, unknown> | undefined;
/** Whether compromise's own lexicon has the word (its verbs' -ing forms are in it: "winning", "building"). */
const knownWord = (word: string): boolean => {
  lexicon ??= (compromise().world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  return lexicon[word] !== undefined;
};

/**
 * "General Tavi Korrin Varo, head of the guard,": a rank before a name of two words or more that are no body's
 * or place's ("General Motors", "General Assembly" are names of one word after it); the words after it are the
 * person's name.
 */
function rankBeforeName(terms: Term[], k: number): void {
  const nameWord = (t: Term) => capitalised(t) && !TAGS_OF.has(normalOf(t)) && !t.tags.has('Organization') && !t.tags.has('Place') && t.tags.has('ProperNoun');
  // ("Senior General Min Aung Hlaing": a name's first word the tagger read as a unit of time, "min", with more of
  // the name after it)
  const unitWord = (t: Term, next: Term | undefined) => capitalised(t) && t.tags.has('Duration') && /^\s+$/.test(t.post ?? '') && !!next && nameWord(next);
  let j = k + 1;
  if (terms[j] && unitWord(terms[j]!, terms[j + 1])) {
    for (const tag of ['Date', 'Duration']) terms[j]!.tags.delete(tag);
    terms[j]!.tags.add('ProperNoun');
  }
  while (j <= k + 4 && terms[j] && nameWord(terms[j]!)) if (!/^\s+$/.test(terms[j++]!.post ?? '')) break;
  if (j - k - 1 < 2) return;
  terms[k]!.tags.add('Honorific');
  terms[k]!.tags.delete('Adjective');
  for (let n = k + 1; n < j; n++) terms[n]!.tags.add('Person');
}

/** The hook's name: it runs after compromise's own taggers on every parse. */
export const NEWS_WORDS_HOOK = 'newsWords';

export const newsWordsPlugin = {
  tags: Object.fromEntries(Object.keys(WORD_TAGS).map((tag) => [tag, {}])),
  words: Object.fromEntries(FORMER_COUNTRIES.map((name) => [name.toLowerCase(), 'Country'])),
  compute: {
    [NEWS_WORDS_HOOK]: (view: { docs: Term[][] }) => {
      for (const terms of view.docs) {
        terms.forEach((term, k) => {
          const word = (term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, '');
          const tags = TAGS_OF.get(word);
          if (tags) for (const tag of tags) term.tags.add(tag);
          tagInContext(terms, k, word);
        });
      }
    },
  },
  hooks: [NEWS_WORDS_HOOK],
};
