/**
 * The reading layer: turns kuromoji's tokens for one text (a block of a page) into the ruby
 * segments to show. Pure: the extension's engine and the evaluation scripts run this same
 * function.
 *
 * It reads in passes (reading-passes.ts, one ordered list with one signature): glossary terms
 * first (their readings win), numbers with their counters, places and people's names,
 * dictionary words and set phrases over several tokens, the context table for kanji whose
 * reading depends on their neighbours, one-kanji pieces of a Chinese compound kuromoji split, and
 * the fallbacks (kuromoji's reading, the dictionary's, KANJIDIC2's marked uncertain). Each
 * word's reading is then aligned with its surface so that only kanji carry ruby. Before the
 * passes, a counter kuromoji fused with the word after a number is cut out (fused-counters.ts),
 * and a family name kuromoji cut before 家 or 氏 is made one token (family-name-cuts.ts).
 */
import type { Token } from '../segmenter/token';
import { tokenEnd } from '../segmenter/token-helpers';
import { alignReading } from './align-reading';
import { hasKanji, isAllKanji, isDigitCode, isLatinLetterCode, toHiragana } from '../text/kana';
import type { RubySegment } from './ruby-segment';
import { joinSurfaces, type Word } from './reading-word';
import { RunReach } from './dictionary-words';
import { READING_PASSES, SPANNING_PASSES, type PassReading, type PassState } from './reading-passes';
import { splitFusedCounters } from './fused-counters';
import { cutFamilyNames } from './family-name-cuts';
import type { ReadingContext } from './reading-context';

export type { ReadingContext } from './reading-context';

/**
 * Parts of speech whose kana words can still start a word the passes read (お|茶, この|頃, 何|人).
 * Compared, not looked up in a set: every token's part of speech is a string of its own, hashed
 * afresh by a set.
 */
function isKanaHead(pos: string): boolean {
  return pos === '名詞' || pos === '接頭詞' || pos === '連体詞';
}

/**
 * Sorted, non-overlapping ruby segments over the kanji of `text`, whose tokens (in order, with
 * offsets into `text`) are `tokens`.
 */
export function readingSegments(text: string, analysed: readonly Token[], context: ReadingContext = {}): RubySegment[] {
  const tokens = cutFamilyNames(splitFusedCounters(analysed, context), context);
  const words = readWords(text, tokens, context);
  const segments: RubySegment[] = [];
  for (const word of words) {
    // No reading, or none a reader can use: kuromoji reads a lone 々 as itself (主義々々).
    if (!word.reading || hasKanji(word.reading)) continue;
    const first = tokens[word.from]!;
    const last = tokens[word.to - 1]!;
    const start = first.start;
    const surface = word.to - word.from === 1 ? first.surface : joinSurfaces(tokens, word.from, word.to);
    if (tokenEnd(last) !== start + surface.length) continue; // tokens not contiguous
    if (!hasKanji(surface)) continue;
    // One ruby over the whole word, as alignReading gives an all-kanji word (the usual word) or
    // as a word read whole asks: no parts to make and walk.
    if (word.whole || isAllKanji(surface)) {
      segments.push(segmentOf(word, surface, start, 0, surface.length, word.whole ? word.reading : toHiragana(word.reading), true));
      continue;
    }
    const parts = latinLedParts(surface, word.reading, context) ?? alignReading(surface, word.reading);
    for (const part of parts) segments.push(segmentOf(word, surface, start, part.start, part.end, part.reading, parts.length === 1));
  }
  return segments;
}

/**
 * The segment of a word's ruby part `from`..`to` (offsets into its surface, which starts at
 * `start` in the text), read `reading`; the word's alternatives go with it where it is the
 * word's `only` part, each aligned to the same part of the surface.
 */
function segmentOf(word: Word, surface: string, start: number, from: number, to: number, reading: string, only: boolean): RubySegment {
  const segment: RubySegment = { start: start + from, end: start + to, reading };
  if (word.alternatives?.length && only) {
    const whole = from === 0 && to === surface.length;
    const alternatives = word.alternatives
      .map((a) => (whole ? a : alignedPart(surface, a, { start: from, end: to })))
      .filter((a): a is string => !!a && a !== reading);
    if (alternatives.length) segment.alternatives = alternatives.length > 1 ? [...new Set(alternatives)] : alternatives;
  }
  if (word.uncertain) segment.uncertain = true;
  return segment;
}

const LATIN_LEAD = /^[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆.．・'-]+/;

/**
 * Ruby for a word that starts with Latin letters or digits (ＪＲ東海 じぇいあーるとうかい): the
 * letters stay bare and the kanji after them take the end of the reading that the dictionary
 * gives them; undefined when the word has no such start or the dictionary cannot tell.
 */
function latinLedParts(surface: string, reading: string, context: ReadingContext): ReturnType<typeof alignReading> | undefined {
  // Most words start with a kanji or kana: told so without running the pattern.
  if (!isLatinLeadCode(surface.charCodeAt(0))) return undefined;
  const lead = LATIN_LEAD.exec(surface)?.[0];
  if (!lead || lead.length === surface.length || !context.dictionaryReadings) return undefined;
  const rest = surface.slice(lead.length);
  const own = context.dictionaryReadings(rest)?.find((r) => reading.endsWith(r) && r.length < reading.length);
  if (!own) return undefined;
  return alignReading(rest, own).map((p) => ({ ...p, start: p.start + lead.length, end: p.end + lead.length }));
}

/** Whether a code unit is one LATIN_LEAD's class holds (a word it can start). */
function isLatinLeadCode(c: number): boolean {
  return isLatinLetterCode(c) || isDigitCode(c) || LATIN_LEAD_MARKS.includes(c);
}

/** The marks LATIN_LEAD's class holds besides letters and digits: & ＆ . ． ・ ' -. */
const LATIN_LEAD_MARKS = [0x26, 0xff06, 0x2e, 0xff0e, 0x30fb, 0x27, 0x2d];

/** The reading an alternative gives to the same part of the surface, if it aligns the same way. */
function alignedPart(surface: string, reading: string, part: { start: number; end: number }): string | undefined {
  const parts = alignReading(surface, reading);
  return parts.length === 1 && parts[0]!.start === part.start && parts[0]!.end === part.end ? parts[0]!.reading : undefined;
}

function readWords(text: string, tokens: readonly Token[], context: ReadingContext): Word[] {
  const words: Word[] = [];
  const state: PassState = { text, tokens, context, words, reach: new RunReach(text, tokens, context) };
  const trace = context.trace;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // Words in kana that are not nouns, prefixes or demonstratives (particles, auxiliaries, する,
    // ある, adverbs) carry no ruby and start no word the passes look for; nor do symbols. に対する,
    // を通じて are particles with kanji: they go on; この starts この頃.
    const kanji = hasKanji(token.surface);
    if (!kanji && !isKanaHead(token.pos)) {
      words.push({ from: i, to: i + 1, reading: '' });
      i++;
      continue;
    }
    const passes = kanji ? READING_PASSES : SPANNING_PASSES;
    let read: PassReading | undefined;
    for (const pass of passes) if ((read = pass(state, i))) break;
    // No pass read a token without kanji: alone it carries no ruby.
    read ??= { words: [{ from: i, to: i + 1, reading: '' }], decidedBy: 'kana' };
    for (const w of read.words) words.push(w);
    if (trace) for (const w of read.words) trace(w, read.decidedBy, tokens);
    i = read.words[read.words.length - 1]!.to;
  }
  return words;
}
