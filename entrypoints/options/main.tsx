import { render } from 'preact';
import { Options } from '../../src/options/options';
import { settingsStore } from '../../src/settings';

const store = settingsStore();
addEventListener('pagehide', () => void store.flush());

render(
  <Options
    load={() => store.get()}
    change={async (change) => {
      const next = await store.update(change);
      await store.flush();
      return next;
    }}
  />,
  document.getElementById('app')!,
);
