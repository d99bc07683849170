/**
 * `count` saved words as the popup would store them: distinct lemmas and readings, one a second
 * apart, with sentences, glosses and sources of ordinary length. For the word list page's tests
 * and its bench.
 */
import type { SavedWord } from '../../../core/study/saved-word';
import { wordListManifest, wordStorageKey, WORD_LIST_KEY } from '../../../core/study/stored-word-list';

/** What storage.local holds for these words in the current schema (a manifest, one key per word). */
export function storedWords(words: readonly SavedWord[]): Record<string, unknown> {
  return { [WORD_LIST_KEY]: wordListManifest(), ...Object.fromEntries(words.map((w) => [wordStorageKey(w), w])) };
}

const KANJI = '政治経済社会国際関係安全保障制裁外交軍事協定会議首脳選挙議会法律条約同盟紛争交渉';
const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';

export function manyWords(count: number): SavedWord[] {
  return Array.from({ length: count }, (_, i) => {
    const a = KANJI[i % KANJI.length]!;
    const b = KANJI[Math.floor(i / KANJI.length) % KANJI.length]!;
    const lemma = `${a}${b}${i}`;
    const reading = `${KANA[i % KANA.length]}${KANA[Math.floor(i / KANA.length) % KANA.length]}${KANA[Math.floor(i / KANA.length ** 2) % KANA.length]}`;
    const sentence = `政府は${lemma}について新たな方針を発表し、各国の反応が注目されている。`;
    return {
      lemma,
      reading,
      glosses: [`gloss ${i} one`, `gloss ${i} two`, `gloss ${i} three`],
      meaning: `meaning number ${i}`,
      sentence: { text: sentence, start: 3, end: 3 + lemma.length },
      source: { title: `ニュース記事 ${i % 37}`, url: `https://example.jp/news/${i % 37}` },
      savedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    };
  });
}
