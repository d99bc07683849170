/**
 * The word at a place in a text from the dictionary alone, while kuromoji is still loading (the
 * first hover in a fresh browser): the longest dictionary word that covers the place, its
 * inflection undone as 10ten Japanese Reader does (`searchText`). Without the sentence's
 * analysis the span is a guess, so the answer is marked `provisional` and the tab does not keep
 * it; once kuromoji is in, hovers get the full answer (word-at-point.ts).
 *
 * Where the word starts: within a run of kanji, katakana or Latin letters, the run's start or
 * any place up to the pointer (国際|社会 from 社), and for kanji the kanji part before a short
 * okurigana just before its run (引き|出し from 出, a compound's first part); on hiragana, the
 * kanji just before it (the okurigana of 築かれ) or else the pointer itself (しっかり in
 * 私はしっかり, not 橋 from は).
 */
import { INFLECTION_LABELS } from '../dictionary/deinflection';
import { searchText } from '../dictionary/word-search';
import { hasJapanese, isDigitCode, isHiraganaCode, isKanjiCodePoint, isKatakanaCode, isLatinLetterCode } from '../text/kana';
import { romajiOf, toCard, toWordEntry, type LookupSources } from './word-at-point';
import { MAX_WORD_ENTRIES, type WordInfo } from './word-info';

/** How far back from the pointer a word may start, in code units. */
const MAX_BACK = 8;

type CharClass = 'kanji' | 'katakana' | 'hiragana' | 'latin' | 'other';

/** The class of the character whose code unit is at `i` (either half of a surrogate pair: the pair's). */
function classOf(text: string, i: number): CharClass {
  const unit = text.charCodeAt(i);
  const c = (unit >= 0xdc00 && unit <= 0xdfff && i > 0 ? text.codePointAt(i - 1) : text.codePointAt(i)) ?? unit;
  if (isKanjiCodePoint(c)) return 'kanji';
  if (isKatakanaCode(c)) return 'katakana';
  if (isHiraganaCode(c)) return 'hiragana';
  if (isDigitCode(c) || isLatinLetterCode(c)) return 'latin';
  return 'other';
}

/** The most okurigana between the two kanji parts of a compound (引き|出し, 振り|仮名, 取り扱い). */
const MAX_INNER_OKURIGANA = 2;

/**
 * Where a compound may start whose later kanji part begins at `runStart` (the run holding the
 * pointer): the kanji run before a short okurigana just before it, its farthest place first
 * (引き出し from 出, 振り仮名 from 仮). Empty when hiragana does not sit between two kanji runs.
 */
function compoundStartsBefore(text: string, runStart: number, offset: number): number[] {
  let kanaStart = runStart;
  while (kanaStart > 0 && runStart - kanaStart < MAX_INNER_OKURIGANA && classOf(text, kanaStart - 1) === 'hiragana') kanaStart--;
  if (kanaStart === runStart || kanaStart === 0 || classOf(text, kanaStart - 1) !== 'kanji') return [];
  let kanjiStart = kanaStart;
  while (kanjiStart > 0 && offset - kanjiStart < MAX_BACK && classOf(text, kanjiStart - 1) === 'kanji') kanjiStart--;
  return Array.from({ length: kanaStart - kanjiStart }, (_, i) => kanjiStart + i);
}

/** The places a word covering `offset` may start, the farthest first. */
function startsFor(text: string, offset: number): number[] {
  const own = classOf(text, offset);
  if (own === 'other') return [];
  let runStart = offset;
  while (runStart > 0 && offset - runStart < MAX_BACK && classOf(text, runStart - 1) === own) runStart--;
  const inRun = Array.from({ length: offset - runStart + 1 }, (_, i) => runStart + i);
  if (own === 'kanji') return [...compoundStartsBefore(text, runStart, offset), ...inRun];
  if (own !== 'hiragana') return inRun;
  let kanjiStart = runStart;
  while (kanjiStart > 0 && offset - kanjiStart < MAX_BACK && classOf(text, kanjiStart - 1) === 'kanji') kanjiStart--;
  return kanjiStart < runStart ? [kanjiStart, offset] : [offset];
}

/**
 * The dictionary's word covering `offset` of `text`, or null when no dictionary word covers it
 * (then the caller waits for the full answer). Needs `sources.dictionary`.
 */
export function dictionaryWordAt(text: string, offset: number, sources: LookupSources): WordInfo | null {
  const { dictionary, glossary } = sources;
  if (!dictionary || offset < 0 || offset >= text.length) return null;
  for (const start of startsFor(text, offset)) {
    const found = searchText(dictionary, text, start, { maxEntries: MAX_WORD_ENTRIES });
    if (!found || found.end <= offset || !hasJapanese(found.text)) continue;
    const best = found.matches[0]!;
    const info: WordInfo = {
      start: found.start,
      end: found.end,
      surface: found.text,
      reading: found.reading,
      romaji: romajiOf(found.reading),
      inflections: found.dictionaryForm && found.inflections.length ? found.inflections.map((i) => INFLECTION_LABELS[i] ?? i) : [],
      entries: found.matches.map((m) => toWordEntry(m.entry)),
      provisional: true,
    };
    if (found.readings.length > 1) info.readingAlternatives = found.readings.slice(1);
    if (found.dictionaryForm && found.inflections.length) {
      info.dictionaryForm = {
        text: found.dictionaryForm,
        reading: best.formReading + (best.dictionaryForm.endsWith('する') && !best.form.endsWith('する') ? 'する' : ''),
      };
    }
    const hit = glossary?.termAt(text, offset);
    if (hit && glossary && hit.start === found.start && hit.end === found.end) info.glossary = toCard(hit, glossary);
    return info;
  }
  return null;
}
