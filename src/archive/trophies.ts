/**
 * Awards written as one capitalised word after a verb of winning ("she won an Oscar", "two Grammys on
 * Sunday") or with a French "d'Or" ("the Palme d'Or", "a third Ballon d'Or"): the tagger takes the first for a
 * given name and the second for a name and a determiner, so no run of capitals finds them.
 */
import { hasTag, isCapitalised, type Sentence } from '../nlp/tokens';
import { type LocalEntity, type Span, upsertNamed } from './local';

const WIN_VERBS = /^(?:won|wins|win|winning|awarded|received|receives|receiving|collected|collects|claimed|claims|earned|earns|scooped|bagged|landed)$/;
/** What may stand between the verb and the award: "an", "two", "her third", "another". */
const COUNTERS = /^(?:a|an|the|another|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;
const DOR = /^d['’]or$/i;

export function findWonAwards(sentences: Sentence[], entityAt: (offset: number) => LocalEntity | undefined): LocalEntity[] {
  const awards: LocalEntity[] = [];
  const add = (name: string, span: Span) => upsertNamed(awards, 'award', name, span);
  sentences.forEach((sentence, s) => {
    const toks = sentence.tokens;
    for (const t of toks) {
      if (!isCapitalised(t) || entityAt(t.start)) continue;
      const next = toks[t.i + 1];
      if (next && DOR.test(next.text) && /^\s+$/.test(t.post)) {
        add(`${t.text} ${next.text}`, { start: t.start, end: next.end, sentence: s });
        continue;
      }
      // one capitalised word, counted after a verb of winning, with no noun after it ("an Oscar nomination")
      let k = t.i - 1;
      let counted = 0;
      while (k >= 0 && COUNTERS.test(toks[k]!.lower) && counted < 2) {
        k--;
        counted++;
      }
      if (!counted || k < 0 || !WIN_VERBS.test(toks[k]!.lower) || toks[t.i - 1]!.lower === 'the') continue;
      // "to win the 2023 Velkor": a year makes it an edition of a contest, not a trophy
      if (toks.slice(k + 1, t.i).some((c) => /^(?:19|20)\d\d$/.test(c.text))) continue;
      if (next && /^\s+$/.test(t.post) && (isCapitalised(next) || (hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Date')))) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || hasTag(t, 'Place', 'Organization', 'Date', 'Pronoun')) continue;
      add(t.text.replace(/(?<=\p{Ll})s$/u, ''), { start: t.start, end: t.end, sentence: s });
    }
  });
  return awards;
}
