import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Early, to ask for the settings while the page loads; the page is read from DOMContentLoaded on.
  runAt: 'document_start',
  // WXT would also announce the script's start to the page with window.postMessage, naming the extension.
  noScriptStartedPostMessage: true,
  main: startContent,
});
