/**
 * An award's categories, which prize nights and their reports name as awards in their own right: "won Best New
 * Artist", "the Album Of The Year award", "the Men's Coach of the Year" in capitals; "won album of the year",
 * "claimed the prize for best pop vocal performance", "landed the record of the year honor", "the best new
 * artist award" in lower case. In lower case a category is one only beside a verb of winning or an award's
 * noun ("the best movie of the year", a director's praise, is none).
 */
import { hasTag, isCapitalised, type Sentence, type Token } from '../nlp/tokens';
import { type LocalEntity, upsertNamed } from './local';

const WINNING = /^(?:won|wins|win|winning|claimed|claims|claim|claiming|landed|lands|land|took|takes|take|collected|collects|collect|accepted|accepts|accepting|picked|nabbed|earned|scooped)$/;
const AWARD_NOUNS = /^(?:award|awards|prize|honor|honour|trophy|category|gong)$/;
/** Lower-case words a category of "best …" may run over: "best pop vocal album", "best musica urbana album". */
const MAX_WORDS = 5;

/** Where a run of `from`..`to` (token indexes) is a category by the words around it, in lower case. */
function besideAWin(toks: readonly Token[], from: number, to: number): boolean {
  let k = from - 1;
  if (toks[k]?.lower === 'the') k--;
  const before = toks[k];
  const after = toks[to + 1];
  if (before && WINNING.test(before.lower)) return true;
  // "the prize for best pop vocal performance", "the Grammy award for album of the year"
  if (before?.lower === 'for' && AWARD_NOUNS.test(toks[k - 1]?.lower ?? '')) return true;
  // "the best new artist award", "the record of the year honor"
  return !!after && AWARD_NOUNS.test(after.lower) && /^\s+$/.test(toks[to]!.post);
}

/** "… of the Year" from token `k` ("of"): the run's last index, or -1. */
function ofTheYear(toks: readonly Token[], k: number): number {
  return toks[k]?.lower === 'of' && toks[k + 1]?.lower === 'the' && toks[k + 2]?.lower === 'year' ? k + 2 : -1;
}

export function findAwardCategories(sentences: Sentence[], entityAt: (offset: number) => LocalEntity | undefined): LocalEntity[] {
  const awards: LocalEntity[] = [];
  const add = (sentence: Sentence, s: number, from: Token, to: Token) => {
    if (entityAt(from.start) || entityAt(to.start)) return;
    upsertNamed(awards, 'award', sentence.text.slice(from.start - sentence.start, to.end - sentence.start), { start: from.start, end: to.end, sentence: s });
  };
  sentences.forEach((sentence, s) => {
    const toks = sentence.tokens;
    const joined = (j: number) => /^\s+$/.test(toks[j]!.post) && !toks[j]!.possessive;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.text === 'Best' && i > 0) {
        // "Best Song Written For Visual Media": capitalised words after "Best", joined by spaces
        let j = i;
        while (toks[j + 1] && joined(j) && isCapitalised(toks[j + 1]!) && !hasTag(toks[j + 1]!, 'Date')) j++;
        if (j > i) add(sentence, s, t, toks[j]!);
        i = j;
      } else if (t.lower === 'best' && i > 0) {
        // "won best new artist", "the prize for best pop vocal performance"
        let j = i;
        while (j - i < MAX_WORDS && toks[j + 1] && joined(j) && /^\p{Ll}+$/u.test(toks[j + 1]!.text) && hasTag(toks[j + 1]!, 'Noun', 'Adjective') && !hasTag(toks[j + 1]!, 'Pronoun', 'Preposition', 'Determiner', 'Conjunction') && !AWARD_NOUNS.test(toks[j + 1]!.lower)) j++;
        // ("won the Golden Tesk award for best goalkeeper": what a named award was for, not an award of its own)
        const named = toks[i - 1]?.lower === 'for' && AWARD_NOUNS.test(toks[i - 2]?.lower ?? '') && isCapitalised(toks[i - 3] ?? t);
        if (j > i && besideAWin(toks, i, j) && !named) add(sentence, s, t, toks[j]!);
      } else {
        const end = ofTheYear(toks, i + 1);
        if (end < 0 || !joined(i)) continue;
        if (isCapitalised(toks[end]!)) {
          // "Album Of The Year", "the Men's Coach of the Year": capitalised words before "of the Year"
          if (!isCapitalised(t)) continue;
          let j = i;
          while (j > 0 && isCapitalised(toks[j - 1]!) && /^\s+$/.test(toks[j - 1]!.post)) j--;
          if (j === 0 && i === 0) continue;
          add(sentence, s, toks[j]!, toks[end]!);
        } else if (/^\p{Ll}+$/u.test(t.text) && hasTag(t, 'Noun') && besideAWin(toks, i, end)) {
          // "won album of the year", "the record of the year honor"
          add(sentence, s, t, toks[end]!);
        }
      }
    }
  });
  return awards;
}
