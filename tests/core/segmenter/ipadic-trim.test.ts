import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSegmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { shippedName } from '../../../core/segmenter/ipadic-files';
import { TRIM_MARGIN, TRIMMABLE_FILES, trimZeroPadding } from '../../../core/segmenter/ipadic-trim';
import { readKuromojiFile } from '../../support/node-segmenter';

describe('trimZeroPadding', () => {
  it('keeps the data and zeros up to a margin after it, as a view', () => {
    const bytes = new Uint8Array(10 * TRIM_MARGIN);
    bytes[5] = 7;
    bytes[TRIM_MARGIN + 1] = 9;
    const trimmed = trimZeroPadding(bytes);
    expect(trimmed.length).toBe(3 * TRIM_MARGIN);
    expect(trimmed.buffer).toBe(bytes.buffer);
    expect(trimmed[TRIM_MARGIN + 1]).toBe(9);
  });

  it('never lengthens and leaves a file without padding whole', () => {
    const full = new Uint8Array(100).fill(1);
    expect(trimZeroPadding(full).length).toBe(100);
    expect(trimZeroPadding(new Uint8Array(TRIM_MARGIN / 2)).length).toBe(TRIM_MARGIN / 2);
  });
});

// The trimmed files must analyse every kind of text exactly as the package's files do: known
// words, unknown words of each character class (the unknown-word dictionary is the most trimmed),
// symbols, digits, Latin, half-width kana, astral characters.
const SAMPLES = [
  readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8'),
  'ＮＡＴＯ加盟国はウクライナ支援を続け、ｶﾀｶﾅのﾃﾚﾋﾞや𠮟られた子、ABC123、３．５％、☆♪、ゞゝ々〆。',
  'ぴえん草生えるｗｗｗ、バズった件。ググれカス！ヤバくね？ギリシャ文字αβγ、キリル文字Жд、한국어、ไทย。',
  '平成三十一年四月一日、令和元年五月一日。１２３４５６７８９０円、1,234.5km、午前９時３０分。',
];

describe('kuromoji on the trimmed IPADIC files', () => {
  it('tokenizes as on the files of the npm package', async () => {
    const trimmedReader = async (name: string): Promise<ArrayBuffer> => {
      const full = await readKuromojiFile(name);
      if (!TRIMMABLE_FILES.has(shippedName(name))) return full;
      const trimmed = trimZeroPadding(new Uint8Array(full));
      expect(trimmed.length).toBeLessThanOrEqual(full.byteLength);
      return trimmed.slice().buffer;
    };
    const [full, trimmed] = await Promise.all([loadSegmenter(readKuromojiFile), loadSegmenter(trimmedReader)]);
    for (const text of SAMPLES) expect(trimmed.tokenize(text)).toEqual(full.tokenize(text));
  });

  it('trims the padded files by most of their length', async () => {
    const unk = new Uint8Array(await readKuromojiFile('unk.dat.gz'));
    expect(trimZeroPadding(unk).length).toBeLessThan(unk.length / 100);
  });
});
