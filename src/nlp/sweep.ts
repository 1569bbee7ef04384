/**
 * compromise's `bulkMatch` (compromise 14.17.0, src/1-one/sweep/methods/sweep, MIT), with the same result
 * found faster. compromise runs its tagger's 700 match patterns as a "net": each pattern is listed under every
 * word and tag it needs or wants, and for every clause it concatenates the lists of all the words and tags the
 * clause has (hundreds of patterns under "#Noun" alone), removes the duplicates and then drops the patterns
 * whose needs the clause lacks. That bookkeeping was two fifths of the tagger's time on a long article.
 *
 * Here each pattern that needs something is listed once, under its least common need, so a clause only meets
 * the patterns it may match; they are then put in the order compromise would have tried them (its first list,
 * in the net's key order, then its place in that list), because a pattern's tags can depend on an earlier
 * one's. tests/unit/nlp/sweep.test.ts checks both give the same results on real-shaped text.
 */

export interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

export interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

interface Methods {
  one: { match(docs: unknown[][], m: Pattern): { ptrs: number[][] }; cacheDoc(docs: unknown[][]): Set<string>[] };
}

export type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => (Pattern & { pointer: number[] })[];

interface Index {
  /** Word or tag → the patterns listed under it here (their least common need, or each want if they need nothing). */
  anchored: Map<string, Pattern[]>;
  /** Pattern → [key's place in the net, the pattern's place in that key's list], for each key it is under, in key order. */
  places: Map<Pattern, [key: string, rank: number][]>;
  /** Patterns listed under their wants (several keys): a clause may meet them more than once. */
  byWants: Set<Pattern>;
}

const INDEXES = new WeakMap<Net['hooks'], Index>();

function indexOf(hooks: Net['hooks']): Index {
  let index = INDEXES.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const places = new Map<Pattern, [string, number][]>();
  keys.forEach((key, k) => {
    hooks[key]!.forEach((p, pos) => {
      const list = places.get(p);
      const place: [string, number] = [key, k * 1_000_000 + pos];
      if (list) list.push(place);
      else places.set(p, [place]);
    });
  });
  const anchored = new Map<string, Pattern[]>();
  const byWants = new Set<Pattern>();
  const add = (key: string, p: Pattern) => {
    const list = anchored.get(key);
    if (list) list.push(p);
    else anchored.set(key, [p]);
  };
  for (const p of places.keys()) {
    if (p.needs.length) add(p.needs.reduce((a, b) => ((hooks[b]?.length ?? 0) < (hooks[a]?.length ?? 0) ? b : a)), p);
    else {
      for (const w of new Set(p.wants)) add(w, p);
      byWants.add(p);
    }
  }
  index = { anchored, places, byWants };
  INDEXES.set(hooks, index);
  return index;
}

/** compromise's trimDown test: every need, no ifNo, enough wants. */
function fits(p: Pattern, has: Set<string>): boolean {
  if (!p.needs.every((n) => has.has(n))) return false;
  if (p.ifNo?.some((n) => has.has(n))) return false;
  if (!p.wants.length) return true;
  let found = 0;
  for (const w of p.wants) if (has.has(w)) found++;
  return found >= p.minWant;
}

/** The patterns compromise would try on a clause with these words and tags, in its order. */
function patternsFor(index: Index, has: Set<string>): Pattern[] {
  const found: { p: Pattern; rank: number }[] = [];
  const met = new Set<Pattern>();
  for (const item of has) {
    const list = index.anchored.get(item);
    if (!list) continue;
    for (const p of list) {
      if (index.byWants.has(p)) {
        if (met.has(p)) continue;
        met.add(p);
      }
      if (!fits(p, has)) continue;
      // compromise meets a pattern first under the first of its keys (in the net's order) the clause has
      const first = index.places.get(p)!.find(([key]) => has.has(key))!;
      found.push({ p, rank: first[1] });
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.p);
}

export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const index = indexOf(net.hooks);
  const caches = methods.one.cacheDoc(document);
  const results: (Pattern & { pointer: number[] })[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!.length;
    const tries = patternsFor(index, caches[n]!).concat(net.always).filter((p) => terms >= p.minWords);
    for (const m of tries) {
      const res = methods.one.match([document[n]!], m);
      if (!res.ptrs.length) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne) return [results[0]!];
    }
  }
  return results;
};
