/**
 * Aligns one word's surface with its reading so that only the kanji carry ruby and the kana
 * around them (okurigana, particles inside the word) stay bare:
 *   築かれ / きずかれ → [築:きず]かれ;  取り扱い / とりあつかい → [取:と]り[扱:あつか]い.
 * Digits never carry ruby. When no alignment fits, one ruby covers the word (without its
 * digits at either end); it never throws.
 */
import { isAllKanji, isDigitCode, isKanaCode, isKanjiCodePoint, toHiragana } from '../text/kana';
import { toAsciiDigits } from '../text/full-width';
import { numberReadingForms } from './number-reading';

/** A ruby range inside the word: offsets into the surface (UTF-16), reading in hiragana. */
export interface ReadingPart {
  start: number;
  end: number;
  reading: string;
}

type RunKind = 'kanji' | 'kana' | 'digit' | 'other';

interface Run {
  kind: RunKind;
  start: number;
  end: number;
  /** What the run must match in the reading: hiragana for kana, ASCII digits, or the text. */
  text: string;
}

function classify(cp: number): RunKind {
  if (isKanjiCodePoint(cp)) return 'kanji';
  if (cp < 0x10000 && isKanaCode(cp)) return 'kana';
  if (cp < 0x10000 && isDigitCode(cp)) return 'digit';
  return 'other';
}

function splitRuns(surface: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < surface.length) {
    const cp = surface.codePointAt(i)!;
    const kind = classify(cp);
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < surface.length) {
      const next = surface.codePointAt(i)!;
      if (classify(next) !== kind) break;
      i += next > 0xffff ? 2 : 1;
    }
    const slice = surface.slice(start, i);
    // (A kanji run's text is never matched against the reading: it is kept as it is.)
    const text =
      kind === 'kana' ? toHiragana(slice) : kind === 'digit' ? toAsciiDigits(slice) : kind === 'kanji' ? slice : slice.toLowerCase();
    runs.push({ kind, start, end: i, text });
  }
  return runs;
}

/**
 * Ruby parts for a word. `reading` may be katakana or hiragana; an empty reading, or a word
 * without kanji, gives no ruby.
 */
export function alignReading(surface: string, reading: string): ReadingPart[] {
  if (!reading || !surface) return [];
  // The usual word, all kanji: one run, nothing to split.
  if (isAllKanji(surface)) return [{ start: 0, end: surface.length, reading: toHiragana(reading) }];
  const runs = splitRuns(surface);
  if (!runs.some((r) => r.kind === 'kanji')) return [];
  const target = toAsciiDigits(toHiragana(reading)).toLowerCase();
  if (runs.length === 1) return [{ start: 0, end: surface.length, reading: toHiragana(reading) }];

  const lengths = new Array<number>(runs.length);
  if (match(runs, 0, target, 0, lengths)) {
    const parts: ReadingPart[] = [];
    let pos = 0;
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k]!;
      const len = lengths[k]!;
      if (run.kind === 'kanji') parts.push({ start: run.start, end: run.end, reading: target.slice(pos, pos + len) });
      pos += len;
    }
    return parts;
  }
  return [fallback(runs, target)];
}

/** Depth-first search for reading lengths of runs[k..] covering target[pos..]; shortest kanji readings first. */
function match(runs: Run[], k: number, target: string, pos: number, lengths: number[]): boolean {
  if (k === runs.length) return pos === target.length;
  const run = runs[k]!;
  if (run.kind === 'kana' || run.kind === 'other') {
    if (target.startsWith(run.text, pos)) {
      lengths[k] = run.text.length;
      if (match(runs, k + 1, target, pos + run.text.length, lengths)) return true;
    }
    // Latin letters or symbols read out (Ｗ杯 わーるどかっぷ) cannot be placed: the word gets one ruby.
    return false;
  }
  if (run.kind === 'digit') {
    const forms = target.startsWith(run.text, pos) ? [run.text] : numberReadingForms(run.text);
    for (const form of forms) {
      if (!target.startsWith(form, pos)) continue;
      lengths[k] = form.length;
      if (match(runs, k + 1, target, pos + form.length, lengths)) return true;
    }
    return false;
  }
  return tryLengths(runs, k, target, pos, lengths);
}

function tryLengths(runs: Run[], k: number, target: string, pos: number, lengths: number[]): boolean {
  if (k === runs.length - 1) {
    lengths[k] = target.length - pos;
    return target.length > pos;
  }
  const next = runs[k + 1]!;
  for (let len = 1; pos + len < target.length; len++) {
    // Jump straight to places where the next kana run can start.
    if (next.kind === 'kana' && !target.startsWith(next.text, pos + len)) continue;
    lengths[k] = len;
    if (match(runs, k + 1, target, pos + len, lengths)) return true;
  }
  return false;
}

/** One ruby over the word, leaving digits at either end bare (their reading is kept out when it can be). */
function fallback(runs: Run[], target: string): ReadingPart {
  let first = 0;
  let last = runs.length - 1;
  let reading = target;
  while (first < last && runs[first]!.kind === 'digit') {
    const form = numberReadingForms(runs[first]!.text).find((f) => reading.startsWith(f) && reading.length > f.length);
    if (form) reading = reading.slice(form.length);
    first++;
  }
  while (last > first && runs[last]!.kind === 'digit') last--;
  return { start: runs[first]!.start, end: runs[last]!.end, reading: toHiragana(reading) };
}
