/**
 * Mentions found by the matcher, with their entity's display name, type and (events) date: what the page
 * shows. Used where the matcher runs (background, command line); content scripts receive them ready-made.
 */
import { TYPE_CODES, type CompiledMatcher } from './compiled';
import type { Mention } from './mention';
import type { EntityType } from '../factbase/kinds';
import type { NamedMention } from './wire';

const TYPE_OF_CODE = Object.fromEntries(Object.entries(TYPE_CODES).map(([type, code]) => [code, type])) as Record<string, EntityType>;

/** Adds names and types; drops mentions whose entity the matcher does not have (never expected). */
export function nameMentions(m: { compiled: CompiledMatcher }, mentions: readonly Mention[]): NamedMention[] {
  const c = m.compiled;
  const out: NamedMention[] = [];
  for (const x of mentions) {
    if (!(x.entity >= 0 && x.entity < c.ids.length && c.ids[x.entity] === x.id)) continue;
    const type = TYPE_OF_CODE[c.types[x.entity]!]!;
    const date = type === 'event' ? c.dates[x.entity] : undefined;
    out.push({ ...x, type, name: c.names[x.entity]!, ...(date ? { eventDate: date } : {}) });
  }
  return out;
}

