/**
 * Export and import of settings as a JSON file (the options page). An import is all or nothing: a file
 * that is malformed, too large, of another format or version, or has any invalid setting is refused with
 * a message, and the caller changes nothing. Partial imports would surprise: the user chose this file.
 */
import { migrate } from './migrations';
import { describe, parseSettings } from './parse';
import { fitToSyncQuota } from './quota';
import { SETTINGS_VERSION, type Settings } from './schema';

/** The marker that says a file is ours. */
export const EXPORT_FORMAT = 'news-context-settings';
/** Larger files are refused before parsing: real exports are under 10 kB (one sync item). */
export const MAX_IMPORT_BYTES = 100_000;
/** Problems listed in a refusal; the rest are counted. */
const LISTED = 3;

/** The settings as a pretty-printed JSON file: `{ format, version, exported, settings }`. */
export function exportSettings(settings: Settings, now = new Date()): string {
  const file = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exported: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { settings: Settings } | { error: string };

const TOO_LARGE = `This file is too large to be a settings file (over ${MAX_IMPORT_BYTES / 1000} kB). Nothing was changed.`;

/**
 * Reads a file the user chose and imports it; its size is checked before a byte is read, so choosing a
 * huge file by mistake costs nothing.
 */
export async function importSettingsFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { error: TOO_LARGE };
  return importSettings(await file.text());
}

/**
 * Read an exported file. Files from older versions are migrated; files from newer ones are refused.
 * @returns the settings to store, or a sentence saying why the file was refused.
 */
export function importSettings(text: string): ImportResult {
  // UTF-8 takes at least one byte per UTF-16 unit, so a long string is refused without encoding it.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return { error: TOO_LARGE };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'This file is not valid JSON, so it is not a settings file. Nothing was changed.' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { error: 'This file is not a News Context settings file. Nothing was changed.' };
  }
  const { version, settings: raw } = data as { version?: unknown; settings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `This settings file has no valid version (found ${describe(version)}). Nothing was changed.` };
  }
  if (version > SETTINGS_VERSION) {
    return {
      error:
        `This settings file comes from a newer version of News Context (format ${version}; this one reads up ` +
        `to ${SETTINGS_VERSION}). Update the extension to import it. Nothing was changed.`,
    };
  }

  const { settings, problems } = parseSettings(migrate(raw, version));
  if (raw == null || problems.length > 0) {
    const found = raw == null ? ['no settings in it'] : problems.map((p) => `${p.field}: ${p.message}`);
    const listed = found.slice(0, LISTED).join('; ');
    const more = found.length > LISTED ? `; and ${found.length - LISTED} more` : '';
    return { error: `This settings file has invalid settings (${listed}${more}). Nothing was changed.` };
  }
  const { dropped } = fitToSyncQuota(settings);
  if (dropped.length > 0) {
    return {
      error:
        `This settings file has too many site rules for sync storage (${Object.keys(settings.sites).length}; ` +
        `remove at least ${dropped.length}). Nothing was changed.`,
    };
  }
  return { settings };
}
