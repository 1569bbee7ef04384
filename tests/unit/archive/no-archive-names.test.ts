/**
 * The builder must work for any article, so its code must not know the archive's names: no name or alias from
 * the seed's or the fixtures' gold annotations may appear anywhere under src/, comments included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function goldNames(): string[] {
  const dirs = ['tests/fixtures/gold', 'tests/fixtures/heldout/gold'].map((d) => path.join(ROOT, d));
  const names = new Set<string>();
  for (const dir of dirs) {
    let list: string[] = [];
    try {
      list = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const f of list) {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { entities: { name: string; aliases?: string[] }[] };
      for (const e of gold.entities) for (const n of [e.name, ...(e.aliases ?? [])]) names.add(n);
    }
  }
  return [...names];
}

// Single words that are also ordinary English or generic parts of names say nothing about hard-coding.
const GENERIC = /^(?:[a-z].*|.{1,3}|National|Assembly|Commission|International|Council|Ministry|World|Health|Development|Bank|Union|European|Party|Alliance|Energy|Trade|Games|Europe|Africa|Asia|America)$/;

describe('no archive names in the source', () => {
  const names = goldNames().filter((n) => !GENERIC.test(n));
  // the matcher's curated table of well-known short forms (UK, UAE, EU) is world knowledge, not the archive's: the
  // one file allowed to spell country and organisation names
  const TABLE = path.join('src', 'matching', 'short-forms.ts');
  const sources = files(path.join(ROOT, 'src'))
    .map((f) => ({ f: path.relative(ROOT, f), text: readFileSync(f, 'utf8') }))
    .filter(({ f }) => f !== TABLE);

  it('has names to look for', () => {
    expect(names.length).toBeGreaterThan(50);
  });

  it('finds none of them under src/', () => {
    const hits: string[] = [];
    for (const name of names) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      for (const { f, text } of sources) if (re.test(text)) hits.push(`${f}: ${name}`);
    }
    expect(hits).toEqual([]);
  });
});
