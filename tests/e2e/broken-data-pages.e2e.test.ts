/**
 * A damaged install of the paged dictionary (core/dictionary/paged-index.ts): the built extension
 * copied without EDICT's index pages (its directory is there, so the dictionary opens and every
 * search needs a page that cannot be read). Hovering a word must say which file is missing in the
 * popup, not stay empty, and furigana (kuromoji) keeps working.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { saveScreenshot, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { launchDamagedCopy, type DamagedExtension } from './support/damaged-extension';
import { wordPointInPage } from './support/word-point';

let damaged: DamagedExtension;
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  damaged = await launchDamagedCopy((dir) => {
    const pages = readdirSync(join(dir, 'edict')).filter((name) => /^keys-\d+\.bin$/.test(name));
    expect(pages.length).toBeGreaterThan(10);
    for (const name of pages) rmSync(join(dir, 'edict', name));
  });
  ({ browser, server } = damaged);
});

afterAll(async () => {
  await damaged?.close();
});

test('EDICT’s index pages missing: hovering says which file is missing, furigana still works', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const popupText = () =>
    page.evaluate(() => {
      const host = document.querySelector('[data-yomu="popup"]');
      return host && !(host as HTMLElement).hidden ? (host.shadowRoot?.textContent ?? '') : '';
    });
  await expect
    .poll(
      async () => {
        const p = await page.evaluate(wordPointInPage, { word: '制裁', charIndex: 0, nth: 0 });
        if (!p) return '';
        await page.mouse.move(2, p.y);
        await page.mouse.move(p.x, p.y, { steps: 2 });
        return popupText();
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toMatch(/dictionary file is damaged: its index cannot be read \(edict\/keys-\d+\.bin is missing from the extension/);
  await expect
    .poll(
      () => page.evaluate(() => document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]').length ?? 0),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(100);
  await saveScreenshot(page, 'broken-data-pages-hover');
  await page.close();
});
