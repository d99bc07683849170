/**
 * The rows that rank a word's dictionary entries by the page's own reading (its <ruby>), tried in
 * order: an entry goes before the others under the first row its readings agree with; entries no
 * row agrees with keep their order after them. Each row compares the entry's readings (hiragana)
 * with one reading the page gives, and carries its evidence and an example
 * (tests/core/lookup/page-reading.test.ts runs every example through the interpreter).
 */

/** Which of the page's readings a row compares with (all hiragana; '' when the page gives none). */
export type PageReadingSubject =
  /** The page's reading of the whole word: its ruby bases' readings with the kana between them (ひ|き|だ|し → ひきだし). */
  | 'word'
  /** The page's reading of the dictionary form: the part the form shares with the word as the page reads it, then the form's own kana (行|って read おこな, 行う → おこなう). */
  | 'dictionary-form'
  /** The page's reading of the ruby base the word starts with (行 read おこな). */
  | 'lead';

export interface PageReadingRank {
  subject: PageReadingSubject;
  /** `equals`: an entry reading is that reading; `starts`: an entry reading starts with it. */
  test: 'equals' | 'starts';
  /** Why the row holds. */
  evidence: string;
  /** A word, the page's readings of it, its entries in the dictionary's order, and the reading of the entry the row puts first. */
  example: {
    surface: string;
    word: string;
    lead: string;
    dictionaryForm?: { text: string; reading: string };
    /** Entries as [headword, reading], in the dictionary's order. */
    entries: [string, string][];
    first: string;
  };
}

export const PAGE_READING_RANKS: readonly PageReadingRank[] = [
  {
    subject: 'word',
    test: 'equals',
    evidence:
      'Ruby annotates the word as written, okurigana and all: a reading of the whole written word is the reading of the entry spelt that way (a noun with okurigana, 引き出し ひきだし, over the verb it comes from, 引き出す ひきだす, whose reading only shares the first base’s).',
    example: {
      surface: '引き出し',
      word: 'ひきだし',
      lead: 'ひ',
      entries: [
        ['引き出す', 'ひきだす'],
        ['引き出し', 'ひきだし'],
      ],
      first: 'ひきだし',
    },
  },
  {
    subject: 'dictionary-form',
    test: 'equals',
    evidence:
      'An inflected word’s ruby reads its stem; the stem’s reading with the dictionary form’s ending is the reading of the dictionary form’s entry (行って read おこなって: 行う おこなう, not 行く いく).',
    example: {
      surface: '行って',
      word: 'おこなって',
      lead: 'おこな',
      dictionaryForm: { text: '行う', reading: 'おこなう' },
      entries: [
        ['行く', 'いく'],
        ['行う', 'おこなう'],
      ],
      first: 'おこなう',
    },
  },
  {
    subject: 'lead',
    test: 'starts',
    evidence:
      'Where the page reads only part of the word (a ruby over its first kanji alone), the reading of that first base still tells the entries apart: an entry whose reading starts with it reads that kanji the page’s way (上|手 with 上 read うわ: 上手 うわて "upper part" before 上手 じょうず "skilful").',
    example: {
      surface: '上手',
      word: '',
      lead: 'うわ',
      entries: [
        ['上手', 'じょうず'],
        ['上手', 'うわて'],
      ],
      first: 'うわて',
    },
  },
];

/** The page's readings of a word that the rows compare with (hiragana, '' for any the page does not give). */
export type PageReadingsOfWord = Record<PageReadingSubject, string>;

/**
 * The entries in rank order (see the file's header): `readingsOf(entry)` gives an entry's readings
 * in hiragana. Stable; returns `entries` itself when no row moves any.
 */
export function rankByPageReading<E>(
  entries: readonly E[],
  readingsOf: (entry: E) => readonly string[],
  page: PageReadingsOfWord,
  rows: readonly PageReadingRank[] = PAGE_READING_RANKS,
): readonly E[] {
  const rankOf = (entry: E): number => {
    const readings = readingsOf(entry);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const own = page[row.subject];
      if (!own) continue;
      if (readings.some((r) => (row.test === 'equals' ? r === own : r.startsWith(own)))) return i;
    }
    return rows.length;
  };
  const ranked = entries.map((entry, i) => ({ entry, i, rank: rankOf(entry) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.every((r, k) => r.i === k) ? entries : ranked.map((r) => r.entry);
}
