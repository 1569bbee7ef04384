/** The settings layer: shape, validation, the per-site decision, storage, export and import. */
export { SETTINGS_VERSION, defaultSettings, type Scope, type Settings, type SiteRule, type HighlightStyle } from './schema';
export { parseSettings, type ParsedSettings, type SettingsProblem } from './parse';
export { siteKeys, type SiteKeys } from './site';
export { isEnabledFor, setSiteRule, removeSiteRule, ruleKey, type Enabled, type RuleRef } from './enabled';
export { createSettingsStore, settingsStore, watchSettings, type SettingsError, type SettingsStore } from './store';
export { exportSettings, importSettings, importSettingsFile, type ImportResult } from './transfer';
