/**
 * The reading layer's passes, in the order they are asked: glossary terms → numbers and
 * counters → places and people's names → dictionary words and set phrases → the context table
 * → Chinese compounds → fallbacks (kuromoji's reading, the dictionary's, KANJIDIC2's). Every pass
 * has one signature: given the tokens and where the walk stands, it reads one or more words from
 * there, or passes (undefined) to the next. The first that reads wins.
 */
import type { Token } from '../segmenter/token';
import { contextReading, readsBeforeDictionary } from './context-rules';
import { hasKanji, isVoicingOf, toHiragana } from '../text/kana';
import { isNumberToken, type Word } from './reading-word';
import { approximateDay, readNumberAndCounter } from './number-words';
import { dictionaryChecked, dictionaryCompound, dictionaryPhrase, type RunReach, spanLookup } from './dictionary-words';
import { landformSpan, nameSpan, numeralGivenName, placeSpan, usualName } from './name-words';
import { sinoReading } from './sino-compounds';
import { suffixOriginReading } from './suffix-origins';
import { kanjiByKanjiReading } from './kanji-readings';
import { okuriganaWordReading } from './okurigana-words';
import type { ReadingContext } from './reading-context';

/** Where the walk over one text stands: what every pass is given. */
export interface PassState {
  text: string;
  tokens: readonly Token[];
  context: ReadingContext;
  /** The words read so far, in order (the numbers pass looks back for a month: 5月1日). */
  words: readonly Word[];
  /** The dictionary's reach over the run of tokens from the current one (asked once per run). */
  reach: RunReach;
}

/** What a pass read from token i: the words (in order, the first starting at i) and which pass or row decided each. */
export interface PassReading {
  words: Word[];
  /** For the trace: `glossary`, `number`, `name`, `dictionary:words`, `rule:<row id>`, `sino`, `kuromoji`… */
  decidedBy: string;
}

/** A pass: reads from token i, or undefined to let the next pass try. */
export type ReadingPass = (state: PassState, i: number) => PassReading | undefined;

const one = (word: Word | undefined, decidedBy: string): PassReading | undefined => (word ? { words: [word], decidedBy } : undefined);

/**
 * Glossary terms, one token or more: their readings win over all others, but for a mountain's
 * name the term begins (韓国|岳 からくにだけ, not 韓国 かんこく), which the names pass reads.
 */
const glossaryPass: ReadingPass = ({ tokens, context }, i) => {
  if (!context.glossaryReadings) return undefined;
  const term = spanLookup(tokens, i, context.glossaryReadings, context.glossaryHasPrefix);
  if (term && (landformSpan(tokens, i)?.to ?? 0) > term.to) return undefined;
  return one(term, 'glossary');
};

/**
 * Numbers with their counters (6本 ろっぽん, 1日 ついたち), or a numeral that is a given name after
 * a family name (円谷|一 はじめ, 沢井|零|子 れいこ); a dictionary word a numeral heads past its
 * count (一枚上手), or kanji digits the dictionary knows whole (七五三 しちごさん).
 */
const numbersPass: ReadingPass = ({ tokens, context, words, reach }, i) => {
  if (!isNumberToken(tokens[i]!)) return undefined;
  const name = numeralGivenName(tokens, i, context);
  if (name) return { words: [name], decidedBy: 'name:numeral' };
  const counted = readNumberAndCounter(tokens, i, words);
  if (counted && context.dictionaryReadings) {
    const word = dictionaryCompound(tokens, i, context, reach.at(i));
    if (word && word.to > counted[counted.length - 1]!.to) return { words: [word], decidedBy: 'dictionary:numeral-word' };
    // Kanji digits with no unit between them and no counter after them, which the dictionary
    // knows as one word, are that word (七五三 しちごさん, 五七五 ごしちご), not a number read by place
    // (ななひゃくごじゅうさん); years (二〇一〇) are no dictionary word and stay the number's.
    if (word && counted.length === 1 && word.to === counted[0]!.to && tokens[word.to - 1]!.pos1 === '数' && !hasUnit(tokens, i, word.to))
      return { words: [word], decidedBy: 'dictionary:digit-word' };
    // A digit and what follows it, which the dictionary knows as one word that it does not read
    // as the count (九段 くだん, 一橋 ひとつばし, 三つ折 みつおり, 八家 はっけ): the word's reading. A number
    // read by place is that word only where the dictionary's word is of today's language (四十九日,
    // the memorial, しじゅうくにち); an archaic one leaves the count (二十年 にじゅうねん, not はたとせ).
    // Not the second of a pair of days (二、三日 にさんにち, not the dictionary's 三日 みっか).
    if (
      word &&
      counted.length > 1 &&
      word.to === counted[counted.length - 1]!.to &&
      !approximateDay(tokens, i) &&
      tokens[word.to - 1]!.pos1 !== '数' &&
      !listsCount(word, counted) &&
      (!hasUnit(tokens, i, word.to) || !archaic(word, tokens, context))
    )
      return { words: [word], decidedBy: 'dictionary:counted-word' };
  }
  return counted ? { words: counted, decidedBy: 'number' } : undefined;
};

