import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';

/** Debian's Chromium: the only browser the tests use (never a downloaded one). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
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
          fileParallelism: false,
        },
      },
    ],
  },
});
