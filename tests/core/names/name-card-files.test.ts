import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openNameCards } from '../../../core/names/name-card-files';
import { encodeNameCardPages, nameCardPageFileName } from '../../../core/names/name-card-pages';
import { nameCardSource } from '../../../core/names/name-cards';
import { foldedNames, namesReadBy, withNames, withNamesNoted } from '../../../core/names/word-names';
import { openPagedNameCards } from '../../../core/names/paged-name-cards';
import type { WordInfo } from '../../../core/lookup/word-info';

const file = gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url)));
const { directory, pages } = encodeNameCardPages(file);
const article = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');

function word(text: string, start: number, end: number): WordInfo {
  return { start, end, surface: text.slice(start, end), reading: '', romaji: '', inflections: [], entries: [] };
}

describe('the name cards the engine holds (core/names/name-card-files.ts)', () => {
  it('paged, a use reads only the pages its text needs and answers as the whole file does', async () => {
    const reads: number[] = [];
    const paged = await openNameCards({ readDirectory: async () => directory, readPage: async (p) => (reads.push(p), pages[p]!) });
    const whole = await openNameCards(async () => file);
    const text = '読売新聞によると、髙橋さんといすゞ自動車の岸田首相が会った。';
    const each = (names: Parameters<Parameters<NonNullable<typeof paged>['withPages']>[1]>[0]) =>
      Array.from(text, (_, i) => withNames(text, word(text, i, i + 1), names));
    const got = await paged!.withPages([text], each);
    expect(got).toEqual(await whole!.withPages([text], each));
    expect(got[9]!.names?.[0]).toMatchObject({ surface: '髙橋', reading: 'たかはし' });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBeLessThan(40);
    expect(new Set(reads).size).toBe(reads.length);
    expect(paged!.size).toBe(whole!.size);
  });

  it('a use needing more pages than are kept still reads each once and answers as the whole file does', async () => {
    const reads: number[] = [];
    // Room for one page: the pages a use reads are held until it has run.
    const paged = await openNameCards(
      { readDirectory: async () => directory, readPage: async (p) => (reads.push(p), pages[p]!) },
      Math.max(...pages.map((page) => page.length)),
    );
    const whole = await openNameCards(async () => file);
    const text = article.slice(0, 120);
    const each = (names: Parameters<Parameters<NonNullable<typeof paged>['withPages']>[1]>[0]) =>
      Array.from(text, (_, i) => withNames(text, word(text, i, i + 1), names));
    expect(await paged!.withPages([text], each)).toEqual(await whole!.withPages([text], each));
    expect(reads.length).toBeGreaterThan(5);
    expect(new Set(reads).size).toBe(reads.length);
  });

  it('a hover’s word reads the pages of the names starting at it, none missed, with an iteration mark those around the pointer', async () => {
    const reads: number[] = [];
    const paged = await openNameCards({ readDirectory: async () => directory, readPage: async (p) => (reads.push(p), pages[p]!) });
    const whole = foldedNames(nameCardSource(file));
    for (const [text, start, end, offset, surface] of [
      ['昨日、読売新聞によると首相は', 3, 5, 4, '読売新聞'],
      ['髙橋さんが来た', 0, 2, 1, '髙橋'],
      ['金子みすゞの詩を読んだ', 2, 4, 4, '金子みすゞ'],
    ] as const) {
      reads.length = 0;
      const w = word(text, start, end);
      let runs = 0;
      const named = await paged!.withPages([namesReadBy(text, w, offset)], (names) => (runs++, withNames(text, w, names, offset)));
      expect(named).toEqual(withNames(text, w, whole, offset));
      expect(named.surface).toBe(surface);
      expect(runs).toBe(1);
      expect(reads.length).toBeLessThanOrEqual(surface.includes('ゞ') ? 24 : 4);
    }
  });

  it('gives over the article’s every start what the whole file gives', async () => {
    const paged = await openNameCards({ readDirectory: async () => directory, readPage: async (p) => pages[p]! });
    const whole = foldedNames(nameCardSource(file));
    for (const block of article.split('\n').filter(Boolean)) {
      const got = await paged!.withPages([block], (names) => Array.from(block, (_, i) => names.longestAt(block.slice(i))));
      expect(got).toEqual(Array.from(block, (_, i) => whole.longestAt(block.slice(i))));
    }
  });

  it('a page that cannot be read costs only the names on it, and is read again by the next use', async () => {
    const cards = openPagedNameCards(directory, async (p) => pages[p]!);
    const broken = cards.pagesFor('高橋', 2).at(-1)!;
    const reads: number[] = [];
    const paged = await openNameCards({
      readDirectory: async () => directory,
      readPage: async (p) => {
        reads.push(p);
        if (p === broken) throw new Error(`names/cards-${p}.bin is missing from the extension`);
        return pages[p]!;
      },
    });
    const text = '高橋と読売新聞';
    const found = await paged!.withPages([text], (names) => [names.lookup('高橋'), names.lookup('読売新聞')]);
    expect(found[0]).toEqual([]);
    expect(found[1]![0]!.reading).toBe('よみうりしんぶん');
    await paged!.withPages([text], () => undefined);
    expect(reads.filter((p) => p === broken)).toHaveLength(2);
  });

  it('a word whose names are on a page that cannot be read says so, naming the page; the others say nothing', async () => {
    const cards = openPagedNameCards(directory, async (p) => pages[p]!);
    const broken = cards.pagesFor('高橋', 2).at(-1)!;
    const damaged = pages[broken]!.slice(0, 64);
    const paged = await openNameCards({
      readDirectory: async () => directory,
      readPage: async (p) => (p === broken ? damaged : pages[p]!),
    });
    const text = '高橋と読売新聞';
    const [takahashi, yomiuri] = await paged!.withPages([text], (names, noting) => [
      withNamesNoted(text, word(text, 0, 2), names, noting),
      withNamesNoted(text, word(text, 3, 5), names, noting),
    ]);
    expect(takahashi!.names).toBeUndefined();
    expect(takahashi!.namesError).toBe(
      `The name cards file is damaged: names/${nameCardPageFileName(broken)}: it is truncated (64 bytes of at least ${pages[broken]!.length}). Reinstall or update the extension.`,
    );
    expect(yomiuri!.names?.[0]?.reading).toBe('よみうりしんぶん');
    expect(yomiuri!.namesError).toBeUndefined();
  });

  it('a page missing from the install is said of the name cards, with the file it is', async () => {
    const cards = openPagedNameCards(directory, async (p) => pages[p]!);
    const broken = cards.pagesFor('高橋', 2).at(-1)!;
    const paged = await openNameCards({
      readDirectory: async () => directory,
      readPage: async (p) => {
        if (p === broken) throw new Error(`names/cards-${p}.bin is missing from the extension`);
        return pages[p]!;
      },
    });
    const named = await paged!.withPages(['高橋'], (names, noting) => withNamesNoted('高橋', word('高橋', 0, 2), names, noting));
    expect(named.namesError).toBe(
      `The name cards file is damaged: names/cards-${broken}.bin is missing from the extension. Reinstall or update the extension.`,
    );
  });

  it('a lookup outside the pages foreseen reads its page and runs the use again', async () => {
    const paged = await openNameCards({ readDirectory: async () => directory, readPage: async (p) => pages[p]! });
    let runs = 0;
    const found = await paged!.withPages(['あ'], (names) => (runs++, names.lookup('読売新聞')));
    expect(found[0]!.reading).toBe('よみうりしんぶん');
    expect(runs).toBe(2);
  });

  it('an absent or empty file gives no name cards; a damaged directory rejects', async () => {
    expect(await openNameCards(async () => undefined)).toBeUndefined();
    expect(await openNameCards({ readDirectory: async () => new Uint8Array(0), readPage: async () => new Uint8Array(0) })).toBeUndefined();
    await expect(
      openNameCards({ readDirectory: async () => new TextEncoder().encode('not a directory'), readPage: async () => new Uint8Array(0) }),
    ).rejects.toThrow(/name cards file is damaged/);
  });
});
