/**
 * The reading layer's passes with the glossary and the dictionary (EDICT): terms and words that
 * span several of kuromoji's tokens (子|会社, 瞬く|間|に), the reading to prefer among the
 * dictionary's, and the dictionary's reading for a token kuromoji cannot read or only guessed.
 */
import type { Token } from '../segmenter/token';
import {
  hasJapanese,
  hasKanji,
  hiraganaTail,
  isAllHiragana,
  isAllJapanese,
  isAllKanji,
  isAllKatakana,
  isInitialSoundChangeOf,
  toHiragana,
} from '../text/kana';
import { hasContextRule } from './context-rules';
import type { ReadingContext } from './reading-context';
import { tokenEnd, touches } from '../segmenter/token-helpers';
import { isNumberToken, joinSurfaces, MAX_SPAN, type Word } from './reading-word';

/** The longest run of tokens from `i` (two or more for the dictionary, one or more for the glossary) with a reading. */
export function spanLookup(
  tokens: readonly Token[],
  i: number,
  lookup: (surface: string) => readonly string[] | undefined,
  hasPrefix?: (prefix: string) => boolean,
): Word | undefined {
  let surface = '';
  let best: Word | undefined;
  for (let k = i; k < tokens.length && k < i + MAX_SPAN; k++) {
    const t = tokens[k]!;
    if (k > i && !touches(tokens[k - 1]!, t)) break;
    surface += t.surface;
    if (hasPrefix && !hasPrefix(surface)) break;
    if (!hasKanji(surface)) continue;
    const readings = lookup(surface);
    if (readings && readings.length) {
      const [first, ...others] = readings.map((r) => toHiragana(r));
      best = { from: i, to: k + 1, reading: first!, alternatives: others.length ? others : undefined };
    }
  }
  return best;
}

/**
 * Whether a start of the run of touching tokens from a token is the start of some dictionary
 * word. The dictionary is searched once for the whole run (dictionaryPrefixReach), and only when
 * a pass first asks: most tokens end their passes before one does. One is kept per call of the
 * layer and moved from token to token, so asking costs no allocation.
 */
export class RunReach {
  private from = 0;
  private reach = -1;

  constructor(
    private readonly text: string | undefined,
    private readonly tokens: readonly Token[],
    private readonly context: ReadingContext,
  ) {}

  /** Start answering for the run from token i. */
  at(i: number): this {
    this.from = i;
    this.reach = -1;
    return this;
  }

  /** Whether some dictionary word starts with `surface`, a start of the run. */
  covers(surface: string): boolean {
    const { context } = this;
    if (!context.dictionaryPrefixReach) return !context.dictionaryHasPrefix || context.dictionaryHasPrefix(surface);
    if (this.reach < 0) this.reach = context.dictionaryPrefixReach(this.run());
    return surface.length <= this.reach;
  }

  private run(): string {
    const { tokens, text, from } = this;
    let k = from + 1;
    while (k < tokens.length && k < from + MAX_SPAN && touches(tokens[k - 1]!, tokens[k]!)) k++;
    const first = tokens[from]!;
    const last = tokens[k - 1]!;
    // The run as the analysed text holds it (one slice), where it is at hand; else joined from the tokens.
    if (text !== undefined && text.startsWith(first.surface, first.start)) return text.slice(first.start, tokenEnd(last));
    return joinSurfaces(tokens, from, k);
  }
}

/** Tokens that can be part of a compound noun the dictionary knows (子|会社, 事実|上). */
function compoundable(t: Token, first: boolean): boolean {
  // A kanji numeral inside a word the dictionary knows (同|一 どういつ, 唯|一), or heading one where the
  // number pass found no counter after it (一|回転); never digits.
  if (t.pos === '名詞' && t.pos1 === '数') return /^[一二三四五六七八九十百千万]$/.test(t.surface);
  if (t.pos === '名詞') return t.pos1 !== '代名詞' && !(first && (t.pos1 === '接尾' || t.pos1 === '非自立'));
  if (t.pos === '接頭詞') return first;
  // この頃, その他: a demonstrative heads some dictionary words.
  if (t.pos === '連体詞') return first && hasKanjiFree(t.surface);
  // 神|々, 花|々: kuromoji leaves the iteration mark a symbol of its own; the dictionary reads the
  // repeated word whole (かみがみ, はなばな).
  if (t.surface === '々') return !first;
  // 一目|惚れ, 品|揃え: a verb stem closes a compound noun (not する's し: 説明|し is no word).
  return !first && t.pos === '動詞' && t.conjugationForm === '連用形' && hasKanji(t.surface);
}

