/**
 * Ruby segments across the page's element boundaries. A block's text is read whole, so a word
 * the page split with markup (政府は<a>経済</a>制裁を決めた。) is one word to the reading layer:
 * 経済制裁 けいざいせいさい. Its reading is drawn per piece where the pieces, read on their own,
 * join to the whole reading (経済 けいざい + 制裁 せいさい); otherwise the segment stays whole
 * and its reading is drawn over the whole word (手<b>紙</b> てがみ: て + かみ is not てがみ).
 * A reading is never dropped.
 */
import { alignReading } from './align-reading';
import { hasKanji, isKanaCode, toHiragana } from '../text/kana';
import type { RubySegment } from './ruby-segment';

/**
 * The whole reading (hiragana) of `surface` read on its own, or undefined when it cannot be
 * read (the engine gives it the reading layer's answer for the piece alone).
 */
export type ReadPiece = (surface: string) => string | undefined;

/**
 * The full hiragana reading of `surface` given its ruby segments (offsets into `surface`):
 * the segments' readings with the kana between them; undefined when some character outside
 * the segments is not kana (a kanji without a reading, a letter, a digit).
 */
export function fullReading(surface: string, segments: readonly RubySegment[]): string | undefined {
  let reading = '';
  let at = 0;
  const bare = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (!isKanaCode(surface.charCodeAt(i))) return false;
    reading += toHiragana(surface.slice(from, to));
    return true;
  };
  for (const seg of segments) {
    if (seg.start < at || seg.end > surface.length) return undefined;
    if (!bare(at, seg.start)) return undefined;
    reading += toHiragana(seg.reading);
    at = seg.end;
  }
  return bare(at, surface.length) ? reading : undefined;
}

/**
 * `segments` of `text` with each segment that crosses a break split there when its pieces read
 * on their own join to its reading. `breaks` are offsets into `text` (UTF-16, ascending) where
 * one text node of the page ends and the next begins. Split pieces carry only their kanji
 * (aligned as the reading layer aligns: 御<b>社</b>... never ruby over kana); alternatives are
 * dropped from split pieces. Segments not crossing a break are returned as they are.
 */
/**
 * The surfaces `splitAtBreaks` asks `readPiece` for: the pieces of each segment that crosses a
 * break, cut there (so that they can be read ahead, all at once).
 */
export function breakPieces(text: string, segments: readonly RubySegment[], breaks: readonly number[]): string[] {
  const pieces: string[] = [];
  for (const seg of segments) {
    const inner = breaks.filter((b) => b > seg.start && b < seg.end);
    if (inner.length === 0) continue;
    const bounds = [seg.start, ...inner, seg.end];
    for (let i = 0; i + 1 < bounds.length; i++) pieces.push(text.slice(bounds[i], bounds[i + 1]));
  }
  return pieces;
}

export function splitAtBreaks(
  text: string,
  segments: readonly RubySegment[],
  breaks: readonly number[],
  readPiece: ReadPiece,
): RubySegment[] {
  if (breaks.length === 0) return [...segments];
  const out: RubySegment[] = [];
  for (const seg of segments) {
    const inner = breaks.filter((b) => b > seg.start && b < seg.end);
    if (inner.length === 0) {
      out.push(seg);
      continue;
    }
    const bounds = [seg.start, ...inner, seg.end];
    const pieces: RubySegment[] = [];
    let joined = '';
    let readable = true;
    for (let i = 0; i + 1 < bounds.length && readable; i++) {
      const start = bounds[i]!;
      const end = bounds[i + 1]!;
      const surface = text.slice(start, end);
      const reading = readPiece(surface);
      if (reading === undefined || reading.length === 0) {
        readable = false;
        break;
      }
      joined += toHiragana(reading);
      if (!hasKanji(surface)) continue;
      for (const part of alignReading(surface, reading))
        pieces.push({ start: start + part.start, end: start + part.end, reading: part.reading });
    }
    if (readable && joined === toHiragana(seg.reading) && pieces.length > 0) out.push(...pieces);
    else out.push(seg);
  }
  return out;
}
