import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TYPE_GROUP } from '../card/labels';
import { defaultSettings, exportSettings, importSettingsFile, removeSiteRule, type Settings, type SettingsError, type SettingsStore } from '../settings';
import { HOVER_DELAY, STYLED_TYPES } from '../settings/schema';

export interface OptionsProps {
  /** The stored settings, and any problems found reading them (shown as a notice). */
  load: () => Promise<{ settings: Settings; problems: { field: string; message: string }[] }>;
  /** Apply a pure change and write it; resolves with the settings as they now are (as stored, if the write failed). */
  change: (change: (s: Settings) => Settings) => Promise<Settings>;
  /** Calls `cb` with every failed write and rules-dropped notice until `signal` aborts. */
  onError?: (cb: (error: SettingsError) => void, signal: AbortSignal) => void;
  /** More sections at the end of the page (the reader's archive). */
  children?: ComponentChildren;
}

/** The page's props over a settings store: each change written at once, and the form shows what is stored. */
export function optionsOverStore(store: SettingsStore): OptionsProps {
  return {
    load: () => store.get(),
    change: async (change) => {
      await store.update(change);
      await store.flush();
      // what is stored now: a failed write leaves the previous value (its error comes through onError)
      return (await store.get()).settings;
    },
    onError: (cb, signal) => store.onError(cb, signal),
  };
}

/** The options page: every setting, the list of site rules, reset, export and import. Props only. */
export function Options({ load, change, onError, children }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const errorCount = useRef(0);
  useEffect(() => {
    if (!onError) return;
    const controller = new AbortController();
    onError((error) => {
      errorCount.current++;
      setNotice(error.message);
    }, controller.signal);
    return () => controller.abort();
  }, [onError]);
  useEffect(() => {
    load().then(
      ({ settings, problems }) => {
        setSettings(settings);
        if (problems.length) setNotice(`Some stored settings were not valid and were reset: ${problems.map((p) => p.field).join(', ')}.`);
      },
      (e: unknown) => setNotice(`The settings could not be read: ${String(e)}`),
    );
  }, [load]);
  if (!settings) return <main>{notice ? <p role="alert">{notice}</p> : <p>Loading…</p>}</main>;
  const set = (c: (s: Settings) => Settings) =>
    change(c).then(setSettings, (e: unknown) => setNotice(`The change could not be saved: ${String(e)}`));
  const rules = Object.entries(settings.sites).sort(([a], [b]) => a.replace(/^\*\./, '').localeCompare(b.replace(/^\*\./, '')));

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = await importSettingsFile(file);
    if ('error' in result) {
      setNotice(`Import refused, nothing changed: ${result.error}`);
      return;
    }
    const before = errorCount.current;
    await set(() => result.settings);
    if (errorCount.current === before) setNotice('Settings imported.'); // else the error stays shown
  };
  const onExport = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'news-context-settings.json';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <main>
      <h1>News Context</h1>
      <p>Everything runs on this computer: the archive ships with the extension and nothing is sent anywhere.</p>
      {notice && (
        <p role="status" data-testid="notice">
          {notice}
        </p>
      )}
      <section aria-labelledby="cards">
        <h2 id="cards">Cards</h2>
        <label>
          Wait before opening a card (ms){' '}
          <input
            type="number"
            data-testid="hover-delay"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (Number.isFinite(n)) void set((s) => ({ ...s, hoverDelayMs: Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, n)) }));
            }}
          />
        </label>
        <label>
          Open cards only while holding{' '}
          <select
            data-testid="modifier"
            value={settings.modifierOnly}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings['modifierOnly'];
              void set((s) => ({ ...s, modifierOnly: v }));
            }}
          >
            <option value="off">no key (hover is enough)</option>
            <option value="alt">Alt</option>
            <option value="shift">Shift</option>
            <option value="ctrl">Ctrl</option>
          </select>
        </label>
        <Toggle
          testId="show-later"
          checked={settings.showLaterFacts}
          onChange={(on) => void set((s) => ({ ...s, showLaterFacts: on }))}
          label="List facts from after the page's date (under “Later, after this article”, closed until opened)"
        />
      </section>
      <section aria-labelledby="marks">
        <h2 id="marks">Marks</h2>
        <label>
          Mark{' '}
          <select
            data-testid="density"
            value={settings.density}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings['density'];
              void set((s) => ({ ...s, density: v }));
            }}
          >
            <option value="all">every mention</option>
            <option value="first">the first mention of each name</option>
          </select>
        </label>
        {STYLED_TYPES.map((type) => (
          <label key={type}>
            {TYPE_GROUP[type]}:{' '}
            <select
              data-testid={`style-${type}`}
              value={settings.styles[type]}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value as Settings['styles'][typeof type];
                void set((s) => ({ ...s, styles: { ...s.styles, [type]: v } }));
              }}
            >
              <option value="both">underline and tint</option>
              <option value="underline">underline only</option>
              <option value="background">tint only</option>
            </select>
          </label>
        ))}
        <Toggle
          testId="only-related"
          checked={settings.onlyRelatedMarks}
          onChange={(on) => void set((s) => ({ ...s, onlyRelatedMarks: on }))}
          label="Only mark names with background that relates to this page"
        />
        <label>
          <input
            type="checkbox"
            data-testid="badge"
            checked={settings.badge}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              void set((s) => ({ ...s, badge: on }));
            }}
          />{' '}
          Show the number of names on the toolbar button
        </label>
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        <label>
          <select
            data-testid="mode"
            value={settings.mode}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings['mode'];
              void set((s) => ({ ...s, mode: v }));
            }}
          >
            <option value="all-sites">On for every site except those switched off</option>
            <option value="only-listed">Only on the sites switched on below</option>
          </select>
        </label>
        {rules.length === 0 ? (
          <p>No site has its own rule yet: switch one from the toolbar popup.</p>
        ) : (
          <ul data-testid="rules">
            {rules.map(([key, rule]) => (
              <li key={key}>
                <bdi>{key.replace(/^\*\./, '')}</bdi> {rule.scope === 'domain' ? '(whole site)' : '(this host only)'}: {rule.on ? 'on' : 'off'}{' '}
                <button type="button" aria-label={`Remove the rule for ${key}`} onClick={() => void set((s) => removeSiteRule(s, key))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="keep">
        <h2 id="keep">Keep or move your settings</h2>
        <button type="button" data-testid="export" onClick={onExport}>
          Export to a file
        </button>{' '}
        <label>
          Import from a file <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void onImport((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>{' '}
        <button
          type="button"
          data-testid="reset"
          onClick={() => {
            if (confirm('Reset every setting and site rule to the defaults?')) void set(() => defaultSettings());
          }}
        >
          Reset to defaults
        </button>
      </section>
      {children}
    </main>
  );
}

function Toggle(props: { testId: string; checked: boolean; onChange(on: boolean): void; label: string }) {
  return (
    <label>
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />{' '}
      {props.label}
    </label>
  );
}
