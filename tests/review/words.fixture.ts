/**
 * Words, kanji and names as the engine answers for them (values from the bundled EDICT,
 * KANJIDIC2 and ENAMDICT files): the review page's popups and the components' unit tests share them.
 * Parts of speech and labels are written as EDICT's codes and described by the popup's own tables
 * (`sense`), so they read as the popup does; tests/review/fixture-labels.test.ts checks them.
 */
import { describePartOfSpeech, describeTag } from '../../core/dictionary/edict-tags';
import type { KanjiCardInfo } from '../../core/kanji/kanji-card';
import type { KanjiEntry } from '../../core/kanji/kanji-entry';
import type { WordInfo, WordSense } from '../../core/lookup/word-info';

/** A sense as the popup gets it: EDICT's part-of-speech codes and label codes described as word-at-point.ts describes them. */
export function sense(partOfSpeechCodes: string[], labelCodes: string[], glosses: string[]): WordSense {
  return { partsOfSpeech: partOfSpeechCodes.map(describePartOfSpeech), labels: labelCodes.map(describeTag), glosses };
}

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
        sense(['v5k', 'vt'], [], ['to build', 'to construct', 'to erect']),
        sense(['v5k', 'vt'], [], ['to amass (e.g. fortune)', 'to pile up']),
      ],
    },
    // A kana-only entry with a label (made up: EDICT has no second きずく).
    { headwords: [], readings: ['きずく'], common: false, senses: [sense(['n'], ['uk', 'arch'], ['rare thing'])] },
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
