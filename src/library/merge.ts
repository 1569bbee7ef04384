/**
 * The merged archive: the bundled seed articles and the reader's own, built by the same code as
 * `npm run archive -- build` (archive/build.ts) on both together, so the result is exactly what the CLI
 * gives on a folder holding the seeds and the reader's export. Building is incremental where it costs:
 * each article's extraction (compromise, most of the time) is kept and reused while its text is unchanged;
 * linking, ids and facts are done again over all of them, which is what keeps ids stable (an id depends
 * only on what an entity is: archive/build.ts assignIds).
 */
import { buildArchive, type Extractor } from '../archive/build';
import { extractArticle } from '../archive/extract';
import type { ArticleExtraction } from '../archive/local';
import type { ParsedArticle } from '../archive/types';
import type { FactBase } from '../factbase/schema';
import type { ArticleTexts } from '../factbase/texts';
import { validateFactBase } from '../factbase/validate';

export interface MergedArchive {
  factBase: FactBase;
  /** Ids of the reader's articles in it. */
  readerArticles: ReadonlySet<string>;
  /** Entities every article of which is the reader's: what the bundled archive does not know. */
  readerOnly: ReadonlySet<string>;
  /**
   * The reader's articles as text for the archive pages, in the builder's own sentences (so a fact's
   * sentence is one of them), the shape of the bundled texts.json; the bundled articles' are in that file.
   */
  texts: ArticleTexts;
}

/** An article's extraction and the content it was made from. */
export interface KeptExtraction {
  key: string;
  extraction: ArticleExtraction;
}

export interface ArchiveBuilder {
  /** The version the builder's kept extractions belong to. */
  readonly salt: string;
  build(bundled: readonly ParsedArticle[], reader: readonly ParsedArticle[]): MergedArchive;
  /** How many extractions are kept (for tests and measurements). */
  readonly kept: number;
  /** Extractions kept elsewhere (IndexedDB, by a background that has since restarted), used while their content matches. */
  preload(kept: ReadonlyMap<string, KeptExtraction>): void;
  /** The extractions the last build made (not reused), to keep elsewhere. */
  readonly fresh: ReadonlyMap<string, KeptExtraction>;
}

/** What an extraction depends on: an article whose text, date or dateline changed is extracted again. */
export const contentKey = (a: ParsedArticle): string => JSON.stringify([a.date, a.dateline, a.paragraphs]);

/**
 * A builder that keeps each article's extraction between builds (only for the articles of the last build).
 * `salt` names the builder's version: extractions kept by another version are never used.
 */
export function createArchiveBuilder(extract: Extractor = extractArticle, salt = ''): ArchiveBuilder {
  let cache = new Map<string, KeptExtraction>();
  let fresh = new Map<string, KeptExtraction>();
  return {
    salt,
    get kept() {
      return cache.size;
    },
    get fresh() {
      return fresh;
    },
    preload(kept) {
      for (const [id, x] of kept) if (!cache.has(id)) cache.set(id, x);
    },
    build(bundled, reader) {
      const next = new Map<string, KeptExtraction>();
      fresh = new Map();
      const cached: Extractor = (article) => {
        const key = salt + contentKey(article);
        let hit = cache.get(article.id);
        if (hit?.key !== key) {
          hit = { key, extraction: extract(article) };
          fresh.set(article.id, hit);
        }
        next.set(article.id, hit);
        // the builder changes the extraction it is given: it gets a copy, the kept one stays as extracted
        return structuredClone(hit.extraction);
      };
      const { factBase, texts } = buildArchive([...bundled, ...reader], cached);
      cache = next;
      const readerArticles = new Set(reader.map((a) => a.id));
      return {
        factBase: validateFactBase(factBase),
        readerArticles,
        readerOnly: new Set(factBase.entities.filter((e) => e.articles.every((id) => readerArticles.has(id))).map((e) => e.id)),
        texts: { ...texts, articles: texts.articles.filter((t) => readerArticles.has(t.id)) },
      };
    },
  };
}

/** How many names each reader article brought that the bundled archive does not know. */
export function namesAdded(merged: MergedArchive): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of merged.factBase.entities) {
    if (!merged.readerOnly.has(e.id)) continue;
    for (const id of e.articles) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * When the bundled seeds do not match the bundled fact base (a build that ships another fact base, as
 * some tests do), the reader's archive is built alone and laid over it: the bundled entities stay as they
 * are, the reader's names the bundled archive does not have are added.
 */
export function overBundled(bundled: FactBase, reader: MergedArchive): MergedArchive {
  const known = new Set(bundled.entities.map((e) => e.id));
  const extra = reader.factBase.entities.filter((e) => !known.has(e.id));
  return {
    factBase: {
      ...bundled,
      articles: [...bundled.articles, ...reader.factBase.articles],
      entities: [...bundled.entities, ...extra].sort((a, b) => a.id.localeCompare(b.id)),
    },
    readerArticles: reader.readerArticles,
    readerOnly: new Set(extra.map((e) => e.id)),
    texts: reader.texts,
  };
}

/**
 * The merged archive with one more reader article, at once: `added` is that article built alone, laid over
 * `current`. Names the archive does not have are added; names it has gain the article's facts. Used while
 * the exact build of everything runs later (a big archive takes seconds to link again): that build may
 * still join a name of the article to another (a surname to its full name), so this is provisional.
 */
export function withArticle(current: MergedArchive, added: MergedArchive): MergedArchive {
  const fb = current.factBase;
  const mine = new Set(added.factBase.articles.map((a) => a.id));
  const incoming = new Map(added.factBase.entities.map((e) => [e.id, e]));
  const known = new Set(fb.entities.map((e) => e.id));
  const entities = fb.entities.map((e) => {
    const more = incoming.get(e.id);
    if (!more) return e;
    const aliases = [...new Set([...e.aliases, ...more.aliases])].filter((a) => a !== e.name).sort();
    const seen = [e.firstSeen, e.lastSeen, more.firstSeen, more.lastSeen].sort();
    const [firstSeen, lastSeen] = [seen[0]!, seen[3]!];
    return { ...e, aliases, facts: [...e.facts, ...more.facts], articles: [...e.articles.filter((id) => !mine.has(id)), ...more.articles], firstSeen, lastSeen };
  });
  const fresh = added.factBase.entities.filter((e) => !known.has(e.id));
  return {
    factBase: {
      ...fb,
      articles: [...fb.articles.filter((a) => !mine.has(a.id)), ...added.factBase.articles],
      entities: insertSorted(entities, fresh),
    },
    readerArticles: new Set([...current.readerArticles, ...mine]),
    readerOnly: new Set([...current.readerOnly, ...fresh.map((e) => e.id)]),
    texts: { ...current.texts, articles: [...current.texts.articles.filter((t) => !mine.has(t.id)), ...added.texts.articles] },
  };
}

/** `sorted` (by id, as the builder orders entities) with `more` put in their places: a few binary searches, not a sort of all. */
function insertSorted<T extends { id: string }>(sorted: readonly T[], more: readonly T[]): T[] {
  const out = [...sorted];
  for (const x of [...more].sort((a, b) => a.id.localeCompare(b.id))) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (out[mid]!.id.localeCompare(x.id) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, x);
  }
  return out;
}
