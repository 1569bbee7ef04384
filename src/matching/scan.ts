/**
 * One left-to-right pass over the tokens: at each token, the longest form of the fact base that starts
 * there and fits the case rules; no overlaps. Lookups are hash probes on the flattened trie (load.ts).
 */
import { formOf, isEvent, isPerson, isRoleForm } from './entity';
import { entityOf, type LoadedMatcher } from './load';
import { isAcronym, isAnyCaseForm, startsUpper, type Token } from './tokenize';

/** A span of tokens that matches one or more forms. */
export interface Candidate {
  /** First and last token, inclusive. */
  i: number;
  j: number;
  /** Alias references (see load.ts) whose case rules the text satisfies. */
  refs: number[];
  /**
   * Only for spans that name an event, which may be rejected for its date, or a role taken for a person's name
   * (entity.ts: isRoleForm): the shorter matches inside the span, used instead ("OECS summit" in a 2024 story →
   * "OECS", the organisation).
   */
  inner?: Candidate[];
}

/** The longest candidates, left to right, between tokens `from` and `to` (inclusive). */
export function scan(m: LoadedMatcher, tokens: Token[], from = 0, to = tokens.length - 1, wholeAllowed = true): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i <= to; ) {
    const c = matchAt(m, tokens, i, i === from && !wholeAllowed ? to - 1 : to);
    if (!c) {
      i++;
      continue;
    }
    if (c.j > c.i && c.refs.some((r) => isEvent(m.compiled, entityOf(r)) || isRoleForm(m, r))) c.inner = scan(m, tokens, c.i, c.j, false);
    out.push(c);
    i = c.j + 1;
  }
  return out;
}

function matchAt(m: LoadedMatcher, tokens: Token[], i: number, maxEnd: number): Candidate | undefined {
  const first = tokens[i]!;
  if (!first.upper && !m.lowerStarts.has(first.lower)) return undefined;
  let best: Candidate | undefined;
  let key = first.lower;
  for (let j = i; ; ) {
    const refs = m.forms.get(key);
    if (refs) {
      let fitting = refs.filter((r) => caseFits(formOf(m, r), tokens, i, j));
      // a form spelt as the page spells it beats one whose hyphen the page wrote as a space
      const exact = fitting.filter((r) => formOf(m, r).toLowerCase() === key);
      if (exact.length) fitting = exact;
      if (fitting.length) best = { i, j, refs: fitting };
    }
    if (j >= maxEnd) break;
    const next = tokens[j + 1]!;
    if (j === i && j + 2 <= maxEnd && m.prefixes.has(key)) {
      const withInitial = middleInitial(m, tokens, i, key) ?? middleName(m, tokens, i, key);
      if (withInitial) return withInitial;
    }
    // a possessive ends a name unless a form has it inside ("People's Party", normalised with its 's)
    const prefix = next.joined ? key : next.afterPossessive ? `${key}'s` : undefined;
    if (prefix === undefined || !m.prefixes.has(prefix)) break;
    j++;
    key = `${prefix} ${next.lower}`;
  }
  return best;
}

/**
 * "Ada K. Okafor": a person's two-word name with a middle initial the archive does not write. The initial is a
 * single capital right after the first name, followed by its dot and a space; the span covers all three.
 */
function middleInitial(m: LoadedMatcher, tokens: Token[], i: number, first: string): Candidate | undefined {
  const initial = tokens[i + 1]!;
  const last = tokens[i + 2]!;
  if (!initial.joined || initial.text.length !== 1 || !initial.upper || !last.upper || !last.brk || last.start - initial.end !== 2) return undefined;
  const refs = (m.forms.get(`${first} ${last.lower}`) ?? []).filter((r) => isPerson(m.compiled, entityOf(r)) && !isRoleForm(m, r));
  return refs.length ? { i, j: i + 2, refs } : undefined;
}

/**
 * "Ada Kemi Okafor": a person's two-word name with a middle name the archive does not write. The three words are
 * capitalised, side by side in one sentence, none possessive before the last, and the first two make no form of
 * the archive; the span covers all three.
 */
function middleName(m: LoadedMatcher, tokens: Token[], i: number, first: string): Candidate | undefined {
  const middle = tokens[i + 1]!;
  const last = tokens[i + 2]!;
  if (tokens[i]!.possessive || middle.possessive || !middle.joined || middle.brk || !last.joined || last.brk) return undefined;
  if (!middle.upper || !last.upper || middle.text.length < 2 || isAcronym(middle.text) || isAcronym(last.text)) return undefined;
  if (m.prefixes.has(`${first} ${middle.lower}`) || m.forms.has(`${first} ${middle.lower}`)) return undefined;
  const refs = (m.forms.get(`${first} ${last.lower}`) ?? []).filter((r) => isPerson(m.compiled, entityOf(r)) && !isRoleForm(m, r) && formOf(m, r).split(' ').length === 2);
  return refs.length ? { i, j: i + 2, refs } : undefined;
}

/**
 * Case rules. A short single word ("Wu", "US", "Dong") or an acronym ("OECS") matches only exactly as
 * the archive writes it: "us" and "Us" are not "US"; but an acronym with a digit ("KOP31") is no English
 * word in any case, so a capitalised spelling of it ("Kop31", the house style of some papers) matches. Otherwise every word the archive capitalises must
 * be capitalised on the page too (Title or ALL CAPS: "Lima", "LIMA"), so lower-case words in URLs
 * and running text ("china" the porcelain) do not match; official names ("Ministry of Finance") match in any case.
 */
function caseFits(form: string, tokens: Token[], i: number, j: number): boolean {
  if (!form.includes(' ') && (form.length <= 3 || isAcronym(form))) return tokens[i]!.text === form || (tokens[i]!.upper && isAcronym(form) && /\d/.test(form));
  if (isAnyCaseForm(form)) return true;
  let k = i;
  let parts = form.split(' ');
  // the page wrote a space where the form has a hyphen ("Lindqvist Moe"): compare the words only
  if (parts.length !== j - i + 1) parts = parts.filter((p) => p !== '-');
  for (const part of parts) {
    if (!tokens[k]!.upper && startsUpper(part)) return false;
    k++;
  }
  return true;
}
