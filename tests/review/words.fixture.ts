/**
 * Words, kanji and names as the engine answers for them (values from the bundled EDICT,
 * KANJIDIC2 and ENAMDICT files): the review page's popups and the components' unit tests share them.
 */
import type { KanjiCardInfo } from '../../core/kanji/kanji-card';
import type { KanjiEntry } from '../../core/kanji/kanji-entry';
import type { WordInfo } from '../../core/lookup/word-info';

/** An inflected word: 築かれ, passive of 築く, with a second (kana-only) entry. */
export const KIZUKARE: WordInfo = {
  start: 10,
  end: 13,
  surface: '築かれ',
  reading: 'きずかれ',
  romaji: 'kizukare',
  dictionaryForm: { text: '築く', reading: 'きずく' },
  inflections: ['passive'],
  entries: [
    {
      headwords: ['築く'],
      readings: ['きずく'],
      common: true,
      senses: [
        { partsOfSpeech: ['godan verb ending in く', 'transitive'], labels: [], glosses: ['to build', 'to construct'] },
        { partsOfSpeech: [], labels: ['figurative'], glosses: ['to amass (e.g. fortune)'] },
      ],
    },
    { headwords: [], readings: ['きずく'], common: false, senses: [{ partsOfSpeech: ['noun'], labels: [], glosses: ['rare thing'] }] },
  ],
};

/** 裁 as the kanji file has it. */
export const SAI_ENTRY: KanjiEntry = {
  literal: '裁',
  meanings: ['tailor', 'judge', 'decision', 'cut out (pattern)'],
  on: ['サイ'],
  kun: ['た.つ', 'さば.く'],
  nanori: [],
  strokes: 12,
  grade: 6,
  jlpt: 1,
  radical: 145,
  variants: [],
};

/** 裁 in the kanji view of 制裁, which reads it サイ. */
export const SAI: KanjiCardInfo = { ...SAI_ENTRY, usedReading: 'サイ', usedOn: true };

/** 制 in the kanji view of 制裁. */
export const SEI: KanjiCardInfo = {
  literal: '制',
  meanings: ['system', 'law', 'rule'],
  on: ['セイ'],
  kun: [],
  nanori: [],
  strokes: 8,
  grade: 5,
  jlpt: 2,
  radical: 18,
  variants: [],
  usedReading: 'セイ',
  usedOn: true,
};

/** A proper name EDICT does not have: 読売新聞, a product in ENAMDICT. */
export const YOMIURI: WordInfo = {
  start: 0,
  end: 4,
  surface: '読売新聞',
  reading: 'よみうりしんぶん',
  romaji: 'yomiurishinbun',
  inflections: [],
  entries: [],
  names: [{ surface: '読売新聞', reading: 'よみうりしんぶん', kinds: ['product'], english: 'Yomiuri Shimbun (Japanese newspaper)' }],
};
