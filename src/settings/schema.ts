/**
 * The settings shape, declared once with valibot, and its defaults.
 * One object, stored as one `storage.sync` item (src/settings/store.ts); read through `parseSettings`
 * (src/settings/parse.ts), which never throws and falls back to these defaults field by field.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '../factbase/kinds';

/**
 * The current shape. Bump it, and add a migration in migrations.ts, the day the shape changes.
 * 3: a mark style for the kinds agreement and award.
 * 4: `showLaterFacts` and `onlyRelatedMarks` (cards that know the page's date and what it is about).
 */
export const SETTINGS_VERSION = 4;

/** Hover dwell before a card opens: 150 ms is Page Previews' value; users find 100 ms twitchy, 750 ms slow. */
export const HOVER_DELAY = { default: 150, min: 0, max: 2000 } as const;
/**
 * Time a card stays after the pointer leaves: 300 ms is Page Previews' value. Never below 100 ms, or the
 * pointer cannot reach the card (WCAG 2.1 SC 1.4.13 wants hover content to be hoverable).
 */
export const HIDE_DELAY = { default: 300, min: 100, max: 3000 } as const;

/** Longest rule key: a DNS name is at most 253 characters, plus the "*." of a domain rule. */
const MAX_RULE_KEY = 255;
const NAME = String.raw`[a-z0-9_-]+(?:\.[a-z0-9_-]+)*`;
/** A host rule's key: a lower-case (punycode) host name, an IPv4 address or a bracketed IPv6 address. */
export const HOST_KEY = new RegExp(String.raw`^(?:${NAME}|\[[0-9a-f:.]+\])$`);
/** A domain rule's key: "*." and a registrable domain; it covers the domain itself and every subdomain. */
export const DOMAIN_KEY = new RegExp(String.raw`^\*\.${NAME}$`);

export const Scope = v.picklist(['host', 'domain']);
export type Scope = v.InferOutput<typeof Scope>;

// v.object, not strictObject: a field a later version adds to rules is dropped, not the whole rule.
export const SiteRule = v.object({
  on: v.boolean(),
  /** 'host': this host name only; 'domain': the registrable domain and all its subdomains. */
  scope: Scope,
  /** When the rule was last set (ms since the epoch): the oldest rules go first when sync storage is full. */
  updated: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type SiteRule = v.InferOutput<typeof SiteRule>;

/** True when `key` is a well-formed rule key for `scope` (see HOST_KEY and DOMAIN_KEY). */
export function isRuleKey(key: string, scope: Scope): boolean {
  // `__proto__` looks like a host name but assigning it to a plain object replaces the prototype.
  if (key.length > MAX_RULE_KEY || key === '__proto__') return false;
  return (scope === 'host' ? HOST_KEY : DOMAIN_KEY).test(key);
}

export const HighlightStyle = v.picklist(['underline', 'background', 'both']);
export type HighlightStyle = v.InferOutput<typeof HighlightStyle>;

/** The entity types that get a highlight style: every kind the fact base knows. */
export const STYLED_TYPES = ENTITY_TYPES;
export type StyledType = EntityType;
/** How a kind is marked until the reader chooses. */
export const DEFAULT_STYLE: HighlightStyle = 'underline';

/** One entry per kind, so the styles follow the fact base's list of kinds. */
const perKind = <T>(value: (type: StyledType) => T) =>
  Object.fromEntries(STYLED_TYPES.map((type) => [type, value(type)])) as Record<StyledType, T>;

/** Every field of the settings object, each with the schema that `parseSettings` checks it against. */
export const Settings = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  /** The global switch: off means off on every site, whatever the site rules say. */
  enabled: v.boolean(),
  /** 'all-sites': on unless a rule switches a site off; 'only-listed': off unless a rule switches it on. */
  mode: v.picklist(['all-sites', 'only-listed']),
  /** Rules by key (HOST_KEY or DOMAIN_KEY); see enabled.ts for how they combine. */
  sites: v.record(v.string(), SiteRule),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY.min), v.maxValue(HOVER_DELAY.max)),
  hideDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HIDE_DELAY.min), v.maxValue(HIDE_DELAY.max)),
  /** Open cards only while this key is held ('off': on hover alone). Against cards that fire by accident. */
  modifierOnly: v.picklist(['off', 'alt', 'shift', 'ctrl']),
  /** Mark every mention of a name, or only its first on the page. */
  density: v.picklist(['all', 'first']),
  /** How each kind of name is marked. */
  styles: v.strictObject(perKind(() => HighlightStyle)),
  /** Show the count of names on the toolbar button. */
  badge: v.boolean(),
  /** Cards list facts dated after the page under "Later, after this article" (closed); false: only count them. */
  showLaterFacts: v.boolean(),
  /** Mark only names whose archive background (up to the page's date) relates to the page. */
  onlyRelatedMarks: v.boolean(),
});
export type Settings = v.InferOutput<typeof Settings>;
export type SettingsField = keyof Settings;

/** A fresh copy of the defaults (fresh, so no caller can change them for everyone else). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    mode: 'all-sites',
    sites: {},
    hoverDelayMs: HOVER_DELAY.default,
    hideDelayMs: HIDE_DELAY.default,
    modifierOnly: 'off',
    density: 'all',
    styles: perKind(() => DEFAULT_STYLE),
    badge: true,
    showLaterFacts: true,
    // off: measured on the real pages, on for places would hide most marks of an archive that knows one story
    onlyRelatedMarks: false,
  };
}
