/**
 * Words written with more okurigana than IPADIC's spelling of them (停まる where IPADIC has 停る,
 * 癒やす where it has 癒す): kuromoji cuts them apart where the spelling differs and reads the
 * kanji with a kana the text writes after it (停 トマ|まっ, 焼 ヤキ|きこん, 話 ハナシ|し), or
 * leaves the kanji unknown (癒|や|し). The dictionary (EDICT), which lists such spellings, reads
 * the word; the kanji gets its reading less the okurigana.
 */
import type { Token } from '../segmenter/token';
import { touches } from '../segmenter/token-helpers';
import { deinflectText } from '../dictionary/text-deinflection';
import { isAllHiragana, isAllKanji, isHiraganaCode, toHiragana } from '../text/kana';
import type { ReadingContext } from './reading-context';

/** The most hiragana after the kanji that a dictionary form is looked for in (停まっていた: 停ま… at most this long). */
const MAX_OKURIGANA = 6;

/**
 * The reading of token `i`, all kanji, as part of a word the dictionary writes with the hiragana
 * that follows it (`停` before `まっ`: と, from 停まる とまる), where kuromoji read the kanji with a
 * kana the text writes after it, or could not read it; undefined otherwise, or where no form of
 * the kanji plus one to MAX_OKURIGANA of the following hiragana is a dictionary word (a verb or
 * adjective undone to its dictionary form: 癒やし → 癒やす) whose reading ends in its okurigana.
 * Of the dictionary's readings, the one kuromoji's reading starts with is taken.
 */
export function okuriganaWordReading(tokens: readonly Token[], i: number, context: ReadingContext): string | undefined {
  const next = tokens[i + 1];
  // Cheap tests first: most tokens have no hiragana token touching them after.
  if (!next || !isHiraganaCode(next.surface.charCodeAt(0)) || !context.dictionaryReadings) return undefined;
  const token = tokens[i]!;
  // A kanji kuromoji read before a particle, an auxiliary or する it read (今|まで いま, 実施|し
  // じっし): no kana taken twice there, asked no further.
  if (token.reading && next.reading && (next.pos === '助詞' || next.pos === '助動詞' || next.basicForm === 'する')) return undefined;
  if (!touches(token, next) || !isAllKanji(token.surface)) return undefined;
  const nextKana = next.surface[0]!;
  const own = toHiragana(token.reading);
  // kuromoji's reading of the kanji holds the kana written after it (停 トマ + まっ), or kuromoji
  // could not read the kanji or the kana after it (癒|や, 選|びにいらして).
  if (own && next.reading && !own.endsWith(nextKana)) return undefined;
  let kana = '';
  for (let k = i + 1; k < tokens.length && kana.length < MAX_OKURIGANA; k++) {
    const t = tokens[k]!;
    if (!isAllHiragana(t.surface) || !touches(tokens[k - 1]!, t)) break;
    kana += t.surface;
  }
  kana = kana.slice(0, MAX_OKURIGANA);
  for (let length = kana.length; length > 0; length--) {
    for (const { form } of deinflectText(token.surface + kana.slice(0, length))) {
      const okurigana = form.slice(token.surface.length);
      if (!form.startsWith(token.surface) || !okurigana || !isAllHiragana(okurigana)) continue;
      // Of the dictionary's readings, one kuromoji's starts with (停 トマ: とまる, not とどまる), else its first.
      const kanjiReadings = (context.dictionaryReadings(form) ?? [])
        .filter((reading) => reading.length > okurigana.length && reading.endsWith(okurigana))
        .map((reading) => reading.slice(0, reading.length - okurigana.length));
      const kanjiReading = kanjiReadings.find((r) => own.startsWith(r)) ?? kanjiReadings[0];
      if (kanjiReading) return kanjiReading === own ? undefined : kanjiReading;
    }
  }
  return undefined;
}