function hasKanjiFree(text: string): boolean {
  return !hasKanji(text);
}

/**
 * The longest run of two or more tokens from `i` that the dictionary knows as one word, read as
 * the dictionary usually reads it (its other readings become the alternatives).
 */
export function dictionaryCompound(
  tokens: readonly Token[],
  i: number,
  context: ReadingContext,
  reach = new RunReach(undefined, tokens, context).at(i),
): Word | undefined {
  const first = tokens[i]!;
  // A suffix-like noun heads a word when no noun precedes it (終了後の|時|系列 → 時系列).
  // So does one after a noun it makes no word with (大画面|高|精細: 画面高 is none, 高精細 is).
  const suffixLike = first.pos === '名詞' && (first.pos1 === '接尾' || first.pos1 === '非自立');
  const next = tokens[i + 1];
  const heads =
    suffixLike &&
    (!isNounToken(tokens[i - 1]) || (!!next && reach.covers(first.surface + next.surface) && formsNoWord(tokens[i - 1]!, first, context)));
  if (!heads && !compoundable(first, true)) return undefined;
  // A demonstrative and a word a context rule judges (その|方: "that person" or "that side"; この|後)
  // read as the rule says from what follows, not by the dictionary's order.
  if (first.pos === '連体詞' && tokens[i + 1] && hasContextRule(tokens, i + 1)) return undefined;
  let surface = first.surface;
  let best: Word | undefined;
  for (let k = i + 1; k < tokens.length && k < i + MAX_SPAN; k++) {
    const t = tokens[k]!;
    if (!compoundable(t, false) || !touches(tokens[k - 1]!, t)) break;
    surface += t.surface;
    if (!reach.covers(surface)) break;
    if (!hasKanji(surface)) continue;
    const readings = context.dictionaryReadings!(surface);
    if (!readings?.length) continue;
    // The dictionary's usual reading of the whole word beats kuromoji's token by token (研究|所 しょ → じょ),
    // unless it only adds sounds at the end: a slip in the dictionary (EDICT's 移籍金 いせききんがく).
    if (dictionarySlip(readings[0]!, tokens, i, k)) continue;
    const ordered = preferredOrder(surface, readings, tokens, i, k, context);
    const others = ordered.slice(1, 4);
    best = { from: i, to: k + 1, reading: ordered[0]!, alternatives: others.length ? others : undefined };
  }
  return best;
}

/** A reading with the old kana spelling's づ and ぢ written as today's ず and じ (あづけ → あずけ); other readings as they are. */
function oldKanaFolded(reading: string): string {
  return reading.includes('づ') || reading.includes('ぢ') ? reading.replaceAll('づ', 'ず').replaceAll('ぢ', 'じ') : reading;
}

/**
 * Whether the dictionary's reading of tokens from..to (inclusive) is kuromoji's reading of them
 * with sounds added at the end: a slip in the dictionary. Tokens kuromoji cannot read (聴 in
 * 愛|聴) leave nothing to compare.
 */
function dictionarySlip(reading: string, tokens: readonly Token[], from: number, to: number): boolean {
  const own = kuromojiReading(tokens, from, to);
  return own !== undefined && reading.length > own.length && reading.startsWith(own);
}

/** kuromoji's readings of tokens from..to (inclusive) joined, in hiragana; undefined when one has none. */
function kuromojiReading(tokens: readonly Token[], from: number, to: number): string | undefined {
  let own = '';
  for (let m = from; m <= to; m++) {
    if (!tokens[m]!.reading) return undefined;
    own += toHiragana(tokens[m]!.reading);
  }
  return own;
}

/** The kana a verb in す ends with as it inflects (さ, し, す, せ, そ). */
const SU_ROW = new Set(['さ', 'し', 'す', 'せ', 'そ']);

/** Tokens a set phrase cannot run across: symbols, and anything not written in kana or kanji. */
function phraseBreak(t: Token): boolean {
  return t.pos === '記号' || !isAllJapanese(t.surface);
}

/**
 * The longest run of two or more tokens from `i`, of any part of speech, that the dictionary
 * knows as one word or set phrase written so (瞬く|間|に, 体|良く, 巡|洋|戦艦 where kuromoji
 * misparses); a closing verb or adjective may be inflected (印象|付け|た: 印象付ける).
 */
