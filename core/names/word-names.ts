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
import { longestNameAt, type NameCardInfo, type NameCardSource, type NotingUnreadable } from './name-cards';
import { foldForLookup } from '../text/lookup-folding';
import { toHiragana } from '../text/kana';

/** The most name entries a word carries. */
export const MAX_NAME_CARDS = 4;

/**
 * The names as the page writes them and as folded for lookup (core/text/lookup-folding.ts), as
 * words are looked up: 髙橋 and 山﨑 find 高橋 and 山崎's entries, いすゞ finds いすず's. The
 * entries under the written form come first; every card carries the page's spelling (the
 * surface shown stays as written), its reading the dictionary's.
 */
export function foldedNames(names: NameCardSource): NameCardSource {
  const lookup = (surface: string): NameCardInfo[] => {
    const written = names.lookup(surface);
    const folded = foldForLookup(surface).text;
    if (folded === surface) return written;
    const more = names.lookup(folded).filter((n) => !written.some((w) => w.reading === n.reading));
    return [...written, ...more.map((n) => ({ ...n, surface }))];
  };
  return {
    lookup,
    longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength),
    get size() {
      return names.size;
    },
  };
}

const ITERATION_MARK = /[ゝゞヽヾ]/;
/** The longest a name is looked for (characters). */
export const MAX_NAME_LENGTH = 16;

/**
 * The name written with a kana iteration mark (いすゞ, みすゞ, すゞ子) that covers `offset` of
 * `text`, with where it starts; undefined when there is none. The analyser never takes such a
 * name as one word (いすずの splits い|すずの), so it is found from the characters, not the tokens.
 */
function iterationMarkNameAt(text: string, offset: number, names: NameCardSource): { start: number; found: NameCardInfo[] } | undefined {
  const from = Math.max(0, offset - MAX_NAME_LENGTH + 1);
  if (!ITERATION_MARK.test(text.slice(from, offset + MAX_NAME_LENGTH))) return undefined;
  for (let start = from; start <= offset; start++) {
    const found = names.longestAt(text.slice(start), MAX_NAME_LENGTH);
    const surface = found[0]?.surface ?? '';
    if (start + surface.length > offset && ITERATION_MARK.test(surface)) return { start, found };
  }
  return undefined;
}

/** A word that is the name `found` at `start` (no dictionary entries: the name cards say what it is). */
function nameWord(dictionaryError: string | undefined, start: number, found: NameCardInfo[]): WordInfo {
  const reading = found[0]!.reading;
  return {
    start,
    end: start + found[0]!.surface.length,
    surface: found[0]!.surface,
    reading,
    romaji: toRomaji(reading),
    inflections: [],
    entries: [],
    names: found.slice(0, MAX_NAME_CARDS),
    ...(dictionaryError ? { dictionaryError } : {}),
  };
}

/**
 * Where `withNames(text, word, names, offset)` looks names up: names starting at the word's start
 * (its surface, and the longest name there), or, with a kana iteration mark near the pointer, names
 * starting anywhere from MAX_NAME_LENGTH − 1 characters before the pointer to the word's start.
 * What the name cards' pages must hold for it (core/names/name-card-files.ts).
 */
export function namesReadBy(text: string, word: WordInfo, offset = word.start): { text: string; starts: number } {
  const from = Math.min(word.start, Math.max(0, offset - MAX_NAME_LENGTH + 1));
  if (!ITERATION_MARK.test(text.slice(from, offset + MAX_NAME_LENGTH)))
    return { text: text.slice(word.start, word.start + MAX_NAME_LENGTH), starts: 1 };
  const last = Math.max(word.start, offset);
  return { text: text.slice(from, last + MAX_NAME_LENGTH), starts: last - from + 1 };
}

/**
 * `word` (found in `text`) with its name entries, or extended to a longer name; unchanged when it
 * is no name. `offset` (the pointer's place in `text`, default the word's start): a name written
 * with a kana iteration mark that covers it is the word unless the word covers the whole name
 * (いすゞ wherever the pointer is in it; いすゞ自動車 stays whole).
 */
