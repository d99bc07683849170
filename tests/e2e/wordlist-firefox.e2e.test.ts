/**
 * The word list page in Debian's Firefox ESR (the Firefox build, `npm run build:firefox`, driven
 * by puppeteer-core over WebDriver BiDi): a list stored by an older Yomu (schema 1) is shown a
 * page at a time, searched, a word deleted (gone from the page and from storage, the rest
 * kept, now one key per word), exported for Anki and as JSON, and the files read back; known
 * words stored as one value (schema 1) shown, added from a plain list and forgotten, one key each.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchTestBrowser, type TestBrowser, type TestPage } from './support/test-browser';
import { manyWords } from './support/many-words';
import { PAGE_SIZE } from '../../components/WordListPage';
import { ANKI_COLUMNS } from '../../core/study/anki-export';
import { readWordList } from '../../core/study/word-list-schema';

/** The extension API in our own pages (Firefox's `browser`). */
interface ExtensionGlobal {
  browser: {
    storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } };
  };
}

const WORDS = 120;
let firefox: TestBrowser;
let list: TestPage;
const words = manyWords(WORDS);

/** The words stored now (schema 2: one `word:` key each), by lemma. */
function storedLemmas(page: TestPage): Promise<string[]> {
  return page.evaluate(async () => {
    const all = (await (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(null)) as Record<string, { lemma: string }>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('word:'))
      .map(([, w]) => w.lemma)
      .sort();
  });
}

const rowLemmas = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('tr[data-word]')].map((r) => r.getAttribute('data-word') ?? ''));

/** Clicks an export button and returns the file's text (its Blob, caught before the browser saves it). */
function exported(page: TestPage, button: string): Promise<{ name: string; text: string }> {
  return page.evaluate(async (button) => {
    const blobs: Blob[] = [];
    let name = '';
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      if (b instanceof Blob) blobs.push(b);
      return create(b);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      const el = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === button);
      if (!el) throw new Error(`no button ${button}`);
      el.click();
      return { name, text: await blobs[blobs.length - 1]!.text() };
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  }, button);
}

beforeAll(async () => {
  firefox = await launchTestBrowser('firefox');
  const options = await firefox.openExtensionPage('options.html');
  // As Yomu stored the list before schema 2: one value holding every word.
  await options.evaluate(async (words) => {
    const { local } = (globalThis as unknown as ExtensionGlobal).browser.storage;
    await local.clear();
    await local.set({ wordList: { version: 1, words }, knownWords: { version: 1, known: [{ lemma: '国連', reading: 'こくれん' }] } });
  }, words);
  await options.close();
  list = await firefox.openExtensionPage('wordlist.html');
}, 120_000);

afterAll(async () => {
  await firefox?.close();
});

