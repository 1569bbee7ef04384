/**
 * The extension's keyboard shortcuts as the browser has them now (the reader may have changed them, or the
 * browser may have refused a suggested key), so the popup never advertises a key that does nothing.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Shortcut {
  name: string;
  description: string;
  /** '' when no key is set. */
  shortcut: string;
}

export function Shortcuts({ load }: { load: () => Promise<Shortcut[]> }) {
  const [list, setList] = useState<Shortcut[] | undefined>();
  useEffect(() => {
    load().then(setList, () => setList([]));
  }, [load]);
  if (!list?.length) return null;
  const firefox = globalThis.location?.protocol === 'moz-extension:';
  return (
    <details class="shortcuts" data-testid="shortcuts">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {list.map((s) => (
          <div key={s.name}>
            <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">not set</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">
        Change them at{' '}
        {firefox ? 'about:addons → ⚙ → Manage Extension Shortcuts' : <code>chrome://extensions/shortcuts</code>}.
      </p>
    </details>
  );
}
