/**
 * Which word of a personal name is the surname, when the text never uses one alone.
 * East Asian names are written surname first ("Han Zheng", "Park Ji-hoon"); the signals are the shape of the
 * name, never a list of names.
 */
import { hasTag, type Token } from './tokens';

// A Hanyu Pinyin syllable: optional initial + final.
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)';
const ONE = new RegExp(`^${SYLLABLE}$`);
const ONE_OR_TWO = new RegExp(`^${SYLLABLE}(?:${SYLLABLE})?$`);

/** Index of the surname within `tokens` (a name of two or more words). */
export function surnameIndex(tokens: readonly Token[]): number {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // Korean style: a hyphenated given name in lowercase after the hyphen ("Ji-hoon")
  if (tokens.length === 2 && /-\p{Ll}/u.test(last.text)) return 0;
  // compromise knows the given name is last ("Orbán Viktor")
  if (hasTag(last, 'FirstName') && !hasTag(first, 'FirstName')) return 0;
  // Chinese names in pinyin: a one-syllable surname, then a one- or two-syllable given name
  if (!tokens.some((t) => hasTag(t, 'FirstName')) && tokens.length === 2 && ONE.test(first.lower) && ONE_OR_TWO.test(last.lower)) {
    return 0;
  }
  return tokens.length - 1;
}
