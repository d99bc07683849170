/**
 * The word list page as a reader with a long list meets it, in the built extension in Debian's
 * Chromium: thousands of words drawn a page at a time (search, sort, delete and edit reach the
 * whole list), a layout that a long title cannot widen and a meaning field that grows, corrupt
 * known-word entries reported, a list from a newer Yomu shown read-only (here and in the hover
 * popup: nothing claims a change that was not stored, nothing is lost), and lists kept aside
 * offered for download and imported back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeExtensionSession, openExtensionSession, saveScreenshot, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { manyWords } from './support/many-words';
import { wordPointInPage } from './support/word-point';
import { PAGE_SIZE } from '../../components/WordListPage';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

/** Replaces what storage.local holds (the study lists: nothing else is kept there). */
async function store(values: Record<string, unknown>): Promise<void> {
  await options.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(v);
  }, values);
}

/** The saved words as stored (schema 2: one `word:` key per word), oldest save first. */
function storedWords(): Promise<{ lemma: string; meaning: string }[]> {
  return options.evaluate(async () => {
    const all = (await chrome.storage.local.get(null)) as Record<string, { lemma: string; meaning: string; savedAt: string }>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('word:'))
      .map(([, w]) => w)
      .sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
  });
}

function stored(key: string): Promise<unknown> {
  return options.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

beforeAll(async () => {
  ({ server, browser, options } = await openExtensionSession());
  await options.evaluate(async () => {
    const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as object;
    await chrome.storage.sync.set({
      settings: { ...current, showFurigana: false, hoverTrigger: 'none', theme: 'light', popupFontSize: 15 },
    });
  });
}, 120_000);

afterAll(() => closeExtensionSession({ server, browser }));

describe('3,000 words', () => {
  const words = manyWords(3000);

  test('a page of rows at a time; search, sort, delete and edit reach the whole list', async () => {
    await store({ wordList: { version: 1, words } });
    const list = await browser.openExtensionPage('wordlist.html');
    const rows = list.locator('tr[data-word]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(PAGE_SIZE);
    expect(await list.locator('caption').innerText()).toContain('3,000 words');
    // Newest first: the last saved word heads the first page.
    expect(await rows.first().getAttribute('data-word')).toBe(words[2999]!.lemma);
    await list.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => rows.first().getAttribute('data-word')).toBe(words[2999 - PAGE_SIZE]!.lemma);
    expect(await list.locator('.yomu-pager span').first().innerText()).toBe(`${PAGE_SIZE + 1}–${2 * PAGE_SIZE} of 3,000`);

    // Search finds a word from anywhere in the list, and goes back to the first page.
    const far = words[17]!;
    await list.getByRole('searchbox', { name: 'Search the word list' }).fill(far.lemma);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-word')).toBe(far.lemma);

    // Edit its meaning: the text field grows with the text, and the change is stored.
    const meaning = list.getByRole('textbox', { name: `Meaning of ${far.lemma}` });
    const before = await meaning.boundingBox();
    expect(before!.width).toBeGreaterThan(250);
    const longMeaning = 'a meaning long enough to need several lines in the field, as a reader writes it, with an example sentence too';
    await meaning.fill(longMeaning);
    await meaning.blur();
    expect((await meaning.boundingBox())!.height).toBeGreaterThan(before!.height + 10);
    // The first change migrates the list stored as one value (schema 1) to one key per word: 3,000 words written once.
    await expect.poll(async () => (await storedWords()).find((w) => w.lemma === far.lemma)?.meaning, { timeout: 20_000 }).toBe(longMeaning);
    expect(await stored('wordList')).toEqual({ version: 2 });
    expect(await storedWords()).toHaveLength(3000);

    // Delete it: gone from the page and from the store; the other 2,999 kept.
    await list.getByRole('button', { name: `Delete ${far.lemma}` }).click();
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(async () => (await storedWords()).length, { timeout: 10_000 }).toBe(2999);

    // Sort by word: the first page is the list's first readings.
    await list.getByRole('searchbox', { name: 'Search the word list' }).fill('');
    await list.getByLabel('Sort').selectOption('word');
    await expect.poll(() => rows.count()).toBe(PAGE_SIZE);
    const readings = await list.locator('.yomu-word-reading').allInnerTexts();
    expect(readings).toEqual([...readings].sort((a, b) => a.localeCompare(b, 'ja')));
    await list.close();
  });

  test('a long unbroken title does not widen the page; the meaning field is wide', async () => {
    const long = {
      ...words[0]!,
      source: { title: 'とても長いタイトル'.repeat(30) + 'X'.repeat(300), url: `https://example.jp/${'a'.repeat(400)}` },
    };
    await store({ wordList: { version: 1, words: [long, ...words.slice(1, 4)] } });
    const list = await browser.openExtensionPage('wordlist.html');
    await list.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => list.locator('tr[data-word]').count(), { timeout: 15_000 }).toBe(4);
    const widths = await list.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const source = await list
      .locator('.yomu-word-source a')
      .first()
      .evaluate((a) => ({ width: a.getBoundingClientRect().width, lines: a.getClientRects().length }));
    expect(source.lines).toBe(1);
    expect(source.width).toBeLessThan(600);
    const field = await list
      .getByRole('textbox', { name: /^Meaning of / })
      .first()
      .boundingBox();
    expect(field!.width).toBeGreaterThan(250);
    await saveScreenshot(list, 'wordlist-layout');
    await list.close();
  });
});