export function dictionaryPhrase(
  tokens: readonly Token[],
  i: number,
  context: ReadingContext,
  reach = new RunReach(undefined, tokens, context).at(i),
): Word | undefined {
  const first = tokens[i]!;
  if (!hasKanji(first.surface) || phraseBreak(first) || isNumberToken(first) || first.pos1 === '接尾') return undefined;
  let surface = first.surface;
  let best: Word | undefined;
  let kanjiTokens = 1;
  let particles = 0;
  for (let k = i + 1; k < tokens.length && k < i + MAX_SPAN; k++) {
    const t = tokens[k]!;
    // X|の|Y reads as its words do (犬|の|子 is a puppy, not いんのこ, the nursery charm).
    if (phraseBreak(t) || t.pos1 === '連体化' || !touches(tokens[k - 1]!, t)) break;
    const before = surface;
    surface += t.surface;
    if (hasKanji(t.surface)) kanjiTokens++;
    if (t.pos === '助詞') particles++;
    // One word and a particle (時|に, 後|に, 今日|は) is the context rules' business, not a set phrase.
    if (kanjiTokens < 2 && particles > 0) continue;
    const known = reach.covers(surface);
    const exact = known ? context.dictionaryReadings!(surface) : undefined;
    // A noun and する's stem (説明|し) is no word of its own, unless kuromoji could not read a kanji
    // before it and the dictionary has the whole as a verb in す that kuromoji took apart (見|做|す
    // 見做す みなす, and inflected, 見|做|さ|れる: 做 unknown to kuromoji, す and さ taken for する).
    // (見|做|さ|ない: there さ is even taken for a noun suffix.)
    if (t.basicForm === 'する' || SU_ROW.has(t.surface)) {
      const unread = kuromojiReading(tokens, i, k - 1) === undefined;
      const inflected = unread && !exact?.length ? suVerbReading(before, t, context) : undefined;
      if (inflected) {
        best = { from: i, to: k + 1, reading: inflected };
        if (!known) break;
        continue;
      }
      if (t.basicForm === 'する' && !(unread && exact?.length)) continue;
    }
    if (exact?.length) {
      // kuromoji's reading token by token stands when the dictionary gives it too (良い|感じ よい, 犬|の|子 いぬ).
      if (dictionarySlip(exact[0]!, tokens, i, k)) continue;
      const own = kuromojiReading(tokens, i, k);
      const ordered = own !== undefined && exact.includes(own) ? [own, ...exact.filter((r) => r !== own)] : exact;
      best = { from: i, to: k + 1, reading: ordered[0]!, alternatives: ordered.length > 1 ? ordered.slice(1, 4) : undefined };
    } else if ((t.pos === '動詞' || t.pos === '形容詞') && t.basicForm !== t.surface && t.basicForm !== '*') {
      const inflected = inflectedReading(before, t, context, reach);
      if (inflected) best = { from: i, to: k + 1, reading: inflected };
    }
    if (!known) break;
  }
  return best;
}

/**
 * The reading of `before` + an inflected verb or adjective, from the dictionary's reading of `before` + its basic form
 * (遊びに|来 あそびにき from 遊びに来る あそびにくる); undefined where the two cannot be lined up. `reach`
 * answers for the run of tokens `before` starts.
 */
function inflectedReading(before: string, t: Token, context: ReadingContext, reach: RunReach): string | undefined {
  // No word is written so where no key starts with `before` and what the basic form shares with
  // the token (持|つ, 持|っ: 持); the run's reach, known already, tells without a search.
  let shared = 0;
  while (shared < t.surface.length && t.surface[shared] === t.basicForm[shared]) shared++;
  if (!reach.covers(before + t.surface.slice(0, shared))) return undefined;
  const readings = context.dictionaryReadings!(before + t.basicForm);
  if (!readings?.length) return undefined;
  const basicTail = hiraganaTail(t.basicForm);
  const ownTail = hiraganaTail(t.surface);
  const stemLength = t.surface.length - ownTail.length;
  if (t.basicForm.length - basicTail.length !== stemLength || t.basicForm.slice(0, stemLength) !== t.surface.slice(0, stemLength))
    return undefined;
  const reading = readings[0]!;
  // 来る (カ変) changes its kanji's reading as it inflects (来 き in 見に来て, こ in 来ない): the
  // phrase's reading without くる, then the token's own reading.
  if (t.conjugationType.startsWith('カ変') && t.reading && reading.endsWith('くる'))
    return reading.slice(0, reading.length - 2) + toHiragana(t.reading);
  if (!reading.endsWith(basicTail)) return undefined;
  return reading.slice(0, reading.length - basicTail.length) + ownTail;
}

