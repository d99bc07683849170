import type { SavedWord } from '../../../core/study/saved-word';

/** Three saved words as the popup would store them, one with text that needs escaping. */
export const SAMPLE_WORDS: SavedWord[] = [
  {
    lemma: '制裁',
    reading: 'せいさい',
    glosses: ['sanctions', 'punishment'],
    meaning: 'sanctions; punishment',
    sentence: { text: '政府は新たな制裁を発表した。', start: 6, end: 8 },
    source: { title: 'ロシアへの制裁 & 影響', url: 'https://example.jp/news?id=1&lang=ja' },
    savedAt: '2026-11-29T10:00:00.000Z',
  },
  {
    lemma: '築く',
    reading: 'きずく',
    glosses: ['to build', 'to construct'],
    meaning: 'to build',
    sentence: { text: '関係が築かれた。', start: 3, end: 6 },
    source: { title: 'Relations <analysis>', url: 'https://example.jp/2' },
    savedAt: '2026-11-29T11:00:00.000Z',
  },
  {
    lemma: '取り扱い',
    reading: 'とりあつかい',
    glosses: ['treatment', 'handling'],
    meaning: 'handling,\t"care"',
    sentence: { text: '取り扱いに注意', start: 0, end: 4 },
    source: { title: '', url: '' },
    savedAt: '2026-11-28T09:30:00.000Z',
  },
];
