/**
 * A damaged install of the name cards' pages (core/names/name-card-pages.ts): the built extension
 * copied with its name-card directory intact but every page broken, one in two missing and the
 * rest cut short. A broken names file costs only the name cards: hovering a name known to the
 * dictionary shows its entries, a plain word shows its entries, and the popup says, under them,
 * that the name cards file is damaged (which page, and to reinstall), never "Loading"; furigana
 * keeps working.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readdirSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { saveScreenshot, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { launchDamagedCopy, type DamagedExtension } from './support/damaged-extension';
import { drawnReadings, hoverWord } from './support/page-hover';

let damaged: DamagedExtension;
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  damaged = await launchDamagedCopy((dir) => {
    const pages = readdirSync(join(dir, 'names')).filter((name) => /^cards-\d+\.bin$/.test(name));
    expect(pages.length).toBeGreaterThan(100);
    pages.forEach((name, i) => {
      if (i % 2 === 0) rmSync(join(dir, 'names', name));
      else truncateSync(join(dir, 'names', name), 64);
    });
  });
  ({ browser, server } = damaged);
});

afterAll(async () => {
  await damaged?.close();
});

test('every name-card page missing or damaged: words show their entries and say the name cards are damaged, furigana works', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const popup = () =>
    page.evaluate(() => {
      const host = document.querySelector('[data-yomu="popup"]');
      const root = host && !(host as HTMLElement).hidden ? host.shadowRoot : null;
      return {
        surface: root?.querySelector('.yomu-surface')?.textContent ?? '',
        text: root?.textContent ?? '',
        entries: root?.querySelectorAll('.yomu-entry-head').length ?? 0,
        names: root?.querySelectorAll('[data-yomu-card="name"]').length ?? 0,
        namesError: root?.querySelector('.yomu-names-error')?.textContent ?? '',
        loading: Boolean(root?.querySelector('.yomu-loading')),
      };
    });
  const hover = (word: string) => hoverWord(page, word, popup);
  // Furigana first (drawing it moves the words the pointer is aimed at).
  await expect.poll(() => drawnReadings(page), { timeout: 30_000 }).toBeGreaterThan(100);
  // Each word's full answer: its entries, after the engine has tried the name cards' pages.
  for (const word of ['制裁', 'ロシア']) {
    const summary = async () => {
      const shown = await hover(word);
      if (!shown) return `${word} not on the page`;
      const said =
        /^The name cards file is damaged: names\/cards-\d{3}\.bin( is missing from the extension|: it is truncated \(64 bytes of at least \d+\))\. Reinstall or update the extension\.$/.test(
          shown.namesError,
        )
          ? 'says the name cards are damaged'
          : shown.namesError
            ? `says “${shown.namesError}”`
            : 'says nothing of the name cards';
      return `${shown.surface}: ${shown.entries > 0 ? 'entries' : 'no entries'}, ${shown.names} name cards, ${said}${shown.loading ? ', Loading' : ''}`;
    };
    // The name cards' pages are tried once the first answers are in: the popup then says they are damaged.
    await expect
      .poll(summary, { timeout: 60_000, interval: 1_000 })
      .toBe(`${word}: entries, 0 name cards, says the name cards are damaged`);
  }
  await saveScreenshot(page, 'broken-data-names-hover');
  await page.close();
}, 240_000);
