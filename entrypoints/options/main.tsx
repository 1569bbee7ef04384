import { render } from 'preact';
import { Options } from '../../src/options/options';
import { settingsStore } from '../../src/settings';

const store = settingsStore();
addEventListener('pagehide', () => void store.flush());

render(
  <Options
    load={() => store.get()}
    change={async (change) => {
      await store.update(change);
      await store.flush();
      // what is stored now: a failed write leaves the previous value (its error comes through onError)
      return (await store.get()).settings;
    }}
    onError={(cb, signal) => store.onError(cb, signal)}
  />,
  document.getElementById('app')!,
);
