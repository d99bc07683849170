import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeNameCardPages } from '../../../core/names/name-card-pages';
import { nameCardSource } from '../../../core/names/name-cards';
import { NamePageNotLoaded, openPagedNameCards } from '../../../core/names/paged-name-cards';

const file = gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url)));
const whole = nameCardSource(file);
const { directory, pages } = encodeNameCardPages(file);
const article = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');

function opened(read = (p: number) => Promise.resolve(pages[p]!)) {
  const reads: number[] = [];
  const cards = openPagedNameCards(directory, (p) => (reads.push(p), read(p)));
  return { cards, reads };
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
    await expect(cards.loadPage(5)).rejects.toThrow(/name cards file is damaged: its page 6 cannot be read/);
  });

  it('a damaged directory throws when opened', () => {
    expect(() => openPagedNameCards(new Uint8Array(64), () => Promise.reject(new Error('unused')))).toThrow(/name cards file is damaged/);
  });
});
