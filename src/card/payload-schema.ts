/**
 * Validation for a card payload arriving in the content script (reliability rows 10, 11 in tests/README.md): the same
 * field rules as the fact base's schema, so a poisoned message is rejected before anything renders it.
 * Kept apart from payload.ts so the card's own bundle does not pull in valibot through view-model.ts.
 */
import * as v from 'valibot';
import { Article, Entity } from '../factbase/schema';
import { MAX_REASONS } from '../relevance/limits';
import { isPartialDate } from '../time/partial-date';
import type { CardPayload } from './payload';

const NAMED = ['id', 'type', 'name'] as const;
const Id = Entity.entries.id;
const Reasons = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_REASONS));

const CardPageSchema = v.strictObject({
  asOf: v.pipe(v.string(), v.check(isPartialDate, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
  fromPage: v.boolean(),
  later: v.picklist(['collapsed', 'hidden']),
  relevance: v.optional(
    v.array(
      v.strictObject({
        score: v.pipe(v.number(), v.minValue(0), v.maxValue(1000)),
        ids: Reasons(Id),
        terms: Reasons(v.pipe(v.string(), v.maxLength(100))),
      }),
    ),
  ),
});

export const CardPayloadSchema = v.strictObject({
  articles: v.array(
    v.strictObject({
      ...v.pick(Article, ['id', 'date', 'dateline', 'headline', 'lead']).entries,
      /** An article of the reader's own archive, and where they read it (http or https only). */
      mine: v.optional(v.literal(true)),
      url: v.optional(v.pipe(v.string(), v.maxLength(2048), v.regex(/^https?:\/\//))),
    }),
  ),
  entities: v.array(
    v.strictObject({ ...v.pick(Entity, NAMED).entries, ...v.partial(v.omit(Entity, NAMED)).entries }),
  ),
  page: v.optional(CardPageSchema),
});

/** The payload, or undefined when `input` is not a well-formed card payload. */
export function parseCardPayload(input: unknown): CardPayload | undefined {
  const result = v.safeParse(CardPayloadSchema, input);
  return result.success ? result.output : undefined;
}
