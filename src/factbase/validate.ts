import * as v from 'valibot';
import { FactBase } from './schema';

export class FactBaseError extends Error {
  override name = 'FactBaseError';
}

/**
 * Checks shape (schema) and integrity (every id referenced exists, ids unique).
 * Returns the fact base or throws a FactBaseError naming the first problems found.
 */
export function validateFactBase(input: unknown): FactBase {
  const result = v.safeParse(FactBase, input);
  if (!result.success) {
    const problems = result.issues.slice(0, 5).map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(root)';
      return `${path}: ${issue.message}`;
    });
    throw new FactBaseError(`invalid fact base: ${problems.join('; ')}`);
  }
  const fb = result.output;
  const problems: string[] = [];
  const articleIds = new Set<string>();
  for (const a of fb.articles) {
    if (articleIds.has(a.id)) problems.push(`article id "${a.id}" is not unique`);
    articleIds.add(a.id);
  }
  const entityIds = new Set<string>();
  for (const e of fb.entities) {
    if (entityIds.has(e.id)) problems.push(`entity id "${e.id}" is not unique`);
    entityIds.add(e.id);
  }
  const ref = (what: string, id: string, set: Set<string>) => {
    if (!set.has(id)) problems.push(`${what} refers to unknown id "${id}"`);
  };
  for (const e of fb.entities) {
    for (const f of e.facts) {
      ref(`entity ${e.id} fact`, f.article, articleIds);
      if (f.speaker) ref(`entity ${e.id} quote speaker`, f.speaker, entityIds);
    }
    for (const r of e.related) ref(`entity ${e.id} related`, r.id, entityIds);
    for (const a of e.articles) ref(`entity ${e.id} articles`, a, articleIds);
    if (e.place) ref(`entity ${e.id} place`, e.place, entityIds);
    for (const p of e.participants ?? []) ref(`entity ${e.id} participant`, p, entityIds);
  }
  if (problems.length) throw new FactBaseError(`invalid fact base: ${problems.slice(0, 5).join('; ')}`);
  return fb;
}
