/**
 * What the popup's name cards cost the engine (a measurement, not a test):
 *
 *     npm run bench:name-cards
 *
 * The extension ships dict/names/name-cards.tsv.gz in pages (core/names/name-card-pages.ts): a
 * directory, read after the engine's first lookup, and pages read when a lookup first needs them
 * and kept (core/names/name-card-files.ts). This prints the file's and the pages' sizes, then,
 * over RUNS fresh openings (median and range): what one hover's name cards read (読売 in
 * 昨日、読売新聞によると首相は, as the engine's lookup asks: the pages of the names starting there), what the words of every paragraph
 * of the reference article read (tests/fixtures/article.ja.txt, every start looked up: what a
 * reader scrolling the whole article makes the engine keep), and the time a use takes with its
 * pages in (Node: pages come from memory, so the time is the search's, not the file reads').
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { encodeNameCardPages } from '../core/names/name-card-pages';
import { openNameCards } from '../core/names/name-card-files';
import { namesReadBy, withNames } from '../core/names/word-names';
import type { WordInfo } from '../core/lookup/word-info';

const FILE = fileURLToPath(new URL('../dict/names/name-cards.tsv.gz', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../tests/fixtures/article.ja.txt', import.meta.url));
const RUNS = 5;

const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const range = (v: number[], f: (n: number) => string) => `${f(Math.min(...v))}–${f(Math.max(...v))}`;

const file = gunzipSync(readFileSync(FILE));
const { directory, pages } = encodeNameCardPages(file);
const blocks = readFileSync(ARTICLE, 'utf8').split('\n').filter(Boolean);
const hover = '昨日、読売新聞によると首相は';
/** The word the hover's lookup found (読売, the dictionary's word), as the engine gives withNames. */
const hovered: WordInfo = { start: 3, end: 5, surface: '読売', reading: '', romaji: '', inflections: [], entries: [] };

async function opened() {
  const read = { pages: 0, bytes: 0 };
  const cards = (await openNameCards({
    readDirectory: async () => directory,
    readPage: async (p) => {
      read.pages++;
      read.bytes += pages[p]!.length;
      return pages[p]!;
    },
  }))!;
  return { cards, read };
}
const eachStart = (text: string) => (names: { longestAt: (t: string) => unknown[] }) =>
  Array.from(text, (_, i) => names.longestAt(text.slice(i)));

const hoverPages: number[] = [];
const hoverBytes: number[] = [];
const articlePages: number[] = [];
const articleBytes: number[] = [];
const warmUse: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const one = await opened();
  await one.cards.withPages([namesReadBy(hover, hovered)], (names) => withNames(hover, hovered, names));
  hoverPages.push(one.read.pages);
  hoverBytes.push(one.read.bytes);
  const all = await opened();
  for (const block of blocks) await all.cards.withPages([block], eachStart(block));
  articlePages.push(all.read.pages);
  articleBytes.push(all.read.bytes);
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) await one.cards.withPages([namesReadBy(hover, hovered)], (names) => withNames(hover, hovered, names));
  warmUse.push((performance.now() - t0) / 100);
}
const total = pages.reduce((n, p) => n + p.length, 0);
console.log(
  `${FILE}: ${mb(statSync(FILE).size)} compressed, ${mb(file.length)} of UTF-8; shipped as a directory of ${(directory.length / 1024).toFixed(1)} KB and ${pages.length} pages (${mb(total)})`,
);
console.log(`method: Node ${process.version}, openNameCards over the pages in memory, ${RUNS} fresh openings each`);
console.log(
  `one hover (${hovered.surface} in ${hover}): median ${median(hoverPages)} pages, ${mb(median(hoverBytes))} kept (${range(hoverBytes, mb)})`,
);
console.log(
  `the reference article's ${blocks.length} paragraphs, every start: median ${median(articlePages)} pages, ${mb(median(articleBytes))} kept (${range(articleBytes, mb)})`,
);
console.log(
  `a hover's use with its pages in: median ${(median(warmUse) * 1000).toFixed(0)} µs (${range(warmUse, (n) => `${(n * 1000).toFixed(0)} µs`)})`,
);
