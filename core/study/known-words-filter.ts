/**
 * Known words lose their furigana: after the reading layer (and the furigana level), the
 * segments over a word the reader marked known are left out, matched by lemma and reading.
 * A segment is left off when the tokens it lies over — or the run of adjacent kanji tokens
 * around it (戦闘|機) — are a known word: written as its lemma (制裁), or inflected from it (築かれ
 * from 築く), and read as the reader knows it (the reading shown for the span, against the known
 * reading; a known word imported without a reading matches any reading).
 */
import type { RubySegment } from '../furigana/ruby-segment';
import type { Token } from '../segmenter/token';
import { tokenEnd, touches } from '../segmenter/token-helpers';
import { hasKanji, toHiragana } from '../text/kana';
import type { KnownWord } from './known-word';

/** Known readings by lemma; '' among them means "any reading". */
export type KnownWordSet = ReadonlyMap<string, ReadonlySet<string>>;

/** The most known words one request may carry, and the longest lemma or reading. */
export const MAX_KNOWN_WORDS = 20_000;
export const MAX_KNOWN_WORD_CHARS = 64;

export function knownWordSet(words: readonly KnownWord[]): KnownWordSet {
  const set = new Map<string, Set<string>>();
  for (const w of words) {
    const readings = set.get(w.lemma) ?? new Set<string>();
    readings.add(toHiragana(w.reading));
    set.set(w.lemma, readings);
  }
  return set;
}

/** Known words as sent over the protocol: "lemma<TAB>reading". */
export function encodeKnownWords(words: readonly KnownWord[]): string[] {
  return words.map((w) => `${w.lemma}\t${w.reading}`);
}

export function decodeKnownWords(encoded: readonly string[]): KnownWord[] {
  return encoded.map((e) => {
    const tab = e.indexOf('\t');
    return tab < 0 ? { lemma: e, reading: '' } : { lemma: e.slice(0, tab), reading: e.slice(tab + 1) };
  });
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The reading shown over text[start, end): segment readings where they lie inside, the text's kana elsewhere. */
function shownReading(text: string, segments: readonly RubySegment[], start: number, end: number): string | undefined {
  let out = '';
  let at = start;
  for (const s of segments) {
    if (s.end <= start || s.start >= end) continue;
    if (s.start < start || s.end > end) return undefined; // a reading reaching outside the span
    out += toHiragana(text.slice(at, s.start)) + s.reading;
    at = s.end;
  }
  return out + toHiragana(text.slice(at, end));
}

function isKnown(text: string, tokens: readonly Token[], segments: readonly RubySegment[], known: KnownWordSet): boolean {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const start = first.start;
  const end = tokenEnd(last);
  const surface = text.slice(start, end);
  const base = last.basicForm && last.basicForm !== '*' ? last.basicForm : last.surface;
  const lemma = surface.slice(0, surface.length - last.surface.length) + base;
  for (const [written, inflected] of [
    [surface, false],
    [lemma, lemma !== surface],
  ] as const) {
    const readings = known.get(written);
    if (!readings) continue;
    if (readings.has('')) return true;
    const shown = shownReading(text, segments, start, end);
    if (shown === undefined) continue;
    if (!inflected) {
      if (readings.has(shown)) return true;
      continue;
    }
    // Inflected: compare the readings of the part the two spellings share (築 of 築かれ / 築く).
    const p = commonPrefixLength(surface, lemma);
    const surfaceTail = toHiragana(surface.slice(p));
    const lemmaTail = toHiragana(lemma.slice(p));
    if (!shown.endsWith(surfaceTail)) continue;
    const stem = shown.slice(0, shown.length - surfaceTail.length);
    for (const r of readings) if (r.endsWith(lemmaTail) && r.slice(0, r.length - lemmaTail.length) === stem) return true;
  }
  return false;
}

/**
 * The segments of `text` without those over known words. `tokens` are the text's tokens in
 * order, as the reading layer was given them; `segments` its segments in order.
 */
export function withoutKnownWords(
  text: string,
  tokens: readonly Token[],
  segments: readonly RubySegment[],
  known: KnownWordSet,
): RubySegment[] {
  if (known.size === 0) return [...segments];
  const kept: RubySegment[] = [];
  let t = 0;
  for (const segment of segments) {
    while (t < tokens.length && tokenEnd(tokens[t]!) <= segment.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end]!.start < segment.end) end++;
    if (end === t) {
      kept.push(segment);
      continue;
    }
    let knownWord = isKnown(text, tokens.slice(t, end), segments, known);
    if (!knownWord) {
      let from = t;
      let to = end;
      while (from > 0 && touches(tokens[from - 1]!, tokens[from]!) && hasKanji(tokens[from - 1]!.surface)) from--;
      while (to < tokens.length && touches(tokens[to - 1]!, tokens[to]!) && hasKanji(tokens[to]!.surface)) to++;
      if (to - from > end - t) knownWord = isKnown(text, tokens.slice(from, to), segments, known);
    }
    if (!knownWord) kept.push(segment);
  }
  return kept;
}
