/**
 * Fact bases written under an older schema, brought up to SCHEMA_VERSION. Everything that reads a stored
 * or imported fact base goes through `migrateFactBase`; the builder's own output is current already and is
 * only validated (validate.ts).
 */
import { SCHEMA_VERSION, type FactBase } from './schema';
import { FactBaseError, validateFactBase } from './validate';

type Step = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** The step to schema N from N - 1, keyed by N. Steps copy; they never change their input. */
const STEPS: Readonly<Record<number, Step>> = {
  // 2 only adds the kinds agreement and award: a schema 1 fact base is a schema 2 one as it stands.
  2: (old) => ({ ...old, schema: 2 }),
};

/**
 * A fact base of any schema this version reads (1 to SCHEMA_VERSION), upgraded and validated.
 * @throws FactBaseError for anything that is not a fact base, one from a newer schema, or an invalid one.
 */
export function migrateFactBase(input: unknown): FactBase {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FactBaseError(`not a fact base: expected a JSON object, found ${describe(input)}`);
  }
  const version = (input as { schema?: unknown }).schema;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FactBaseError(`not a fact base: "schema" should be a version number (1 to ${SCHEMA_VERSION}), found ${describe(version)}`);
  }
  if (version > SCHEMA_VERSION) {
    throw new FactBaseError(
      `fact base schema ${version} is newer than this version of News Context reads (1 to ${SCHEMA_VERSION}): update the extension`,
    );
  }
  let fb = input as Record<string, unknown>;
  for (let next = version + 1; next <= SCHEMA_VERSION; next++) {
    const step = STEPS[next];
    if (!step) throw new FactBaseError(`no migration to fact base schema ${next} (a bug)`);
    fb = step(fb);
  }
  return validateFactBase(fb);
}

/** A value in a few words, never a long string whole. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
