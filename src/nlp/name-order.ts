/**
 * Which word of a personal name is the surname, when the text never uses one alone.
 * East Asian names are written surname first ("Dong Weiming", "Choi Min-jun"); the signals are the shape of the
 * name, never a list of names.
 */
import { NAME_PARTICLES } from './lexicon';
import { hasTag, type Token } from './tokens';

// A Hanyu Pinyin syllable: optional initial + final.
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)';
const ONE = new RegExp(`^${SYLLABLE}$`);
const ONE_OR_TWO = new RegExp(`^${SYLLABLE}(?:${SYLLABLE})?$`);

interface Word {
  text: string;
  lower: string;
  tokens: Token[];
}

/** Groups hyphen-joined tokens back into words ("Ji" "-" "hoon" → "Min-jun"). */
export function nameWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    const last = words[words.length - 1];
    if (prev && last && /^[-–]$/.test(prev.post + t.pre)) {
      last.text += `-${t.text}`;
      last.lower = last.text.toLowerCase();
      last.tokens.push(t);
    } else words.push({ text: t.text, lower: t.lower, tokens: [t] });
  });
  return words;
}

const REGNAL = /^(?:[IVX]{1,4}|Jr\.?|Sr\.?)$/;

/** The surname of a personal name of two or more words. */
export function surnameOf(tokens: readonly Token[]): string {
  const words = nameWords(tokens);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length < 2) return first.text;
  // a regnal number or generation is no surname: "Charles III", "Tomas Brel Jr."
  if (REGNAL.test(last.text)) return surnameOf(words.slice(0, -1).flatMap((w) => w.tokens));
  // "Ana von der Lind", "Tor bin Velk": the particles in lower case before the last word are the surname's ("Velk"
  // alone is another person: in "X bin Y", Y is the father)
  let from = words.length - 1;
  while (from > 1 && NAME_PARTICLES.has(words[from - 1]!.lower) && /^\p{Ll}/u.test(words[from - 1]!.text)) from--;
  if (from < words.length - 1) return words.slice(from).map((w) => w.text).join(' ');
  const tagged = (w: Word, tag: string) => w.tokens.some((t) => hasTag(t, tag));
  // Korean style: a hyphenated given name in lowercase after the hyphen ("Min-jun")
  if (words.length === 2 && /-\p{Ll}/u.test(last.text)) return first.text;
  // compromise knows the given name is last ("Orbán Viktor"): a man's or woman's name, not one that is as often
  // a surname ("Morgan" in "Piers Morgan"), after a surname that English would not write first (one with a letter
  // beyond ASCII): "Roddy Doyle" is in the usual order, though compromise knows Doyle as a man's name
  if (words.length === 2 && (tagged(last, 'MaleName') || tagged(last, 'FemaleName')) && !tagged(first, 'FirstName') && /[^\p{ASCII}]/u.test(first.text)) return first.text;
  // Chinese names in pinyin: a one-syllable surname, then a one- or two-syllable given name
  if (words.length === 2 && !words.some((w) => tagged(w, 'FirstName')) && ONE.test(first.lower) && ONE_OR_TWO.test(last.lower)) {
    return first.text;
  }
  return last.text;
}