export function withNames(text: string, word: WordInfo, names: NameCardSource, offset = word.start): WordInfo {
  const marked = iterationMarkNameAt(text, offset, names);
  if (marked && !(word.start <= marked.start && word.end >= marked.start + marked.found[0]!.surface.length))
    return nameWord(word.dictionaryError, marked.start, marked.found);
  const found: NameCardInfo[] = names.longestAt(text.slice(word.start), MAX_NAME_LENGTH);
  if (!found.length) return word;
  const length = found[0]!.surface.length;
  const wordLength = word.end - word.start;
  if (length === wordLength) return attach(word, found);
  if (length > wordLength && word.entries.length === 0 && !word.glossary) return nameWord(word.dictionaryError, word.start, found);
  // A shorter name inside a longer word (山田 in 山田さん) is left to the word; a longer name than a
  // word the dictionary explains is not forced on it.
  return attach(word, names.lookup(word.surface));
}

/**
 * `word` with its name entries (withNames), its lookups run under `noting`: when a page of name
 * cards they needed could not be read, the word says so (`namesError`).
 */
export function withNamesNoted(
  text: string,
  word: WordInfo,
  names: NameCardSource,
  noting: NotingUnreadable,
  offset = word.start,
): WordInfo {
  const { result, unreadable } = noting(() => withNames(text, word, names, offset));
  return unreadable && !result.namesError ? { ...result, namesError: unreadable } : result;
}

/** Kinds of names worth a card beside dictionary entries: a lone given or family name or a place is too often a plain word too (森 is a surname and a place). */
const NAMED_BESIDE_ENTRIES = new Set(['full name', 'organisation', 'company', 'product', 'work']);

/**
 * `word` with the name entries `found` worth showing: all of them when the dictionary has no
 * entry; beside entries, names of the kinds above, and any name read as the word is shown (its
 * furigana's reading) when no entry reads so: 薬袋 read みない, the family name, under EDICT's
 * 薬袋 やくたい (a prescription bag); 森 read もり stays the forest alone.
 */
function attach(word: WordInfo, found: NameCardInfo[]): WordInfo {
  const shownAsName = !!word.reading && !word.entries.some((e) => e.readings.some((r) => toHiragana(r) === word.reading));
  const kept = word.entries.length
    ? found.filter((n) => n.kinds.some((k) => NAMED_BESIDE_ENTRIES.has(k)) || (shownAsName && n.reading === word.reading))
    : found;
  return kept.length ? { ...word, names: kept.slice(0, MAX_NAME_CARDS) } : word;
}

/**
 * Every word of a block with its name entries; a word grown into a longer name takes the token
 * spans it now covers. With `noting`, a word whose name lookups met an unreadable page says so.
 */
export function blockWithNames(text: string, block: BlockWords, names: NameCardSource, noting?: NotingUnreadable): BlockWords {
  const words = block.words.map((w) => (noting ? withNamesNoted(text, w, names, noting) : withNames(text, w, names)));
  let spans = block.spans.map(([start, end, k]): [number, number, number] => [start, end, k]);
  words.forEach((w, k) => {
    if (w.end === block.words[k]!.end) return;
    for (const span of spans) if (span[0] >= w.start && span[1] <= w.end) span[2] = k;
  });
  // Names written with an iteration mark, across the tokens: the part of each span inside one is the name's.
  for (let at = 0; at < text.length; at++) {
    if (!ITERATION_MARK.test(text[at]!)) continue;
    const span = spans.find(([s, e]) => s <= at && at < e);
    const word = span && span[2] >= 0 ? words[span[2]]! : undefined;
    const marked = iterationMarkNameAt(text, at, names);
    if (!marked || (word && word.start <= marked.start && word.end >= marked.start + marked.found[0]!.surface.length)) continue;
    const named = nameWord(block.words[0]?.dictionaryError, marked.start, marked.found);
    const k = words.push(named) - 1;
    spans = spans.flatMap(([s, e, j]): [number, number, number][] => {
      if (e <= named.start || s >= named.end) return [[s, e, j]];
      const parts: [number, number, number][] = [];
      if (s < named.start) parts.push([s, named.start, j]);
      parts.push([Math.max(s, named.start), Math.min(e, named.end), k]);
      if (e > named.end) parts.push([named.end, e, j]);
      return parts;
    });
    at = named.end - 1;
  }
  return { words, spans };
}
