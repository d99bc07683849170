/**
 * Words written with a variant kanji: analysed as the page spells them where kuromoji knows them
 * so, as folded where it does not.
 *
 * The engine folds a text before analysing it (core/text/lookup-folding.ts: 髙 → 高, 國 → 国,
 * 𠮟 → 叱), so that a word in an old or rare spelling is read and looked up as the dictionaries
 * write it (學生 がくせい, not a name 學 まなぶ and a suffix). But many variant kanji are the usual
 * spelling of their own words, which IPADIC knows as written and the fold turns into other words:
 * 只今 (只 → 子: こいま), 吊るす (吊 → 弔), 琉球 (琉 → 瑠), 鳥栖 (栖 → 棲), 籐 (→ 藤 ふじ), 輪廻, 花崗岩.
 * So both spellings are analysed, and each stretch of text around a variant kanji is weighed whole:
 * the stretch grows until no token or ruby segment of either analysis crosses its ends, and the
 * page's spelling is kept there where every one of its tokens is a word kuromoji knows (IPADIC) and
 * it reads as well as the folded text: fewer tokens (琉球 one against 瑠|球; 學|生 two against 学生:
 * folded), or as many and no more words read (ruby segments: 一|圓|玉 three against 一円玉 read whole:
 * folded), and then not a name where the folded text is an ordinary word (澤山 a family name against
 * 沢山 たくさん: folded; 籐 against 藤 ふじ, both words: kept).
 * The result is the fold with those kanji put back, one text that furigana, the hover and the
 * evaluation all analyse (core/furigana/folded-reading.ts runs these steps for each of them).
 */
import type { Token } from '../segmenter/token';
import type { RubySegment } from './ruby-segment';
import { tokenEnd } from '../segmenter/token-helpers';
import { foldedOffset, kanjiVariantOf, originalOffset, type FoldedText } from '../text/lookup-folding';

/**
 * Offsets (UTF-16, in the written text) of the BMP kanji the fold changes: the stretches to weigh.
 * An astral kanji (𠮟) is always folded: IPADIC holds none.
 */
export function variantKanjiOffsets(written: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (kanjiVariantOf(written[i]!) !== undefined) offsets.push(i);
  }
  return offsets;
}

/** One spelling's analysis: kuromoji's tokens and the reading layer's segments, in that text's offsets. */
export interface SpellingAnalysis {
  tokens: readonly Token[];
  segments: readonly RubySegment[];
}

/**
 * `folded` (the fold of `written`) with the variant kanji of the stretches kuromoji knows as
 * written put back; the map to the written text is unchanged (a BMP kanji folds to one BMP kanji).
 * `asWritten`: the analysis of `written`; `asFolded`: of `folded.text`. Returns `folded` itself
 * when every stretch stays folded.
 */
export function keepKnownSpellings(
  written: string,
  folded: FoldedText,
  asWritten: SpellingAnalysis,
  asFolded: SpellingAnalysis,
): FoldedText {
  const seeds = variantKanjiOffsets(written);
  if (!seeds.length) return folded;
  const back = (offset: number) => originalOffset(folded, offset);
  const writtenTokens = asWritten.tokens;
  // Both analyses in written offsets.
  const foldedSpans = asFolded.tokens.map((t) => [back(t.start), back(tokenEnd(t)), t] as const);
  const foldedSegments = asFolded.segments.map((s) => [back(s.start), back(s.end)] as const);
  const spans = [
    ...foldedSpans,
    ...foldedSegments,
    ...writtenTokens.map((t) => [t.start, tokenEnd(t)] as const),
    ...asWritten.segments.map((s) => [s.start, s.end] as const),
  ];
  const kept: (readonly [number, number])[] = [];
  for (const seed of seeds) {
    if (kept.some(([from, to]) => seed >= from && seed < to)) continue;
    let from = seed;
    let to = seed + 1;
    for (let grown = true; grown;) {
      grown = false;
      for (const [a, b] of spans) {
        if (a < to && b > from && (a < from || b > to)) {
          from = Math.min(from, a);
          to = Math.max(to, b);
          grown = true;
        }
      }
    }
    const inside = ([a, b]: readonly [number, number, ...unknown[]]) => a < to && b > from;
    const writtenHere = writtenTokens.filter((t) => inside([t.start, tokenEnd(t)]));
    const foldedHere = foldedSpans.filter(inside).map(([, , t]) => t);
    if (!writtenHere.length || !writtenHere.every((t) => t.known)) continue;
    const named = (tokens: readonly Token[]) => tokens.some((t) => t.pos1 === '固有名詞');
    const read = [asWritten.segments.filter((s) => inside([s.start, s.end])).length, foldedSegments.filter(inside).length] as const;
    const better =
      writtenHere.length < foldedHere.length ||
      (writtenHere.length === foldedHere.length &&
        (read[0] < read[1] || (read[0] === read[1] && !(named(writtenHere) && !named(foldedHere)))));
    if (better) kept.push([from, to]);
  }
  if (!kept.length) return folded;
  const chars = [...folded.text.split('')];
  for (const seed of seeds) {
    if (!kept.some(([from, to]) => seed >= from && seed < to)) continue;
    const at = foldedOffset(folded, seed);
    if (folded.origins[at] === seed && folded.origins[at + 1] === seed + 1) chars[at] = written[seed]!;
  }
  return { text: chars.join(''), origins: folded.origins };
}
