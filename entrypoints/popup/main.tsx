import { render } from 'preact';
import { Popup } from '../../src/popup/popup';
import { requestActiveUrl, requestArchiveStats, requestFindings, requestShow } from '../../src/popup/requests';
import { settingsStore } from '../../src/settings';

const store = settingsStore();
// The popup can close at any moment: write what is pending before it goes.
addEventListener('pagehide', () => void store.flush());

const site = {
  url: requestActiveUrl,
  settings: async () => (await store.get()).settings,
  change: async (change: Parameters<typeof store.update>[0]) => {
    const next = await store.update(change);
    await store.flush();
    return next;
  },
};

render(<Popup loadStats={requestArchiveStats} loadFindings={requestFindings} site={site} showEntity={(id) => void requestShow(id)} />, document.getElementById('app')!);
