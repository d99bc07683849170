import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeNameCardDirectory,
  decodeNameCardPage,
  encodeNameCardPages,
  NAME_CARD_PAGE_BYTES,
  nameCardPageFileName,
} from '../../../core/names/name-card-pages';

const file = gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url)));
const { directory, pages } = encodeNameCardPages(file);
const dir = decodeNameCardDirectory(directory);
const utf8 = new TextDecoder();
const pageText = (p: number) => utf8.decode(decodeNameCardPage(dir, p, pages[p]!));
const surface = (line: string) => line.slice(0, line.indexOf('\t'));

describe('name cards in pages (core/names/name-card-pages.ts)', () => {
  it('holds every line once, in order, in pages of about NAME_CARD_PAGE_BYTES, a small directory', () => {
    const all = pages.map((_, p) => pageText(p)).join('');
    expect(all).toBe(
      utf8
        .decode(file)
        .split('\n')
        .filter(Boolean)
        .map((l) => `${l}\n`)
        .join(''),
    );
    expect(dir.lineCount).toBeGreaterThan(500_000);
    expect(pages.length).toBe(dir.pageLines.length - 1);
    expect(pages.length).toBeGreaterThan(300);
    for (const page of pages.slice(0, -1)) expect(page.length).toBeLessThan(NAME_CARD_PAGE_BYTES + 4096);
    expect(directory.length).toBeLessThan(16 * 1024);
  });

  it('never cuts the lines of one surface apart, and the directory knows each page’s first surface', () => {
    for (let p = 1; p < pages.length; p++) {
      const before = pageText(p - 1)
        .trimEnd()
        .split('\n')
        .at(-1)!;
      const first = pageText(p).split('\n')[0]!;
      expect(surface(before) < surface(first)).toBe(true);
      const expected = String.fromCharCode(...dir.firstKeyText.subarray(dir.firstKeyOffsets[p], dir.firstKeyOffsets[p + 1]));
      expect(expected).toBe(surface(first));
    }
  });

  it('keeps a surface with many lines whole even when it is longer than a page', () => {
    const lines = ['あ\t1\ts\t', ...Array.from({ length: 50 }, (_, i) => `い\tい${i}\tp\t`), 'う\t3\tp\t'];
    const small = encodeNameCardPages(new TextEncoder().encode(lines.join('\n') + '\n'), 64);
    const d = decodeNameCardDirectory(small.directory);
    const texts = small.pages.map((b, p) => utf8.decode(decodeNameCardPage(d, p, b)));
    expect(texts.filter((t) => t.includes('い\t'))).toHaveLength(1);
    expect(texts.join('').split('\n').filter(Boolean)).toEqual(lines);
  });

  it('names its files cards-NNN.bin', () => {
    expect(nameCardPageFileName(7)).toBe('cards-007.bin');
  });

  it('refuses a damaged directory or page, saying what is wrong', () => {
    expect(() => decodeNameCardDirectory(undefined)).toThrow(/name cards file is damaged: names\/cards\.yomu is missing/);
    expect(() => decodeNameCardDirectory(new TextEncoder().encode('not a directory'))).toThrow(/header is missing or damaged/);
    expect(() => decodeNameCardDirectory(directory.subarray(0, directory.length - 8))).toThrow(/does not match its header/);
    expect(() => decodeNameCardPage(dir, 3, pages[4]!)).toThrow(
      /names\/cards-003\.bin: it says page 4 of \d+ lines where the directory says page 3/,
    );
    expect(() => decodeNameCardPage(dir, 3, pages[3]!.subarray(0, 100))).toThrow(/names\/cards-003\.bin: it is truncated/);
    expect(() => decodeNameCardPage(dir, 3, new Uint8Array(100))).toThrow(/names\/cards-003\.bin: it is not a page of name cards/);
    const swapped = pages[3]!.slice();
    swapped[20] = 0x41; // the first surface's first byte
    expect(() => decodeNameCardPage(dir, 3, swapped)).toThrow(/first name is not the directory’s/);
    // A letter of an English name made another, everything else whole: only the checksum tells.
    const changed = pages[3]!.slice();
    const letter = changed.findLastIndex((b) => b >= 0x61 && b < 0x7a);
    changed[letter]! += 1;
    expect(() => decodeNameCardPage(dir, 3, changed)).toThrow(
      /names\/cards-003\.bin: its bytes are not the ones the directory was written with/,
    );
    expect(decodeNameCardPage(dir, 3, pages[3]!).length).toBeGreaterThan(0);
    // One byte of the directory changed in place (in its first-key text, before the seal).
    const sealed = directory.slice();
    sealed[sealed.length - 8]! += 1;
    expect(() => decodeNameCardDirectory(sealed)).toThrow(
      /names\/cards\.yomu: its bytes are not the ones it was written with \(checksum\)/,
    );
  });
});
