/**
 * The reading layer: turns kuromoji's tokens for one text (a block of a page) into the ruby
 * segments to show. Pure: the extension's engine and the evaluation scripts run this same
 * function.
 */
import type { Token } from '../segmenter/token';
import { alignReading } from './align-reading';
import { hasKanji } from './kana';
import type { RubySegment } from './ruby-segment';

/**
 * Knowledge beyond IPADIC that the engine may hand the layer. Every source is optional; the
 * layer reads with kuromoji alone when none is given.
 */
export interface ReadingContext {
  /**
   * Readings of a glossary term written exactly `surface` (hiragana or katakana, preferred
   * first); undefined or empty when `surface` is no term. Glossary readings win over all others.
   */
  glossaryReadings?: (surface: string) => readonly string[] | undefined;
  /**
   * Readings a general dictionary (EDICT) gives for a word written exactly `surface`, most
   * common first; undefined or empty when it has no such word.
   */
  dictionaryReadings?: (surface: string) => readonly string[] | undefined;
}

/**
 * Sorted, non-overlapping ruby segments over the kanji of `text`, whose tokens (in order, with
 * offsets into `text`) are `tokens`.
 */
export function readingSegments(text: string, tokens: readonly Token[], context: ReadingContext = {}): RubySegment[] {
  void text;
  void context;
  const segments: RubySegment[] = [];
  for (const token of tokens) {
    if (!token.reading || !hasKanji(token.surface)) continue;
    for (const part of alignReading(token.surface, token.reading)) {
      segments.push({ start: token.start + part.start, end: token.start + part.end, reading: part.reading });
    }
  }
  return segments;
}
