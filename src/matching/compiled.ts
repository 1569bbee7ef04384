/**
 * The compiled matcher: what the page needs to find and disambiguate names, and nothing else (facts stay
 * in the fact base, fetched by the card). Columnar arrays indexed by entity: compact JSON, cheap to validate.
 */
import * as v from 'valibot';
import type { EntityType } from '../factbase/kinds';

/**
 * Bump when the shape changes; `loadMatcher` rejects other versions. New kinds only add letters to `types`:
 * a matcher without them is still valid, so they need no bump (and the matcher ships with its own build).
 */
export const MATCHER_VERSION = 2;

/** One letter per entity type in `types`. */
export const TYPE_CODES = { person: 'p', organization: 'o', place: 'g', event: 'e', agreement: 'a', award: 'w' } as const satisfies Record<EntityType, string>;
export type TypeCode = (typeof TYPE_CODES)[keyof typeof TYPE_CODES];
const CODES = Object.values(TYPE_CODES);

/** A fact base's aliases are capped per entity so an alias reference fits in one small integer. */
export const MAX_ALIASES = 256;

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const Str = v.pipe(v.string(), v.maxLength(4000));

export const CompiledMatcherSchema = v.strictObject({
  version: v.literal(MATCHER_VERSION),
  ids: v.array(Str),
  /** Display names, for the card and the reason sentence. */
  names: v.array(Str),
  /** One letter per entity: its type's TYPE_CODES letter. */
  types: v.pipe(v.string(), v.regex(new RegExp(`^[${CODES.join('')}]*$`), `expected one of ${CODES.join(', ')} per entity`)),
  /**
   * Per entity: its forms as normalised tokens joined by single spaces ("Asia - Pacific Economic
   * Cooperation", "US" for "U.S."), the name first, then longer aliases, then short forms.
   */
  aliases: v.array(v.pipe(v.array(Str), v.minLength(1), v.maxLength(MAX_ALIASES))),
  /** Per entity: index in `aliases[i]` where the short forms (single word or acronym, not the name) begin. */
  firstShort: v.array(Int),
  /** Per entity: event date (YYYY, YYYY-MM or YYYY-MM-DD) or "". */
  dates: v.array(v.pipe(v.string(), v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'expected YYYY[-MM[-DD]] or ""'))),
  /** Per entity: indices of related entities. */
  related: v.array(v.array(Int)),
  /** Per entity: a few lower-case words of its description/role ("climate", "envoy"). */
  context: v.array(v.array(Str)),
  /** Per entity: indices of an event's participants (empty for other entities): "the summit" with both on the page. */
  participants: v.array(v.array(Int)),
});

/** The JSON-serialisable matcher produced at build time by `compileMatcher`. */
export type CompiledMatcher = v.InferOutput<typeof CompiledMatcherSchema>;

export class MatcherError extends Error {
  override name = 'MatcherError';
}

/** Validates an untrusted compiled matcher (shape and cross-references) or throws a MatcherError. */
export function validateCompiled(json: unknown): CompiledMatcher {
  const result = v.safeParse(CompiledMatcherSchema, json);
  if (!result.success) {
    const problems = result.issues.slice(0, 3).map((issue) => `${issue.path?.map((p) => String(p.key)).join('.') ?? '(root)'}: ${issue.message}`);
    throw new MatcherError(`corrupt matcher: ${problems.join('; ')}`);
  }
  const m = result.output;
  const n = m.ids.length;
  const columns = { names: m.names, types: m.types, aliases: m.aliases, firstShort: m.firstShort, dates: m.dates, related: m.related, context: m.context, participants: m.participants };
  for (const [key, column] of Object.entries(columns)) {
    if (column.length !== n) throw new MatcherError(`corrupt matcher: ${key} has ${column.length} entries for ${n} entities`);
  }
  for (let i = 0; i < n; i++) {
    if (m.firstShort[i]! > m.aliases[i]!.length) throw new MatcherError(`corrupt matcher: firstShort.${i} is past the aliases`);
    for (const r of m.related[i]!) if (r >= n) throw new MatcherError(`corrupt matcher: related.${i} refers to entity ${r} of ${n}`);
    for (const r of m.participants[i]!) if (r >= n) throw new MatcherError(`corrupt matcher: participants.${i} refers to entity ${r} of ${n}`);
  }
  return m;
}
