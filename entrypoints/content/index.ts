import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Early, to ask for the settings while the page loads; the page is read from DOMContentLoaded on.
  runAt: 'document_start',
  main: startContent,
});
