/**
 * Fact base → compiled matcher, at build time (Node). Pure and deterministic.
 */
import type { Entity, FactBase } from '../factbase/schema';
import { MATCHER_VERSION, MAX_ALIASES, TYPE_CODES, type CompiledMatcher } from './compiled';
import { NEEDS_SUPPORT, wellKnownForms } from './short-forms';
import { GENERIC_ALONE } from '../nlp/lexicon';
import { lexiconTags } from '../nlp/tokens';
import { isAcronym, tokenize } from './tokenize';
import { CASE_NAME, stormOwnName } from './words';

/** Enough description words to recognise a role next to a bare name; more adds size, not precision. */
const MAX_CONTEXT_WORDS = 6;
/** Words of a description that say nothing about who someone is. */
const STOP = new Set('the and for with between from into its his her their who was has had that this than over about also of'.split(' '));

/**
 * An alias's normalised form: its tokens joined by single spaces ("U.S." → "US"); a possessive inside is kept as
 * 's ("People's Party of Lima"), a final one dropped ("Macy’s" → "Macy", as the page's "Macy’s" is read).
 */
export const normaliseAlias = (alias: string): string =>
  tokenize(alias)
    .map((t, k, all) => (t.possessive && k < all.length - 1 ? `${t.text}'s` : t.text))
    .join(' ');

/** A single word or an acronym: a form that could also mean something else, so it needs support on the page. */
export const isShortForm = (form: string): boolean => !form.includes(' ') || isAcronym(form.replace(/ /g, ''));

/**
 * Compiles the fact base's names and aliases into the structure `findMentions` scans with.
 * Facts are not copied: the card reads them from the fact base.
 */
export function compileMatcher(fb: FactBase): CompiledMatcher {
  const index = new Map(fb.entities.map((e, i) => [e.id, i]));
  const m: CompiledMatcher = { version: MATCHER_VERSION, ids: [], names: [], types: '', aliases: [], firstShort: [], dates: [], related: [], context: [], participants: [] };
  const granted = grantedForms(fb);
  const named = new Set(fb.entities.flatMap((e) => [e.name, ...e.aliases].map(normaliseAlias)));
  for (const e of fb.entities) {
    const swapped = swappedPair(e, named);
    if (swapped) granted.set(e.id, [...(granted.get(e.id) ?? []), swapped]);
  }
  const initials = initialForms(fb, named);
  for (const [id, forms] of partyForms(fb, named)) initials.set(id, [...(initials.get(id) ?? []), ...forms]);
  for (const e of fb.entities) appendEntity(m, e, index, granted.get(e.id) ?? [], initials.get(e.id) ?? []);
  return m;
}

/** "VELKA" → "Velka": acronyms of four letters or more in title case, when that is no word of the dictionary. */
function titleCaseAcronyms(forms: readonly string[]): string[] {
  return forms.filter((f) => /^[A-Z]{4,}$/.test(f)).map((f) => `${f[0]}${f.slice(1).toLowerCase()}`).filter((f) => lexiconTags(f).every((t) => t === 'Organization'));
}

/** Words an organisation's initials skip ("Velkor Court of Appeal" → "VCA"). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', '&']);

/**
 * "VCA" on a page for the archive's "Velkor Court of Appeal": the initials of a body's name of three words or
 * more, when no entity of the archive writes them and no other body has them. Like a surname, such a form needs
 * support on the page (its full name, a related name, or a word of its description).
 */
