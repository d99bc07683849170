import { beforeAll, describe, expect, test } from 'vitest';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { createGlossaryFinder } from '../../../core/lookup/glossary-finder';
import { tokenIndexAt, wordInfoAt, type LookupSources, type TextAnalysis } from '../../../core/lookup/word-at-point';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';
import { SMALL_GLOSSARY, smallDictionary } from './small-dictionary';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { loadDictionary } from '../../../core/dictionary/packed-dictionary';
import type { EntryContent } from '../../../core/dictionary/entry-record';

let segmenter: Segmenter;
let sources: LookupSources;

beforeAll(async () => {
  segmenter = await nodeSegmenter();
  sources = { dictionary: smallDictionary(), glossary: createGlossaryFinder(SMALL_GLOSSARY) };
});

function analyse(text: string): TextAnalysis {
  const tokens = segmenter.tokenize(text);
  return { text, tokens, segments: readingSegments(text, tokens) };
}

/** The word at the first occurrence of `needle` (plus `delta` code units) in `text`. */
function at(text: string, needle: string, delta = 0, with_: LookupSources = sources) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${text}`);
  return wordInfoAt(analyse(text), offset + delta, with_);
}

describe('word at offset', () => {
  test('the token that holds an offset', () => {
    const { tokens } = analyse('制裁を受けた');
    expect(tokens.map((t) => t.surface)).toEqual(['制裁', 'を', '受け', 'た']);
    expect(tokenIndexAt(tokens, 0)).toBe(0);
    expect(tokenIndexAt(tokens, 1)).toBe(0);
    expect(tokenIndexAt(tokens, 2)).toBe(1);
    expect(tokenIndexAt(tokens, 5)).toBe(3);
    expect(tokenIndexAt(tokens, 6)).toBe(-1);
    expect(tokenIndexAt(tokens, -1)).toBe(-1);
  });

  test('a plain noun: its span, reading in hiragana and romaji, entries with parts of speech', () => {
    const text = '西側の制裁を受けて、';
    const info = at(text, '制裁', 1)!;
    expect(info).toMatchObject({ start: 3, end: 5, surface: '制裁', reading: 'せいさい', romaji: 'seisai', inflections: [] });
    expect(info.dictionaryForm).toBeUndefined();
    expect(info.entries[0]!.headwords).toEqual(['制裁']);
    expect(info.entries[0]!.senses[0]!.glosses).toContain('sanctions');
    expect(info.entries[0]!.senses[0]!.partsOfSpeech).toEqual(['noun', 'noun that takes する']);
    // 制裁 is a glossary term too.
    expect(info.glossary?.en).toBe('sanctions');
  });

  test('punctuation and spaces are no word', () => {
    expect(at('制裁を受けて、同盟', '、')).toBeNull();
    expect(at('制裁 同盟', ' ')).toBeNull();
    expect(wordInfoAt(analyse('制裁'), 5, sources)).toBeNull();
  });

  test('an unknown word still shows its reading', () => {
    const info = at('ゲートの報道官は述べた', 'ゲート', 0, {})!;
    expect(info.surface).toBe('ゲート');
    expect(info.reading).toBe('げーと');
    expect(info.entries).toEqual([]);
    const kanji = at('報道官は述べた', '報道', 0)!;
    expect(kanji.entries).toEqual([]);
    expect(kanji.reading).toMatch(/^ほうどう/);
  });

  test('a Latin word nobody knows is no word; a known one is', () => {
    expect(at('これはGateです', 'Gate')).toBeNull();
    expect(at('これはNATOです', 'NATO')).not.toBeNull();
  });

  test('the dictionary error travels with every answer', () => {
    const info = at('制裁を受けた', '制裁', 0, { dictionaryError: 'The dictionary is damaged.' })!;
    expect(info.dictionaryError).toBe('The dictionary is damaged.');
    expect(info.reading).toBe('せいさい');
    expect(info.entries).toEqual([]);
  });
});

describe('longest match across tokens', () => {
  const text = 'ロシアは北大西洋条約機構（NATO）の拡大に反対した。';

  test('the first word of 北大西洋条約機構 gives the whole organisation', () => {
    const info = at(text, '北')!;
    expect(info.surface).toBe('北大西洋条約機構');
    expect(info.start).toBe(text.indexOf('北'));
    expect(info.end).toBe(text.indexOf('（'));
    expect(info.reading).toBe('きたたいせいようじょうやくきこう');
    expect(info.entries[0]!.senses[0]!.glosses[0]).toBe('North Atlantic Treaty Organization');
    expect(info.glossary?.id).toBe('nato');
  });

  test('a word inside the name: without the glossary, the whole dictionary word, as from its first token', () => {
    const info = at(text, '条約', 0, { dictionary: sources.dictionary })!;
    expect(info.surface).toBe('北大西洋条約機構');
    expect(info.entries[0]!.senses[0]!.glosses).toContain('North Atlantic Treaty Organization');
    // Not covered by a longer word: the longest dictionary word from there.
    const alone = at('平和条約を結んだ', '条約', 0, { dictionary: sources.dictionary })!;
    expect(alone.surface).toBe('条約');
    expect(alone.entries[0]!.senses[0]!.glosses).toContain('treaty');
  });

  test('a word inside a glossary term shows the term that covers it', () => {
    const info = at(text, '機構', 1)!;
    expect(info.surface).toBe('北大西洋条約機構');
    expect(info.glossary?.en).toBe('North Atlantic Treaty Organization');
  });

  test('a glossary term longer than the dictionary word: 二重 + 用途 is dual-use goods', () => {
    const t = '二重用途の物資を輸出した。';
    const info = at(t, '二')!;
    expect(info.surface).toBe('二重用途');
    expect(info.glossary).toMatchObject({
      id: 'dual-use-goods',
      en: 'dual-use goods',
      category: 'economy',
      form: '二重用途',
      reading: 'にじゅうようと',
    });
    // The related ids that exist, resolved to names; unknown ones dropped.
    expect(info.glossary!.related).toEqual([{ id: 'sanctions', en: 'sanctions', form: '制裁' }]);
    // EDICT has no 二重用途: the entries are those of the dictionary word at its start.
    expect(info.entries[0]!.headwords).toEqual(['二重']);
  });

  test('without a glossary the same place is just the dictionary word', () => {
    const info = at('二重用途の物資', '二', 0, { dictionary: sources.dictionary })!;
    expect(info.surface).toBe('二重');
    expect(info.glossary).toBeUndefined();
  });
});

describe('inflected forms', () => {
  test('築かれ → 築く, passive', () => {
    const info = at('この同盟の基盤は徐々に築かれ、最初は', '築', 0)!;
    expect(info.surface).toBe('築かれ');
    expect(info.reading).toBe('きずかれ');
    expect(info.dictionaryForm).toEqual({ text: '築く', reading: 'きずく' });
    expect(info.inflections).toEqual(['passive']);
    expect(info.entries[0]!.senses[0]!.glosses).toContain('to build');
  });

  test('hovering the tail of an inflected word gives the whole word', () => {
    const text = 'この同盟の基盤は徐々に築かれ、最初は';
    const info = at(text, 'かれ', 1)!;
    expect(info.surface).toBe('築かれ');
    expect(info.start).toBe(text.indexOf('築'));
  });

  test('開かれました → 開く: passive, polite, past', () => {
    const info = at('会議が開かれました。', '開')!;
    expect(info.surface).toBe('開かれました');
    expect(info.dictionaryForm?.text).toBe('開く');
    expect(info.inflections).toEqual(['passive', 'polite', 'past']);
  });

  test('食べさせられなかった → 食べる: causative, passive, negative, past', () => {
    const info = at('食べさせられなかった。', '食')!;
    expect(info.surface).toBe('食べさせられなかった');
    expect(info.dictionaryForm?.text).toBe('食べる');
    expect(info.inflections).toEqual(['causative', 'passive', 'negative', 'past']);
  });

  test('受けていない → 受ける (not the noun 受け): progressive, negative', () => {
    const info = at('制裁を受けていない。', '受')!;
    expect(info.surface).toBe('受けていない');
    expect(info.dictionaryForm).toEqual({ text: '受ける', reading: 'うける' });
    expect(info.inflections).toEqual(['progressive (-te iru)', 'negative']);
    expect(info.entries[0]!.headwords).toEqual(['受ける']);
  });

  test("the dictionary form is known without the dictionary (kuromoji's base form)", () => {
    const info = at('築かれた', '築', 0, {})!;
    expect(info.dictionaryForm).toEqual({ text: '築く' });
    expect(info.inflections).toEqual(['passive', 'past']);
  });

  test('a noun that takes する: 制裁した → 制裁する (せいさいする), past', () => {
    const info = at('西側は制裁した。', '制裁', 1)!;
    expect(info.surface).toBe('制裁した');
    expect(info.dictionaryForm).toEqual({ text: '制裁する', reading: 'せいさいする' });
    expect(info.inflections).toEqual(['past']);
  });

  test('a word in its dictionary form is not inflected', () => {
    const info = at('基盤を築く。', '築')!;
    expect(info.surface).toBe('築く');
    expect(info.dictionaryForm).toBeUndefined();
    expect(info.inflections).toEqual([]);
  });
});

describe('Latin and katakana words', () => {
  test('NATO: EDICT spells it in full width, the glossary in ASCII; both are found', () => {
    const info = at('NATOの東方拡大', 'NATO', 2)!;
    expect(info).toMatchObject({ start: 0, end: 4, surface: 'NATO', reading: 'なとー', romaji: 'natoo' });
    expect(info.entries[0]!.senses[0]!.glosses[0]).toMatch(/North Atlantic Treaty Organization/);
    expect(info.glossary?.id).toBe('nato');
  });

  test('full-width ＮＡＴＯ in the page is the same word', () => {
    const info = at('ＮＡＴＯの東方拡大', 'Ｎ')!;
    expect(info.surface).toBe('ＮＡＴＯ');
    expect(info.glossary?.id).toBe('nato');
    expect(info.entries).toHaveLength(1);
  });

  test('katakana names: クリミア from EDICT, プーチン from the glossary', () => {
    const crimea = at('ロシアはクリミアを併合した', 'クリミア', 1)!;
    expect(crimea).toMatchObject({ surface: 'クリミア', reading: 'くりみあ', romaji: 'kurimia' });
    expect(crimea.entries[0]!.senses[0]!.glosses).toEqual(['Crimea']);
    const putin = at('プーチン大統領が述べた', 'プー')!;
    expect(putin).toMatchObject({ surface: 'プーチン', reading: 'ぷーちん', romaji: 'puuchin' });
    expect(putin.glossary?.en).toBe('Vladimir Putin');
    expect(putin.entries).toEqual([]);
  });
});

describe('counters after a numeral', () => {
  const entry = (headword: string, reading: string, pos: string[], gloss: string, common = true): EntryContent => ({
    headwords: [{ text: headword, common, tags: [] }],
    readings: [{ text: reading, common, tags: [] }],
    senses: [{ partsOfSpeech: pos, tags: [], glosses: [gloss] }],
    common,
  });
  // Each counter's other noun marked common and the counter not, so that only agreement with the shown reading can put the counter first.
  const counters = {
    dictionary: loadDictionary(
      encodeDictionaryFile(
        [
          entry('杯', 'さかずき', ['n'], 'sake cup'),
          entry('杯', 'はい', ['ctr'], 'counter for cupfuls', false),
          entry('本', 'もと', ['n'], 'origin'),
          entry('本', 'ほん', ['n', 'ctr'], 'book; counter for long objects', false),
          entry('本の', 'ほんの', ['adj-pn'], 'mere; only'),
          entry('階', 'きざはし', ['n'], 'stairs'),
          entry('階', 'かい', ['ctr'], 'counter for storeys', false),
          entry('分', 'ぶん', ['n'], 'part'),
          entry('分', 'ふん', ['ctr'], 'minute', false),
          entry('分間', 'ふんかん', ['n'], 'minutes (duration)'),
          entry('月', 'つき', ['n'], 'moon; month'),
          entry('５月', 'ごがつ', ['n'], 'May'),
          entry('５日', 'いつか', ['n'], 'fifth day of the month'),
          entry('二', 'に', ['num'], 'two'),
          entry('十', 'じゅう', ['num'], 'ten'),
          entry('三', 'さん', ['num'], 'three'),
          entry('二十日', 'はつか', ['n'], 'twentieth day of the month'),
          entry('三十分', 'さんじゅっぷん', ['n'], 'thirty minutes'),
          entry('２４日', 'にじゅうよっか', ['n'], 'twenty-fourth day of the month'),
          entry('２０日', 'はつか', ['n'], 'twentieth day of the month'),
        ],
        { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' },
      ),
    ),
  };

  test.each([
    ['1杯の水', '杯', '杯', 'ぱい', 'counter for cupfuls'],
    ['3本の矢', '本', '本', 'ぼん', 'book; counter for long objects'],
    ['3階に住む', '階', '階', 'がい', 'counter for storeys'],
    ['16分後に着いた', '分', '分', 'ぷん', 'minute'],
    ['6分間待った', '分', '分間', 'ぷんかん', 'minutes (duration)'],
  ])('%s: %s reads as the furigana shows it, and the counter’s entry comes first', (text, needle, surface, reading, gloss) => {
    const info = at(text, needle, 0, counters)!;
    expect(info.surface).toBe(surface);
    expect(info.reading).toBe(reading);
    expect(info.entries[0]!.senses[0]!.glosses[0]).toBe(gloss);
  });

  test.each([
    ['月', '5月', 'ごがつ', 'May'],
    ['5', '5月', 'ごがつ', 'May'],
    ['日', '5日', 'いつか', 'fifth day of the month'],
  ])('pointing at %s in 5月5日: the numeral and counter the dictionary has as one word, %s', (needle, surface, reading, gloss) => {
    const text = '5月5日に会談した';
    const info = wordInfoAt(analyse(text), needle === '日' ? text.indexOf('日') : text.indexOf(needle), counters)!;
    expect(info).toMatchObject({ surface, reading });
    expect(info.entries[0]!.senses[0]!.glosses[0]).toBe(gloss);
  });

  test.each([
    ['二十日に会う', 1, '二十日'],
    ['二十日に会う', 0, '二十日'],
    ['三十分待った', 1, '三十分'],
    ['24日に会う', 1, '24日'],
    ['２０日に会う', 1, '２０日'],
  ])('%s, pointing at offset %i inside the numerals: the whole numeral and counter word, %s', (text, offset, surface) => {
    const info = wordInfoAt(analyse(text), offset, counters)!;
    expect(info.surface).toBe(surface);
  });

  test('away from a numeral the same kanji are looked up as words (本の read ほんの stays a word)', () => {
    const info = at('本の少しだけ', '本', 0, counters)!;
    expect(info.surface).toBe('本の');
  });
});

describe('a word the reading layer read whole over several tokens', () => {
  /** `text` analysed, with the layer's segments over `word` replaced by one segment reading it `reading`. */
  function readWhole(text: string, word: string, reading: string): TextAnalysis {
    const plain = analyse(text);
    const start = text.indexOf(word);
    const end = start + word.length;
    const segments = [...plain.segments.filter((s) => s.end <= start || s.start >= end), { start, end, reading }].sort(
      (a, b) => a.start - b.start,
    );
    return { ...plain, segments };
  }
  /** A dictionary of words: [headword, reading, part of speech, its senses' glosses split by |]. */
  const dictionaryOf = (words: [string, string, string, string][]) =>
    loadDictionary(
      encodeDictionaryFile(
        words.map(([text, reading, pos, gloss]): EntryContent => ({
          headwords: [{ text, common: true, tags: [] }],
          readings: [{ text: reading, common: true, tags: [] }],
          senses: gloss.split('|').map((g) => ({ partsOfSpeech: [pos], tags: [], glosses: [g] })),
          common: true,
        })),
        { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'none', origin: 'test' },
      ),
    );
  const dictionary = dictionaryOf([
    ['速い', 'はやい', 'adj-i', 'fast'],
    ['筋', 'すじ', 'n', 'muscle'],
  ]);

  test('is the word the popup shows, with the furigana’s reading and the entries of its parts, wherever the pointer is in it', () => {
    const text = '筋肉には速筋と遅筋がある。';
    const plain = wordInfoAt(analyse(text), text.indexOf('速筋'), { dictionary });
    expect(plain?.surface).not.toBe('速筋');
    const analysis = readWhole(text, '速筋', 'そっきん');
    for (const delta of [0, 1]) {
      const info = wordInfoAt(analysis, text.indexOf('速筋') + delta, { dictionary })!;
      expect(info).toMatchObject({ surface: '速筋', reading: 'そっきん', romaji: 'sokkin' });
      // Its parts' entries, marked as such: 速 as the stem of 速い, and 筋.
      expect(info.entries.map((e) => e.senses[0]?.glosses)).toEqual([['fast'], ['muscle']]);
      expect(info.entriesOfParts).toBe(true);
      expect(info.dictionaryForm).toBeUndefined();
    }
  });

  test('a word read whole whose parts are all words: each part’s first entry, in text order', () => {
    const parts = dictionaryOf([
      ['母', 'はは', 'n', 'mother'],
      ['母', 'ぼ', 'n', 'mother (as a prefix)'],
      ['犬', 'いぬ', 'n', 'dog|spy|snoop'],
    ]);
    const text = 'その母犬が子犬を守った。';
    const info = wordInfoAt(readWhole(text, '母犬', 'ははいぬ'), text.indexOf('犬'), { dictionary: parts })!;
    expect(info).toMatchObject({ surface: '母犬', reading: 'ははいぬ', entriesOfParts: true });
    expect(info.entries.map((e) => `${e.headwords[0]} ${e.senses[0]?.glosses[0]}`)).toEqual(['母 mother', '犬 dog']);
    // Each part's first two senses only.
    expect(info.entries[1]!.senses.map((sense) => sense.glosses[0])).toEqual(['dog', 'spy']);
    // None of its parts known: no entry, and nothing said of parts.
    const none = wordInfoAt(readWhole(text, '母犬', 'ははいぬ'), text.indexOf('犬'), {
      dictionary: dictionaryOf([['猫', 'ねこ', 'n', 'cat']]),
    })!;
    expect(none.entries).toEqual([]);
    expect(none.entriesOfParts).toBeUndefined();
  });

  test('a word with a numeral in it and no counter is a word too (八|瀬 やせ); a number or count is not', () => {
    const parts = dictionaryOf([
      ['八', 'はち', 'num', 'eight'],
      ['瀬', 'せ', 'n', 'shallows'],
      ['三', 'さん', 'num', 'three'],
      ['千', 'せん', 'num', 'thousand'],
    ]);
    const text = '八瀬は京都の北にある。';
    const info = wordInfoAt(readWhole(text, '八瀬', 'やせ'), text.indexOf('瀬'), { dictionary: parts })!;
    expect(info).toMatchObject({ surface: '八瀬', reading: 'やせ', entriesOfParts: true });
    const number = '三千が来た。';
    expect(wordInfoAt(readWhole(number, '三千', 'さんぜん'), 0, { dictionary: parts })?.entriesOfParts).toBeUndefined();
  });

  test('one the dictionary has whole but reads otherwise (薬袋 みない, a family name; EDICT: やくたい): the whole word, not a shorter word inside it', () => {
    const words = dictionaryOf([
      ['薬袋', 'やくたい', 'n', 'medicine bag'],
      ['薬', 'くすり', 'n', 'medicine'],
      ['袋', 'ふくろ', 'n', 'bag'],
    ]);
    const text = '薬袋氏が会見した。';
    const analysis = readWhole(text, '薬袋', 'みない');
    for (const delta of [0, 1]) {
      const info = wordInfoAt(analysis, delta, { dictionary: words })!;
      expect(info).toMatchObject({ surface: '薬袋', reading: 'みない', romaji: 'minai' });
      expect(info.entries[0]?.senses[0]?.glosses).toEqual(['medicine bag']);
    }
  });

  test('not where the dictionary has the whole word, nor for a count (七日|間)', () => {
    const text = '七日間の旅で筋を痛めた。';
    const count = wordInfoAt(readWhole(text, '七日間', 'なのかかん'), text.indexOf('七日間'), { dictionary });
    expect(count?.surface).not.toBe('七日間');
    const withWord = dictionaryOf([['速筋', 'そっきん', 'n', 'fast-twitch muscle']]);
    const known = '筋肉には速筋と遅筋がある。';
    const info = wordInfoAt(readWhole(known, '速筋', 'そっきん'), known.indexOf('速筋'), { dictionary: withWord })!;
    expect(info.surface).toBe('速筋');
    expect(info.entries[0]?.senses[0]?.glosses).toEqual(['fast-twitch muscle']);
  });
});

describe('a verb in kana whose form fits two verb classes', () => {
  // An ichidan continuative in kana is also a godan verb's: おり(ます) is おりる's or おる's; and
  // a godan one an ichidan verb's: おき(ます) is 置く's or 起きる's.
  const verbs = loadDictionary(
    encodeDictionaryFile(
      (
        [
          ['居る', 'おる', 'v5r', 'to be (humble)', true],
          ['降りる', 'おりる', 'v1', 'to descend', false],
          ['借りる', 'かりる', 'v1', 'to borrow', false],
          ['刈る', 'かる', 'v5r', 'to cut (grass)', false],
          ['言う', 'いう', 'v5u', 'to say', false],
          ['要る', 'いる', 'v5r', 'to be needed', true],
          ['置く', 'おく', 'v5k', 'to put', false],
          ['起きる', 'おきる', 'v1', 'to get up', false],
          ['行く', 'いく', 'v5k-s', 'to go', false],
          ['生きる', 'いきる', 'v1', 'to live', false],
          ['来る', 'くる', 'vk', 'to come', false],
          ['着る', 'きる', 'v1', 'to wear', false],
        ] as const
      ).map(([text, reading, pos, gloss, usuallyKana]): EntryContent => ({
        headwords: [{ text, common: true, tags: [] }],
        readings: [{ text: reading, common: true, tags: [] }],
        senses: [{ partsOfSpeech: [pos], tags: usuallyKana ? ['uk'] : [], glosses: [gloss] }],
        common: true,
      })),
      { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'none', origin: 'test' },
    ),
  );
  const at = (text: string, needle: string) => wordInfoAt(analyse(text), text.indexOf(needle), { dictionary: verbs })!;

  test('ここにおります: the word written in kana (居る おる) first, kuromoji’s おりる after it', () => {
    const info = at('私はここにおります。', 'おり');
    expect(info).toMatchObject({ surface: 'おります', dictionaryForm: { text: 'おる' } });
    expect(info.entries.map((e) => e.senses[0]!.glosses[0])).toEqual(['to be (humble)', 'to descend']);
  });

  test('before て or た it is the ichidan verb alone: おりて is おりる’s te-form (おる’s is おって)', () => {
    for (const [text, needle] of [
      ['鳥がおりてきた。', 'おりて'],
      ['階段をおりた。', 'おりた'],
    ] as const) {
      const info = at(text, needle);
      expect(info.dictionaryForm).toMatchObject({ text: 'おりる' });
      expect(info.entries.map((e) => e.senses[0]!.glosses[0])).not.toContain('to be (humble)');
    }
  });

  test('written in kanji, or with neither usually in kana, kuromoji’s form stays first (降ります, かります)', () => {
    expect(at('駅で降ります。', '降')).toMatchObject({ dictionaryForm: { text: '降りる' } });
    expect(at('本をかります。', 'か').entries[0]!.senses[0]!.glosses).toEqual(['to borrow']);
  });

  test('a godan continuative in kana, or 来る’s, also shows the ichidan verb, after kuromoji’s (おきます: 置く, then 起きる)', () => {
    const glosses = (text: string, needle: string) => at(text, needle).entries.map((e) => e.senses[0]!.glosses[0]);
    expect(glosses('六時におきます。', 'おき')).toEqual(['to put', 'to get up']);
    expect(glosses('学校にいきます。', 'いき')).toEqual(['to go', 'to live']);
    // 来る's continuative き is also 着る's.
    expect(glosses('服をきます。', 'き')).toEqual(['to come', 'to wear']);
    expect(at('六時におきます。', 'おき')).toMatchObject({ surface: 'おきます', dictionaryForm: { text: 'おく' } });
  });

  test('a euphonic form keeps kuromoji’s verb: 千円といって is いう, not 要る though that is usually kana', () => {
    expect(at('千円といってもいい。', 'いっ').entries[0]!.senses[0]!.glosses).toEqual(['to say']);
  });
});

describe('a token of kanji and kana the dictionary has no word for', () => {
  // IPADIC has いた事 and に関する as one token each; EDICT has neither, but has the words in them.
  const words = loadDictionary(
    encodeDictionaryFile(
      (
        [
          ['板', 'いた', 'n', 'board'],
          ['居る', 'いる', 'v1', 'to be (of animate objects)'],
          ['事', 'こと', 'n', 'thing; matter'],
          ['見る', 'みる', 'v1', 'to see'],
          ['に', 'に', 'prt', 'at; in'],
          ['関する', 'かんする', 'vs-s', 'to concern'],
          ['入', 'しお', 'ctr', 'counter for dippings'],
          ['排他', 'はいた', 'n', 'exclusion'],
          ['入る', 'はいる', 'v5r', 'to enter'],
          ['動物', 'どうぶつ', 'n', 'animal'],
        ] as const
      ).map(([text, reading, pos, gloss]): EntryContent => ({
        headwords: text === reading ? [] : [{ text, common: true, tags: [] }],
        readings: [{ text: reading, common: true, tags: [] }],
        // 居る is usually written in kana (EDICT's uk), 板 in kanji.
        senses: [{ partsOfSpeech: [pos], tags: text === '居る' ? ['uk'] : [], glosses: [gloss] }],
        common: true,
      })),
      { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'none', origin: 'test' },
    ),
  );

  test.each(['見ていた事がある。', 'ここにいた事がある。'])(
    '%s: the word inside it under the pointer, found in its text (いた: いる’s past, a word written in kana, not 板; 事)',
    (text) => {
      expect(segmenter.tokenize(text).map((t) => t.surface)).toContain('いた事');
      for (const delta of [0, 1]) {
        const info = wordInfoAt(analyse(text), text.indexOf('いた') + delta, { dictionary: words })!;
        expect(info).toMatchObject({ surface: 'いた', reading: 'いた', dictionaryForm: { text: 'いる' } });
        expect(info.entries[0]!.senses[0]!.glosses).toEqual(['to be (of animate objects)']);
      }
      const thing = wordInfoAt(analyse(text), text.indexOf('事'), { dictionary: words })!;
      expect(thing).toMatchObject({ surface: '事', reading: 'こと', romaji: 'koto' });
      expect(thing.entries[0]!.senses[0]!.glosses).toEqual(['thing; matter']);
    },
  );

  test('kana across a particle is no word written in kanji that reads so (彼|は|い|た: not 排他, not 入る); kana without one is (どう|ぶつ 動物)', () => {
    const text = '彼はいた。';
    for (const needle of ['い', 'た']) {
      const info = wordInfoAt(analyse(text), text.indexOf(needle), { dictionary: words })!;
      expect(info).toMatchObject({ surface: 'いた', dictionaryForm: { text: 'いる' } });
    }
    expect(wordInfoAt(analyse(text), text.indexOf('は'), { dictionary: words })?.surface ?? null).not.toBe('はいた');
    const animal = 'どうぶつが好き';
    expect(
      segmenter
        .tokenize(animal)
        .map((t) => t.surface)
        .slice(0, 2),
    ).toEqual(['どう', 'ぶつ']);
    expect(wordInfoAt(analyse(animal), 2, { dictionary: words })).toMatchObject({ surface: 'どうぶつ', reading: 'どうぶつ' });
  });

  test('a particle glued to a verb (に関する): the particle, and the verb', () => {
    const text = '制度に関する説明';
    expect(segmenter.tokenize(text).map((t) => t.surface)).toContain('に関する');
    expect(wordInfoAt(analyse(text), text.indexOf('に'), { dictionary: words })).toMatchObject({ surface: 'に' });
    expect(wordInfoAt(analyse(text), text.indexOf('関'), { dictionary: words })).toMatchObject({ surface: '関する', reading: 'かんする' });
  });

  test('a word of kanji alone stays whole with the furigana’s reading: its lone kanji are no guide (入省: not 入 しお)', () => {
    const text = '財務省に入省した。';
    const info = wordInfoAt(analyse(text), text.indexOf('入省'), { dictionary: words })!;
    expect(info.surface.startsWith('入省')).toBe(true);
    expect(info.reading.startsWith('にゅうしょう')).toBe(true);
  });
});
