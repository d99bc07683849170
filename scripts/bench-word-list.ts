/**
 * The word list page with 3,000 saved words (issue 15: "thousands of words stay fast"): search,
 * sort and delete timed from outside the page, in the built extension in Debian's Chromium.
 *
 * Method: storage.local holds 3,000 words in the current schema (one key per word,
 * tests/e2e/support/many-words.ts); wordlist.html is
 * opened and its first page drawn; then each action is driven by Playwright and timed on Node's
 * clock from just before the action's input (fill, selectOption, click) to the moment a poll of
 * the page at every animation frame sees the page showing its result (so each sample includes
 * the DevTools protocol's round trips, a few ms). RUNS samples per action:
 * - search: a query matching one word anywhere in the list, until that word is the only row;
 *   then the query cleared, until the first page is back (both timed);
 * - sort: newest first ↔ by word, until the first row is the expected first word;
 * - delete: the first row's Delete, until another word heads the list.
 *
 *     npm run build && tsx scripts/bench-word-list.ts      (also run by `npm run bench`)
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension-browser';
import { manyWords, storedWords } from '../tests/e2e/support/many-words';
import { describeFigure, loadAverage, type Figure } from './bench-figures';

const WORDS = 3000;
const RUNS = 15;

async function timed(page: Page, act: () => Promise<unknown>, done: (arg: string) => boolean, arg: string): Promise<number> {
  const start = performance.now();
  await act();
  await page.waitForFunction(done, arg, { polling: 'raf', timeout: 60_000 });
  return performance.now() - start;
}

const rowCount = () => document.querySelectorAll('tr[data-word]').length;
const firstRow = () => document.querySelector('tr[data-word]')?.getAttribute('data-word');

export async function benchWordList(): Promise<Figure[]> {
  const words = manyWords(WORDS);
  const browser = await launchWithExtension();
  try {
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(async (area) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(area);
    }, storedWords(words));
    await page.goto(`chrome-extension://${browser.extensionId}/wordlist.html`);
    await page.waitForFunction(rowCount, undefined, { timeout: 60_000 });
    const search = page.getByRole('searchbox', { name: 'Search the word list' });
    const sort = page.getByLabel('Sort');

    const searching: number[] = [];
    const clearing: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const word = words[Math.floor(((i + 0.5) / RUNS) * WORDS)]!;
      searching.push(
        await timed(
          page,
          () => search.fill(word.lemma),
          (lemma) =>
            document.querySelectorAll('tr[data-word]').length === 1 &&
            document.querySelector('tr[data-word]')?.getAttribute('data-word') === lemma,
          word.lemma,
        ),
      );
      clearing.push(
        await timed(
          page,
          () => search.fill(''),
          () => document.querySelectorAll('tr[data-word]').length > 1,
          '',
        ),
      );
    }

    const byWord = [...words].sort((a, b) => a.reading.localeCompare(b.reading, 'ja') || a.lemma.localeCompare(b.lemma, 'ja'))[0]!.lemma;
    const newest = words[WORDS - 1]!.lemma;
    const sorting: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const heads = (lemma: string) => document.querySelector('tr[data-word]')?.getAttribute('data-word') === lemma;
      sorting.push(await timed(page, () => sort.selectOption('word'), heads, byWord));
      sorting.push(await timed(page, () => sort.selectOption('date'), heads, newest));
    }

    const deleting: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const first = (await page.evaluate(firstRow))!;
      deleting.push(
        await timed(
          page,
          () => page.getByRole('button', { name: `Delete ${first}`, exact: true }).click(),
          (lemma) =>
            document.querySelector('tr[data-word]')?.getAttribute('data-word') !== lemma &&
            !document.querySelector(`tr[data-word="${CSS.escape(lemma)}"]`),
          first,
        ),
      );
    }
    const outside =
      'Debian Chromium, headless; 3,000 saved words in storage.local, one key each (schema 2); Node clock from the Playwright action to a rAF poll of the page seeing the result';
    return [
      {
        label: 'word list, 3,000 words: search',
        method: `${outside}: a query matching one word anywhere in the list, until it is the only row`,
        unit: 'ms',
        samples: searching,
        target: 'a frame or two',
      },
      {
        label: 'word list, 3,000 words: search cleared',
        method: `${outside}: the query emptied, until the first page of 50 rows is back`,
        unit: 'ms',
        samples: clearing,
        target: 'a frame or two',
      },
      {
        label: 'word list, 3,000 words: sort',
        method: `${outside}: newest first ↔ by word, until the expected word heads the list`,
        unit: 'ms',
        samples: sorting,
        target: 'a frame or two',
      },
      {
        label: 'word list, 3,000 words: delete',
        method: `${outside}: the first row's Delete clicked, until another word heads the list`,
        unit: 'ms',
        samples: deleting,
        target: 'a frame or two',
      },
    ];
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const start = loadAverage();
  const figures = await benchWordList();
  console.log(`load average ${start.join(' ')} at the start, ${loadAverage().join(' ')} at the end (2 cores)`);
  for (const f of figures) console.log(`${f.label}: ${describeFigure(f)}  [${f.method}]`);
}
