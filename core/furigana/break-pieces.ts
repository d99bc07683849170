/**
 * Ruby segments across the page's element boundaries. A block's text is read whole, so a word
 * the page split with markup (政府は<a>経済</a>制裁を決めた。) is one word to the reading layer:
 * 経済制裁 けいざいせいさい. Its reading is drawn per piece where each piece's share can be
 * told: the pieces read on their own join to the whole reading (経済 けいざい + 制裁 せいさい),
 * or the others do and each piece between them takes the rest (手<b>紙</b> てがみ: 手 て, so 紙 がみ;
 * the page's own <ruby>政治<rt>せいぢ</rt></ruby>家: 政治 せいじ, so 家 か; 日本<ruby>銀</ruby>行).
 * Otherwise the segment stays whole
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
 * Each piece's share of a word's reading (hiragana), or undefined when it cannot be told. A piece
 * whose own reading (read on its own) stands at its place in the whole reading is confirmed; a
 * piece between confirmed ones (or at an end) takes what they leave of the reading, so long as no
 * two such pieces touch: 家 in 政治|家 せいじか (政治 alone せいじ, so 家 か, where 家 alone is いえ),
 * 紙 in 手|紙 てがみ (がみ), and both ends of 日本|銀|行 にっぽんぎんこう around 銀 ぎん (日本 にっぽん,
 * 行 こう, where they read にほん and ぎょう alone). Two touching unconfirmed pieces, or more than one
 * way to cut the reading, keep the word whole (今|日 きょう). A piece with kana must read as its
 * kana are (取り|扱い), and none may be left without a reading.
 */
function pieceReadings(surfaces: readonly string[], whole: string, readPiece: ReadPiece): string[] | undefined {
  const own = surfaces.map((surface) => {
    const reading = readPiece(surface);
    return reading ? toHiragana(reading) : undefined;
  });
  // Every piece read on its own, the readings joining to the whole (経済 + 制裁, 漢 + 字 + 辞典): that
  // cut stands, though shares taken by unconfirmed pieces might make another (漢 かんじ, 字 じ, 辞典 てん).
  if (own.every((r) => r !== undefined) && own.join('') === whole) return own as string[];
  const n = surfaces.length;
  const found: string[][] = [];
  const cut: string[] = [];
  // Depth-first over the pieces: at `at` in the reading, piece i either stands confirmed or (when
  // the piece before it did not) takes a share that ends where the next piece's own reading stands.
  const walk = (i: number, at: number, afterTaker: boolean): void => {
    if (found.length > 1) return;
    if (i === n) {
      if (at === whole.length) found.push([...cut]);
      return;
    }
    const mine = own[i];
    if (mine !== undefined && whole.startsWith(mine, at)) {
      cut.push(mine);
      walk(i + 1, at + mine.length, false);
      cut.pop();
    }
    if (afterTaker || !hasKanji(surfaces[i]!)) return;
    for (let end = at + 1; end <= whole.length; end++) {
      const next = own[i + 1];
      if (i + 1 < n ? next === undefined || !whole.startsWith(next, end) : end !== whole.length) continue;
      const share = whole.slice(at, end);
      if (share === mine || fullReading(surfaces[i]!, alignReading(surfaces[i]!, share)) !== share) continue;
      cut.push(share);
      walk(i + 1, end, true);
      cut.pop();
    }
  };
  walk(0, 0, false);
  // One way to cut the reading, or none told apart from another: the word stays whole.
  return found.length === 1 ? found[0] : undefined;
}
