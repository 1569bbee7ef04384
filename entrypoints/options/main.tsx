import { render } from 'preact';
import { ArchiveSection } from '../../src/options/archive-section';
import { archiveOverBackground } from '../../src/options/archive-requests';
import { Options, optionsOverStore } from '../../src/options/options';
import { settingsStore } from '../../src/settings';

const store = settingsStore();
addEventListener('pagehide', () => void store.flush());

render(
  <Options {...optionsOverStore(store)}>
    <ArchiveSection {...archiveOverBackground()} />
  </Options>,
  document.getElementById('app')!,
);
