/**
 * The text a reader sees along a line, built from the pieces a scanner collected in reading
 * order (text nodes, form field values, alt texts), with an offset map back to where each
 * character lives. DOM-free: a piece refers to its source through an opaque `source` (a Text
 * node in the content script, anything in tests).
 *
 * - Hidden pieces (`hidden`: not drawn, invisible, zero-size) are left out; the text joins across them.
 * - Ruby: `base` pieces count; `annotation` pieces (the page's rt) do not, but give the reading of
 *   the base pieces before them in the same ruby (`ruby` id), and a position in an annotation maps
 *   to the start of its base. Nested ruby: a base piece of an inner ruby is base text of each
 *   ruby around it too (`outerRubies`), so an outer rt reads and maps to the whole of its base.
 *   Where readings overlap (an inner ruby's and an outer one's), a kana reading wins over any
 *   other (HTML's nested ruby puts the sound inside and a gloss outside: 東|とう 京|きょう under
 *   Tokyo, and a lookup wants the sound), then the one over more of the word, then the inner.
 * - A `break` piece (a block boundary, a field, an image) cuts the line: `lineAround` keeps the
 *   pieces between the breaks around a given piece.
 *
 * Offsets are UTF-16 code units, as JavaScript strings count.
 */
import { isAllKana } from './kana';

export type PieceRole = 'text' | 'base' | 'annotation';

export interface TextPiece<S> {
  /** The characters of the piece as the page has them. */
  text: string;
  /** Where they come from (a Text node, say). */
  source: S;
  /** Offset of `text[0]` in the source (a piece may be part of a node). */
  sourceStart: number;
  hidden?: boolean;
  role?: PieceRole;
  /** Which ruby a base or annotation belongs to (any id, the same for one <ruby>). */
  ruby?: number;
  /** For a base piece of a nested ruby: the rubies whose base holds that ruby, outermost first. */
  outerRubies?: number[];
  /** A cut in the line: a block boundary or something that is not text. Has no text. */
  break?: boolean;
}

/** A span of the joined text whose reading the page gives (its own ruby). */
export interface PageReading {
  start: number;
  end: number;
  /** The reading as the page writes it (its rt text). */
  reading: string;
}

export interface TextSequence<S> {
  /** The text as a reader reads it. */
  text: string;
  /** The visible, non-annotation pieces, in order, and where each starts in `text`. */
  pieces: TextPiece<S>[];
  starts: number[];
  /** Ruby bases with the page's readings. */
  readings: PageReading[];
  /** Annotation pieces and the offset in `text` of the base they annotate. */
  annotations: { piece: TextPiece<S>; baseStart: number }[];
}

/** The pieces of the line that holds `pieces[index]`: between the nearest breaks around it. */
export function lineAround<S>(pieces: readonly TextPiece<S>[], index: number): TextPiece<S>[] {
  let from = index;
  while (from > 0 && !pieces[from - 1]!.break) from--;
  let to = index + 1;
  while (to < pieces.length && !pieces[to]!.break) to++;
  return pieces.slice(from, to);
}

