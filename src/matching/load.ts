/**
 * Compiled matcher → lookup tables, once per page. The tables are a flattened token trie: one hash of
 * every lower-cased form and one of every proper prefix, so a scan costs O(words × longest alias)
 * whatever the number of aliases.
 */
import type { Entity } from '../factbase/schema';
import { appendEntity } from './compile';
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
  const tables: LoadedMatcher = { compiled, forms: new Map(), prefixes: new Set(), lowerStarts: new Set(), eventsWith: new Map() };
  for (let e = 0; e < compiled.ids.length; e++) addToTables(tables, e, false);
  return tables;
}

/**
 * Adds entity `e` of `t.compiled` to the lookup tables. With `copy`, a list it extends is replaced by a
 * longer copy, so that tables sharing their lists with another matcher leave that matcher as it was.
 */
function addToTables(t: LoadedMatcher, e: number, copy: boolean): void {
  const c = t.compiled;
  const parts = c.participants[e]!;
  if (parts.length >= 2 && c.types[e] === TYPE_CODES.event) {
    for (const p of new Set(parts)) push(t.eventsWith, p, e, copy);
  }
  c.aliases[e]!.forEach((form, a) => {
    const key = form.toLowerCase();
    if (!startsUpper(form) || isAnyCaseForm(form)) t.lowerStarts.add(key.split(' ', 1)[0]!);
    // a hyphen between two words is often written as a space ("Lindqvist Moe" for "Lindqvist-Moe")
    const unhyphenated = key.replaceAll(' - ', ' ');
    for (const k of unhyphenated !== key && !key.startsWith('- ') ? [key, unhyphenated] : [key]) {
      push(t.forms, k, e * MAX_ALIASES + a, copy);
      for (let sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) t.prefixes.add(k.slice(0, sp));
    }
  });
}

function push<K>(map: Map<K, number[]>, key: K, value: number, copy: boolean): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (copy) map.set(key, [...list, value]);
  else list.push(value);
}

/**
 * A matcher that also finds `entities`, made from `m` without compiling or preparing the rest again (the
 * reader adds an article to a big archive): the new entities are appended, their forms added to copies of
 * the tables. Entities `m` already has (by id) are left as they are; `m` itself is not changed. Related
 * names and participants may be entities of either.
 */
export function extendMatcher(m: LoadedMatcher, entities: readonly Entity[]): LoadedMatcher {
  const c = m.compiled;
  const index = new Map(c.ids.map((id, i) => [id, i]));
  const fresh = entities.filter((e) => !index.has(e.id));
  if (!fresh.length) return m;
  for (const [k, e] of fresh.entries()) index.set(e.id, c.ids.length + k);
  const compiled: CompiledMatcher = {
    ...c,
    ids: [...c.ids],
    names: [...c.names],
    aliases: [...c.aliases],
    firstShort: [...c.firstShort],
    dates: [...c.dates],
    related: [...c.related],
    context: [...c.context],
    participants: [...c.participants],
  };
  for (const e of fresh) appendEntity(compiled, e, index);
  const tables: LoadedMatcher = { compiled, forms: new Map(m.forms), prefixes: new Set(m.prefixes), lowerStarts: new Set(m.lowerStarts), eventsWith: new Map(m.eventsWith) };
  for (let e = c.ids.length; e < compiled.ids.length; e++) addToTables(tables, e, true);
  return tables;
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
