import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';

/** Debian's Chromium: the only browser the tests use (never a downloaded one). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    // Two files at a time, also on a 2-core machine (Vitest's default there is one): the e2e
    // files spend most of their time waiting on a browser (polls, settling, idle timeouts), so two
    // overlap well; each file still launches its own browsers, servers and profile directories.
    maxWorkers: 2,
    projects: [
      {
        // Pure logic and DOM logic that needs no layout: Node (happy-dom where a file asks for it).
        plugins: [preact()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/**/*.browser.test.ts', 'tests/**/*.browser.test.tsx', 'tests/e2e/**'],
          environment: 'node',
          testTimeout: 60_000,
          // beforeAll hooks load kuromoji's dictionary: seconds on a busy 2-core machine, not a test of speed.
          hookTimeout: 60_000,
        },
      },
      {
        // DOM code that needs real layout (hit-testing, ranges, highlights): Vitest's browser mode.
        plugins: [preact()],
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts', 'tests/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The built extension loaded into Debian's Chromium, driven by playwright-core.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page's answer to a key or a click comes through the browser's process and the
          // extension's: on a loaded 2-core machine that can take more than expect.poll's 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
