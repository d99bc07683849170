/**
 * Counters kuromoji fuses with the word after them. IPADIC knows ４月 (full-width digit) and
 * 十二月 as words, so ４月頃 splits ４月|頃; after an ASCII digit or some kanji numerals its
 * lattice prefers 4|月頃 (つきごろ, "about a month": 4 つきごろ) and 5|月末 (げつまつ) to a
 * counter and a suffix. A number is read the same whichever way it is written, so the token
 * after a number that starts with a counter of the counter table and reads it another way is cut
 * in two before the passes: the counter (月, read by the numbers pass: がつ), and the rest as a
 * suffix (頃, read by the passes after it: the context table's 頃 after a month). 4月頃, ４月頃
 * and 四月頃 then read alike.
 *
 * A fused token that already reads the counter the counter's way stays whole: 年間 ねんかん,
 * 年生 ねんせい, 時間 じかん, 人組 にんぐみ (and the tokens IPADIC tags as counters, 日間).
 */
import type { Token } from '../segmenter/token';
import { touches } from '../segmenter/token-helpers';
import { isInitialSoundChangeOf, toHiragana } from '../text/kana';
import { toKatakana } from 'wanakana';
import { COUNTER_ROWS } from './number-words';
import type { ReadingContext } from './reading-context';
import { isNumberToken } from './reading-word';

/**
 * `tokens` with every counter fused after a number cut out of its token (see the file's head);
 * the same array when there is none. Offsets stay offsets into the same text. The cut needs the
 * counter's own reading inside the fused token's: a reading of the kanji from `context.kanjiReadings`
 * (KANJIDIC2) the token's reading starts with, or else the rest's reading from
 * `context.dictionaryReadings` the token's reading ends with; without either the token stays whole.
 */
export function splitFusedCounters(tokens: readonly Token[], context: ReadingContext): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pieces = i > 0 ? fusedCounterPieces(tokens[i - 1]!, token, context) : undefined;
    if (pieces && !out) out = tokens.slice(0, i);
    if (out) out.push(...(pieces ?? [token]));
  }
  return out ?? tokens;
}

/** The counter and the rest of `token` when it is a counter fused after the number `previous`; undefined otherwise. */
function fusedCounterPieces(previous: Token, token: Token, context: ReadingContext): [Token, Token] | undefined {
  if (token.surface.length < 2 || token.pos2 === '助数詞' || !isNumberToken(previous) || !touches(previous, token)) return undefined;
  const counter = token.surface[0]!;
  if (!Object.hasOwn(COUNTER_ROWS, counter)) return undefined;
  const reading = toHiragana(token.reading);
  const own = COUNTER_ROWS[counter]!.reading;
  if (!reading || isInitialSoundChangeOf(own, reading.slice(0, own.length))) return undefined;
  const rest = token.surface.slice(1);
  const head = counterHead(counter, rest, reading, context);
  if (!head) return undefined;
  const restReading = reading.slice(head.length);
  return [
    { ...piece(token, counter, head), pos1: '接尾', pos2: '助数詞' },
    { ...piece(token, rest, restReading), start: token.start + counter.length, pos1: '接尾', pos2: '一般' },
  ];
}

/**
 * The part of `reading` (the fused token's, hiragana) that reads `counter`: the longest of the
 * kanji's readings it starts with, or else what is left before a dictionary reading of `rest` it
 * ends with; undefined when neither tells, or nothing would be left for the rest.
 */
function counterHead(counter: string, rest: string, reading: string, context: ReadingContext): string | undefined {
  let head: string | undefined;
  for (const r of context.kanjiReadings?.(counter) ?? []) {
    if (r.length < reading.length && reading.startsWith(r) && r.length > (head?.length ?? 0)) head = r;
  }
  if (head) return head;
  const tail = context.dictionaryReadings?.(rest)?.find((r) => r.length < reading.length && reading.endsWith(r));
  return tail ? reading.slice(0, reading.length - tail.length) : undefined;
}

/** A noun token cut from `token`: `surface` read `reading` (hiragana), its own dictionary form. */
function piece(token: Token, surface: string, reading: string): Token {
  return {
    surface,
    start: token.start,
    pos: '名詞',
    pos1: token.pos1,
    pos2: token.pos2,
    conjugationType: '*',
    conjugationForm: '*',
    basicForm: surface,
    reading: toKatakana(reading),
    known: true,
  };
}
