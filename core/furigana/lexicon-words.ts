/**
 * Words of second lexicons (UniDic, then JumanDIC for forms UniDic lacks) that EDICT does not list, as a source of readings for the
 * reading layer: the file built by dict/readings/build-lexicon-words.ts, one word a line,
 * "written form<TAB>reading" (hiragana), sorted by written form, every form two kanji or more
 * that IPADIC cuts into pieces or does not know (善光寺 ぜんこうじ, 速筋 そっきん), opening with a
 * kanji (a compound noun with kana, 遊び駒 あそびごま, whose second element UniDic voices). The file's bytes
 * are kept as they are and searched by halving (core/text/sorted-lines.ts): no start-up work.
 * `createReadingContext` asks it where EDICT has no word written so.
 */
import { isKanjiCodePoint } from '../text/kana';
import { sortedLines } from '../text/sorted-lines';

export interface LexiconWordSource {
  /** The reading (hiragana) of the word written exactly `surface`, or undefined when the file has none. */
  reading: (surface: string) => string | undefined;
  /** How long a start of `text` (UTF-16 code units) some word of the file begins with: 0 when none. */
  prefixReach: (text: string) => number;
  /** How many words the file holds. */
  readonly size: number;
}

/**
 * Opens the lexicon file (UTF-8 bytes, or text). Lines without a tab or a reading are passed over
 * as no word; nothing is checked when it is opened (a damaged file gives fewer words, never an error),
 * only the words' first two characters are marked (`WordStarts`).
 * Its forms all open with a kanji and are two characters or more (the builder keeps no others),
 * so a form of any other kind is answered without a search, as are runs that do not start with a kanji.
 */
export function lexiconWordSource(file: Uint8Array | string): LexiconWordSource {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const lines = sortedLines(bytes);
  const starts = wordStarts(bytes);
  return {
    get size() {
      return lines.size;
    },
    reading(surface) {
      if (surface.length < 2 || !isKanjiCodePoint(surface.codePointAt(0)!)) return undefined; // the file holds no other forms: not searched
      if (!mayStartWord(starts, surface)) return undefined;
      const c = surface.charCodeAt(0);
      const line = lines.linesOf(surface, starts.unitLines[c], starts.unitLines[c + 1])[0];
      const tab = line?.indexOf('\t') ?? -1;
      return tab < 0 ? undefined : line!.slice(tab + 1) || undefined;
    },
    prefixReach(text) {
      if (!text || !isKanjiCodePoint(text.codePointAt(0)!)) return 0;
      if (!starts.firsts[text.charCodeAt(0)]) return 0;
      if (text.length < 2 || !mayStartWord(starts, text)) return 1;
      const c = text.charCodeAt(0);
      return lines.sharedStart(text, starts.unitLines[c], starts.unitLines[c + 1]);
    },
  };
}

/**
 * Which first code units, and (by `pairSlot`) which first two, the file's words start with: most
 * runs of tokens the passes ask about start no word of the file, and are told so without a search
 * (a pass over KWDLC dev asks about 5,000 runs; searching each doubled the layer's time spent here).
 * Marked when the file is opened, in one scan of the lines' first bytes (about 1.5 ms for the
 * shipped file, with the engine's other loads, before any text is read).
 */
interface WordStarts {
  /** By code unit: 1 where some word starts with it. */
  firsts: Uint8Array;
  /** A bit per `pairBit`: set where some word starts with two units hashed there (2^21 bits, about 1.5 % set). */
  pairs: Uint32Array;
  /**
   * By code unit c (and one past the last): the byte offset of the first line whose first unit is
   * c or above (the file's length where none is), so that lines c..c+1 hold every line starting
   * with c. A search for a text starting with c halves only those few lines, not the whole file:
   * the lexicon is asked about most runs of tokens a pass over a text meets.
   */
  unitLines: Uint32Array;
}

const PAIR_BITS = 21;

/** The bit of `WordStarts.pairs` for two code units: a multiplicative hash of both. */
function pairBit(u0: number, u1: number): number {
  return Math.imul(((u0 << 16) | u1) >>> 0, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/** Whether some word may start with the text's first two units (it has two or more): false is sure. */
function mayStartWord(starts: WordStarts, text: string): boolean {
  const bit = pairBit(text.charCodeAt(0), text.charCodeAt(1));
  return (starts.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function wordStarts(bytes: Uint8Array): WordStarts {
  const firsts = new Uint8Array(0x10000);
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  const unitLines = new Uint32Array(0x10001).fill(bytes.length);
  for (let at = 0; at < bytes.length;) {
    const end = bytes.indexOf(NEWLINE, at);
    const next = end < 0 ? bytes.length : end + 1;
    const first = codePointAt(bytes, at, next);
    // (A line opening with a tab has an empty first column, which sorts before every unit.)
    if (first && first.cp !== TAB) {
      const unit = first.cp > 0xffff ? 0xd800 + ((first.cp - 0x10000) >> 10) : first.cp;
      if (unitLines[unit]! > at) unitLines[unit] = at;
    }
    if (first) {
      const second = first.cp > 0xffff ? undefined : codePointAt(bytes, at + first.length, next);
      const u0 = first.cp > 0xffff ? 0xd800 + ((first.cp - 0x10000) >> 10) : first.cp;
      const u1 = first.cp > 0xffff ? 0xdc00 + ((first.cp - 0x10000) & 0x3ff) : (second?.cp ?? -1);
      if (u1 >= 0 && u0 !== TAB && u1 !== TAB) {
        firsts[u0] = 1;
        const bit = pairBit(u0, u1 > 0xffff ? 0xd800 + ((u1 - 0x10000) >> 10) : u1);
        pairs[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
    at = next;
  }
  // Units no line starts with take the next unit's start: the lines are sorted by code units.
  for (let c = 0xffff; c >= 0; c--) if (unitLines[c]! > unitLines[c + 1]!) unitLines[c] = unitLines[c + 1]!;
  return { firsts, pairs, unitLines };
}

/** The code point of the UTF-8 character at `at` and its length in bytes, or undefined at `end` or a newline. */
function codePointAt(bytes: Uint8Array, at: number, end: number): { cp: number; length: number } | undefined {
  if (at >= end) return undefined;
  const b0 = bytes[at]!;
  if (b0 === NEWLINE) return undefined;
  if (b0 < 0x80) return { cp: b0, length: 1 };
  if (b0 < 0xe0) return { cp: ((b0 & 0x1f) << 6) | (bytes[at + 1]! & 0x3f), length: 2 };
  if (b0 < 0xf0) return { cp: ((b0 & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f), length: 3 };
  const cp = ((b0 & 0x07) << 18) | ((bytes[at + 1]! & 0x3f) << 12) | ((bytes[at + 2]! & 0x3f) << 6) | (bytes[at + 3]! & 0x3f);
  return { cp, length: 4 };
}

const NEWLINE = 10;
const TAB = 9;
