import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: startContent,
});
