import type { SettingsError, SettingsProblem } from '../settings';

export interface SettingsNoticesProps {
  /** Problems found reading the stored settings (they fell back to defaults). */
  problems: readonly SettingsProblem[];
  /** The last failed write or rules-dropped notice, if any since the user's last change. */
  error: SettingsError | undefined;
}

/**
 * What went wrong with the stored settings, in one short sentence each: a failed write is an alert (the
 * user's change did not happen), dropped rules and settings reset after a bad read are status messages.
 */
export function SettingsNotices({ problems, error }: SettingsNoticesProps) {
  return (
    <>
      {error && (
        <p role={error.kind === 'write-failed' ? 'alert' : 'status'} class="notice" data-testid="settings-error">
          {error.message}
        </p>
      )}
      {problems.length > 0 && (
        <p role="status" class="notice" data-testid="settings-problems">
          {describeProblems(problems)}
        </p>
      )}
    </>
  );
}

/** Settings fields in the words of the options page. */
const FIELD_NAMES: Record<string, string> = {
  enabled: 'on for all sites',
  mode: 'site mode',
  hoverDelayMs: 'card delay',
  hideDelayMs: 'card hide delay',
  modifierOnly: 'modifier key',
  density: 'marks',
  badge: 'badge',
  sites: 'site rules',
  styles: 'mark styles',
  version: 'version',
};

/** One sentence: all settings reset, settings from a newer version, or which settings were reset. */
export function describeProblems(problems: readonly SettingsProblem[]): string {
  if (problems.some((p) => p.field === 'settings')) {
    return 'The stored settings were not valid, so all were reset to the defaults.';
  }
  if (problems.some((p) => p.field === 'version' && /newer version/.test(p.message))) {
    return 'These settings were saved by a newer version of News Context; this one uses the settings it knows.';
  }
  const fields = [...new Set(problems.map((p) => p.field.replace(/\[.*$|\..*$/, '')).map((f) => FIELD_NAMES[f] ?? f))];
  const list = fields.slice(0, 4).join(', ') + (fields.length > 4 ? ', …' : '');
  return `Some stored settings were not valid and were reset to their defaults (${list}).`;
}
