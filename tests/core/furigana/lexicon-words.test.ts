import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { lexiconWordSource } from '../../../core/furigana/lexicon-words';
import { createReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { bundledEdict } from '../../../dict/edict/node-edict';
import { nodeSegmenter } from '../../support/node-segmenter';

const SHIPPED = new Uint8Array(gunzipSync(readFileSync(new URL('../../../dict/readings/lexicon-words.tsv.gz', import.meta.url))));

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 120_000);

/** The readings the layer gives `surface` in `text`, with the dictionary and, when given, the lexicon. */
function readingOf(text: string, surface: string, lexicon?: Uint8Array | string): string {
  const context = createReadingContext({ dictionary: bundledEdict(), lexicon: lexicon ? lexiconWordSource(lexicon) : undefined });
  const at = text.indexOf(surface);
  return readingSegments(text, segmenter.tokenize(text), context)
    .filter((s) => s.start >= at && s.end <= at + surface.length)
    .map((s) => s.reading)
    .join('');
}

/** How many code units two texts share from their start. */
function shared(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

describe('lexiconWordSource', () => {
  const source = lexiconWordSource('林縁\tりんえん\n速筋\tそっきん\n遅筋\tちきん\n');

  it('gives the reading of a word written exactly so, and nothing for others', () => {
    expect(source.reading('速筋')).toBe('そっきん');
    expect(source.reading('速')).toBeUndefined();
    expect(source.reading('速筋肉')).toBeUndefined();
    expect(source.size).toBe(3);
  });

  it('tells how long a start of a run some word begins with', () => {
    expect(source.prefixReach('速筋と遅筋')).toBe(2);
    expect(source.prefixReach('速い')).toBe(1);
    expect(source.prefixReach('筋肉')).toBe(0);
  });

  it('answers as a search of the whole file, the lines of each first character searched alone', () => {
    // Words opening with several characters, one of them a surrogate pair, and lines that are no word.
    const lines = [
      '一時\tいちじ',
      '一時金\tいちじきん',
      '下町\tしたまち',
      '速筋\tそっきん',
      '遅筋\tちきん',
      '𠮟責\tしっせき',
      '林縁\tりんえん',
    ];
    const file = [...lines].sort().join('\n') + '\n';
    const many = lexiconWordSource(file);
    const whole = (text: string) => Math.max(0, ...lines.map((l) => l.split('\t')[0]!).map((w) => shared(w, text)));
    for (const text of ['一時金で', '一時', '一日', '下町', '下', '速筋と', '遅い', '𠮟責する', '𠮟る', '林', '森林', '上'])
      expect(many.prefixReach(text), text).toBe(whole(text));
    expect(many.reading('一時金')).toBe('いちじきん');
    expect(many.reading('一時')).toBe('いちじ');
    expect(many.reading('𠮟責')).toBe('しっせき');
    expect(many.reading('林縁')).toBe('りんえん');
    expect(many.reading('下')).toBeUndefined();
  });

  it('passes over a damaged line as no word', () => {
    const damaged = lexiconWordSource('林縁\n速筋\t\n遅筋\tちきん\n');
    expect(damaged.reading('林縁')).toBeUndefined();
    expect(damaged.reading('速筋')).toBeUndefined();
    expect(damaged.reading('遅筋')).toBe('ちきん');
  });
});

describe('the shipped lexicon words in the reading layer', () => {
  // Words IPADIC cuts into pieces it reads by their kun'yomi; EDICT has none of them. A kanji numeral
  // before a character that is no counter there is part of such a word, not a count (八瀬, 二癖: a
  // tester's kind). Compound nouns with kana whose second element's voicing (rendaku) UniDic decides
  // where the layer alone voices it otherwise (遊び駒 ごま, 着せ替え か: the second element's reading).
  // Words UniDic lacks that JumanDIC reads one way: places, works and people named in Wikipedia
  // (鴨緑江 おうりょくこう, not かも|りょく|え). Towns JumanDIC knows that the names file does not read,
  // 町 read as most of the prefecture's towns the names file reads (福島県 まち, 北海道 ちょう).
  it.each([
    ['筋肉には速筋と遅筋がある。', '速筋', 'そっきん'],
    ['筋肉には速筋と遅筋がある。', '遅筋', 'ちきん'],
    ['森の林縁には草花が多い。', '林縁', 'りんえん'],
    ['週末は渓流へ釣行する。', '釣行', 'ちょうこう'],
    ['京都の八瀬の里を歩く。', '八瀬', 'やせ'],
    ['一癖も二癖もある男だ。', '二癖', 'ふたくせ'],
    ['王手をかけず、遊び駒を動かした。', '駒', 'ごま'],
    ['娘は着せ替えが好きだ。', '替', 'か'],
    ['鴨緑江を渡って国境を越えた。', '鴨緑江', 'おうりょくこう'],
    ['子供の頃に西遊記を読んだ。', '西遊記', 'さいゆうき'],
    ['岩手の龍泉洞は鍾乳洞だ。', '龍泉洞', 'りゅうせんどう'],
    ['福島県の大熊町に住む。', '大熊町', 'おおくままち'],
    ['夏は軽井沢町の別荘で過ごす。', '軽井沢町', 'かるいざわまち'],
    ['北海道の小平町で漁をする。', '小平町', 'おびらちょう'],
  ])('%s: %s reads %s, where it reads otherwise without the file', (text, surface, reading) => {
    expect(readingOf(text, surface, SHIPPED)).toBe(reading);
    expect(readingOf(text, surface)).not.toBe(reading);
  });

  // Where the numbers pass reads a count, a date or a rank, the form is no row: counts stay counts.
  it.each([
    ['四月一日に会う。', '四月一日', 'しがつついたち'],
    ['九段の腕前だ。', '九段', 'きゅうだん'],
    ['憲法九条を読む。', '九条', 'きゅうじょう'],
    ['三千人が来た。', '三千人', 'さんぜんにん'],
  ])('%s: %s stays the count %s', (text, surface, reading) => {
    expect(readingOf(text, surface, SHIPPED)).toBe(reading);
  });

  it("leaves EDICT's words to EDICT: a lexicon row for a word EDICT has changes nothing", () => {
    const text = '子会社を作った。';
    expect(readingOf(text, '子会社', '子会社\tこかいしゃ\n')).toBe(readingOf(text, '子会社'));
  });

  it('is asked only with a dictionary: without one the context has no dictionary readings', () => {
    const context = createReadingContext({ lexicon: lexiconWordSource(SHIPPED) });
    expect(context.dictionaryReadings).toBeUndefined();
  });
});
