/**
 * How the evaluation scores readings (see the project's evaluation notes): the text is cut into
 * chunks at the offsets that are boundaries both in the gold morphemes and in the prediction;
 * each chunk with kanji (and no digit) is right when both sides read it the same. Pure, so the
 * CLI scripts and the tests share it.
 */
import type { Token } from '../segmenter/token';
import { tokenEnd } from '../segmenter/token-helpers';
import { hasKanji, isDigitCode, toHiragana } from '../text/kana';
import type { RubySegment } from './ruby-segment';

/** A piece of text and how it reads: the reading for ruby, the text itself elsewhere. */
export type ReadingPiece = readonly [surface: string, reading: string];

// The metric's notion of kanji is the project's (`hasKanji`: every plane, 々 〆 ヶ ヵ 〇); the shared
// reference scorer's is the BMP's CJK blocks and 々 〆 ヶ, which scores the evaluation sets the same
// but for ヵ (6 times in KWDLC train).

/** Whether the text holds an ASCII or full-width digit. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Katakana folded to hiragana and white space removed, as both sides are compared. */
export function foldReading(text: string): string {
  return toHiragana(text).replace(/\s+/g, '');
}

/** Spellings of the same reading that the metric does not tell apart. */
const EQUIVALENT: readonly (readonly [string, string])[] = [['にほん', 'にっぽん']];

function sameReading(a: string, b: string): boolean {
  if (a === b) return true;
  return EQUIVALENT.some(([x, y]) => a.replaceAll(y, x) === b.replaceAll(y, x));
}

function boundaries(pieces: readonly ReadingPiece[]): Set<number> {
  const set = new Set([0]);
  let offset = 0;
  for (const [surface] of pieces) {
    offset += surface.length;
    set.add(offset);
  }
  return set;
}

function readingBetween(pieces: readonly ReadingPiece[], from: number, to: number): string {
  let offset = 0;
  let out = '';
  for (const [surface, reading] of pieces) {
    const end = offset + surface.length;
    if (offset >= from && end <= to) out += hasKanji(surface) ? reading : surface;
    offset = end;
  }
  return foldReading(out);
}

export interface ChunkError {
  /** The chunk of text. */
  text: string;
  gold: string;
  predicted: string;
  /** The whole sentence. */
  context: string;
}

export interface SentenceScore {
  /** The prediction does not cover the gold's text (then nothing is scored). */
  mismatch: boolean;
  total: number;
  correct: number;
  errors: ChunkError[];
}

/** Scores one sentence: gold morphemes against predicted pieces over the same text. */
export function scoreSentence(gold: readonly ReadingPiece[], predicted: readonly ReadingPiece[]): SentenceScore {
  const text = gold.map((g) => g[0]).join('');
  if (predicted.map((p) => p[0]).join('') !== text) return { mismatch: true, total: 0, correct: 0, errors: [] };
  const predictedBounds = boundaries(predicted);
  const common = [...boundaries(gold)].filter((b) => predictedBounds.has(b)).sort((a, b) => a - b);
  const score: SentenceScore = { mismatch: false, total: 0, correct: 0, errors: [] };
  for (let i = 0; i + 1 < common.length; i++) {
    const from = common[i]!;
    const to = common[i + 1]!;
    const chunk = text.slice(from, to);
    if (!hasKanji(chunk) || hasDigit(chunk)) continue;
    const g = readingBetween(gold, from, to);
    if (g.includes('?')) continue; // the gold leaves this reading open
    const p = readingBetween(predicted, from, to);
    score.total++;
    if (sameReading(g, p)) score.correct++;
    else score.errors.push({ text: chunk, gold: g, predicted: p, context: text });
  }
  return score;
}

/**
 * The prediction as pieces covering `text`: each ruby segment is one piece with its reading;
 * the text between them is cut at token boundaries and reads as itself.
 */
export function predictedPieces(text: string, tokens: readonly Token[], segments: readonly RubySegment[]): ReadingPiece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const t of tokens) {
    cuts.add(t.start);
    cuts.add(tokenEnd(t));
  }
  const pieces: ReadingPiece[] = [];
  let cursor = 0;
  const plain = (to: number) => {
    let from = cursor;
    for (let k = cursor + 1; k <= to; k++) {
      if (k === to || cuts.has(k)) {
        pieces.push([text.slice(from, k), text.slice(from, k)]);
        from = k;
      }
    }
    cursor = to;
  };
  for (const s of segments) {
    if (s.start > cursor) plain(s.start);
    pieces.push([text.slice(s.start, s.end), s.reading]);
    cursor = s.end;
  }
  if (cursor < text.length) plain(text.length);
  return pieces;
}

/** One row of a homograph file: the target token's range in the text and its gold reading. */
export interface HomographTarget {
  kanji: string;
  text: string;
  start: number;
  end: number;
  /** In hiragana. */
  gold: string;
}

/**
 * Parses a homograph file: tab-separated kanji, 1-based token index, reading, and the sentence
 * as space-separated tokens. Lines without exactly four columns are skipped.
 */
export function parseHomographs(content: string): HomographTarget[] {
  const targets: HomographTarget[] = [];
  for (const line of content.trim().split('\n')) {
    const columns = line.split('\t');
    if (columns.length !== 4) continue;
    const [kanji, index, reading, sentence] = columns as [string, string, string, string];
    const words = sentence.split(' ');
    const i = Number(index) - 1;
    const word = words[i];
    if (word === undefined) continue;
    const start = words.slice(0, i).join('').length;
    targets.push({ kanji, text: words.join(''), start, end: start + word.length, gold: foldReading(reading) });
  }
  return targets;
}

export type HomographVerdict = 'correct' | 'wrong' | 'split';

/**
 * The predicted piece that covers the target decides: exactly the target, its reading must be
 * the gold; the target at its end, start or middle, its reading must end with, start with or
 * contain the gold. A piece boundary inside the target is a split (counted as wrong).
 */
export function scoreHomograph(target: HomographTarget, predicted: readonly ReadingPiece[]): HomographVerdict {
  let offset = 0;
  for (const [surface, reading] of predicted) {
    const end = offset + surface.length;
    if (offset <= target.start && end >= target.end) {
      const r = foldReading(reading);
      const ok =
        offset === target.start && end === target.end
          ? r === target.gold
          : end === target.end
            ? r.endsWith(target.gold)
            : offset === target.start
              ? r.startsWith(target.gold)
              : r.includes(target.gold);
      return ok ? 'correct' : 'wrong';
    }
    if (end > target.start) return 'split';
    offset = end;
  }
  return 'split';
}
