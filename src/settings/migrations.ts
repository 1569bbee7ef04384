/**
 * Versioned migrations of the stored settings, for @wxt-dev/storage's `migrations` option (it runs them
 * once, when the stored version, kept in the item's metadata, is older than SETTINGS_VERSION) and for
 * importing files exported by older versions.
 *
 * Each migration takes whatever was stored and must not throw: its output goes through parseSettings,
 * which repairs what the migration could not. A migration that threw would leave the old shape in place
 * and @wxt-dev/storage would retry it on every start.
 */
import { SETTINGS_VERSION, defaultSettings } from './schema';

type Migration = (old: unknown) => unknown;

/**
 * v1 → v2: the delays gain their unit in their names (`hoverDelay` → `hoverDelayMs`, `hideDelay` →
 * `hideDelayMs`). v1 was this layer's first draft; the migration also proves the mechanism end to end.
 */
function toV2(old: unknown): unknown {
  if (!isPlainObject(old)) return old;
  const { hoverDelay, hideDelay, ...rest } = old as Record<string, unknown>;
  return {
    ...rest,
    version: 2,
    ...(hoverDelay !== undefined && !('hoverDelayMs' in rest) ? { hoverDelayMs: hoverDelay } : {}),
    ...(hideDelay !== undefined && !('hideDelayMs' in rest) ? { hideDelayMs: hideDelay } : {}),
  };
}

/**
 * To `version`, for a fact base that gained kinds: the reader's styles are kept and every kind they lack gets
 * the default style. Styles that are missing or not an object are left to parseSettings. A later new kind
 * needs only its own version number here.
 */
const withEveryKindStyled =
  (version: number): Migration =>
  (old) => {
    if (!isPlainObject(old)) return old;
    const styles = isPlainObject(old.styles) ? { styles: { ...defaultSettings().styles, ...old.styles } } : {};
    return { ...old, version, ...styles };
  };

/** v3 → v4: the two options on cards and time; settings that have them (a file edited by hand) keep them. */
function toV4(old: unknown): unknown {
  if (!isPlainObject(old)) return old;
  const { showLaterFacts, onlyRelatedMarks } = defaultSettings();
  return { showLaterFacts, onlyRelatedMarks, ...old, version: 4 };
}

/** Migration to version N, keyed by N (the shape @wxt-dev/storage expects). */
export const migrations: Record<number, Migration> = {
  2: toV2,
  // v3: the kinds agreement and award
  3: withEveryKindStyled(3),
  4: toV4,
};

/** Bring a value of version `from` to SETTINGS_VERSION (for imports; storage runs `migrations` itself). */
export function migrate(value: unknown, from: number): unknown {
  let migrated = value;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = migrations[version];
    if (step) migrated = step(migrated);
  }
  return migrated;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
