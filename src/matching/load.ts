/**
 * Compiled matcher → lookup tables, once per page. The tables are a flattened token trie: one hash of
 * every lower-cased form and one of every proper prefix, so a scan costs O(words × longest alias)
 * whatever the number of aliases.
 */
import { MAX_ALIASES, TYPE_CODES, validateCompiled, type CompiledMatcher } from './compiled';
import { isAnyCaseForm, startsUpper } from './tokenize';

/** A compiled matcher with its lookup tables built; what `findMentions` scans with. */
export interface LoadedMatcher {
  readonly compiled: CompiledMatcher;
  /** Lower-cased form → alias references (`entity * MAX_ALIASES + alias index`). */
  readonly forms: Map<string, number[]>;
  /** Lower-cased proper prefixes of multi-token forms: a match is extended only while its prefix is here. */
  readonly prefixes: Set<string>;
  /**
   * First words of the few forms that do not start with a capital ("iPhone", "de Gaulle", "2023 ...").
   * Any other form can only start at a capitalised word, so most words of running text cost one small lookup.
   */
  readonly lowerStarts: Set<string>;
  /** Entity → the events of two or more participants it takes part in, ascending: a page's own names lead to its events. */
  readonly eventsWith: Map<number, number[]>;
}

/** Builds the lookup tables of a trusted compiled matcher (e.g. straight from `compileMatcher`). */
export function prepareMatcher(compiled: CompiledMatcher): LoadedMatcher {
  const forms = new Map<string, number[]>();
  const prefixes = new Set<string>();
  const lowerStarts = new Set<string>();
  const eventsWith = new Map<number, number[]>();
  compiled.participants.forEach((parts, e) => {
    if (parts.length < 2 || compiled.types[e] !== TYPE_CODES.event) return;
    for (const p of new Set(parts)) {
      const list = eventsWith.get(p);
      if (list) list.push(e);
      else eventsWith.set(p, [e]);
    }
  });
  compiled.aliases.forEach((list, entity) => {
    list.forEach((form, a) => {
      const key = form.toLowerCase();
      if (!startsUpper(form) || isAnyCaseForm(form)) lowerStarts.add(key.split(' ', 1)[0]!);
      const refs = forms.get(key);
      if (refs) refs.push(entity * MAX_ALIASES + a);
      else forms.set(key, [entity * MAX_ALIASES + a]);
      for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.slice(0, sp));
    });
  });
  return { compiled, forms, prefixes, lowerStarts, eventsWith };
}

/**
 * Validates an untrusted compiled matcher (from a file or storage) and builds its lookup tables.
 * Throws a MatcherError naming the first problems when it is corrupt or of another version.
 */
export function loadMatcher(json: unknown): LoadedMatcher {
  return prepareMatcher(validateCompiled(json));
}

const cache = new WeakMap<CompiledMatcher, LoadedMatcher>();

/** The loaded form of either kind of matcher; a compiled one is prepared once and remembered. */
export function asLoaded(m: CompiledMatcher | LoadedMatcher): LoadedMatcher {
  if ('forms' in m) return m;
  let loaded = cache.get(m);
  if (!loaded) {
    loaded = prepareMatcher(m);
    cache.set(m, loaded);
  }
  return loaded;
}

/** Splits an alias reference into entity index and alias index. */
export const entityOf = (ref: number): number => Math.floor(ref / MAX_ALIASES);
export const aliasOf = (ref: number): number => ref % MAX_ALIASES;
