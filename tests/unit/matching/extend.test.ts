/**
 * extendMatcher: a matcher that also finds new entities, made without compiling the rest again, finds on a
 * text what the matcher compiled from scratch with all of them finds, and leaves the matcher it was made
 * from as it was.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build';
import type { FactBase } from '../../../src/factbase/schema';
import { compileMatcher, extendMatcher, findMentions, prepareMatcher, type LoadedMatcher } from '../../../src/matching';
import { readerArticles, readerFiles, seedArticles } from '../library/reader-fixtures';

const all = buildArchive([...seedArticles(), ...readerArticles()]).factBase;
const texts = readerFiles().map((f) => f.text);
const found = (m: LoadedMatcher, text: string) => findMentions(m, text, { pageDate: '2024-04-01' }).map((x) => `${x.id}@${x.start}-${x.end}`);

/** The archive without the entities every article of which is `articleId`: what it was before that article came. */
function without(fb: FactBase, articleId: string): FactBase {
  return { ...fb, entities: fb.entities.filter((e) => !e.articles.every((a) => a === articleId)) };
}

describe('extendMatcher', () => {
  const last = readerArticles().at(-1)!.id;
  const before = without(all, last);
  const added = all.entities.filter((e) => !before.entities.includes(e));

  it('has entities to add (the fixture article brings names of its own)', () => {
    expect(added.length).toBeGreaterThan(2);
  });

  it('finds what the matcher compiled from scratch finds', () => {
    const scratch = prepareMatcher(compileMatcher({ ...all, entities: [...before.entities, ...added] }));
    const extended = extendMatcher(prepareMatcher(compileMatcher(before)), added);
    expect(extended.compiled.ids).toEqual(scratch.compiled.ids);
    for (const text of texts) expect(found(extended, text)).toEqual(found(scratch, text));
    expect(texts.some((t) => found(extended, t).some((m) => added.some((e) => m.startsWith(`${e.id}@`))))).toBe(true);
  });

  it('leaves the matcher it was made from unchanged, and adds nothing twice', () => {
    const base = prepareMatcher(compileMatcher(before));
    const snapshot = (m: LoadedMatcher) => JSON.stringify([m.compiled, [...m.forms], [...m.prefixes], [...m.lowerStarts], [...m.eventsWith]]);
    const was = snapshot(base);
    const extended = extendMatcher(base, added);
    expect(snapshot(base)).toBe(was);
    expect(extendMatcher(extended, added)).toBe(extended);
    expect(extendMatcher(base, before.entities)).toBe(base);
  });
});
