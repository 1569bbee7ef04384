/**
 * The kinds of entity the fact base knows, in the order lists group them: the one list the schema, the
 * matcher's type codes, the wire, the labels, the colours and the settings derive theirs from. Tables keyed
 * by kind are `Record<EntityType, ...>`, so a new kind here makes the compiler name every table that lacks it
 * (its words, colours, line and matcher letter are choices to make). Stored data changes shape too: bump the
 * fact base's SCHEMA_VERSION (a step in migrate.ts) and SETTINGS_VERSION (settings/migrations.ts).
 * Plain data, no valibot: the content script imports it.
 */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'agreement', 'award'] as const;

/**
 * person, organization, place, event, agreement (treaties, accords, laws, regulations, joint statements) or
 * award (prizes, trophies).
 */
export type EntityType = (typeof ENTITY_TYPES)[number];
