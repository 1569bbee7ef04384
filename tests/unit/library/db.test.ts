import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryWriteError, openLibrary, type Library } from '../../../src/library/db';
import type { SavedArticle } from '../../../src/library/record';

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `library-test-${n++}`;
  names.push(name);
  return name;
};
const open: Library[] = [];
afterEach(() => {
  for (const l of open.splice(0)) l.close();
});

const article = (id: string, savedAt: number): SavedArticle => ({
  id,
  file: `${id}.txt`,
  text: `date 2024-01-0${savedAt} PORTMERE: Story ${id} has a sentence.\n`,
  url: `https://news.example/${id}`,
  savedAt,
});

async function library(name = fresh()) {
  const l = await openLibrary(name);
  open.push(l);
  return l;
}

describe('the reader archive store', () => {
  it('keeps articles in the order they were saved, and deletes one or all', async () => {
    const l = await library();
    await l.add([article('b', 2), article('a', 1)]);
    await l.add([article('c', 3)]);
    expect((await l.all()).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    await l.remove('b');
    expect((await l.all()).map((a) => a.id)).toEqual(['a', 'c']);
    await l.clear();
    expect(await l.all()).toEqual([]);
  });

  it('adds a batch whole or not at all', async () => {
    const l = await library();
    await l.add([article('a', 1)]);
    const refused = l.add([article('b', 2), article('a', 3)]);
    await expect(refused).rejects.toBeInstanceOf(LibraryWriteError);
    await expect(refused).rejects.toMatchObject({ kind: 'exists' });
    expect((await l.all()).map((a) => a.id)).toEqual(['a']);
  });

  it('reports a quota refusal with nothing lost', async () => {
    const l = await library();
    await l.add([article('a', 1)]);
    const quota = new DOMException('full', 'QuotaExceededError');
    const realPut = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = () => {
      throw quota;
    };
    try {
      await expect(l.add([article('b', 2)])).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.add = realPut;
    }
    expect((await l.all()).map((a) => a.id)).toEqual(['a']);
  });

  it('survives closing and opening again, options included', async () => {
    const name = fresh();
    const first = await library(name);
    expect(await first.options()).toEqual({ markOnPages: false });
    await first.add([article('a', 1)]);
    await first.setOptions({ markOnPages: true });
    first.close();
    const again = await library(name);
    expect((await again.all()).map((a) => a.id)).toEqual(['a']);
    expect(await again.options()).toEqual({ markOnPages: true });
  });

  it('upgrades a version 1 database in place, its articles and options kept', async () => {
    const name = fresh();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
        db.createObjectStore('options');
      },
    });
    await v1.put('articles', article('a', 1));
    await v1.put('options', { markOnPages: true }, 'options');
    v1.close();
    const l = await library(name);
    expect((await l.all()).map((a) => a.id)).toEqual(['a']);
    expect(await l.options()).toEqual({ markOnPages: true });
    await l.keepExtractions(new Map([['a', { key: 'k', extraction: { sets: new Set(['x']) } }]]), new Set(['a']));
    expect(await l.extractions()).toEqual(new Map([['a', { key: 'k', extraction: { sets: new Set(['x']) } }]]));
    await l.remove('a');
    expect((await l.extractions()).size).toBe(0);
  });

  it('counts a generation up with every change of the articles, not of the options, and keeps a matcher with it', async () => {
    const l = await library();
    expect(await l.generation()).toBe(0);
    expect(await l.keptMatcher()).toBeUndefined();
    await l.add([article('a', 1), article('b', 2)]);
    expect(await l.generation()).toBe(1);
    await l.setOptions({ markOnPages: true });
    expect(await l.generation()).toBe(1);
    await expect(l.add([article('a', 3)])).rejects.toBeInstanceOf(LibraryWriteError);
    expect(await l.generation()).toBe(1); // a refused change counts nothing
    await l.keepMatcher({ generation: 1, salt: 's', compiled: { ids: ['x'] } });
    expect(await l.keptMatcher()).toEqual({ generation: 1, salt: 's', compiled: { ids: ['x'] } });
    expect(await l.allAt()).toEqual({ articles: [article('a', 1), article('b', 2)], generation: 1 });
    await l.remove('a');
    expect(await l.generation()).toBe(2);
    await l.clear();
    expect(await l.generation()).toBe(3);
    expect(await l.keptMatcher()).toBeUndefined();
  });

  it('upgrades a version 2 database in place, its articles and extractions kept', async () => {
    const name = fresh();
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
        db.createObjectStore('options');
        db.createObjectStore('extractions');
      },
    });
    await v2.put('articles', article('a', 1));
    await v2.put('extractions', { key: 'k', extraction: {} }, 'a');
    v2.close();
    const l = await library(name);
    expect((await l.all()).map((a) => a.id)).toEqual(['a']);
    expect([...(await l.extractions()).keys()]).toEqual(['a']);
    expect(await l.generation()).toBe(0);
    await l.add([article('b', 2)]);
    expect(await l.generation()).toBe(1);
  });
});
