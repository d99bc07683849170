/**
 * Searching and sorting the word list for its page: pure, so that thousands of words are
 * filtered in one pass with no DOM work.
 */
import { toHiragana } from '../text/kana';
import type { SavedWord } from './saved-word';

export type WordListSort = 'date' | 'word';

/** One Japanese collator for every comparison (localeCompare(…, 'ja') builds one per call: slow on thousands). */
const japanese = new Intl.Collator('ja');

/** Words matching `query` (lemma, reading — kana of either script —, meaning, glosses, sentence, title), sorted. */
export function viewWordList(words: readonly SavedWord[], query: string, sort: WordListSort): SavedWord[] {
  const q = query.trim().toLowerCase();
  const kana = toHiragana(q);
  const found = q
    ? words.filter(
        (w) =>
          w.lemma.includes(q) ||
          (kana !== '' && w.reading.includes(kana)) ||
          w.meaning.toLowerCase().includes(q) ||
          w.glosses.some((g) => g.toLowerCase().includes(q)) ||
          w.sentence.text.includes(q) ||
          w.source.title.toLowerCase().includes(q),
      )
    : [...words];
  return sort === 'date'
    ? found.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
    : found.sort((a, b) => japanese.compare(a.reading || a.lemma, b.reading || b.lemma) || japanese.compare(a.lemma, b.lemma));
}

/** How many words, as the word list's caption says it: "1 word", "3,000 words". */
export function countOfWords(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'word' : 'words'}`;
}
