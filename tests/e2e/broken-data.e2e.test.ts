/**
 * Broken data as a reader could meet it (a damaged install): the built extension copied with an
 * empty kuromoji file and a corrupt EDICT file. The page must stay as it was, the toolbar popup
 * must say what is wrong, and what does not need the broken files (the glossary) keeps working.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveScreenshot, tabIdOf, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { launchDamagedCopy, type DamagedExtension } from './support/damaged-extension';

let damaged: DamagedExtension;
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  damaged = await launchDamagedCopy((dir) => {
    truncateSync(join(dir, 'kuromoji/tid_pos.dat'), 0);
    writeFileSync(join(dir, 'edict/index.yomu'), 'not a dictionary');
  });
  ({ browser, server } = damaged);
});

afterAll(async () => {
  await damaged?.close();
});

test('an empty kuromoji file and a corrupt EDICT: the page is untouched, the popup says why, the glossary still works', async () => {
  const page = await browser.context.newPage();
  const before = await (async () => {
    await page.goto(server.url('/article.html'));
    return page.evaluate(() => document.body.innerHTML);
  })();
  const popup = await browser.openExtensionPage(`popup.html?tabId=${await tabIdOf(browser, page)}`);
  await expect
    .poll(
      async () => {
        await popup.reload();
        return (await popup.getByRole('alert').allTextContents()).join(' ');
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toContain('The Japanese dictionary (kuromoji) could not be loaded: kuromoji/tid_pos.dat is empty or damaged');
  expect(await page.evaluate(() => document.querySelectorAll('[data-yomu]').length)).toBe(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  // The glossary needs neither file: the popup still lists the article's terms.
  await expect.poll(() => popup.getByText('Vladimir Putin').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await saveScreenshot(popup, 'broken-data-popup');
  await popup.close();
  await page.close();
});