describe('the word list page in Firefox', () => {
  test('lists a page of rows, newest first, with the count', async () => {
    await expect.poll(async () => (await rowLemmas(list)).length, { timeout: 30_000 }).toBe(PAGE_SIZE);
    expect((await rowLemmas(list))[0]).toBe(words[WORDS - 1]!.lemma);
    expect(await list.evaluate(() => document.querySelector('caption')?.textContent ?? '')).toContain(`${WORDS} words`);
    await list.screenshot('wordlist-firefox');
  });

  test('search finds a word anywhere in the list', async () => {
    const far = words[3]!;
    await list.evaluate((lemma) => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = lemma;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, far.lemma);
    await expect.poll(() => rowLemmas(list), { timeout: 10_000 }).toEqual([far.lemma]);
  });

  test('delete takes the word off the page and out of storage, keeping the rest', async () => {
    const far = words[3]!;
    await list.evaluate((lemma) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === `Delete ${lemma}`);
      button!.click();
    }, far.lemma);
    await expect.poll(async () => (await rowLemmas(list)).length, { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await storedLemmas(list)).length, { timeout: 10_000 }).toBe(WORDS - 1);
    expect(await storedLemmas(list)).not.toContain(far.lemma);
    expect(
      await list.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(null)).wordList),
    ).toEqual({ version: 2 });
    await list.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(async () => (await rowLemmas(list)).length, { timeout: 10_000 }).toBe(PAGE_SIZE);
  });

  test('a word saved in another page joins the list at once', async () => {
    const other = await firefox.openExtensionPage('options.html');
    const [extra] = manyWords(WORDS + 1).slice(WORDS);
    await other.evaluate(async (w) => {
      await (globalThis as unknown as ExtensionGlobal).browser.storage.local.set({ [`word:${w.lemma}\t${w.reading}`]: w });
    }, extra!);
    await expect.poll(async () => (await rowLemmas(list))[0], { timeout: 10_000 }).toBe(extra!.lemma);
    await other.evaluate(async (key) => {
      await (
        globalThis as unknown as { browser: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).browser.storage.local.remove(key);
    }, `word:${extra!.lemma}\t${extra!.reading}`);
    await expect.poll(async () => (await rowLemmas(list))[0], { timeout: 10_000 }).toBe(words[WORDS - 1]!.lemma);
    await other.close();
  });

  test('exports for Anki and as JSON; both files read back to the list', async () => {
    const anki = await exported(list, 'Export for Anki');
    expect(anki.name).toMatch(/^yomu-anki-\d{4}-\d{2}-\d{2}\.txt$/);
    const lines = anki.text.split('\n').filter((l) => l !== '');
    const headers = lines.filter((l) => l.startsWith('#'));
    expect(headers).toEqual(['#separator:tab', '#html:true', '#deck:Yomu', '#tags column:7', `#columns:${ANKI_COLUMNS.join('\t')}`]);
    const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    expect(notes).toHaveLength(WORDS - 1);
    expect(notes.every((n) => n.length === ANKI_COLUMNS.length)).toBe(true);
    expect(notes.map((n) => n[0]).sort()).toEqual(
      words
        .filter((_, i) => i !== 3)
        .map((w) => w.lemma)
        .sort(),
    );

    const json = await exported(list, 'Export JSON');
    const read = readWordList(JSON.parse(json.text));
    expect(read.problems).toEqual([]);
    expect(read.items).toHaveLength(WORDS - 1);
    expect(read.items.find((w) => w.lemma === words[10]!.lemma)).toEqual(words[10]);
  });

  test('known words: an older list is shown, a plain list adds words and the × forgets one, each under its own key', async () => {
    const knownItems = () =>
      list.evaluate(() => [...document.querySelectorAll('ul[aria-label="Known words"] li')].map((li) => li.firstChild?.textContent ?? ''));
    const storedKnown = () =>
      list.evaluate(async () => {
        const all = await (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(null);
        return {
          manifest: all.knownWords,
          keys: Object.keys(all)
            .filter((k) => k.startsWith('known:'))
            .sort(),
        };
      });
    await expect.poll(knownItems, { timeout: 10_000 }).toEqual(['国連']);
    await list.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#yomu-plain-list')!;
      area.value = '制裁 せいさい\n協定';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await list.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add to known words')!;
      button.click();
    });
    await expect.poll(knownItems, { timeout: 10_000 }).toEqual(['制裁', '協定', '国連']);
    const status = () => list.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
    expect(await status()).toBe('2 known words added.');
    // A word already known is not counted as added.
    await list.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#yomu-plain-list')!;
      area.value = '協定\nmy notes\n条約';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await list.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add to known words')!.click(),
    );
    await expect
      .poll(status, { timeout: 10_000 })
      .toBe('1 known word added; 1 was already known. 1 line was skipped, with no Japanese in it: “my notes”.');
    await list.evaluate(() => document.querySelector<HTMLButtonElement>('button[aria-label="Forget 条約"]')!.click());
    await expect.poll(knownItems, { timeout: 10_000 }).toEqual(['制裁', '協定', '国連']);
    expect(await storedKnown()).toEqual({
      manifest: { version: 2 },
      keys: ['known:制裁\tせいさい', 'known:協定\t', 'known:国連\tこくれん'].sort(),
    });
    await list.evaluate(() => document.querySelector<HTMLButtonElement>('button[aria-label="Forget 国連"]')!.click());
    await expect.poll(knownItems, { timeout: 10_000 }).toEqual(['制裁', '協定']);
    expect((await storedKnown()).keys).toEqual(['known:制裁\tせいさい', 'known:協定\t'].sort());
    await list.evaluate(() => document.querySelector('ul[aria-label="Known words"]')!.scrollIntoView({ block: 'center' }));
    await list.screenshot('wordlist-firefox-known');
  });
});
