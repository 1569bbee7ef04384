/**
 * Changes of office: "X stepped down as Peru's climate envoy", "X resigned as minister", "X was replaced by
 * Y", "Y will succeed X as chief executive". The one who leaves gets the role as ended; the successor gets it
 * as held. Both are stated in the same sentence, which becomes a fact of each of them.
 */
import { LEAVING_VERBS, STEP_VERBS, SUCCESSION_VERBS } from '../nlp/lexicon';
import { hasTag, type Sentence, type Token } from '../nlp/tokens';
import type { LocalEntity, Role } from './local';


export interface RoleChange {
  person: LocalEntity;
  role: Role;
}

export function findRoleChanges(sentences: Sentence[], entityAt: (offset: number) => LocalEntity | undefined): RoleChange[] {
  const out: RoleChange[] = [];
  sentences.forEach((sentence, s) => {
    const toks = sentence.tokens;
    const personAt = (k: number) => {
      const e = toks[k] && entityAt(toks[k]!.start);
      return e?.type === 'person' ? e : undefined;
    };
    /** The person whose name ends right before token k (over "who", "has", "will", "had", adverbs). */
    const subjectBefore = (k: number) => {
      for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
        const p = personAt(j);
        if (p) return p;
        if (!/^(has|had|have|will|would|is|was|to|who|also|formally|officially|abruptly|later|recently|,)$/.test(toks[j]!.lower)) return undefined;
      }
      return undefined;
    };
    for (const t of toks) {
      const k = t.i;
      if (LEAVING_VERBS.has(t.lower) && hasTag(t, 'Verb')) {
        let m = k + 1;
        if (STEP_VERBS.has(t.lower)) {
          if (toks[m]?.lower !== 'down') continue;
          m++;
        }
        const leaver = subjectBefore(k);
        const role = toks[m]?.lower === 'as' ? roleAt(toks, m + 1, s) : undefined;
        if (!leaver || !role) continue;
        out.push({ person: leaver, role: { ...role, ended: true } });
        // "… and was replaced by Y"
        const by = toks.findIndex((x, n) => n > m && /^(replaced|succeeded)$/.test(x.lower) && toks[n + 1]?.lower === 'by');
        const successor = by > 0 ? firstPerson(toks, by + 2, personAt) : undefined;
        if (successor && successor !== leaver) out.push({ person: successor, role });
      } else if (SUCCESSION_VERBS.has(t.lower) && hasTag(t, 'Verb') && toks[k + 1]?.lower !== 'by') {
        // "Y will replace X as envoy"
        const successor = subjectBefore(k);
        const leaver = firstPerson(toks, k + 1, personAt);
        if (!successor || !leaver || successor === leaver) continue;
        const as = toks.findIndex((x, n) => n > k && x.lower === 'as');
        const role = as > 0 ? roleAt(toks, as + 1, s) : undefined;
        if (!role) continue;
        out.push({ person: successor, role }, { person: leaver, role: { ...role, ended: true } });
      }
    }
  });
  return out;
}

function firstPerson(toks: Token[], from: number, personAt: (k: number) => LocalEntity | undefined): LocalEntity | undefined {
  for (let n = from; n < toks.length && n < from + 4; n++) {
    const p = personAt(n);
    if (p) return p;
  }
  return undefined;
}

/** The role phrase starting at token k ("Peru's climate envoy", "the company's chief executive"). */
function roleAt(toks: Token[], k: number, sentence: number): Role | undefined {
  const words: Token[] = [];
  let nationality: string | undefined;
  for (let n = k; n < toks.length && words.length < 6; n++) {
    const t = toks[n]!;
    if (/^(the|a|an|his|her|their|its)$/.test(t.lower)) continue;
    if (t.possessive && !words.length) {
      nationality = t.text;
      continue;
    }
    if (hasTag(t, 'Preposition', 'Conjunction', 'Verb', 'Date', 'Value') && !hasTag(t, 'RoleHead')) break;
    words.push(t);
    if (/[,;:.]/.test(t.post)) break;
  }
  // the phrase ends at its last office word: "climate envoy on Wednesday" → "climate envoy"
  let end = words.length;
  while (end > 0 && !hasTag(words[end - 1]!, 'RoleHead')) end--;
  if (!end) return undefined;
  const rest = words
    .slice(0, end)
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
  const text = nationality ? `${nationality}'s ${rest}` : rest;
  return { text, sentence, rest, ...(nationality ? { nationality } : {}) };
}
