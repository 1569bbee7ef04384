/**
 * The source's import graph has no cycles: a cycle (as archive/events.ts ↔ archive/event-phrases.ts once was)
 * makes load order matter and hides which module owns what.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative value imports of a file, resolved to files (`import type` is erased: it orders nothing at run time). */
function importsOf(file: string, all: Set<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
    const base = path.resolve(path.dirname(file), m[1]!);
    const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => all.has(f));
    if (hit) out.push(hit);
  }
  return out;
}

function cycles(): string[][] {
  const all = new Set(files(SRC));
  const graph = new Map([...all].map((f) => [f, importsOf(f, all)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f)!) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((x) => path.relative(SRC, x)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return found;
}

describe('src imports', () => {
  it('form no cycle', () => {
    expect(cycles()).toEqual([]);
  });
});