function initialForms(fb: FactBase, named: ReadonlySet<string>): Map<string, string[]> {
  const byForm = new Map<string, string[]>();
  for (const e of fb.entities) {
    if (e.type !== 'organization') continue;
    const words = e.name.split(/\s+/).filter((w) => !INITIALS_SKIP.has(w.toLowerCase()));
    if (words.length < 3 || words.length > 6 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const form = words.map((w) => w[0]).join('');
    byForm.set(form, [...(byForm.get(form) ?? []), e.id]);
  }
  const out = new Map<string, string[]>();
  for (const [form, ids] of byForm) if (ids.length === 1 && !named.has(form)) out.set(ids[0]!, [form]);
  return out;
}

/**
 * "Tesk" on a page that names "Tesk v. Varo": a legal case goes by its first party's name alone, backed like a
 * surname by the full name, when no entity of the archive is named so and no other case opens with it.
 */
function partyForms(fb: FactBase, named: ReadonlySet<string>): Map<string, string[]> {
  const byForm = new Map<string, string[]>();
  for (const e of fb.entities) {
    const parties = e.type === 'event' && !e.participants?.length ? CASE_NAME.exec(e.name) : null;
    const form = parties ? normaliseAlias(parties[1]!) : '';
    if (form) byForm.set(form, [...(byForm.get(form) ?? []), e.id]);
  }
  const out = new Map<string, string[]>();
  for (const [form, ids] of byForm) if (ids.length === 1 && !named.has(form)) out.set(ids[0]!, [form]);
  return out;
}

/**
 * Appends one entity to a compiled matcher (in place). `index` gives the matcher position of every entity
 * it may refer to (related names, participants); `granted` are the well-known short forms it receives.
 */
export function appendEntity(m: CompiledMatcher, e: Entity, index: ReadonlyMap<string, number>, granted: readonly string[] = [], initials: readonly string[] = []): void {
  // a name with no word in it ("—") can never match; keep it so that indices stay aligned
  const name = normaliseAlias(e.name) || e.name;
  const seen = new Set([name]);
  const long: string[] = [];
  const short: string[] = [];
  const wellKnown = wellKnownForms([name]).map(normaliseAlias);
  for (const alias of e.aliases) {
    const form = normaliseAlias(alias);
    // "US" and "U.S." normalise alike; a form differing only in case is a different case rule, keep it
    if (!form || seen.has(form)) continue;
    seen.add(form);
    // (a form the world uses for this very thing, "UK" of the United Kingdom, is as good as the name, as when the
    // archive never wrote it: see `granted`)
    (isShortForm(form) && !(wellKnown.includes(form) && !NEEDS_SUPPORT.has(form)) ? short : long).push(form);
  }
  // the archive's own description of the body before its acronym in brackets ("Lima's rowing federation (LRF)")
  for (const f of bracketExpansions(e, [name, ...short])) {
    if (seen.has(f)) continue;
    seen.add(f);
    long.push(f);
  }
  // "Tesk & Varo" and "Tesk and Varo": a body's name written with either (the archive wrote one)
  if (e.type === 'organization') {
    for (const f of [name, ...long].flatMap(ampersandForms)) {
      if (seen.has(f)) continue;
      seen.add(f);
      long.push(f);
    }
  }
  // a legal case written "v", "v.", "vs." or "versus" is the one case (its first party's name alone comes with
  // `initials`: see `partyForms`)
  const parties = e.type === 'event' && !e.participants?.length ? CASE_NAME.exec(e.name) : null;
  if (parties) {
    for (const f of ['v', 'v.', 'vs', 'vs.', 'versus'].map((v) => normaliseAlias(`${parties[1]} ${v} ${parties[2]}`))) {
      if (!f || seen.has(f)) continue;
      seen.add(f);
      long.push(f);
    }
  }
  // a storm goes by its own name alone ("Hurricane Pell" → "Pell"), backed like a surname by the full name
  const storm = stormName(e);
  if (storm && !seen.has(storm)) {
    seen.add(storm);
    short.push(storm);
  }
  // well-known short forms ("UK", "UAE") are as good as the name: they need no support on the page
  for (const f of granted) {
    if (seen.has(f)) continue;
    seen.add(f);
    (NEEDS_SUPPORT.has(f) ? short : long).push(f);
  }
  // a body's initials the archive never wrote ("SCA"), backed like a surname, and its acronym in title case as
  // some papers write it ("Velka" for "VELKA"; not when that is a word: "CARE" is not "Care")
  for (const f of [...initials, ...titleCaseAcronyms([name, ...long, ...short])]) {
    if (seen.has(f)) continue;
    seen.add(f);
    short.push(f);
  }
  const forms = [name, ...long, ...short].slice(0, MAX_ALIASES);
  m.ids.push(e.id);
  m.names.push(e.name);
  m.types += TYPE_CODES[e.type];
  m.aliases.push(forms);
  m.firstShort.push(Math.min(1 + long.length, forms.length));
  m.dates.push(e.type === 'event' ? (e.date ?? '') : '');
  m.related.push(e.related.map((r) => index.get(r.id)).filter((i): i is number => i !== undefined));
  m.context.push(contextWords(e.description));
  m.participants.push(e.type === 'event' ? (e.participants ?? []).map((id) => index.get(id)).filter((i): i is number => i !== undefined) : []);
}

/**
 * The well-known forms each entity receives: a form goes to an entity only when no entity of the archive writes
 * it and no other entity would receive it too (an archive with a stray "U.K." organisation beside its United
 * Kingdom gives neither "Britain").
 */
function grantedForms(fb: FactBase): Map<string, string[]> {
  const written = new Set<string>();
  const formsOf = new Map<string, string[]>();
  for (const e of fb.entities) {
    const forms = [e.name, ...e.aliases].map(normaliseAlias).filter(Boolean);
    for (const f of forms) written.add(f);
    formsOf.set(e.id, forms);
  }
  const receivers = new Map<string, Set<string>>();
  for (const [id, forms] of formsOf) {
    // (normalised as the archive's own forms are: "G-20" is the tokens "G - 20")
    for (const f of wellKnownForms(forms).map(normaliseAlias)) {
      if (!written.has(f)) receivers.set(f, (receivers.get(f) ?? new Set()).add(id));
    }
  }
  const granted = new Map<string, string[]>();
  for (const [form, ids] of receivers) {
    if (ids.size !== 1) continue;
    const id = [...ids][0]!;
    granted.set(id, [...(granted.get(id) ?? []), form]);
  }
  return granted;
}

/** Words that end a description before an acronym in brackets: "appointed by the ...", "its ...". */
const NOT_IN_DESCRIPTION = new Set('the a an its their his her our and or by from to with at in on for as that which who said says'.split(' '));
/** How many words a description before a bracketed acronym may have. */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * "Lima's rowing federation (LRF) said ...": the words an archive article writes right before an organisation's
 * acronym in brackets, as another form of it. Only a description that opens with a capitalised word ("Lima's",
 * "Liman") and ends in a body's head noun ("federation", "council"): "the central bank (LCB)" alone would match
 * every central bank.
 */
function bracketExpansions(e: Entity, forms: readonly string[]): string[] {
  if (e.type !== 'organization') return [];
  const acronyms = forms.filter((f) => !f.includes(' ') && isAcronym(f));
  const out = new Set<string>();
  for (const fact of e.facts) {
    for (const a of acronyms) {
      for (let at = fact.text.indexOf(`(${a})`); at > 0; at = fact.text.indexOf(`(${a})`, at + 1)) {
        const before = tokenize(fact.text.slice(Math.max(0, at - 120), at));
        let k = before.length - 1;
        while (k > 0 && before.length - k < MAX_DESCRIPTION_WORDS && (before[k]!.joined || before[k]!.afterPossessive) && !before[k]!.brk && !NOT_IN_DESCRIPTION.has(before[k - 1]!.lower) && /^\p{L}/u.test(before[k - 1]!.text)) k--;
        // "suspended Lima's rowing federation (LRF)": the description starts at its capitalised word
        while (k < before.length - 1 && !before[k]!.upper) k++;
        const words = before.slice(k);
        if (words.length < 2 || !words[0]!.upper || words.some((w, x) => x > 0 && w.upper) || !GENERIC_ALONE.has(words.at(-1)!.lower)) continue;
        out.add(words.map((w, x) => (w.possessive && x < words.length - 1 ? `${w.text}'s` : w.text)).join(' '));
      }
    }
  }
  return [...out];
}

/**
 * "Lima-OECS Council" for the archive's "OECS-Lima Council": a body or event whose name opens with two names of the
 * archive joined by a hyphen is also written with the pair the other way round.
 */
function swappedPair(e: Entity, named: ReadonlySet<string>): string | undefined {
  if (e.type !== 'organization' && e.type !== 'event') return undefined;
  const words = normaliseAlias(e.name).split(' ');
  if (words.length < 4 || words[1] !== '-' || !named.has(words[0]!) || !named.has(words[2]!) || words[0] === words[2]) return undefined;
  const swapped = [words[2], '-', words[0], ...words.slice(3)].join(' ');
  return named.has(swapped) ? undefined : swapped;
}

/** The own name of a storm event ("Pell" of "Hurricane Pell"). */
const stormName = (e: Entity): string | undefined => (e.type === 'event' ? stormOwnName(normaliseAlias(e.name)) : undefined);

function contextWords(description: string | undefined): string[] {
  if (!description) return [];
  const words = new Set<string>();
  for (const t of tokenize(description)) {
    // two-letter words ("US") would collide with pronouns once lower-cased
    if (t.lower.length > 2 && !STOP.has(t.lower) && /\p{L}/u.test(t.lower)) words.add(t.lower);
  }
  return [...words].slice(0, MAX_CONTEXT_WORDS);
}

/**
 * The other way of joining two capitalised words of a name: "&" for "and", "and" for "&", in a name of four words
 * or more ("Tesk & Varo Partners"; "Tesk and Varo" alone may be two people).
 */
function ampersandForms(form: string): string[] {
  if (form.split(' ').length < 4) return [];
  if (/ & /.test(form)) return [form.replace(/ & /g, ' and ')];
  return /\p{Lu}\S* and \p{Lu}/u.test(form) ? [form.replace(/(?<=\p{Lu}\S*) and (?=\p{Lu})/gu, ' & ')] : [];
}
