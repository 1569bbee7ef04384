import { render } from 'preact';
import { browser } from 'wxt/browser';
import { archiveHomeUrl, archiveLinks } from '../../src/archive-pages/links';
import { Popup, siteOverStore } from '../../src/popup/popup';
import { CARD_CSS } from '../../src/card/styles';
import {
  requestActiveUrl,
  requestArchiveStats,
  requestCardModel,
  requestFindings,
  requestRead,
  requestReaderNames,
  requestSaveArticle,
  requestSearch,
  requestShortcuts,
  requestShow,
} from '../../src/popup/requests';
import { settingsStore } from '../../src/settings';
import { isoDay } from '../../src/time/partial-date';

const store = settingsStore();
// The popup can close at any moment: write what is pending before it goes.
addEventListener('pagehide', () => void store.flush());

const site = siteOverStore(store, requestActiveUrl);

// Archive pages open in a new tab, and the popup closes (it would stay over the new tab).
const links = archiveLinks({
  newTab: true,
  open: (url) => void browser.tabs.create({ url }).then(() => window.close(), () => undefined),
});

// the card's own styles, as in the page (there they live in its shadow root)
const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.append(style);

render(
  <Popup
    loadStats={requestArchiveStats}
    loadFindings={requestFindings}
    site={site}
    showEntity={(id) => void requestShow(id)}
    archive={{ search: requestSearch, card: requestCardModel }}
    shortcuts={requestShortcuts}
    archivePages={{ home: archiveHomeUrl(), links }}
    addArticle={{
      read: requestRead,
      save: requestSaveArticle,
      // opened by the context menu or the command, straight at the preview
      open: new URLSearchParams(location.search).has('add'),
      today: isoDay(new Date()),
    }}
    readerNames={requestReaderNames}
  />, document.getElementById('app')!);
