/**
 * A tiny hand-written dictionary for format and lookup tests (glosses written for the tests).
 */
import type { DictionaryMetadata } from '../../../core/dictionary/dictionary-entry';
import type { EntryContent } from '../../../core/dictionary/entry-record';

export const SAMPLE_METADATA: DictionaryMetadata = {
  source: 'TEST',
  publisher: 'Yomu tests',
  created: '2024-01-02',
  licence: 'CC0',
  origin: 'written by hand',
};

export const SAMPLE_ENTRIES: EntryContent[] = [
  {
    headwords: [{ text: '東京', common: true, tags: [] }],
    readings: [{ text: 'とうきょう', common: true, tags: [] }],
    senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['Tokyo', 'capital of Japan'] }],
    common: true,
  },
  {
    headwords: [{ text: '東京都', common: false, tags: [] }],
    readings: [{ text: 'とうきょうと', common: false, tags: [] }],
    senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['Tokyo Metropolis'] }],
    common: false,
  },
  {
    headwords: [
      { text: '行く', common: true, tags: [] },
      { text: '逝く', common: false, tags: ['iK'] },
    ],
    readings: [
      { text: 'いく', common: true, tags: [] },
      { text: 'ゆく', common: false, tags: [], appliesTo: ['行く'] },
    ],
    senses: [
      { partsOfSpeech: ['v5k-s', 'vi'], tags: [], glosses: ['to go', 'to move (towards)'] },
      { partsOfSpeech: ['v5k-s', 'vi'], tags: ['uk', 'sl'], glosses: ['to pass, e.g. "time/space"'] },
    ],
    common: true,
  },
  {
    headwords: [],
    readings: [{ text: 'ゲート', common: false, tags: [] }],
    senses: [{ partsOfSpeech: ['n'], tags: ['comp'], glosses: ['gate'] }],
    common: false,
  },
  {
    headwords: [{ text: '門', common: true, tags: [] }],
    readings: [
      { text: 'もん', common: true, tags: [] },
      { text: 'かど', common: false, tags: ['ok'], appliesTo: [] },
    ],
    senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['gate'] }],
    common: true,
  },
  {
    headwords: [{ text: 'ＮＡＴＯ', common: false, tags: [] }],
    readings: [{ text: 'ナトー', common: false, tags: [] }],
    senses: [{ partsOfSpeech: ['n'], tags: ['abbr'], glosses: ['NATO'] }],
    common: false,
  },
  {
    headwords: [{ text: '問', common: false, tags: [] }],
    readings: [{ text: 'もん', common: false, tags: [] }],
    senses: [{ partsOfSpeech: ['ctr'], tags: [], glosses: ['counter for questions'] }],
    common: false,
  },
];
