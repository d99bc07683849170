import { beforeAll, describe, expect, it } from 'vitest';
import { agreedReading } from '../../../core/furigana/agreed-readings';
import { createReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { Word } from '../../../core/furigana/reading-word';
import { AGREED_READING_ROWS } from '../../../core/furigana/rules/agreed-readings-table';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import type { Token } from '../../../core/segmenter/token';
import { hasKanji } from '../../../core/text/kana';
import { nodeSegmenter } from '../../support/node-segmenter';
import { bundledEdict } from '../../../dict/edict/node-edict';
import { dictionaryReadingSource } from '../../../core/furigana/dictionary-readings';

const rows = AGREED_READING_ROWS.split('\n')
  .filter((l) => l)
  .map((l) => l.split('\t'));

describe('the agreed-readings table (schema)', () => {
  it('has rows of written form, part of speech, IPADIC reading, a different agreed reading in hiragana, and the kind', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row, row.join(' ')).toHaveLength(5);
      const [surface, partOfSpeech, own, reading, kind] = row as [string, string, string, string, string];
      expect(['only', 'common', 'juman', 'nihon'], surface).toContain(kind);
      // The second kind leaves suffixes (voiced in compounds) and proper nouns (a name's own reading) alone.
      if (kind === 'common') expect(partOfSpeech, surface).not.toMatch(/,(接尾|固有名詞)$/);
      // The fourth (JumanDIC and UniDic agreeing) leaves suffixes and words that conjugate alone.
      if (kind === 'juman') expect(partOfSpeech, surface).not.toMatch(/^(動詞|形容詞),|,接尾$/);
      // The third reads 日本 as the glossary does, never in a name (a company's にっぽん is its own).
      if (kind === 'nihon')
        expect([partOfSpeech, own.includes('にっぽん'), reading.includes('にほん')], surface).toEqual(['名詞,一般', true, true]);
      expect([...surface].length, surface).toBeGreaterThanOrEqual(2);
      expect(hasKanji(surface), surface).toBe(true);
      expect(partOfSpeech, surface).toMatch(/^[^,]+,[^,]+$/);
      // Hiragana, with the long-vowel mark of loanwords (海狸 びーばー).
      expect(own, surface).toMatch(/^[ぁ-ゖー]+$/);
      expect(reading, surface).toMatch(/^[ぁ-ゖー]+$/);
      expect(reading, surface).not.toBe(own);
    }
  });

  it("leaves a common word to IPADIC where EDICT reads it as IPADIC does: a homograph read by its sense (juman rows name only such words' other kinds)", () => {
    const edict = dictionaryReadingSource(bundledEdict());
    const homographs = rows.filter(([surface, partOfSpeech, own, , kind]) => {
      if (kind !== 'juman' || partOfSpeech!.endsWith(',固有名詞')) return false;
      return edict.readings(surface!)?.includes(own!) ?? false;
    });
    expect(homographs.map((r) => r.join(' '))).toEqual([]);
    // A tester's everyday words, read wrong by JumanDIC's one reading in his own news text.
    for (const word of ['五月', '大勢', '分別', '寒気', '仮名', '上辺', '泥水', '布袋', '黄泉', '晦日', '宝物'])
      expect(
        rows.filter((r) => r[0] === word && r[4] === 'juman').map((r) => r.join(' ')),
        word,
      ).toEqual([]);
  });

  it('answers only for the entry kuromoji chose: same part of speech and IPADIC reading, known word', () => {
    const token = (over: Partial<Token>): Token => ({
      surface: '東端',
      start: 0,
      pos: '名詞',
      pos1: '固有名詞',
      pos2: '地域',
      conjugationType: '*',
      conjugationForm: '*',
      basicForm: '東端',
      reading: 'ヒガシバタ',
      known: true,
      ...over,
    });
    expect(agreedReading(token({}))).toBe('とうたん');
    expect(agreedReading(token({ reading: 'トウタン' }))).toBeUndefined();
    expect(agreedReading(token({ pos1: '一般' }))).toBeUndefined();
    expect(agreedReading(token({ known: false }))).toBeUndefined();
    expect(agreedReading(token({ surface: '東', basicForm: '東', reading: 'ヒガシ' }))).toBeUndefined();
  });
});

describe('the agreed readings in the layer (one sentence of our own per kind)', () => {
  let segmenter: Segmenter;
  beforeAll(async () => {
    segmenter = await nodeSegmenter();
  }, 60_000);

  // Kinds (`only`): a common word IPADIC also lists as a place or name and kuromoji reads the
  // name's way; a verb and an adjective IPADIC reads in a way no dictionary lists. (`common`): a
  // word kuromoji reads in a rare way where EDICT's common reading is UniDic's likeliest. (`nihon`):
  // IPADIC's にっぽん where EDICT marks only the にほん reading common. (`juman`): a place or a word
  // kuromoji reads in a rare way where JumanDIC's one reading is UniDic's likeliest.
  it.each([
    ['半島の東端に灯台がある。', '東端', 'とうたん', 'ひがしばた'],
    ['港町の夜景がきれいだ。', '港町', 'みなとまち', 'みなとちょう'],
    ['毛の長い長毛の猫を飼っている。', '長毛', 'ちょうもう', 'ながもう'],
    ['強い風に煽られて傘が壊れた。', '煽ら', 'あおら', 'あふら'],
    ['地域に根付いた祭りだ。', '根付い', 'ねづい', 'ねつい'],
    ['夏は脂っこいものが食べたくない。', '脂っこい', 'あぶらっこい', 'やにっこい'],
    ['緑色のシャツを着た。', '緑色', 'みどりいろ', 'りょくしょく'],
    ['夜中に目が覚めた。', '夜中', 'よなか', 'やちゅう'],
    ['父母の会に出席した。', '父母', 'ふぼ', 'ちちはは'],
    ['彼は日本人の作家だ。', '日本人', 'にほんじん', 'にっぽんじん'],
    ['この店のラーメンは日本一だ。', '日本一', 'にほんいち', 'にっぽんいち'],
    ['高知県の香美で刃物を買った。', '香美', 'かみ', 'かがみ'],
    ['大連から船で帰国した。', '大連', 'だいれん', 'たいれん'],
  ])('%s: %s reads %s, not kuromoji’s %s', (text, word, reading, own) => {
    const tokens = segmenter.tokenize(text);
    const i = tokens.findIndex((t) => t.surface === word);
    expect(i, `no token ${word}`).toBeGreaterThanOrEqual(0);
    const traced: { word: Word; by: string }[] = [];
    const context = createReadingContext({});
    readingSegments(text, tokens, { ...context, trace: (w, by) => traced.push({ word: w, by }) });
    const decided = traced.find((w) => w.word.from <= i && i < w.word.to)!;
    expect(decided.by).toBe('agreed');
    expect(decided.word.reading).toBe(reading);
    expect(decided.word.alternatives).toEqual([own]);
    // Without the table the layer reads as kuromoji does: the row is what changes it.
    const plain: { word: Word; by: string }[] = [];
    readingSegments(text, tokens, { ...context, agreedReading: undefined, trace: (w, by) => plain.push({ word: w, by }) });
    expect(plain.find((w) => w.word.from <= i && i < w.word.to)!.word.reading).toBe(own);
  });
});