/** Joins the pieces (no breaks expected: see lineAround) into the reader's text. */
export function buildTextSequence<S>(pieces: readonly TextPiece<S>[]): TextSequence<S> {
  const kept: TextPiece<S>[] = [];
  const starts: number[] = [];
  const readings: PageReading[] = [];
  const annotations: { piece: TextPiece<S>; baseStart: number }[] = [];
  let text = '';
  /** Per ruby: where its current base began, and the reading gathered for it. */
  const open = new Map<number, { start: number; reading: string; pieces: TextPiece<S>[]; closed: boolean }>();
  const closePair = (id: number) => {
    const pair = open.get(id);
    if (!pair || pair.reading === '') return;
    if (text.length > pair.start) readings.push({ start: pair.start, end: text.length, reading: pair.reading });
    for (const piece of pair.pieces) annotations.push({ piece, baseStart: pair.start });
    open.delete(id);
  };
  for (const piece of pieces) {
    if (piece.break || piece.hidden || piece.text === '') continue;
    const role = piece.role ?? 'text';
    if (role === 'annotation') {
      const id = piece.ruby ?? -1;
      let pair = open.get(id);
      if (!pair) {
        pair = { start: text.length, reading: '', pieces: [], closed: false };
        open.set(id, pair);
      }
      pair.reading += piece.text;
      pair.pieces.push(piece);
      pair.closed = true;
      continue;
    }
    if (role === 'base' && piece.ruby !== undefined) {
      // A ruby nested before this base has ended: its pair closes here.
      for (const id of [...open.keys()]) if (id !== piece.ruby && !piece.outerRubies?.includes(id)) closePair(id);
      for (const outer of piece.outerRubies ?? []) {
        const pair = open.get(outer);
        if (pair?.closed) closePair(outer);
        if (!open.has(outer)) open.set(outer, { start: text.length, reading: '', pieces: [], closed: false });
      }
      const pair = open.get(piece.ruby);
      // A base after an annotation of the same ruby starts its next pair (振|ふ 仮|が 名|な).
      if (pair?.closed) closePair(piece.ruby);
      if (!open.has(piece.ruby)) open.set(piece.ruby, { start: text.length, reading: '', pieces: [], closed: false });
    } else {
      for (const id of [...open.keys()]) closePair(id);
    }
    kept.push(piece);
    starts.push(text.length);
    text += piece.text;
  }
  for (const id of [...open.keys()]) closePair(id);
  return { text, pieces: kept, starts, readings: withoutOverlaps(readings), annotations };
}

/**
 * The page's readings with no two overlapping (nested ruby gives an inner and an outer reading of
 * the same characters), in text order: kana readings before others, then the longer span (a
 * word's reading over readings of its parts), then the one closed first (the inner ruby); a
 * reading overlapping one kept is dropped.
 */
function withoutOverlaps(readings: PageReading[]): PageReading[] {
  const rank = (r: PageReading) => (isAllKana(r.reading) ? 0 : 1);
  const byPreference = readings
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || b.r.end - b.r.start - (a.r.end - a.r.start) || a.i - b.i);
  const kept: PageReading[] = [];
  for (const { r } of byPreference) if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The offset in the sequence's text of a position in a source (`offset` counted from the
 * source's start); for a position in an annotation, the start of its base. -1 when the source
 * is not in the sequence (hidden, or another line).
 */
export function sequenceOffsetOf<S>(sequence: TextSequence<S>, source: S, offset: number): number {
  const { pieces, starts } = sequence;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.source !== source) continue;
    const inPiece = offset - p.sourceStart;
    if (inPiece >= 0 && inPiece < p.text.length) return starts[i]! + inPiece;
    // The end of the last piece of a source (a caret after its last character).
    if (inPiece === p.text.length && pieces[i + 1]?.source !== source) return starts[i]! + inPiece - (inPiece > 0 ? 1 : 0);
  }
  for (const a of sequence.annotations) {
    if (a.piece.source === source) return a.baseStart;
  }
  return -1;
}

/** The source position of offset `offset` of the text (the piece holding it), or undefined past the end. */
export function sourcePositionAt<S>(sequence: TextSequence<S>, offset: number): { source: S; offset: number } | undefined {
  const { pieces, starts } = sequence;
  let lo = 0;
  let hi = pieces.length - 1;
  if (hi < 0 || offset < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo]!;
  const inPiece = offset - starts[lo]!;
  if (inPiece > p.text.length) return undefined;
  return { source: p.source, offset: p.sourceStart + inPiece };
}

/** The page's reading of exactly [start, end), or of the ruby bases that [start, end) covers whole, in order; '' when none. */
export function pageReadingOf(sequence: TextSequence<unknown>, start: number, end: number): string {
  const covered = sequence.readings.filter((r) => r.start >= start && r.end <= end);
  if (covered.length === 0) return '';
  // Text between the bases (okurigana) reads as written.
  let reading = '';
  let pos = start;
  for (const r of covered) {
    reading += sequence.text.slice(pos, r.start) + r.reading;
    pos = r.end;
  }
  return reading + sequence.text.slice(pos, end);
}

/** The readings that lie in [base, base + length) of a text, in the offsets of that window; undefined when none. */
export function readingsIn(readings: readonly PageReading[], base: number, length: number): PageReading[] | undefined {
  const inside = readings
    .filter((r) => r.start >= base && r.end <= base + length)
    .map((r) => ({ start: r.start - base, end: r.end - base, reading: r.reading }));
  return inside.length > 0 ? inside : undefined;
}
