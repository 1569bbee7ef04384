/**
 * Small readers over the compiled matcher's columns, so the rules read as rules.
 */
import { TYPE_CODES, type CompiledMatcher } from './compiled';
import { TYPE_WORDS } from './words';
import { aliasOf, entityOf, type LoadedMatcher } from './load';

/** The form (normalised alias) an alias reference points to. */
export const formOf = (m: LoadedMatcher, ref: number): string => m.compiled.aliases[entityOf(ref)]![aliasOf(ref)]!;

/** The reference is one of its entity's short forms (a single word or acronym that is not the name). */
export const isShortRef = (m: LoadedMatcher, ref: number): boolean => aliasOf(ref) >= m.compiled.firstShort[entityOf(ref)]!;

export const isEvent = (c: CompiledMatcher, entity: number): boolean => c.types[entity] === TYPE_CODES.event;

/**
 * An event's form that names only its kind, perhaps with a year ("runoff", "2024 final", "presidential runoff"):
 * any story of that kind and time writes it, so like a short form it needs support on the page.
 */
export const isKindOnlyEvent = (m: LoadedMatcher, ref: number): boolean => isEvent(m.compiled, entityOf(ref)) && /^(?:\d{4} )?\p{Ll}[\p{Ll}\s-]*$/u.test(formOf(m, ref));
export const isPlace = (c: CompiledMatcher, entity: number): boolean => c.types[entity] === TYPE_CODES.place;
export const isPerson = (c: CompiledMatcher, entity: number): boolean => c.types[entity] === TYPE_CODES.person;

/** Lower-case words of the entity's name: its own given names do not make a bare surname someone else's. */
export const nameWords = (c: CompiledMatcher, entity: number): string[] => c.aliases[entity]![0]!.toLowerCase().split(' ');

/**
 * A person's "name" that is another archive name followed by a title ("OECS Secretary", "KOP9 President"): a
 * role the archive took for a name. It is never linked as a person; the names inside it are read instead.
 */
export const isRoleForm = (m: LoadedMatcher, ref: number): boolean => {
  const e = entityOf(ref);
  if (m.compiled.types[e] !== TYPE_CODES.person) return false;
  const form = formOf(m, ref).toLowerCase();
  const cut = form.lastIndexOf(' ');
  if (cut < 0 || !TYPE_WORDS[TYPE_CODES.person].has(form.slice(cut + 1))) return false;
  return (m.forms.get(form.slice(0, cut)) ?? []).some((r) => m.compiled.types[entityOf(r)] !== TYPE_CODES.person);
};
