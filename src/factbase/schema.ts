/**
 * The fact base: the one contract every part of the extension shares.
 * Built from seeds/ by src/archive, bundled with the extension, read by the matcher and the card.
 * Validated with valibot wherever it crosses a boundary (build output, storage, import).
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from './kinds';

/**
 * Bump when the shape changes in a way older readers cannot handle, and add the step in migrate.ts.
 * 2: the kinds `agreement` and `award` (a schema 1 fact base is a schema 2 one without them).
 */
export const SCHEMA_VERSION = 2;

const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
/** A date with its precision carried by its shape: day, month or year. */
const PartialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'), v.maxLength(120));
const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(4000));

export const EntityType = v.picklist(ENTITY_TYPES);

export const Article = v.strictObject({
  id: Id,
  file: v.pipe(v.string(), v.minLength(1)),
  date: IsoDay,
  dateline: v.string(),
  headline: v.optional(Text),
  /** The article's first sentence, used to cite it when there is no headline. */
  lead: v.optional(Text),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const Fact = v.strictObject({
  text: Text,
  article: Id,
  date: IsoDay,
  /** statement: a sentence that mentions the entity; quote: words attributed to a speaker; pledge: a commitment with a target year. */
  kind: v.picklist(['statement', 'quote', 'pledge']),
  /** For quotes: the quoted words and the entity id of the speaker, when the archive attributes them. */
  quote: v.optional(Text),
  speaker: v.optional(Id),
  /** For pledges: the target years ("peak emissions by 2030 and become carbon neutral by 2060"). */
  targets: v.optional(v.array(v.pipe(v.string(), v.regex(/^\d{4}$/)))),
});

/** One office a person held, as the archive states it: first and last stated, and when it ended. */
export const RoleSpan = v.strictObject({
  text: Text,
  from: IsoDay,
  to: IsoDay,
  /** The date of the article that says the role is over ("stepped down", "former", a named successor). */
  until: v.optional(IsoDay),
  articles: v.array(Id),
});

export const Related = v.strictObject({ id: Id, count: v.pipe(v.number(), v.integer(), v.minValue(1)) });

export const Entity = v.strictObject({
  id: Id,
  type: EntityType,
  name: Text,
  /** Other ways the archive writes this name (short forms, acronyms, expansions); never includes `name`. */
  aliases: v.array(Text),
  /** Role or one-line identity, when the archive states it ("UK trade envoy"): the latest one. */
  description: v.optional(Text),
  /** People: the roles over time, oldest first; the description is the latest of them. */
  roles: v.optional(v.array(RoleSpan)),
  facts: v.array(Fact),
  related: v.array(Related),
  /** Ids of the archive articles that mention the entity, oldest first. */
  articles: v.array(Id),
  firstSeen: IsoDay,
  lastSeen: IsoDay,
  /** Events: when it happens or happened, resolved against the article's date. */
  date: v.optional(PartialDate),
  /** Events: entity id of the place. */
  place: v.optional(Id),
  /** Events: entity ids of the participants. */
  participants: v.optional(v.array(Id)),
});

export const FactBase = v.strictObject({
  schema: v.literal(SCHEMA_VERSION),
  articles: v.array(Article),
  entities: v.array(Entity),
});

export type EntityType = v.InferOutput<typeof EntityType>;
export type Article = v.InferOutput<typeof Article>;
export type Fact = v.InferOutput<typeof Fact>;
export type Related = v.InferOutput<typeof Related>;
export type RoleSpan = v.InferOutput<typeof RoleSpan>;
export type Entity = v.InferOutput<typeof Entity>;
export type FactBase = v.InferOutput<typeof FactBase>;
