import { execFileSync } from 'node:child_process';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports hide where names come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'News Context',
    description: 'Names and events in the news you read, explained from a local archive. No network, no accounts.',
    // settings (per-site switches, delays) live in storage.sync; contextMenus: "Add this article" on a page
    permissions: ['storage', 'contextMenus'],
    // The card UI is a chunk the content script imports at the first hover (src/page/card-loader.ts).
    // Chromium: use_dynamic_url serves it only at a per-session URL that runtime.getURL gives the content
    // script, so a page cannot fetch it at chrome-extension://<public id>/card.js to learn we are installed.
    // Firefox (MV2) has no such key and needs none: its moz-extension:// host is a random per-install UUID.
    // (WXT writes the MV2 form for Firefox.)
    web_accessible_resources: [
      { resources: ['card.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // Alt+Shift+letter, as Dark Reader does. Chromium 156 on Linux silently refuses suggested keys it uses
    // itself (Alt+Shift+A, B, C, N, P, R, W, X, Z were left unassigned when tried): tests/e2e/commands.test.ts
    // checks that the browser really assigned each of these.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Switch News Context on or off for this site',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next marked name and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous marked name and open its card',
      },
      'mention-list': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: "List this page's marked names (Enter on one opens its card)",
      },
      // No suggested key: Chromium gives an extension at most four, and the four above have them.
      'add-article': {
        description: 'Add this article to my archive (shows what will be saved first)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'news-context@example.org',
              strict_min_version: '140.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint warns otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // NC_NO_MINIFY=1 keeps function names, for reading the bench's profiles ("where ours goes").
  vite: () => (process.env.NC_NO_MINIFY ? { build: { minify: false } } : {}),
  hooks: {
    // The bundled fact base always comes from seeds/: rebuild it before every build, dev start and zip.
    'build:before': () => {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/archive.ts', 'build'], { stdio: 'inherit' });
    },
  },
});
