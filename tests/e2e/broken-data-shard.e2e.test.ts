/**
 * A damaged install missing one of EDICT's entry shards (core/dictionary/paged-index.ts): the
 * built extension copied without the shard that holds 制裁's entry. That shard costs only the
 * words whose search touches it (core/dictionary/unreadable-parts.ts): hovering 制裁 says which
 * file is missing, hovering a word whose entries are elsewhere shows them with nothing said
 * wrong, and furigana keeps working.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, saveScreenshot, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { launchDamagedCopy, type DamagedExtension } from './support/damaged-extension';
import { drawnReadings, hoverWord } from './support/page-hover';
import { decodePagedDirectory, pageFileName } from '../../core/dictionary/paged-index';
import { shardFileName } from '../../core/dictionary/entry-shards';
import { EntriesNotLoaded, openPagedDictionary } from '../../core/dictionary/packed-dictionary';

let damaged: DamagedExtension;
let browser: ExtensionBrowser;
let server: FixtureServer;
/** The shard removed (the one holding 制裁's entries), and the shards holding 同盟's. */
let missing: string;
let allianceShards: string[];

/** The entry shards holding `word`'s entries in the built extension's EDICT. */
async function shardsOf(word: string): Promise<string[]> {
  const read = async (name: string) => new Uint8Array(readFileSync(join(EXTENSION_DIR, 'edict', name)));
  const index = await read('index.yomu');
  const dictionary = openPagedDictionary(
    index,
    (p) => read(pageFileName(p)),
    (k) => read(shardFileName(k)),
  );
  const { shardEntries } = decodePagedDirectory(index);
  for (;;) {
    try {
      return [
        ...new Set(
          dictionary.matches(word).map((m) => {
            let k = 0;
            while (shardEntries[k + 1]! <= m.entryId) k++;
            return shardFileName(k);
          }),
        ),
      ];
    } catch (err) {
      if (!(err instanceof EntriesNotLoaded)) throw err;
      await err.load();
    }
  }
}

beforeAll(async () => {
  const sanctions = await shardsOf('制裁');
  expect(sanctions).toHaveLength(1);
  missing = sanctions[0]!;
  allianceShards = await shardsOf('同盟');
  damaged = await launchDamagedCopy((dir) => rmSync(join(dir, 'edict', missing)));
  ({ browser, server } = damaged);
}, 60_000);

afterAll(async () => {
  await damaged?.close();
});

test('one entry shard missing: its word says which file, another word shows its entries, furigana works', async () => {
  expect(allianceShards.length).toBeGreaterThan(0);
  expect(allianceShards).not.toContain(missing);
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const popup = () =>
    page.evaluate(() => {
      const host = document.querySelector('[data-yomu="popup"]');
      const root = host && !(host as HTMLElement).hidden ? host.shadowRoot : null;
      return {
        surface: root?.querySelector('.yomu-surface')?.textContent ?? '',
        text: root?.textContent ?? '',
        error: root?.querySelector('.yomu-error')?.textContent ?? '',
        entries: root?.querySelectorAll('.yomu-entry-head').length ?? 0,
        loading: Boolean(root?.querySelector('.yomu-loading')),
      };
    });
  const hover = (word: string) => hoverWord(page, word, popup);
  // Furigana first (drawing it moves the words the pointer is aimed at).
  await expect.poll(() => drawnReadings(page), { timeout: 60_000 }).toBeGreaterThan(100);
  const summary = async (word: string) => {
    const shown = await hover(word);
    if (!shown) return `${word} not on the page`;
    if (shown.loading) return `${shown.surface}: loading`;
    return `${shown.surface}: ${shown.entries > 0 ? 'entries' : 'no entries'}${shown.error ? `, says “${shown.error}”` : ''}`;
  };
  const named = new RegExp(
    `^制裁: no entries, says “The Japanese–English dictionary file is damaged: its entries cannot be read \\(edict/${missing.replace('.', '\\.')} is missing from the extension[^”]*\\. Reinstall or update the extension\\.”$`,
  );
  await expect.poll(() => summary('制裁'), { timeout: 60_000, interval: 1_000 }).toMatch(named);
  await saveScreenshot(page, 'broken-data-shard-hover-broken');
  await expect.poll(() => summary('同盟'), { timeout: 60_000, interval: 1_000 }).toBe('同盟: entries');
  expect((await popup()).text).toContain('alliance');
  await saveScreenshot(page, 'broken-data-shard-hover-whole');
  // Hovered again after another word, it still says so.
  await expect.poll(() => summary('制裁'), { timeout: 30_000, interval: 1_000 }).toMatch(named);
  await page.close();
}, 240_000);
