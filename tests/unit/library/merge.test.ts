import { describe, expect, it, vi } from 'vitest';
import { buildArchive } from '../../../src/archive/build';
import { extractArticle } from '../../../src/archive/extract';
import { sentenceKey } from '../../../src/factbase/sentence-key';
import { validateFactBase } from '../../../src/factbase/validate';
import { createArchiveBuilder, namesAdded, overBundled, withArticle } from '../../../src/library/merge';
import { readerArticles, seedArticles } from './reader-fixtures';

const seeds = seedArticles();
const [a, b, c] = readerArticles() as [ReturnType<typeof readerArticles>[number], ReturnType<typeof readerArticles>[number], ReturnType<typeof readerArticles>[number]];
const scratch = (reader: typeof a[]) => buildArchive([...seeds, ...reader]).factBase;
const ids = (fb: { entities: { id: string }[] }) => fb.entities.map((e) => e.id);

describe('the merged archive', () => {
  it('is the fact base a build from scratch gives, after adding, deleting and adding again', () => {
    const builder = createArchiveBuilder();
    const steps = [[a], [a, b], [b], [b, a], [b, a, c], [a, c]];
    for (const reader of steps) expect(builder.build(seeds, reader).factBase).toEqual(scratch(reader));
  });

  it('keeps the ids of the names that stay when an article is deleted, and drops the names only it supported', () => {
    const builder = createArchiveBuilder();
    const all = builder.build(seeds, [a, b, c]);
    const withoutC = builder.build(seeds, [a, b]);
    const onlyC = all.factBase.entities.filter((e) => e.articles.length === 1 && e.articles[0] === c.id).map((e) => e.id);
    expect(onlyC.length).toBeGreaterThan(0);
    expect(ids(withoutC.factBase)).toEqual(ids(all.factBase).filter((id) => !onlyC.includes(id)));
    expect(ids(builder.build(seeds, [a, b, c]).factBase)).toEqual(ids(all.factBase));
  });

  it('leaves the bundled ids as they are', () => {
    const bundled = ids(scratch([]));
    const merged = ids(createArchiveBuilder().build(seeds, [a, b, c]).factBase);
    for (const id of bundled) expect(merged).toContain(id);
  });

  it('extracts an article once while its text is unchanged', () => {
    const extract = vi.fn(extractArticle);
    const builder = createArchiveBuilder(extract);
    builder.build(seeds, [a]);
    expect(extract).toHaveBeenCalledTimes(seeds.length + 1);
    builder.build(seeds, [a, b]);
    expect(extract).toHaveBeenCalledTimes(seeds.length + 2);
    const edited = { ...a, paragraphs: [...a.paragraphs, { text: 'A late paragraph was added.', line: 99, kind: 'body' as const }] };
    builder.build(seeds, [edited, b]);
    expect(extract).toHaveBeenCalledTimes(seeds.length + 3);
    expect(builder.kept).toBe(seeds.length + 2);
  });

  it('knows which names only the reader has, and how many each article added', () => {
    const merged = createArchiveBuilder().build(seeds, [a, b, c]);
    const bundled = new Set(ids(scratch([])));
    expect([...merged.readerOnly].sort()).toEqual(ids(merged.factBase).filter((id) => !bundled.has(id)).sort());
    const added = namesAdded(merged);
    expect(added.get(c.id)).toBe(merged.factBase.entities.filter((e) => e.articles.includes(c.id) && merged.readerOnly.has(e.id)).length);
  });

  it('uses extractions kept by an earlier builder of the same version, and none of another', () => {
    const first = createArchiveBuilder(extractArticle, 'v1:');
    first.build(seeds, [a, b]);
    expect([...first.fresh.keys()].sort()).toEqual([...seeds, a, b].map((x) => x.id).sort());
    const extract = vi.fn(extractArticle);
    const again = createArchiveBuilder(extract, 'v1:');
    again.preload(first.fresh);
    expect(again.build(seeds, [a, b, c]).factBase).toEqual(scratch([a, b, c]));
    expect(extract).toHaveBeenCalledTimes(1);
    expect([...again.fresh.keys()]).toEqual([c.id]);
    const other = vi.fn(extractArticle);
    const newer = createArchiveBuilder(other, 'v2:');
    newer.preload(first.fresh);
    newer.build(seeds, [a]);
    expect(other).toHaveBeenCalledTimes(seeds.length + 1);
  });

  it("gives the reader's articles as text, in the sentences their facts cite, as a build from scratch writes them", () => {
    const merged = createArchiveBuilder().build(seeds, [a, b]);
    expect(merged.texts.articles.map((t) => t.id)).toEqual([a.id, b.id]);
    const scratchTexts = buildArchive([...seeds, a, b]).texts.articles.filter((t) => t.id === a.id || t.id === b.id);
    expect(merged.texts.articles).toEqual(scratchTexts);
    // every fact of the reader's articles finds its sentence on the article's page
    const keys = new Set(merged.texts.articles.flatMap((t) => t.blocks.flatMap((bl) => bl.sentences.map(sentenceKey))));
    const facts = merged.factBase.entities.flatMap((e) => e.facts).filter((f) => f.article === a.id || f.article === b.id);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(keys.has(sentenceKey(f.text))).toBe(true);
    // laid over another bundled fact base, the texts are the reader's all the same
    expect(overBundled(scratch([]), createArchiveBuilder().build([], [a])).texts.articles.map((t) => t.id)).toEqual([a.id]);
  });

  it('lays one article built alone over the archive at once: its new names added in order, known names given its facts', () => {
    const current = createArchiveBuilder().build(seeds, [a, b]);
    const quick = withArticle(current, createArchiveBuilder().build([], [c]));
    const exact = createArchiveBuilder().build(seeds, [a, b, c]);
    expect(() => validateFactBase(quick.factBase)).not.toThrow();
    const quickIds = ids(quick.factBase);
    expect(quickIds).toEqual([...quickIds].sort((x, y) => x.localeCompare(y)));
    for (const id of ids(current.factBase)) expect(quickIds).toContain(id);
    // the names only this article brings are the ones the exact build of everything gives
    const onlyC = exact.factBase.entities.filter((e) => e.articles.length === 1 && e.articles[0] === c.id).map((e) => e.id);
    expect(onlyC.length).toBeGreaterThan(0);
    for (const id of onlyC) {
      expect(quickIds).toContain(id);
      expect(quick.readerOnly.has(id)).toBe(true);
    }
    expect(quick.readerArticles.has(c.id)).toBe(true);
    expect(quick.factBase.articles.map((x) => x.id)).toContain(c.id);
    expect(quick.texts.articles.map((t) => t.id)).toContain(c.id);
    // a name the archive already had now cites the new article too
    const shared = exact.factBase.entities.find((e) => e.articles.includes(c.id) && current.factBase.entities.some((x) => x.id === e.id));
    if (shared) expect(quick.factBase.entities.find((e) => e.id === shared.id)!.articles).toContain(c.id);
  });
});
