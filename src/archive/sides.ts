/**
 * The sides of a match, told by its score: "a 2-2 draw with Harlow", "a 3-0 win over Tesk", "Velkor
 * were held 2-2 by Harlow", "Velkor beat Tesk 2-1". A club is mostly named after its town ("Tesk") or by a
 * word the tagger takes for a given name ("Harlow"): in a sentence that gives a score, such a name is the club,
 * an organisation. A country stays the place it is (its national team is the country), and a person named in
 * full stays a person (a tennis match has scores too).
 */
import { countryName } from '../nlp/gazetteer';
import { lexiconTags, type Sentence, type Token } from '../nlp/tokens';

/** "2-2", "3–0": a score (a year range, "2013-14", is no score: at most two digits a side, and not 19xx/20xx). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
/** What a score describes, before the side it was against: "a 3-1 win against", "a 2-2 draw with". */
const RESULTS = /^(?:draw|win|victory|defeat|loss|thrashing|triumph|rout|drubbing|success)$/;
/** (Not "at": "a 1-1 draw at the Tesk ground" is where it was played.) */
const AGAINST = /^(?:with|against|over|to|by)$/;
/** Verbs of a result, between its two sides: "Velkor beat Tesk 2-1", "Tesk were held 2-2 by Velkor". */
const RESULT_VERBS = /^(?:beat|beats|defeated|defeats|edged|thrashed|routed|stunned|held|drew|overcame|outclassed|hammered)$/;

/** Whether the name from `first` to `last` is told in `sentence` as a side of a scored match (a country's name is its place's). */
export function sideOfMatch(first: Token, last: Token, sentence: Sentence, text: string): boolean {
  const toks = sentence.tokens;
  // (a country's side is the country: home nations the dictionary knows as countries, and a country named with a
  // compass word, "West Ruritania")
  if (countryName(text) !== undefined || lexiconTags(text).includes('Country') || countryName(text.replace(/^(?:North|South|East|West) /, '')) !== undefined || !toks.some((t) => SCORE.test(t.text))) return false;
  const before = toks[first.i - 1];
  const after = toks[last.i + 1];
  // "Velkor Rovers' 2-2 draw with Harlow": the side whose result it is, and the side it was against
  if (last.possessive && SCORE.test(after?.text ?? '')) return true;
  const past = before?.lower === 'the' ? toks[first.i - 2] : before;
  if (past && AGAINST.test(past.lower) && RESULTS.test(toks[past.i - 1]?.lower ?? '') && SCORE.test(toks[past.i - 2]?.text ?? '')) return true;
  // "Velkor beat Tesk 2-1", "Tesk were held 2-2 by Velkor": either side of a verb of a result
  const verbAfter = /^(?:were|was|have|had|has)$/.test(after?.lower ?? '') ? toks[last.i + 2] : after;
  if (verbAfter && RESULT_VERBS.test(verbAfter.lower) && !/[,;:]/.test(last.post)) return true;
  let k = first.i - 1;
  if (toks[k]?.lower === 'by') k--;
  if (SCORE.test(toks[k]?.text ?? '')) k--;
  return k >= 0 && RESULT_VERBS.test(toks[k]!.lower) && !/[,;:]/.test(toks[k]!.post);
}
