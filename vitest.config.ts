import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
          // a setup that builds something big (the 100,000-entity matcher) takes over 10 s on a busy machine
          hookTimeout: 60_000,
          // Logic without a page: the files share one module cache per worker (compromise and the builder are
          // loaded once, not once per file), which makes the project three times faster on two cores. Each
          // test leaves no state behind (fresh store names, fakeBrowser.reset, vi.resetModules where a module
          // keeps some); the DOM tests below keep their own isolation.
          isolate: false,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The Firefox tests speak WebDriver BiDi over the global WebSocket, behind a flag before Node 22.
          execArgv: typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : [],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
