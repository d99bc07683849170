/**
 * Sino-Japanese compounds kuromoji splits into one-kanji pieces: where one piece of a pair is
 * read the Chinese way (on'yomi), the other usually is too (超|獣 ちょうじゅう, not ちょうしし;
 * 水|権 すいけん, 拳|王|軍 けんおうぐん, 銘|玉 めいぎょく, 各|話 かくわ). kuromoji reads each
 * piece as a word on its own, mostly the native way (しし, みず, こぶし, だま, はなし).
 *
 * Only pairs the dictionary does not know as one word reach this pass (the compound pass reads
 * those), and the on'yomi comes from the dictionary's own readings of the lone kanji.
 */
import type { Token } from '../segmenter/token';
import { hasKanji, isHiraganaCode, toHiragana } from '../text/kana';
import { touches } from '../segmenter/token-helpers';
import { CONTEXT_TABLE, type ContextReading } from './context-rules';
import type { ReadingContext } from './reading-context';

/**
 * The shape of an on'yomi in kana: one syllable (possibly with a small ゃゅょ), optionally closed
 * by ん, う, い, く, き, つ or ち (けん, じゅう, すい, ぎょく, わ). Native readings mostly fall outside
 * it (みず, こぶし, しし, だま, はなし).
 */
const ON_TAIL = /^[ゃゅょ]?[んういくきつち]?$/;

export function isOnShaped(reading: string): boolean {
  return isHiraganaCode(reading.charCodeAt(0)) && ON_TAIL.test(reading.slice(1));
}

/**
 * Suffixes that join native words as often as Chinese ones (紙製 かみせい, 箱型 はこがた, 茶色
 * ちゃいろ, 猫科 ねこか, 穴賞 あなしょう): a pair with them says nothing about the other piece.
 */
const MIXED_SUFFIXES = new Set(['製', '型', '色', '形', '側', '風', '様', '屋', '等', '達', '方', '中', '性', '的', '化', '科', '賞']);

/** Suffixes that make Chinese words only, so one alone says the noun before it reads so too (水権 すいけん, 体術 たいじゅつ). */
const CHINESE_SUFFIXES = new Set(['権', '術']);

function lone(t: Token | undefined): t is Token {
  return !!t && t.surface.length === 1 && hasKanji(t.surface);
}

/**
 * Whether kuromoji reads a neighbour the Chinese way. One-sound readings (絵 え, 座 ざ, 場 ば)
 * are too often native to say so.
 */
function onShapedToken(t: Token): boolean {
  const reading = toHiragana(t.reading);
  return reading.length >= 2 && isOnShaped(reading);
}

/** A one-kanji noun or suffix read the Chinese way, touching `before`. */
function chainsOn(before: Token, t: Token | undefined): t is Token {
  return lone(t) && touches(before, t) && t.pos === '名詞' && (t.pos1 === '接尾' || t.pos1 === '一般') && onShapedToken(t);
}

/**
 * The on'yomi of token i where it pairs with a Chinese-read neighbour: a noun before a Chinese
 * suffix, a noun after a Chinese prefix, or a suffix after a Chinese-read noun. Undefined when
 * kuromoji already reads it so, when it is no such pair, or when the dictionary gives the kanji
 * no on'yomi.
 */
export function sinoReading(tokens: readonly Token[], i: number, context: ReadingContext): ContextReading | undefined {
  const t = tokens[i]!;
  if (!lone(t) || t.pos !== '名詞' || !t.reading || isOnShaped(toHiragana(t.reading)) || !context.dictionaryReadings) return undefined;
  if (t.pos1 === '固有名詞' || t.pos1 === '数' || t.pos1 === '代名詞' || t.pos1 === '非自立') return undefined;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Before a Chinese suffix a native noun is common (壁絵, 親局, 髪質): only a run of two Chinese
  // pieces after it (拳|王|軍), or a suffix that makes Chinese words only (水|権), says the whole is
  // one Chinese word.
  const headsChain =
    t.pos1 !== '接尾' &&
    chainsOn(t, next) &&
    next.pos1 === '接尾' &&
    !MIXED_SUFFIXES.has(next.surface) &&
    (CHINESE_SUFFIXES.has(next.surface) || chainsOn(next, tokens[i + 2]));
  // After a Chinese prefix (超|獣, 各|話, 異|星|人, 消|臭).
  const afterPrefix = t.pos1 !== '接尾' && lone(prev) && touches(prev, t) && prev.pos === '接頭詞' && onShapedToken(prev);
  // A plain suffix (not a counter or a time: 年|頃, 夏|頃) after a Chinese-read noun (銘|玉).
  const closesNoun =
    t.pos1 === '接尾' &&
    t.pos2 === '一般' &&
    !MIXED_SUFFIXES.has(t.surface) &&
    lone(prev) &&
    touches(prev, t) &&
    (prev.pos1 === '一般' || prev.pos1 === 'サ変接続') &&
    onShapedToken(prev);
  // A token a row of the context table matches (one keeping kuromoji's reading too) is the
  // table's; asked last, since most tokens pair with no neighbour.
  if ((!headsChain && !afterPrefix && !closesNoun) || CONTEXT_TABLE.match(tokens, i, context)) return undefined;
  const on = context.dictionaryReadings(t.surface)?.find(isOnShaped);
  if (!on) return undefined;
  return { reading: on, alternatives: [toHiragana(t.reading)] };
}
