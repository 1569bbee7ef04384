/**
 * Reading settings that may be corrupt: stored by an older or newer version, edited by hand, poisoned, or
 * cut short. `parseSettings` never throws; each bad field falls back to its default on its own, each bad
 * site rule is dropped on its own, and every fallback is listed so the UI can say what was reset.
 */
import * as v from 'valibot';
import {
  HIDE_DELAY,
  HOVER_DELAY,
  HighlightStyle,
  STYLED_TYPES,
  SETTINGS_VERSION,
  Settings,
  SiteRule,
  defaultSettings,
  isRuleKey,
  type SettingsField,
} from './schema';

/** One thing that was wrong with the input, and what was done about it. */
export interface SettingsProblem {
  /** The field, e.g. `hoverDelayMs`, `sites["news.example.com"]`, `styles.person`. */
  field: string;
  /** A sentence for people: what was expected, what was found (never the raw value if long), what was used. */
  message: string;
}

export interface ParsedSettings {
  settings: Settings;
  /** Empty when the input was valid (or absent: nothing stored yet is not a problem). */
  problems: SettingsProblem[];
}

/** More problems than this are summed up in one line: a notice listing 10,000 junk keys helps nobody. */
const MAX_PROBLEMS = 20;
/** Longest piece of input quoted in a message. */
const MAX_QUOTE = 40;

/** What each simple field should hold, in words for the notice. */
const EXPECTED: Record<Exclude<SettingsField, 'version' | 'sites' | 'styles'>, string> = {
  enabled: 'true or false',
  mode: '"all-sites" or "only-listed"',
  hoverDelayMs: `a whole number of milliseconds from ${HOVER_DELAY.min} to ${HOVER_DELAY.max}`,
  hideDelayMs: `a whole number of milliseconds from ${HIDE_DELAY.min} to ${HIDE_DELAY.max}`,
  modifierOnly: '"off", "alt", "shift" or "ctrl"',
  density: '"all" or "first"',
  badge: 'true or false',
  showLaterFacts: 'true or false',
  onlyRelatedMarks: 'true or false',
};

/**
 * Validate settings from storage or a file. Never throws.
 * @param raw anything: `null`/`undefined` (nothing stored) gives the defaults with no problems.
 * @returns valid settings (defaults for every field that was missing or wrong) and the list of problems.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems = new ProblemList();
  const settings = defaultSettings();
  if (raw == null) return { settings, problems: [] };
  if (!isPlainObject(raw)) {
    problems.add('settings', `expected an object, found ${describe(raw)}; every setting was reset to its default`);
    return { settings, problems: problems.list() };
  }

  if (raw.version !== SETTINGS_VERSION) {
    const newer = typeof raw.version === 'number' && raw.version > SETTINGS_VERSION;
    problems.add(
      'version',
      newer
        ? `saved by a newer version of the extension (${describe(raw.version)}); only the settings this version knows were read`
        : `expected ${SETTINGS_VERSION}, found ${describe(raw.version)}`,
    );
  }
  for (const field of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
    const fallback = settings[field];
    const value = readField(raw, field, Settings.entries[field], EXPECTED[field], fallback, problems);
    (settings as Record<typeof field, unknown>)[field] = value;
  }
  if (has(raw, 'sites')) settings.sites = parseSites(raw.sites, problems);
  else problems.add('sites', 'missing; no site rules');
  if (has(raw, 'styles')) settings.styles = parseStyles(raw.styles, problems);
  else problems.add('styles', 'missing; default styles used');

  for (const key of Object.keys(raw)) {
    if (!has(Settings.entries, key)) problems.add(quote(key), 'unknown setting; dropped');
  }
  return { settings, problems: problems.list() };
}

function readField<T>(
  raw: Record<string, unknown>,
  field: string,
  schema: v.GenericSchema<unknown, T>,
  expected: string,
  fallback: T,
  problems: ProblemList,
): T {
  if (!has(raw, field)) {
    problems.add(field, `missing; default ${JSON.stringify(fallback)} used`);
    return fallback;
  }
  const result = v.safeParse(schema, raw[field]);
  if (result.success) return result.output;
  problems.add(field, `expected ${expected}, found ${describe(raw[field])}; default ${JSON.stringify(fallback)} used`);
  return fallback;
}

function parseSites(raw: unknown, problems: ProblemList): Settings['sites'] {
  const sites: Settings['sites'] = {};
  if (!isPlainObject(raw)) {
    problems.add('sites', `expected an object of site rules, found ${describe(raw)}; no site rules`);
    return sites;
  }
  for (const key of Object.keys(raw)) {
    const field = `sites[${quote(key)}]`;
    const rule = v.safeParse(SiteRule, raw[key]);
    if (!rule.success) {
      problems.add(field, 'not a site rule ({ on, scope, updated }); dropped');
    } else if (!isRuleKey(key, rule.output.scope)) {
      const expected = rule.output.scope === 'host' ? 'a lower-case host name or IP address' : '"*." and a domain';
      problems.add(field, `a ${rule.output.scope} rule's key must be ${expected}; dropped`);
    } else {
      sites[key] = rule.output;
    }
  }
  return sites;
}

function parseStyles(raw: unknown, problems: ProblemList): Settings['styles'] {
  const styles = defaultSettings().styles;
  if (!isPlainObject(raw)) {
    problems.add('styles', `expected an object, found ${describe(raw)}; default styles used`);
    return styles;
  }
  for (const type of STYLED_TYPES) {
    styles[type] = readField(raw, type, HighlightStyle, '"underline", "background" or "both"', styles[type], problems.under('styles'));
  }
  for (const key of Object.keys(raw)) {
    if (!(STYLED_TYPES as readonly string[]).includes(key)) problems.add(`styles.${quote(key)}`, 'unknown type; dropped');
  }
  return styles;
}

/** Collects problems, keeping the first MAX_PROBLEMS and counting the rest. */
class ProblemList {
  constructor(
    private readonly items: SettingsProblem[] = [],
    private readonly prefix = '',
    private readonly overflow = { count: 0 },
  ) {}

  add(field: string, message: string): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push({ field: this.prefix + field, message });
    else this.overflow.count++;
  }

  /** The same list, with field names under `parent.` */
  under(parent: string): ProblemList {
    return new ProblemList(this.items, `${this.prefix}${parent}.`, this.overflow);
  }

  list(): SettingsProblem[] {
    const more = this.overflow.count;
    return more ? [...this.items, { field: '…', message: `and ${more} more problem${more === 1 ? '' : 's'}` }] : [...this.items];
  }
}

/** A short description of a value for a message: never the whole of a long string. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return value.length > MAX_QUOTE ? `a string of ${value.length.toLocaleString('en')} characters` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function quote(key: string): string {
  return JSON.stringify(key.length > MAX_QUOTE ? `${key.slice(0, MAX_QUOTE)}…` : key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(object: object, key: string): boolean {
  return  Object.hasOwn(object, key);
}