/**
 * The reading of `before` + a form of する that kuromoji read where the dictionary has a verb in す
 * (見做 + さ: 見做す みなす, so みなさ); undefined when the dictionary has no such verb.
 */
function suVerbReading(before: string, t: Token, context: ReadingContext): string | undefined {
  const reading = context.dictionaryReadings!(before + 'す')?.[0];
  if (!reading?.endsWith('す') || !isAllHiragana(toHiragana(t.surface))) return undefined;
  return reading.slice(0, -1) + toHiragana(t.surface);
}

/**
 * Where the dictionary gives a word ending in 所 both ways (造船所 ぞうせんしょ, ぞうせんじょ), the
 * voiced じょ first: it is the usual reading of institutions (研究所, 製作所, 診療所, 相談所). A
 * longer word that the dictionary reads only しょ follows the institution it ends with
 * (経済研究所 as 研究所, じょ).
 */
function preferredOrder(
  surface: string,
  readings: readonly string[],
  tokens: readonly Token[],
  from: number,
  to: number,
  context: ReadingContext,
): readonly string[] {
  // Where the dictionary marks none of its readings common, its order says nothing; kuromoji's
  // token-by-token reading, when the dictionary lists it, is the likelier (鹿|肉 しかにく, not the
  // archaic かのしし; 音信|不通 おんしんふつう).
  // A demonstrative's word (その|方, この|後) reads by context, which the rules judge, not by kuromoji's default.
  // A numeral heading a word sounds as it does before a counter: 一回転 いっかいてん, not いちかいてん.
  if (tokens[from]!.pos1 === '数') {
    const geminated = readings.find((r) => /^(いっ|ろっ|はっ|じゅっ)/.test(r));
    if (geminated && geminated !== readings[0]) return [geminated, ...readings.filter((r) => r !== geminated)];
  }
  if (readings.length > 1 && tokens[from]!.pos !== '連体詞' && context.dictionaryCommonCount?.(surface) === 0) {
    const own = kuromojiReading(tokens, from, to);
    if (own !== undefined && own !== readings[0] && readings.includes(own)) return [own, ...readings.filter((r) => r !== own)];
  }
  if (surface.length > 2 && surface.endsWith('所')) {
    const voiced = readings.find((r) => r.endsWith('じょ'));
    if (voiced && voiced !== readings[0]) return [voiced, ...readings.filter((r) => r !== voiced)];
    const first = readings[0]!;
    const tail = context.dictionaryReadings?.(surface.slice(-3));
    if (!voiced && surface.length > 3 && first.endsWith('しょ') && tail?.some((r) => r.endsWith('じょ'))) {
      return [first.slice(0, -2) + 'じょ', ...readings];
    }
  }
  return readings;
}

/**
 * kuromoji's reading of a single token; a word kuromoji does not know (or has no reading for) takes the dictionary's.
 * `own`: the token's reading in hiragana, where the caller has it.
 */
export function dictionaryChecked(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
  context: ReadingContext,
  own = toHiragana(token.reading),
): { reading: string; alternatives?: string[] } {
  // A common noun read in a way the dictionary does not know at all (金彩 きんさい; EDICT きんだみ)
  // takes the dictionary's reading; kuromoji's stays the alternative.
  if (
    token.known &&
    own &&
    context.dictionaryReadings &&
    token.pos === '名詞' &&
    token.pos1 !== '固有名詞' &&
    twoOrMoreCodePoints(token.surface) &&
    isAllKanji(token.surface) &&
    !context.dictionaryListsReading?.(token.surface, own)
  ) {
    const readings = context.dictionaryReadings(token.surface);
    if (readings?.length && !readings.includes(own) && !voicedSuffix(token, previous, own, readings))
      return { reading: readings[0]!, alternatives: [own] };
  }
  // IPADIC's old kana spelling (お預け おあづけ) where the dictionary lists only today's (おあずけ):
  // the same word, written with ず and じ since 1946's kana reform.
  const modern = oldKanaFolded(own);
  if (
    modern !== own &&
    token.known &&
    hasKanji(token.surface) &&
    context.dictionaryListsReading &&
    !context.dictionaryListsReading(token.surface, own) &&
    context.dictionaryListsReading(token.surface, modern)
  )
    return { reading: modern, alternatives: [own] };
  // Known words keep kuromoji's reading (the hover popup shows the dictionary's own readings),
  // except a lone kanji kuromoji could only place as a given name or a suffix.
  if ((token.known && own && !stranded(token, previous, next)) || !context.dictionaryReadings || !hasKanji(token.surface))
    return { reading: own };
  const readings = context.dictionaryReadings(token.surface);
  if (!readings?.length) return { reading: own };
  return { reading: readings[0]!, alternatives: readings.length > 1 ? readings.slice(1, 4) : undefined };
}