/** Whether the dictionary reads the word as it reads it only as an archaic or obsolete word (二十年 はたとせ); true without a way to tell. */
function archaic(word: Word, tokens: readonly Token[], context: ReadingContext): boolean {
  if (!context.dictionaryArchaicReading) return true;
  let surface = '';
  for (let k = word.from; k < word.to; k++) surface += tokens[k]!.surface;
  return context.dictionaryArchaicReading(surface, word.reading);
}

/** Whether the dictionary word's readings include the count's, numeral and counter read together. */
function listsCount(word: Word, counted: readonly Word[]): boolean {
  const count = counted.map((w) => w.reading).join('');
  return word.reading === count || (word.alternatives?.includes(count) ?? false);
}

/** Whether a unit (十 百 千 万 億 兆) is among tokens from..to: such a number is read by place (二十三). */
function hasUnit(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) for (const c of tokens[k]!.surface) if ('十百千万億兆'.includes(c)) return true;
  return false;
}

/** Whether the word's last token is a numeral that the numbers pass reads with a counter after the word. */
function endsInCount(tokens: readonly Token[], word: Word, words: readonly Word[]): boolean {
  if (!isNumberToken(tokens[word.to - 1]!)) return false;
  let from = word.to - 1;
  while (from > word.from && isNumberToken(tokens[from - 1]!)) from--;
  const counted = readNumberAndCounter(tokens, from, words);
  return !!counted && counted[counted.length - 1]!.to > word.to;
}

/**
 * Mountains and volcanoes (the landform table: 浅間山 あさまやま), places (ENAMDICT: 浪江町 なみえまち)
 * and people's names (full names read whole, a name's usual reading).
 */
const namesPass: ReadingPass = ({ tokens, context }, i) => {
  const landform = landformSpan(tokens, i);
  if (landform) return { words: [landform], decidedBy: 'name:landform' };
  const place = context.placeReading && placeSpan(tokens, i, context.placeReading);
  if (place) return { words: [place], decidedBy: 'name:place' };
  const name =
    (context.nameReadings && nameSpan(tokens, i, context.nameReadings)) ||
    (context.usualNameReading && usualName(tokens, i, context.usualNameReading)) ||
    undefined;
  return one(name, 'name');
};

/**
 * A kanji kuromoji cut from okurigana the dictionary writes with it (停|まっ: 停まる, IPADIC's
 * 停る; 癒|や|し: 癒やす): read as the dictionary reads the word (okurigana-words.ts).
 */
const okuriganaPass: ReadingPass = ({ tokens, context }, i) => {
  const reading = okuriganaWordReading(tokens, i, context);
  return reading ? { words: [{ from: i, to: i + 1, reading }], decidedBy: 'okurigana' } : undefined;
};

/**
 * Dictionary words and set phrases over two tokens or more (子|会社, 瞬く|間|に, 神|々). A word
 * that ends in a numeral the counter after it counts is left to the numbers pass (第|九 だいく,
 * Beethoven's Ninth, before 条: 第九条 だいきゅうじょう, the ninth article).
 */
const dictionaryPass: ReadingPass = ({ tokens, context, words, reach }, i) => {
  if (!context.dictionaryReadings) return undefined;
  // A row of the context table that reads its word first (県庁|前|駅: 前 まえ, not 前駅 ぜんえき).
  if (readsBeforeDictionary(tokens, i, context)) return undefined;
  const compound = dictionaryCompound(tokens, i, context, reach.at(i)) ?? dictionaryPhrase(tokens, i, context, reach);
  if (!compound || endsInCount(tokens, compound, words)) return undefined;
  const word = voicedHead(compound, tokens, context);
  return { words: [word], decidedBy: word === compound ? 'dictionary:words' : 'dictionary:words+voiced' };
};