describe('damaged and newer lists', () => {
  test('corrupt known-word entries are reported, like the word list’s', async () => {
    await store({ knownWords: { version: 1, known: [{ lemma: '制裁', reading: 'せいさい' }, { reading: 'なし' }, 42] } });
    const list = await browser.openExtensionPage('wordlist.html');
    const report = list.getByRole('alert').filter({ hasText: 'Some known words could not be read' });
    await expect.poll(() => report.count(), { timeout: 15_000 }).toBe(1);
    const text = await report.innerText();
    expect(text).toContain('entry 2 was skipped: no lemma');
    expect(text).toContain('entry 3 was skipped: not an object');
    expect(await list.getByRole('list', { name: 'Known words' }).innerText()).toContain('制裁');
    await list.close();
  });

  test('a list from a newer Yomu is shown read-only, here and in the popup; nothing claims a change; nothing is lost', async () => {
    const [word] = manyWords(1);
    const newerWords = { version: 99, words: [word], futureField: 'kept' };
    const newerKnown = { version: 99, known: [{ lemma: '国連', reading: 'こくれん' }] };
    await store({ wordList: newerWords, knownWords: newerKnown });

    const list = await browser.openExtensionPage('wordlist.html');
    await expect.poll(() => list.locator('tr[data-word]').count(), { timeout: 15_000 }).toBe(1);
    const notices = await list.locator('[data-read-only]').allInnerTexts();
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/word list was saved by a newer version of Yomu.*read-only/s);
    expect(notices[1]).toMatch(/known words were|known words was/);
    expect(await list.getByRole('button', { name: `Delete ${word!.lemma}` }).isDisabled()).toBe(true);
    expect(await list.getByRole('button', { name: 'I know all of these' }).isDisabled()).toBe(true);
    await saveScreenshot(list, 'wordlist-newer');
    await list.close();

    // The popup: S says the list is read-only, never "Saved ✓"; M likewise for the known words.
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const point = (await page.evaluate(wordPointInPage, { word: '制裁', charIndex: 0, nth: 0 }))!;
    await page.mouse.move(2, point.y);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    const popup = () =>
      page.evaluate(() => {
        const host = document.querySelector('[data-yomu="popup"]') as HTMLElement | null;
        return host && !host.hidden ? ((host.shadowRoot!.querySelector('.yomu-popup') as HTMLElement).innerText ?? '') : '';
      });
    await expect.poll(popup, { timeout: 30_000 }).toContain('せいさい');
    expect(await popup()).toContain('from a newer Yomu: read-only here');
    await page.keyboard.press('s');
    await expect.poll(popup, { timeout: 10_000 }).toContain('Not stored:');
    expect(await popup()).not.toContain('Saved ✓');
    await page.keyboard.press('m');
    await expect.poll(popup, { timeout: 10_000 }).toMatch(/Not stored: Your known words/);
    expect(await popup()).not.toContain('Known ✓');
    await saveScreenshot(page, 'popup-newer-list');
    await page.close();
    expect(await stored('wordList')).toEqual(newerWords);
    expect(await stored('knownWords')).toEqual(newerKnown);
  });

  test('a list kept aside is offered as JSON and comes back through Import JSON', async () => {
    const [a, b, c] = manyWords(3);
    // The stored list had an unreadable entry; writing it kept the stored value aside whole.
    await store({
      wordList: { version: 1, words: [a] },
      unreadableLists: [{ list: 'wordList', at: '2026-11-29T12:00:00.000Z', value: { version: 1, words: [a, b, { lemma: 7 }, c] } }],
    });
    const list = await browser.openExtensionPage('wordlist.html');
    const offer = list.locator('[data-kept-aside]');
    await expect.poll(() => offer.count(), { timeout: 15_000 }).toBe(1);
    expect(await offer.innerText()).toContain('Import JSON');
    const [download] = await Promise.all([list.waitForEvent('download'), offer.getByRole('button').first().click()]);
    const json = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(json)).toEqual({ version: 1, words: [a, b, { lemma: 7 }, c] });
    const file = join(tmpdir(), `yomu-kept-${process.pid}.json`);
    writeFileSync(file, json);
    await list.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => list.locator('tr[data-word]').count(), { timeout: 10_000 }).toBe(3);
    expect(await list.locator('.yomu-status').innerText()).toMatch(/Imported: 2 new.*entry 3 was skipped/);
    await list.close();
  });
});
