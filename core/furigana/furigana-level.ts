/**
 * "Which words get furigana": at the 'uncommon' level, ruby is left off words EDICT marks as
 * common (P), which a learner past the basics reads without help (日本, 会議, 築く…), so that the
 * readings that remain stand out. Applied after the reading layer, on its segments and the
 * tokens they came from, so it changes nothing of how words are read.
 */
import type { Dictionary } from '../dictionary/packed-dictionary';
import type { Token } from '../segmenter/token';
import { tokenEnd, touches } from '../segmenter/token-helpers';
import { hasKanji } from '../text/kana';
import type { RubySegment } from './ruby-segment';

/** Whether a word written so is a common word. */
export type IsCommonWord = (written: string) => boolean;

const CACHE_SIZE = 8192;

/**
 * Common by EDICT: some entry has this spelling as a headword (not a reading) carrying the (P)
 * mark, and the spelling is not an irregular or out-dated one. Answers are remembered.
 */
export function edictCommonWords(dictionary: Pick<Dictionary, 'matches'>): IsCommonWord {
  const cache = new Map<string, boolean>();
  return (written) => {
    let common = cache.get(written);
    if (common === undefined) {
      common = dictionary.matches(written).some((m) => !m.isReading && m.common && !m.irregular);
      cache.set(written, common);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return common;
  };
}

/** A token is common when its spelling or its dictionary form is (築か → 築く). */
function tokenIsCommon(token: Token, isCommon: IsCommonWord): boolean {
  if (isCommon(token.surface)) return true;
  return token.basicForm !== '' && token.basicForm !== '*' && token.basicForm !== token.surface && isCommon(token.basicForm);
}

/**
 * The segments of `text` without those over common words. A segment is left off when its own
 * text is a common word (次 of 次に), when the tokens it lies over are common words each (those
 * holding kanji) or together one, or when the run of kanji tokens around it is one (戦闘|機 is
 * 戦闘機). `tokens` are the text's tokens in order, as the reading layer was given them.
 */
export function withoutCommonWords(
  text: string,
  tokens: readonly Token[],
  segments: readonly RubySegment[],
  isCommon: IsCommonWord,
): RubySegment[] {
  const kept: RubySegment[] = [];
  let t = 0;
  for (const segment of segments) {
    // Tokens are in order, and so are segments: move to the first token ending after the start.
    while (t < tokens.length && tokenEnd(tokens[t]!) <= segment.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end]!.start < segment.end) end++;
    if (end === t) {
      kept.push(segment);
      continue;
    }
    const over = tokens.slice(t, end);
    const withKanji = over.filter((tk) => hasKanji(tk.surface));
    let common = isCommon(text.slice(segment.start, segment.end));
    if (!common) common = withKanji.length > 0 && withKanji.every((tk) => tokenIsCommon(tk, isCommon));
    if (!common && over.length > 1) common = isCommon(joinSurfaces(over));
    if (!common) {
      // The compound the segment is part of: neighbouring tokens with kanji, written together.
      let from = t;
      let to = end;
      while (from > 0 && touches(tokens[from - 1]!, tokens[from]!) && hasKanji(tokens[from - 1]!.surface)) from--;
      while (to < tokens.length && touches(tokens[to - 1]!, tokens[to]!) && hasKanji(tokens[to]!.surface)) to++;
      if (to - from > over.length) common = isCommon(joinSurfaces(tokens.slice(from, to)));
    }
    if (!common) kept.push(segment);
  }
  return kept;
}

function joinSurfaces(tokens: readonly Token[]): string {
  return tokens.map((tk) => tk.surface).join('');
}
