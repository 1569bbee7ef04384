/**
 * The background's reader archive end to end in Node: fake IndexedDB, WXT's fake browser, and the bundled
 * files (fact base, matcher, seeds) built here from seeds/ and served to the background's fetch.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildArchive } from '../../../src/archive/build';
import { seedsBundle } from '../../../src/archive/seeds-bundle';
import { handleLibrary } from '../../../src/background/library-requests';
import { activeArchive, LIBRARY_REVISION_ITEM, pageRevision, QUICK_ADD } from '../../../src/background/reader-archive';
import { openLibrary } from '../../../src/library/db';
import { createArchiveBuilder } from '../../../src/library/merge';
import { citeReaderArticles } from '../../../src/background/cite-reader';
import { cardPayload } from '../../../src/card/payload';
import { FACT_BASE_PATH, MATCHER_PATH, SEEDS_PATH } from '../../../src/factbase/load';
import { compileMatcher, findMentions, loadMatcher } from '../../../src/matching';
import type { LibraryAnswer, Responses } from '../../../src/messaging/protocol';
import { readerArticles, readerFiles, seedArticles } from '../library/reader-fixtures';

const [strike, mediator, library] = readerFiles() as [{ name: string; text: string }, { name: string; text: string }, { name: string; text: string }];

beforeAll(() => {
  const seeds = seedArticles();
  const fb = buildArchive(seeds).factBase;
  const files: Record<string, unknown> = { [FACT_BASE_PATH]: fb, [MATCHER_PATH]: compileMatcher(fb), [SEEDS_PATH]: seedsBundle(seeds) };
  vi.stubGlobal('fetch', async (url: string) => {
    const path = Object.keys(files).find((p) => url.endsWith(p));
    if (!path) throw new Error(`not bundled: ${url}`);
    return new Response(JSON.stringify(files[path]));
  });
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'test', version: '0.0.0' });
});

const add = async (file: { text: string }, extra: { url?: string; headline?: string } = {}) =>
  (await handleLibrary({ type: 'library-add', article: { text: file.text, ...extra } })) as LibraryAnswer;

describe("the background's reader archive", () => {
  it('starts as the bundled archive, pages marked with it', async () => {
    const a = await activeArchive();
    expect(a.saved).toEqual([]);
    expect(a.pageMatcher).toBe(a.matcher);
    expect(await pageRevision()).toBe('');
    // the archive pages read the bundled files themselves: nothing of the reader's to send
    expect(await handleLibrary({ type: 'library-pages' })).toEqual({ articles: [] });
  });

  it('adds an article: new names in the merged archive, listed with what they added, but not marked on pages', async () => {
    const answer = await add(strike, { url: 'https://news.example/strike', headline: 'Dock strike' });
    expect(answer).toMatchObject({ ok: true, ids: ['2024-03-04-dock-strike'] });
    expect(answer.ok && answer.namesAdded).toBeGreaterThan(0);
    const a = await activeArchive();
    expect(a.readerOnly.size).toBeGreaterThan(0);
    const listing = await handleLibrary({ type: 'library-list' });
    expect('articles' in listing && listing.articles).toEqual([
      expect.objectContaining({ id: '2024-03-04-dock-strike', site: 'news.example', date: '2024-03-04', dateline: 'PORTMERE', headline: 'Dock strike' }),
    ]);
    // privacy: what pages are marked with knows none of the reader's names
    const readerName = a.fb.entities.find((e) => a.readerOnly.has(e.id) && e.name.includes(' '))!;
    expect(findMentions(a.matcher, mediator.text).map((m) => m.id)).toContain(readerName.id);
    expect(findMentions(a.pageMatcher, mediator.text).map((m) => m.id)).not.toContain(readerName.id);
    expect(await pageRevision()).toBe('');
    expect(await fakeBrowser.storage.local.get(LIBRARY_REVISION_ITEM)).toEqual({ [LIBRARY_REVISION_ITEM]: expect.any(String) });
    // a card cites it as the reader's own, with its address
    const card = citeReaderArticles(cardPayload(a.fb, readerName.id)!, a.saved);
    expect(card.articles).toEqual([expect.objectContaining({ id: '2024-03-04-dock-strike', mine: true, url: 'https://news.example/strike', headline: 'Dock strike' })]);
  });

  it('gives the archive pages the merged archive: fact base, the text of the reader article, its address, and a matcher that knows its names', async () => {
    const answer = (await handleLibrary({ type: 'library-pages' })) as Responses['library-pages'];
    if (!('articles' in answer) || !answer.merged) throw new Error(`no merged archive: ${JSON.stringify(answer).slice(0, 200)}`);
    const a = await activeArchive();
    expect(answer.articles).toEqual([expect.objectContaining({ id: '2024-03-04-dock-strike', url: 'https://news.example/strike', site: 'news.example', headline: 'Dock strike' })]);
    const { fb, texts, matcher } = JSON.parse(JSON.stringify(answer.merged)) as typeof answer.merged; // as a message carries it
    expect(fb).toEqual(a.fb);
    expect(texts.articles.map((t) => t.id)).toEqual(['2024-03-04-dock-strike']);
    expect(texts.articles[0]!.blocks[0]!.sentences[0]).toMatch(/^Dockworkers in Portmere walked off the job/);
    const readerName = fb.entities.find((e) => a.readerOnly.has(e.id) && e.name.includes(' '))!;
    expect(findMentions(loadMatcher(matcher), mediator.text).map((m) => m.id)).toContain(readerName.id);
  });

  it('marks the reader names on pages only once allowed, with a new revision for the tabs', async () => {
    const before = (await fakeBrowser.storage.local.get(LIBRARY_REVISION_ITEM))[LIBRARY_REVISION_ITEM];
    expect(await handleLibrary({ type: 'library-options', markOnPages: true })).toMatchObject({ ok: true });
    const a = await activeArchive();
    expect(a.pageMatcher).toBe(a.matcher);
    expect(await pageRevision()).not.toBe('');
    expect((await fakeBrowser.storage.local.get(LIBRARY_REVISION_ITEM))[LIBRARY_REVISION_ITEM]).not.toBe(before);
    await handleLibrary({ type: 'library-options', markOnPages: false });
    expect(await pageRevision()).toBe('');
  });

  it('imports all or nothing, and deletes one article leaving the other ids as they were', async () => {
    const clash = await handleLibrary({
      type: 'library-import',
      articles: [
        { file: library.name, text: library.text },
        { file: '2024-03-04-dock-strike.txt', text: strike.text },
      ],
    });
    expect(clash).toMatchObject({ ok: false, error: expect.stringMatching(/already in your archive/) });
    expect((await activeArchive()).saved).toHaveLength(1);

    expect(await handleLibrary({ type: 'library-import', articles: [{ file: library.name, text: library.text }, { file: mediator.name, text: mediator.text }] })).toMatchObject({ ok: true });
    const all = await activeArchive();
    expect(all.saved).toHaveLength(3);
    const onlyLibrary = all.fb.entities.filter((e) => e.articles.length === 1 && e.articles[0] === '2024-04-02-sarnburg-library').map((e) => e.id);
    expect(onlyLibrary.length).toBeGreaterThan(0);

    await handleLibrary({ type: 'library-delete', id: '2024-04-02-sarnburg-library' });
    const after = await activeArchive();
    expect(after.fb.entities.map((e) => e.id)).toEqual(all.fb.entities.map((e) => e.id).filter((id) => !onlyLibrary.includes(id)));

    const exported = await handleLibrary({ type: 'library-export' });
    expect('articles' in exported && exported.articles.map((a) => a.file).sort()).toEqual(['2024-03-04-dock-strike.txt', mediator.name]);
    await handleLibrary({ type: 'library-clear' });
    expect((await activeArchive()).saved).toEqual([]);
  });

  it('refuses what the builder cannot read, storing nothing', async () => {
    const answer = await handleLibrary({ type: 'library-add', article: { text: 'date 2024-02-30 PORTMERE: A story.\n' } });
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/invalid date 2024-02-30/) });
    expect((await activeArchive()).saved).toEqual([]);
  });

  it('in a big archive marks an added article at once, laid over the archive, then replaces it with the exact build', async () => {
    const was = { ...QUICK_ADD };
    Object.assign(QUICK_ADD, { fromArticles: 1, exactAfterMs: 20 });
    try {
      const put = (file: { name: string; text: string }) => handleLibrary({ type: 'library-import', articles: [{ file: file.name, text: file.text }] });
      await put(strike);
      expect((await activeArchive()).exact).toBe(true); // the first article: built exactly
      const before = await activeArchive();
      expect(await put(library)).toMatchObject({ ok: true, ids: ['2024-04-02-sarnburg-library'] });
      const quick = await activeArchive();
      expect(quick.exact).toBe(false);
      expect(quick.saved.map((a) => a.id)).toEqual(['2024-03-04-portmere-dock-strike', '2024-04-02-sarnburg-library']);
      // its new names are found at once, by a matcher extended from the one before (not compiled again)
      const exact = createArchiveBuilder().build(seedArticles(), readerArticles().filter((a) => a.id !== '2024-03-11-kalvik-mediator'));
      const onlyLibrary = exact.factBase.entities.filter((e) => e.articles.length === 1 && e.articles[0] === '2024-04-02-sarnburg-library');
      expect(onlyLibrary.length).toBeGreaterThan(0);
      for (const e of onlyLibrary) expect(quick.readerOnly.has(e.id)).toBe(true);
      const found = findMentions(quick.matcher, library.text).map((m) => m.id);
      expect(onlyLibrary.some((e) => found.includes(e.id))).toBe(true);
      expect(quick.matcher.compiled.ids.slice(0, before.matcher.compiled.ids.length)).toEqual(before.matcher.compiled.ids);
      expect((await fakeBrowser.storage.local.get(LIBRARY_REVISION_ITEM))[LIBRARY_REVISION_ITEM]).toMatch(/:quick$/);
      // a moment later the exact build of everything replaces it, and the tabs are told
      await vi.waitFor(async () => expect((await activeArchive()).exact).toBe(true), { timeout: 10_000, interval: 20 });
      expect((await activeArchive()).fb).toEqual(exact.factBase);
      expect((await fakeBrowser.storage.local.get(LIBRARY_REVISION_ITEM))[LIBRARY_REVISION_ITEM]).toMatch(/:exact$/);
    } finally {
      Object.assign(QUICK_ADD, was);
      await handleLibrary({ type: 'library-clear' });
    }
  });

  it('after a restart marks pages with the matcher the last build kept, and an added article over it, without building the archive; a stale one is not used', async () => {
    const put = (file: { name: string; text: string }) => handleLibrary({ type: 'library-import', articles: [{ file: file.name, text: file.text }] });
    await handleLibrary({ type: 'library-options', markOnPages: true });
    await put(strike);
    const lib = await openLibrary();
    const generation = await lib.generation();
    await vi.waitFor(async () => expect((await lib.keptMatcher())?.generation).toBe(generation), { timeout: 5000, interval: 10 });
    const now = await activeArchive();
    const readerName = now.fb.entities.find((e) => now.readerOnly.has(e.id) && e.name.includes(' ') && mediator.text.includes(e.name))!;

    /** A background started afresh (its modules loaded again) over the same IndexedDB, counting the matchers it compiles. */
    const restarted = async () => {
      vi.resetModules();
      const compiles = vi.fn();
      vi.doMock('../../../src/matching', async (original) => {
        const real = await original<typeof import('../../../src/matching')>();
        const compileMatcher = (...args: Parameters<typeof real.compileMatcher>) => {
          compiles();
          return real.compileMatcher(...args);
        };
        return { ...real, compileMatcher };
      });
      const fresh = await import('../../../src/background/reader-archive');
      const requests = await import('../../../src/background/library-requests');
      vi.doUnmock('../../../src/matching');
      return { fresh, requests, builds: compiles };
    };
    try {
      const first = await restarted();
      const m = await first.fresh.readerPageMatcher();
      expect(findMentions(m, mediator.text).map((x) => x.id)).toContain(readerName.id);
      expect(first.builds).not.toHaveBeenCalled();

      // an article added before it builds the archive is laid over the kept matcher: marked at once, nothing compiled
      const was = { ...QUICK_ADD };
      Object.assign(first.fresh.QUICK_ADD, { fromArticles: 1, exactAfterMs: 60_000 });
      try {
        const answer = await first.requests.handleLibrary({ type: 'library-import', articles: [{ file: library.name, text: library.text }] });
        expect(answer).toMatchObject({ ok: true, ids: ['2024-04-02-sarnburg-library'] });
        expect((answer as { namesAdded: number }).namesAdded).toBeGreaterThan(0);
        const libraryName = createArchiveBuilder()
          .build(seedArticles(), readerArticles().filter((a) => a.id !== '2024-03-11-kalvik-mediator'))
          .factBase.entities.find((e) => e.articles.length === 1 && e.articles[0] === '2024-04-02-sarnburg-library' && e.name.includes(' '))!;
        expect(findMentions(await first.fresh.readerPageMatcher(), library.text).map((x) => x.id)).toContain(libraryName.id);
        expect(first.builds).not.toHaveBeenCalled();
        expect((await fakeBrowser.storage.local.get(LIBRARY_REVISION_ITEM))[LIBRARY_REVISION_ITEM]).toMatch(/:quick$/);
        await first.requests.handleLibrary({ type: 'library-delete', id: '2024-04-02-sarnburg-library' });
      } finally {
        Object.assign(first.fresh.QUICK_ADD, was);
      }

      // a matcher kept for another generation of the articles is not used: the archive is built
      const now2 = await lib.generation();
      await vi.waitFor(async () => expect((await lib.keptMatcher())?.generation).toBe(now2), { timeout: 5000, interval: 10 });
      await lib.keepMatcher({ ...(await lib.keptMatcher())!, generation: now2 - 1 });
      const second = await restarted();
      expect(findMentions(await second.fresh.readerPageMatcher(), mediator.text).map((x) => x.id)).toContain(readerName.id);
      expect(second.builds).toHaveBeenCalled();

      // nor a corrupt one (storage is not trusted): the archive is built, nothing breaks
      await vi.waitFor(async () => expect((await lib.keptMatcher())?.generation).toBe(now2), { timeout: 5000, interval: 10 });
      await lib.keepMatcher({ generation: now2, salt: (await lib.keptMatcher())!.salt, compiled: { version: 1, ids: ['x'], names: 7 } });
      const third = await restarted();
      expect(findMentions(await third.fresh.readerPageMatcher(), mediator.text).map((x) => x.id)).toContain(readerName.id);
      expect(third.builds).toHaveBeenCalled();
    } finally {
      lib.close();
      await handleLibrary({ type: 'library-options', markOnPages: false });
      await handleLibrary({ type: 'library-clear' });
    }
  });
});
