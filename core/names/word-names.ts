/**
 * Name cards for the hover popup: the word at a place, given ENAMDICT's entries when it is a
 * proper name. A name exactly as long as the word is added after the dictionary entries; a
 * longer name starting there (読売新聞 where the word found is 読売 or nothing the dictionary
 * knows) becomes the word when the dictionary has no entry for it, so the popup shows the name
 * instead of "No dictionary entry".
 */
import { toRomaji } from 'wanakana';
import type { BlockWords } from '../lookup/block-words';
import type { WordInfo } from '../lookup/word-info';
import type { NameCardInfo, NameCardSource } from './name-cards';

/** The most name entries a word carries. */
export const MAX_NAME_CARDS = 4;

/** `word` (found in `text`) with its name entries, or extended to a longer name; unchanged when it is no name. */
export function withNames(text: string, word: WordInfo, names: NameCardSource): WordInfo {
  const found: NameCardInfo[] = names.longestAt(text.slice(word.start), 16);
  if (!found.length) return word;
  const length = found[0]!.surface.length;
  const wordLength = word.end - word.start;
  if (length === wordLength) return attach(word, found);
  if (length > wordLength && word.entries.length === 0 && !word.glossary) {
    const reading = found[0]!.reading;
    return {
      start: word.start,
      end: word.start + length,
      surface: found[0]!.surface,
      reading,
      romaji: toRomaji(reading),
      inflections: [],
      entries: [],
      names: found.slice(0, MAX_NAME_CARDS),
      ...(word.dictionaryError ? { dictionaryError: word.dictionaryError } : {}),
    };
  }
  // A shorter name inside a longer word (山田 in 山田さん) is left to the word; a longer name than a
  // word the dictionary explains is not forced on it.
  return attach(word, names.lookup(word.surface));
}

/** Kinds of names worth a card beside dictionary entries: a lone given or family name or a place is too often a plain word too (森 is a surname and a place). */
const NAMED_BESIDE_ENTRIES = new Set(['full name', 'organisation', 'company', 'product', 'work']);

function attach(word: WordInfo, found: NameCardInfo[]): WordInfo {
  const kept = word.entries.length ? found.filter((n) => n.kinds.some((k) => NAMED_BESIDE_ENTRIES.has(k))) : found;
  return kept.length ? { ...word, names: kept.slice(0, MAX_NAME_CARDS) } : word;
}

/** Every word of a block with its name entries; a word grown into a longer name takes the token spans it now covers. */
export function blockWithNames(text: string, block: BlockWords, names: NameCardSource): BlockWords {
  const words = block.words.map((w) => withNames(text, w, names));
  const spans = block.spans.map(([start, end, k]): [number, number, number] => [start, end, k]);
  words.forEach((w, k) => {
    if (w.end === block.words[k]!.end) return;
    for (const span of spans) if (span[0] >= w.start && span[1] <= w.end) span[2] = k;
  });
  return { words, spans };
}
