import { render } from 'preact';
import { Options, optionsOverStore } from '../../src/options/options';
import { settingsStore } from '../../src/settings';

const store = settingsStore();
addEventListener('pagehide', () => void store.flush());

render(<Options {...optionsOverStore(store)} />, document.getElementById('app')!);
