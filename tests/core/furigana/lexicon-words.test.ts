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
