import { beforeAll, describe, expect, it } from 'vitest';
import { cutFamilyNames, FAMILY_SUFFIXES } from '../../../core/furigana/family-name-cuts';
import { nameReadingSource } from '../../../core/furigana/name-readings';
import type { ReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

// A names file as dict/names/build-names.ts writes it: family names marked "s", with kuromoji's
// reading where kuromoji reads the name as one word (吉高, 重富), ENAMDICT's where it cuts it (新納);
// sorted, as the file is searched by halving.
const NAMES = [
  '吉高\tよしたか\ts',
  '国\tくに\ts',
  '小国\tおぐに\ts',
  '島津\tしまづ\ts',
  '新納\tにいろ,しんのう\ts',
  '金満\tかねみつ\ts',
  '重富\tしげとみ\ts',
  '高氏\tたかうじ',
  '上杉\tうえすぎ\ts',
  '立花\tたちばな\ts',
  // ENAMDICT also has 立花家 as a name (a performer's house name), read たちばなや
  '立花家\tたちばなや',
]
  .sort()
  .join('\n');

// The dictionary's answers the cut asks: 国家 a common word, 金満家 a word read otherwise.
const DICTIONARY: Record<string, readonly string[]> = { 国家: ['こっか'], 金満家: ['きんまんか'], 富家: ['ふか'] };
const COMMON = new Set(['国家']);

let segmenter: Segmenter;
let context: ReadingContext;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
  const names = nameReadingSource(NAMES);
  context = {
    nameReadings: names.readings,
    isSurname: names.isSurname,
    dictionaryReadings: (s) => DICTIONARY[s],
    dictionaryCommonCount: (s) => (COMMON.has(s) ? 1 : 0),
  };
}, 120_000);

/** The tokens' surfaces after the cut, joined with |. */
function cut(text: string, ctx: ReadingContext = context): string {
  return cutFamilyNames(segmenter.tokenize(text), ctx)
    .map((t) => t.surface)
    .join('|');
}

/** The ruby the reading layer shows over `text`, as base:reading. */
function shown(text: string): string[] {
  return readingSegments(text, segmenter.tokenize(text), context).map((s) => `${text.slice(s.start, s.end)}:${s.reading}`);
}

describe('a family name kuromoji cuts before 家 or 氏 is read as a name and its suffix', () => {
  it.each([
    // kuromoji takes the suffix into a rare word: 吉|高氏 (a given name), 重|富家 ("a rich family")
    ['吉高氏は会見で語った。', '吉高:よしたか', '氏:し'],
    ['重富家の屋敷は町の北にある。', '重富:しげとみ', '家:け'],
    // a name after a place, its last kanji taken in: 越前|島|津家
    ['越前島津家の墓所を訪ねた。', '島津:しまづ', '家:け'],
    // a name kuromoji reads piece by piece: 新|納|氏
    ['新納氏が城を守った。', '新納:にいろ', '氏:し'],
  ])('%s', (text, name, suffix) => {
    const segments = shown(text);
    expect(segments).toContain(name);
    expect(segments).toContain(suffix);
  });

  it('reads a family name kuromoji has as one token by its family reading where kuromoji read another word (越後|上杉|家)', () => {
    const segments = shown('越後上杉家の家臣が集まった。');
    expect(segments).toContain('上杉:うえすぎ');
    expect(segments).toContain('家:け');
  });

  it('leaves the suffix out of a longer name the names source knows (立花|家 the family, not 立花家 たちばなや)', () => {
    const segments = shown('立花家代々の墓がある。');
    expect(segments).toContain('立花:たちばな');
    expect(segments).toContain('家:け');
  });

  it('gives the suffix its own token at the right offset, and the name the names source reading', () => {
    const text = '重富家も加わった。';
    const tokens = cutFamilyNames(segmenter.tokenize(text), context);
    const [name, suffix] = tokens;
    expect(name).toMatchObject({ surface: '重富', start: 0, pos1: '固有名詞', pos2: '人名', reading: 'シゲトミ' });
    expect(suffix).toMatchObject({ surface: '家', start: 2, pos1: '接尾' });
    expect(tokens.slice(2).map((t) => t.surface)).toEqual(
      segmenter
        .tokenize(text)
        .slice(2)
        .map((t) => t.surface),
    );
  });

  it('has an example for every suffix it knows', () => {
    for (const [suffix, row] of Object.entries(FAMILY_SUFFIXES)) {
      expect(row.example.endsWith(suffix)).toBe(true);
      expect(cut(row.example + 'の')).toBe(`${row.example.slice(0, -1)}|${suffix}|の`);
    }
  });
});

describe('words and names that are not a family and its suffix stay as kuromoji cut them', () => {
  it.each([
    // a common word takes the suffix (小国 is a family name too)
    ['小国家が連合を組む。'],
    // a word the dictionary reads whole otherwise
    ['金満家が別荘を建てた。'],
    // the suffix's token goes on after it: 家久 is a given name
    ['島津家久が兵を率いた。'],
    // a numeral and a counter
    ['三軒家の集落がある。'],
    // no family name ends before the suffix (足利 + 高氏: 利高 starts inside a token)
    ['足利高氏が挙兵した。'],
    // the name already one token before its suffix, read as the family is
    ['垂水家の家臣が集まった。'],
  ])('%s', (text) => {
    const tokens = segmenter.tokenize(text);
    expect(cutFamilyNames(tokens, context)).toBe(tokens);
  });

  it('cuts nothing without the names source', () => {
    const tokens = segmenter.tokenize('吉高氏は会見で語った。');
    expect(cutFamilyNames(tokens, {})).toBe(tokens);
  });
});