/** Whether `text` has two code points or more (a surrogate pair is one), without splitting it. */
function twoOrMoreCodePoints(text: string): boolean {
  if (text.length !== 2) return text.length > 2;
  const high = text.charCodeAt(0);
  const low = text.charCodeAt(1);
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff);
}

/**
 * Whether kuromoji reads a suffix joined to the word before it with the first kana voiced
 * (rendaku) of a reading the dictionary lists: 着け|心地 ごこち, which EDICT lists only as
 * ここち, the word on its own. The voicing is the compound's, so kuromoji's reading stands.
 */
function voicedSuffix(token: Token, previous: Token | undefined, own: string, readings: readonly string[]): boolean {
  return (
    token.pos1 === '接尾' &&
    !!previous &&
    touches(previous, token) &&
    hasJapanese(previous.surface) &&
    readings.some((r) => isInitialSoundChangeOf(r, own))
  );
}

/**
 * A single kanji that kuromoji tags as a given name with no name or noun before it (なりたい|等
 * read ひとし), or as a suffix with nothing it could be the suffix of (づつ|体 read たい): its
 * tag is a guess, and the dictionary's usual reading is the better one.
 */
/** IPADIC's symbol kinds after which a clause or an item starts: stops, commas, opening brackets, the middle dot (一般). */
const OPENING_SYMBOLS = new Set(['句点', '読点', '括弧開', '一般', '空白']);

function stranded(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (token.surface.length !== 1 || token.pos !== '名詞') return false;
  const nounLike = (t: Token | undefined) => !!t && (t.pos === '名詞' || t.pos === '接頭詞') && hasJapanese(t.surface);
  // Nor before a katakana word (甲|ベロ, the instep of a shoe): names do not run on into those.
  const katakanaAfter = !!next && next.pos === '名詞' && next.pos1 !== '固有名詞' && isAllKatakana(next.surface);
  if (token.pos2 === '人名') return !nounLike(previous) && (!nounLike(next) || katakanaAfter);
  // A suffix after a kana word kuromoji does not know (少し|づつ|体), or between an adverb of time
  // and a noun, where it starts that noun's phrase (最近|顔|全体: the face, かお; 今年|顔！ is
  // "this year's look", がお).
  if (token.pos1 === '接尾') {
    if (
      previous?.pos === '名詞' &&
      previous.pos1 === '副詞可能' &&
      token.pos2 === '一般' &&
      hasKanji(previous.surface) &&
      next?.pos === '名詞' &&
      hasKanji(next.surface)
    )
      return true;
    // Nor opening the text, nor after a stop, a comma, an opening bracket or a middle dot
    // (パルプ・紙: the paper, かみ, not し); after a closing bracket or a letter it is a suffix
    // (「ＲＣＺ」等, ＡＢ型).
    if (!previous || (previous.pos === '記号' && OPENING_SYMBOLS.has(previous.pos1))) return true;
    return !previous.known && isAllHiragana(previous.surface);
  }
  return false;
}

/**
 * Whether the dictionary knows no word written as `noun` and the suffix after it (画面|高). Not
 * for the suffixes of places and peoples, which make words of any name (広島|市|中区, スラヴ|人|たち).
 */
function formsNoWord(noun: Token, suffix: Token, context: ReadingContext): boolean {
  if (suffix.pos1 !== '接尾' || suffix.pos2 === '地域' || suffix.pos2 === '人名' || suffix.surface === '人') return false;
  return !context.dictionaryReadings!(noun.surface + suffix.surface)?.length;
}

function isNounToken(t: Token | undefined): boolean {
  return !!t && (t.pos === '名詞' || t.pos === '接頭詞');
}
