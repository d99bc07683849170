/**
 * The reading of a span of an analysed text, in hiragana: the reading layer's ruby segments
 * over its kanji (the same reading the furigana shows), the kana as written, and kuromoji's
 * token readings where the segments do not cover the span.
 */
import { isKanaCode, toHiragana } from '../text/kana';
import type { RubySegment } from '../furigana/ruby-segment';
import type { Token } from '../segmenter/token';
import { tokenEnd } from '../segmenter/token-helpers';

export interface SpanReading {
  /** Hiragana; '' when the span holds something no reading is known for. */
  reading: string;
  /** Other readings of the whole span, when the layer offered alternatives for a part of it. */
  alternatives?: string[];
}

/**
 * Reading of text[start, end). `segments` are the layer's sorted segments for the whole text,
 * `tokens` its tokens (used when a kanji is not covered by a segment that lies within the span).
 */
export function spanReading(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  segments: readonly RubySegment[],
): SpanReading {
  let reading = '';
  let alternativesAt: { at: number; segment: RubySegment } | undefined;
  let s = firstSegmentFrom(segments, start);
  let pos = start;
  let composed = true;
  while (pos < end) {
    while (s < segments.length && segments[s]!.end <= pos) s++;
    const segment = segments[s];
    if (segment && segment.start === pos && segment.end <= end) {
      if (segment.alternatives?.length && !alternativesAt) alternativesAt = { at: reading.length, segment };
      reading += segment.reading;
      pos = segment.end;
      continue;
    }
    const c = text.charCodeAt(pos);
    if (!isKanaCode(c)) {
      composed = false;
      break;
    }
    reading += toHiragana(text[pos]!);
    pos++;
  }
  if (!composed) return { reading: tokenReading(tokens, start, end) };
  if (!alternativesAt) return { reading };
  const { at, segment } = alternativesAt;
  const before = reading.slice(0, at);
  const after = reading.slice(at + segment.reading.length);
  return { reading, alternatives: segment.alternatives!.map((a) => before + a + after) };
}

/**
 * Whether one of the layer's segments (sorted, not overlapping) runs across offset `at` (UTF-16):
 * starts before it and ends after it, so that the furigana reads the text on both sides of `at`
 * as one (薬袋 みない over 薬|袋: a word ending after 薬 is not a word the furigana shows).
 */
export function segmentAcross(segments: readonly RubySegment[], at: number): boolean {
  const segment = segments[firstSegmentFrom(segments, at)];
  return !!segment && segment.start < at;
}

/** Index of the first segment that ends after `start`. */
function firstSegmentFrom(segments: readonly RubySegment[], start: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** kuromoji's readings of the tokens that make up [start, end) exactly; '' if one has none or the span cuts a token. */
function tokenReading(tokens: readonly Token[], start: number, end: number): string {
  let reading = '';
  let pos = start;
  for (const t of tokens) {
    const tEnd = tokenEnd(t);
    if (tEnd <= start) continue;
    if (t.start >= end) break;
    if (t.start !== pos || tEnd > end || !t.reading) return '';
    reading += toHiragana(t.reading);
    pos = tEnd;
  }
  return pos === end ? reading : '';
}
