/**
 * Words of a second lexicon (UniDic) that EDICT does not list, as a source of readings for the
 * reading layer: the file built by dict/readings/build-lexicon-words.ts, one word a line,
 * "written form<TAB>reading" (hiragana), sorted by written form, every form two kanji or more
 * that IPADIC cuts into pieces or does not know (善光寺 ぜんこうじ, 速筋 そっきん). The file's bytes
 * are kept as they are and searched by halving (core/text/sorted-lines.ts): no start-up work.
 * `createReadingContext` asks it where EDICT has no word written so.
 */
import { isAllKanji, isKanjiCodePoint } from '../text/kana';
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
 * as no word; nothing is checked when it is opened (a damaged file gives fewer words, never an error).
 * Its forms are all two kanji or more (the builder keeps no others), so a form of any other kind
 * is answered without a search, as are runs that do not start with a kanji.
 */
export function lexiconWordSource(file: Uint8Array | string): LexiconWordSource {
  const lines = sortedLines(file);
  return {
    get size() {
      return lines.size;
    },
    reading(surface) {
      if (surface.length < 2 || !isAllKanji(surface)) return undefined; // the file holds no other forms: not searched
      const line = lines.linesOf(surface)[0];
      const tab = line?.indexOf('\t') ?? -1;
      return tab < 0 ? undefined : line!.slice(tab + 1) || undefined;
    },
    prefixReach: (text) => (text && isKanjiCodePoint(text.codePointAt(0)!) ? lines.sharedStart(text) : 0),
  };
}
