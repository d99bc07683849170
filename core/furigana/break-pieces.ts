/**
 * Ruby segments across the page's element boundaries. A block's text is read whole, so a word
 * the page split with markup (政府は<a>経済</a>制裁を決めた。) is one word to the reading layer:
 * 経済制裁 けいざいせいさい. Its reading is drawn per piece where each piece's share can be
 * told: the pieces read on their own join to the whole reading (経済 けいざい + 制裁 せいさい),
 * or all but one do and that one takes the rest (手<b>紙</b> てがみ: 手 て, so 紙 がみ; the page's
 * own <ruby>政治<rt>せいぢ</rt></ruby>家: 政治 せいじ, so 家 か). Otherwise the segment stays whole
 * and its reading is drawn over the whole word (今<b>日</b> きょう). A reading is never dropped.
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

/**
 * `segments` of `text` with each segment that crosses a break split there when each piece's
 * share of its reading can be told (pieceReadings). `breaks` are offsets into `text` (UTF-16,
 * ascending) where one text node of the page ends and the next begins. Split pieces carry only
 * their kanji (aligned as the reading layer aligns: 御<b>社</b>... never ruby over kana);
 * alternatives are dropped from split pieces. Segments not crossing a break are returned as they are.
 */
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
    const surfaces = bounds.slice(0, -1).map((start, i) => text.slice(start, bounds[i + 1]));
    const readings = pieceReadings(surfaces, toHiragana(seg.reading), readPiece);
    const pieces: RubySegment[] = [];
    if (readings) {
      surfaces.forEach((surface, i) => {
        if (!hasKanji(surface)) return;
        for (const part of alignReading(surface, readings[i]!))
          pieces.push({ start: bounds[i]! + part.start, end: bounds[i]! + part.end, reading: part.reading });
      });
    }
    if (pieces.length > 0) out.push(...pieces);
    else out.push(seg);
  }
  return out;
}

/**
 * Each piece's share of a word's reading (hiragana), or undefined when it cannot be told. The
 * pieces read on their own from the start must give the start of the whole reading, and those
 * from the end its end; at most one piece may be left between them, and it takes what is left
 * of the reading (家 in 政治|家 せいじか: 政治 alone is せいじ, so 家 is か, where 家 alone is いえ;
 * 紙 in 手|紙 てがみ is がみ). Two pieces left unconfirmed (北|大西洋|条約 read きた… where 北
 * alone is ほく and 大西洋 could not be read) keep the word whole. A piece with kana must read as
 * its kana are (取り|扱い), and none may be left without a reading.
 */
function pieceReadings(surfaces: readonly string[], whole: string, readPiece: ReadPiece): string[] | undefined {
  const own = surfaces.map((surface) => {
    const reading = readPiece(surface);
    return reading ? toHiragana(reading) : undefined;
  });
  let head = 0;
  let from = 0;
  while (head < surfaces.length && own[head] !== undefined && whole.startsWith(own[head]!, from)) from += own[head++]!.length;
  if (head === surfaces.length) return from === whole.length ? (own as string[]) : undefined;
  let tail = surfaces.length;
  let to = whole.length;
  while (tail > head + 1 && own[tail - 1] !== undefined && to - own[tail - 1]!.length >= from && whole.endsWith(own[tail - 1]!, to)) {
    to -= own[--tail]!.length;
  }
  // One piece left between the confirmed ones: it takes the rest, if there is a rest it can read as.
  if (tail !== head + 1 || to <= from) return undefined;
  const rest = whole.slice(from, to);
  const middle = surfaces[head]!;
  if (!hasKanji(middle) || fullReading(middle, alignReading(middle, rest)) !== rest) return undefined;
  const readings = [...own];
  readings[head] = rest;
  return readings as string[];
}
