import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeNameCardDirectory, decodeNameCardPage, encodeNameCardPages } from '../../../core/names/name-card-pages';
import { nameCardSource } from '../../../core/names/name-cards';
import { NAME_PAGES_KEPT_BYTES, NamePageNotLoaded, openPagedNameCards } from '../../../core/names/paged-name-cards';

const file = gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url)));
const whole = nameCardSource(file);
const { directory, pages } = encodeNameCardPages(file);
const article = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');

function opened(read = (p: number) => Promise.resolve(pages[p]!), kept?: number) {
  const reads: number[] = [];
  const cards = openPagedNameCards(directory, (p) => (reads.push(p), read(p)), kept);
  return { cards, reads };
}

/** Page p's first surface (a name the page holds). */
const firstSurface = (() => {
  const dir = decodeNameCardDirectory(directory);
  return (p: number) => {
    const lines = decodeNameCardPage(dir, p, pages[p]!);
    return new TextDecoder().decode(lines.subarray(0, lines.indexOf(9)));
  };
})();

/** Whether page p is kept: a lookup of its first surface needs no read. */
function isKept(cards: ReturnType<typeof openPagedNameCards>, p: number): boolean {
  try {
    cards.lookup(firstSurface(p));
    return true;
  } catch (err) {
    if (err instanceof NamePageNotLoaded) return false;
    throw err;
  }
}

describe('paged name cards (core/names/paged-name-cards.ts)', () => {
  it('a lookup needs the page its surface falls in; once read, it finds what the whole file finds', async () => {
    const { cards, reads } = opened();
    expect(cards.size).toBe(whole.size);
    let missing: unknown;
    try {
      cards.lookup('読売新聞');
    } catch (err) {
      missing = err;
    }
    expect(missing).toBeInstanceOf(NamePageNotLoaded);
    await (missing as NamePageNotLoaded).load();
    expect(reads).toEqual([(missing as NamePageNotLoaded).page]);
    expect(cards.lookup('読売新聞')).toEqual(whole.lookup('読売新聞'));
    expect(cards.lookup('')).toEqual([]);
  });

  it('pagesFor(text) holds every page a lookup of the text’s starts needs', async () => {
    const { cards, reads } = opened();
    const text = article.slice(0, 400);
    const wanted = cards.pagesFor(text);
    await Promise.all(wanted.map((p) => cards.loadPage(p)));
    for (let i = 0; i < text.length; i++) {
      for (let n = 1; n <= 16 && i + n <= text.length; n++) {
        expect(cards.lookup(text.slice(i, i + n))).toEqual(whole.lookup(text.slice(i, i + n)));
      }
      expect(cards.longestAt(text.slice(i))).toEqual(whole.longestAt(text.slice(i)));
    }
    expect(new Set(reads).size).toBe(wanted.length);
    expect(wanted.length).toBeLessThan(cards.pageCount);
  });

  it('finds every surface of the file as the whole file does (one in 997 lines, and the first and last)', async () => {
    const { cards } = opened();
    const lines = new TextDecoder().decode(file).split('\n').filter(Boolean);
    const sample = [...lines.filter((_, i) => i % 997 === 0), lines.at(-1)!].map((l) => l.slice(0, l.indexOf('\t')));
    for (const s of sample) {
      for (const p of cards.pagesFor(s, s.length)) await cards.loadPage(p);
      expect(cards.lookup(s)).toEqual(whole.lookup(s));
      expect(cards.lookup(s).length).toBeGreaterThan(0);
    }
  });

  it('a page that cannot be read rejects its load, and is read again when asked again', async () => {
    let fail = true;
    const { cards, reads } = opened((p) => (fail ? Promise.reject(new Error('cards-xyz.bin is missing')) : Promise.resolve(pages[p]!)));
    const p = cards.pagesFor('高橋', 2).at(-1)!;
    await expect(cards.loadPage(p)).rejects.toThrow('cards-xyz.bin is missing');
    fail = false;
    await cards.loadPage(p);
    expect(reads).toEqual([p, p]);
    expect(cards.lookup('高橋')[0]!.reading).toBe('たかはし');
  });

  it('a damaged page rejects its load with what is wrong', async () => {
    const { cards } = opened((p) => Promise.resolve(pages[p + 1]!));
    await expect(cards.loadPage(5)).rejects.toThrow(/name cards file is damaged: names\/cards-005\.bin: /);
  });

  it('a damaged directory throws when opened', () => {
    expect(() => openPagedNameCards(new Uint8Array(64), () => Promise.reject(new Error('unused')))).toThrow(/name cards file is damaged/);
  });

  it('keeps at most NAME_PAGES_KEPT_BYTES of pages: reading every page, it never holds the whole file', async () => {
    const { cards } = opened();
    const total = pages.reduce((n, page) => n + page.length, 0);
    expect(total).toBeGreaterThan(NAME_PAGES_KEPT_BYTES);
    let most = 0;
    for (let p = 0; p < cards.pageCount; p++) {
      await cards.loadPage(p);
      expect(cards.lookup(firstSurface(p)).length).toBeGreaterThan(0);
      most = Math.max(most, cards.keptBytes());
    }
    expect(most).toBeLessThanOrEqual(NAME_PAGES_KEPT_BYTES);
    expect(most).toBeGreaterThan(NAME_PAGES_KEPT_BYTES - 2 * Math.max(...pages.map((page) => page.length)));
  });

  it('lets go of the least recently used page first, and reads a page let go again when asked', async () => {
    const cap = pages[0]!.length + pages[1]!.length + pages[2]!.length;
    const { cards, reads } = opened(undefined, cap);
    for (const p of [0, 1, 2]) await cards.loadPage(p);
    expect([0, 1, 2].map((p) => isKept(cards, p))).toEqual([true, true, true]);
    cards.lookup(firstSurface(0)); // 0 used last: 1 is now the least recently used
    await cards.loadPage(3);
    expect([0, 1, 2, 3].map((p) => isKept(cards, p))).toEqual([true, false, true, true]);
    expect(cards.keptBytes()).toBeLessThanOrEqual(cap);
    await cards.loadPage(1);
    expect(reads.filter((p) => p === 1)).toHaveLength(2);
    expect(cards.lookup(firstSurface(1))).toEqual(whole.lookup(firstSurface(1)));
  });

  it('pages held by a use are kept past the cap until it lets them go', async () => {
    const cap = pages[0]!.length;
    const { cards } = opened(undefined, cap);
    const release = cards.hold([0, 1, 2, 3]);
    for (const p of [0, 1, 2, 3]) await cards.loadPage(p);
    expect([0, 1, 2, 3].map((p) => isKept(cards, p))).toEqual([true, true, true, true]);
    release();
    expect(cards.keptBytes()).toBeLessThanOrEqual(cap);
    expect([0, 1, 2, 3].filter((p) => isKept(cards, p)).length).toBeLessThanOrEqual(1);
  });
});
