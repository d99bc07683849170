import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { kanjiReadingsByKindSource } from '../../../core/furigana/kanji-readings';
import type { ReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { elementReadings, kanjiWordOrigin, readingKind, suffixOriginReading } from '../../../core/furigana/suffix-origins';
import { SUFFIX_ORIGIN_ROWS } from '../../../core/furigana/rules/suffix-origin-table';
import { kanjiSource } from '../../../core/kanji/kanji-source';
import { hasKanji, isAllHiragana } from '../../../core/text/kana';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
let context: ReadingContext;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
  const kanji = gunzipSync(readFileSync(new URL('../../../dict/kanji/kanji.tsv.gz', import.meta.url))).toString('utf8');
  context = { kanjiReadingsByKind: kanjiReadingsByKindSource(kanjiSource(kanji)) };
}, 120_000);

/** What the pass reads for the token written `piece` in `text` (undefined: it leaves kuromoji's). */
function suffix(text: string, piece: string): string | undefined {
  const tokens = segmenter.tokenize(text);
  const i = tokens.findIndex((t) => t.surface === piece);
  expect(i, `${piece} is a token of ${text}`).toBeGreaterThanOrEqual(0);
  return suffixOriginReading(tokens, i, context)?.reading;
}

/** The reading the whole layer shows over `piece` in `text`. */
function shownOver(text: string, piece: string): string | undefined {
  const start = text.indexOf(piece);
  return readingSegments(text, segmenter.tokenize(text), context).find((s) => s.start === start && s.end === start + piece.length)?.reading;
}

describe('the generated table', () => {
  it('has rows of one kanji, then per origin a reading in hiragana and its count over ten or more compounds, four in five or more', () => {
    const rows = SUFFIX_ORIGIN_ROWS.split('\n').filter(Boolean);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const [element, ...fields] = row.split('\t');
      expect([...element!], row).toHaveLength(1);
      expect(hasKanji(element!), row).toBe(true);
      expect(fields, row).toHaveLength(4);
      expect(fields[0] !== '-' || fields[2] !== '-', row).toBe(true);
      for (const [reading, count] of [fields.slice(0, 2), fields.slice(2, 4)] as [string, string][]) {
        if (reading === '-') {
          expect(count, row).toBe('-');
          continue;
        }
        expect(isAllHiragana(reading), row).toBe(true);
        const [same, all] = count.split('/').map(Number) as [number, number];
        expect(all, row).toBeGreaterThanOrEqual(10);
        expect(same / all, row).toBeGreaterThanOrEqual(0.8);
      }
    }
  });

  it('gives 場 its native reading after a native word and nothing after a Sino-Japanese one', () => {
    expect(elementReadings('場')).toEqual({ native: 'ば' });
  });

  it('has no row for an element that is not one', () => {
    expect(elementReadings('あ')).toBeUndefined();
  });
});

describe('readingKind', () => {
  it('tells on from kun in the forms a reading takes inside a word', () => {
    expect(readingKind('じょう', ['じょう', 'ちょう'], ['ば'])).toBe('on');
    expect(readingKind('ば', ['じょう', 'ちょう'], ['ば'])).toBe('kun');
    expect(readingKind('ぐさ', ['そう'], ['くさ'])).toBe('kun');
    expect(readingKind('かっ', ['かつ'], ['すべ'])).toBe('on');
    expect(readingKind('にわ', ['じょう'], ['ば'])).toBeUndefined();
  });
});

describe('kanjiWordOrigin', () => {
  const byKind = (k: string) => ({ on: [] as string[], kun: [] as string[], ...KINDS[k] });
  const KINDS: Record<string, { on: string[]; kun: string[] }> = {
    溜: { on: ['りゅう'], kun: ['た', 'ため'] },
    池: { on: ['ち'], kun: ['いけ'] },
    滑: { on: ['かつ', 'こつ'], kun: ['すべ', 'なめ'] },
    空: { on: ['くう'], kun: ['そら', 'あ', 'から'] },
    重: { on: ['じゅう', 'ちょう'], kun: ['え', 'おも', 'かさ'] },
    箱: { on: ['そう'], kun: ['はこ'] },
  };

  it('is native where the reading splits into kun readings only', () => {
    expect(kanjiWordOrigin('溜池', 'ためいけ', byKind)).toBe('native');
  });

  it('is Sino-Japanese where it splits into on readings only, a doubled consonant included', () => {
    expect(kanjiWordOrigin('滑空', 'かっくう', byKind)).toBe('sino');
  });

  it('is unknown for a mixed reading or one that does not split', () => {
    expect(kanjiWordOrigin('重箱', 'じゅうばこ', byKind)).toBeUndefined();
    expect(kanjiWordOrigin('溜池', 'ためち', byKind)).toBeUndefined();
    expect(kanjiWordOrigin('溜池', 'ためいけす', byKind)).toBeUndefined();
  });
});

describe('suffixOriginReading', () => {
  it('reads a suffix after a native word with okurigana its native way (kuromoji: じょう)', () => {
    expect(suffix('公園の一角が住民の憩い場になった。', '場')).toBe('ば');
    expect(suffix('朝の集い場に人が集まる。', '場')).toBe('ば');
  });

  it('reads it so after a compound of verb stems (kanji and okurigana by turns)', () => {
    expect(suffix('荷物の受け渡し場で待つ。', '場')).toBe('ば');
  });

  it('reads it so after a word of kanji read with kun readings only', () => {
    expect(suffix('村の溜池場まで歩いた。', '場')).toBe('ば');
  });

  it('leaves a suffix after a Sino-Japanese word to kuromoji', () => {
    expect(suffix('午後は滑空場で練習した。', '場')).toBeUndefined();
  });

  it('leaves a suffix after a piece of a longer run of kanji (養|鯉|場: 養鯉 is Sino-Japanese)', () => {
    expect(suffix('山あいの養鯉場を訪ねた。', '場')).toBeUndefined();
  });

  it('leaves time suffixes alone: they read on after any word (お支払い時 じ)', () => {
    expect(suffix('お支払い時に確認します。', '時')).toBeUndefined();
  });

  it('leaves a suffix the context table has a row about to that row, even one that keeps kuromoji (手/standalone)', () => {
    expect(suffix('受け入れ手が少ない。', '手')).toBeUndefined();
  });

  it('is what the reading layer shows', () => {
    expect(shownOver('公園の一角が住民の憩い場になった。', '場')).toBe('ば');
    expect(shownOver('午後は滑空場で練習した。', '場')).toBe('じょう');
  });
});
