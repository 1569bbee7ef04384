/**
 * Agreements the text names by what they are about, in lower case: "the Tesk nuclear deal", "the Portmere
 * climate agreement", "the 2015 Zembla grain accord", "the new Velkor framework", "the “Tesk protocol”". A place's
 * or body's name right after "the" (or after a year or a describing word after it, or in quotes), a few
 * classifying words, and the agreement's noun: a specific deal, named as news names it.
 * "a trade deal", "Zembla's deal with Tesk" and "the deal" name none.
 */
import { hasTag, type Sentence, type Token } from '../nlp/tokens';
import { type LocalEntity, upsertNamed } from './local';

const DEAL_NOUNS = new Set(['deal', 'agreement', 'accord', 'accords', 'pact', 'treaty', 'protocol', 'framework']);
/** Nouns that also name a body's technical or working scheme ("the Velkor protocol" of a software firm): a place's only. */
const PLACE_ONLY = new Set(['protocol', 'framework']);
/** Words that may stand between "the" and the name: "the new Tesk framework", "the so-called Velkor protocol". */
const describes = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && /^(?:\s+|-)$/.test(t.post) && (hasTag(t, 'Adjective') || /-called$/.test(t.text)) && !hasTag(t, 'Determiner', 'Pronoun', 'Possessive');
/** At most this many lower-case words between the name and the noun ("nuclear", "free trade"). */
const MAX_WORDS = 2;

export function findNamedDeals(sentences: Sentence[], entityAt: (offset: number) => LocalEntity | undefined): LocalEntity[] {
  const deals: LocalEntity[] = [];
  sentences.forEach((sentence, s) => {
    for (const noun of sentence.tokens) {
      if (!DEAL_NOUNS.has(noun.text)) continue;
      const next = sentence.tokens[noun.i + 1];
      if (next && /^\s+$/.test(noun.post) && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Preposition')) continue; // "the Tesk deal talks"
      let k = noun.i - 1;
      while (k >= 0 && noun.i - 1 - k < MAX_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(sentence.tokens[k]!.text) && hasTag(sentence.tokens[k]!, 'Noun', 'Adjective') && !hasTag(sentence.tokens[k]!, 'Determiner', 'Pronoun', 'Verb', 'Possessive')) k--;
      const last = sentence.tokens[k];
      const named = last && entityAt(last.start);
      if (!named || !(named.type === 'place' || (named.type === 'organization' && !PLACE_ONLY.has(noun.text))) || last.possessive || !/^\s+$/.test(last.post)) continue;
      const mention = named.mentions.find((m) => m.start <= last.start && m.end === last.end);
      if (!mention) continue;
      let opener = [...sentence.tokens].reverse().find((t) => t.end <= mention.start);
      for (let n = 0; n < 2 && opener && describes(opener); n++) opener = sentence.tokens[opener.i - 1];
      const year = opener && /^(19|20)\d\d$/.test(opener.text) ? opener : undefined;
      const the = year ? sentence.tokens[year.i - 1] : opener;
      // "the controversially named “Tesk framework”": a name in quotes is named whatever stands before it
      const first = sentence.tokens.find((t) => t.start === mention.start);
      const quoted = !!first && /[“"]\s*$/.test(first.pre) && /^[”"]/.test(noun.post);
      if (the?.lower !== 'the' && !quoted) continue;
      const text = (from: number) => sentence.text.slice(from - sentence.start, noun.end - sentence.start).replace(/\s+/g, ' ');
      // "the 2015 Tesk nuclear deal" is the Tesk nuclear deal; the year is another way to write it
      const name = text(mention.start);
      const deal = upsertNamed(deals, 'agreement', name, { start: year?.start ?? mention.start, end: noun.end, sentence: s });
      if (year) deal.aliases.add(text(year.start));
    }
  });
  return deals;
}