/** The context table (rules/context-rows.ts): a token whose reading its neighbours decide. */
const contextPass: ReadingPass = ({ tokens, context }, i) => {
  const rule = contextReading(tokens, i, context);
  return rule
    ? { words: [{ from: i, to: i + 1, reading: rule.reading, alternatives: rule.alternatives }], decidedBy: `rule:${rule.rule}` }
    : undefined;
};

/**
 * One-kanji pieces: a suffix read by the origin of the word before it (憩い|場 ば, kuromoji's
 * じょう: suffix-origins.ts), or a piece of a Chinese compound kuromoji split, read the Chinese
 * way (超|獣 じゅう: sino-compounds.ts). One pass for both: each asks a few fields of the token first.
 */
const oneKanjiPass: ReadingPass = ({ tokens, context }, i) => {
  const suffix = suffixOriginReading(tokens, i, context);
  if (suffix)
    return { words: [{ from: i, to: i + 1, reading: suffix.reading, alternatives: suffix.alternatives }], decidedBy: 'suffix-origin' };
  const ruled = sinoReading(tokens, i, context);
  return ruled
    ? { words: [{ from: i, to: i + 1, reading: ruled.reading, alternatives: ruled.alternatives }], decidedBy: 'sino' }
    : undefined;
};

/**
 * What is left: kuromoji's reading, or the dictionary's where kuromoji cannot read a token or
 * reads it in a way the dictionary does not know; where nothing reads it (瀑, 讀), each kanji's
 * own reading from KANJIDIC2, marked uncertain. Always reads.
 */
const fallbackPass: ReadingPass = ({ tokens, context }, i) => {
  const token = tokens[i]!;
  const own = toHiragana(token.reading);
  const { reading, alternatives } = dictionaryChecked(token, tokens[i - 1], tokens[i + 1], context, own);
  const checked: Word = alternatives ? { from: i, to: i + 1, reading, alternatives } : { from: i, to: i + 1, reading };
  if (!checked.reading && context.kanjiReadings && hasKanji(token.surface)) {
    const guessed = kanjiByKanjiReading(token.surface, context.kanjiReadings);
    if (guessed) return { words: [{ from: i, to: i + 1, reading: guessed, uncertain: true }], decidedBy: 'kanji' };
  }
  if (checked.reading === own && own && context.agreedReading) {
    const agreed = context.agreedReading(token);
    if (agreed && agreed !== own) return { words: [{ from: i, to: i + 1, reading: agreed, alternatives: [own] }], decidedBy: 'agreed' };
  }
  return { words: [checked], decidedBy: checked.reading === own ? 'kuromoji' : 'dictionary:fallback' };
};

/** The passes in the order they are asked. */
export const READING_PASSES: readonly ReadingPass[] = [
  glossaryPass,
  numbersPass,
  namesPass,
  okuriganaPass,
  dictionaryPass,
  contextPass,
  oneKanjiPass,
  fallbackPass,
];

/**
 * The passes asked of a token with no kanji (こと, ロシア, この, 10): those that can read it
 * together with the tokens after it (ロシア|軍, この|頃, お|茶, 10|日), in the same order. The
 * others read one token, and a word of one token without kanji carries no ruby: asking them
 * costs a third of the layer's walk and changes nothing shown (3,325 of 10,123 words a pass
 * over KWDLC dev are such tokens). okuriganaPass and oneKanjiPass read kanji only.
 */
export const SPANNING_PASSES: readonly ReadingPass[] = [glossaryPass, numbersPass, namesPass, dictionaryPass];

/**
 * A dictionary word whose first token a context rule voices where it joins what comes before
 * (オード|川沿い: 川 がわ after a foreign name, so がわぞい, not the dictionary's かわぞい).
 */
function voicedHead(word: Word, tokens: readonly Token[], context: ReadingContext): Word {
  const head = tokens[word.from]!;
  const own = toHiragana(head.reading);
  const ruled = own && word.to - word.from > 1 ? contextReading(tokens, word.from, context)?.reading : undefined;
  if (
    !ruled ||
    ruled.length !== own.length ||
    ruled.slice(1) !== own.slice(1) ||
    !isVoicingOf(own[0]!, ruled[0]!) ||
    !word.reading.startsWith(own)
  )
    return word;
  return {
    ...word,
    reading: ruled + word.reading.slice(own.length),
    alternatives: [word.reading, ...(word.alternatives ?? [])].slice(0, 3),
  };
}
