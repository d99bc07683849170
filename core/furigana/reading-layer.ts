/**
 * The reading layer: turns kuromoji's tokens for one text (a block of a page) into the ruby
 * segments to show. Pure: the extension's engine and the evaluation scripts run this same
 * function.
 *
 * It reads in passes over the tokens: glossary terms first (their readings win), then numbers
 * with their counters, then dictionary words that span several tokens, then context rules for
 * kanji whose reading depends on their neighbours; what is left keeps kuromoji's reading. Each
 * word's reading is then aligned with its surface so that only kanji carry ruby.
 */
import type { Token } from '../segmenter/token';
import { alignReading } from './align-reading';
import { contextReading } from './context-rules';
import { readCounted, readWrittenNumber } from './counter-reading';
import { hasKanji, toHiragana } from '../text/kana';
import type { RubySegment } from './ruby-segment';

/**
 * Knowledge beyond IPADIC that the engine may hand the layer. Every source is optional; the
 * layer reads with kuromoji alone when none is given.
 */
export interface ReadingContext {
  /**
   * Readings of a glossary term written exactly `surface` (hiragana or katakana, preferred
   * first); undefined or empty when `surface` is no term. Glossary readings win over all others.
   */
  glossaryReadings?: (surface: string) => readonly string[] | undefined;
  /** Whether some glossary form starts with `prefix` (lets the layer stop looking early). */
  glossaryHasPrefix?: (prefix: string) => boolean;
  /**
   * Readings a general dictionary (EDICT) gives for a word written exactly `surface`, most
   * common first; undefined or empty when it has no such word.
   */
  dictionaryReadings?: (surface: string) => readonly string[] | undefined;
  /** Whether some dictionary word starts with `prefix` (lets the layer stop looking early). */
  dictionaryHasPrefix?: (prefix: string) => boolean;
  /**
   * Readings of a person's name written exactly `surface` (hiragana, preferred first), used
   * where kuromoji splits a name it does not know into pieces it reads one by one (了|平).
   */
  nameReadings?: (surface: string) => readonly string[] | undefined;
  /** Whether `surface` is a family name (伊達, 垂水), for a house's 家 (け). */
  isSurname?: (surface: string) => boolean;
}

/** A stretch of tokens read as one word. */
interface Word {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** Reading in hiragana ('' for none). */
  reading: string;
  alternatives?: string[];
}

/** The longest run of tokens a glossary term or dictionary word is looked up over. */
const MAX_SPAN = 5;

/**
 * Sorted, non-overlapping ruby segments over the kanji of `text`, whose tokens (in order, with
 * offsets into `text`) are `tokens`.
 */
export function readingSegments(text: string, tokens: readonly Token[], context: ReadingContext = {}): RubySegment[] {
  void text;
  const words = readWords(tokens, context);
  const segments: RubySegment[] = [];
  for (const word of words) {
    if (!word.reading) continue;
    const first = tokens[word.from]!;
    const last = tokens[word.to - 1]!;
    const start = first.start;
    const surface = word.to - word.from === 1 ? first.surface : joinSurfaces(tokens, word.from, word.to);
    if (last.start + last.surface.length !== start + surface.length) continue; // tokens not contiguous
    if (!hasKanji(surface)) continue;
    const parts = latinLedParts(surface, word.reading, context) ?? alignReading(surface, word.reading);
    for (const part of parts) {
      const segment: RubySegment = { start: start + part.start, end: start + part.end, reading: part.reading };
      if (word.alternatives?.length && parts.length === 1) {
        const alternatives = word.alternatives
          .map((a) => (part.start === 0 && part.end === surface.length ? a : alignedPart(surface, a, part)))
          .filter((a): a is string => !!a && a !== part.reading);
        if (alternatives.length) segment.alternatives = [...new Set(alternatives)];
      }
      segments.push(segment);
    }
  }
  return segments;
}

const LATIN_LEAD = /^[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆.．・'-]+/;

/**
 * Ruby for a word that starts with Latin letters or digits (ＪＲ東海 じぇいあーるとうかい): the
 * letters stay bare and the kanji after them take the end of the reading that the dictionary
 * gives them; undefined when the word has no such start or the dictionary cannot tell.
 */
function latinLedParts(surface: string, reading: string, context: ReadingContext): ReturnType<typeof alignReading> | undefined {
  const lead = LATIN_LEAD.exec(surface)?.[0];
  if (!lead || lead.length === surface.length || !context.dictionaryReadings) return undefined;
  const rest = surface.slice(lead.length);
  const own = context.dictionaryReadings(rest)?.find((r) => reading.endsWith(r) && r.length < reading.length);
  if (!own) return undefined;
  return alignReading(rest, own).map((p) => ({ ...p, start: p.start + lead.length, end: p.end + lead.length }));
}

/** The reading an alternative gives to the same part of the surface, if it aligns the same way. */
function alignedPart(surface: string, reading: string, part: { start: number; end: number }): string | undefined {
  const parts = alignReading(surface, reading);
  return parts.length === 1 && parts[0]!.start === part.start && parts[0]!.end === part.end ? parts[0]!.reading : undefined;
}

function joinSurfaces(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += tokens[k]!.surface;
  return s;
}

function readWords(tokens: readonly Token[], context: ReadingContext): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // Particles, auxiliaries and symbols in kana carry no ruby and start no word the passes look for
    // (に対する, を通じて are particles with kanji: they go on).
    if ((token.pos === '助詞' || token.pos === '助動詞' || token.pos === '記号') && !hasKanji(token.surface)) {
      words.push({ from: i, to: i + 1, reading: '' });
      i++;
      continue;
    }
    const glossary = context.glossaryReadings && spanLookup(tokens, i, context.glossaryReadings, context.glossaryHasPrefix);
    if (glossary) {
      words.push(glossary);
      i = glossary.to;
      continue;
    }
    if (isNumberToken(token)) {
      const counted = readNumberAndCounter(tokens, i, words);
      if (counted) {
        words.push(...counted);
        i = counted[counted.length - 1]!.to;
        continue;
      }
    }
    const name = context.nameReadings && nameSpan(tokens, i, context.nameReadings);
    if (name) {
      words.push(name);
      i = name.to;
      continue;
    }
    const compound = context.dictionaryReadings && (dictionaryCompound(tokens, i, context) ?? dictionaryPhrase(tokens, i, context));
    if (compound) {
      words.push(compound);
      i = compound.to;
      continue;
    }
    const ruled = houseOf(tokens, i, context) ?? contextReading(tokens, i);
    words.push(ruled ? { from: i, to: i + 1, ...ruled } : { from: i, to: i + 1, ...dictionaryChecked(token, tokens[i - 1], tokens[i + 1], context) });
    i++;
  }
  return words;
}

/** The longest run of tokens from `i` (two or more for the dictionary, one or more for the glossary) with a reading. */
function spanLookup(
  tokens: readonly Token[],
  i: number,
  lookup: (surface: string) => readonly string[] | undefined,
  hasPrefix?: (prefix: string) => boolean,
): Word | undefined {
  let surface = '';
  let best: Word | undefined;
  for (let k = i; k < tokens.length && k < i + MAX_SPAN; k++) {
    const t = tokens[k]!;
    if (k > i && tokens[k - 1]!.start + tokens[k - 1]!.surface.length !== t.start) break;
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

function isNumberToken(t: Token): boolean {
  return t.pos === '名詞' && t.pos1 === '数';
}

/** Counters that IPADIC does not always tag as counters after a number (5月 is 名詞・一般). */
const LOOSE_COUNTERS = new Set(['月', '日', '人', '年', '時', '分', '本', '回', '歳', '才', '音']);
/** Counters' own readings where IPADIC's tag for the token may be another word (分 ぶん, 月 つき). */
const COUNTER_READINGS: Record<string, string> = {
  月: 'がつ', 日: 'にち', 人: 'にん', 年: 'ねん', 時: 'じ', 分: 'ふん', 本: 'ほん', 回: 'かい', 歳: 'さい', 才: 'さい', 音: 'おん',
};

/**
 * A number (one or more number tokens: 2 0 0 9, 二 十, 何, 数 百) and the counter after it,
 * read together; or, without a counter, a number spread over several tokens read as one.
 */
function readNumberAndCounter(tokens: readonly Token[], i: number, words: readonly Word[]): Word[] | undefined {
  let j = i;
  let surface = '';
  while (j < tokens.length && (isNumberToken(tokens[j]!) || (/^[,，]$/.test(tokens[j]!.surface) && j > i && j + 1 < tokens.length && isNumberToken(tokens[j + 1]!)))) {
    surface += tokens[j]!.surface;
    j++;
  }
  const number = readWrittenNumber(surface);
  if (!number) return undefined;
  const counter = tokens[j];
  if (counter && counter.start === tokens[j - 1]!.start + tokens[j - 1]!.surface.length && (counter.pos2 === '助数詞' || LOOSE_COUNTERS.has(counter.surface))) {
    const previous = words[words.length - 1];
    const afterMonth = !!previous && tokens[previous.to - 1]!.surface.endsWith('月') && previous.reading.endsWith('がつ');
    if (surface === '二' && counter.surface === '重' && aboutEyelids(tokens, j)) {
      // 二重 (まぶた) is the double eyelid, ふたえ.
      return [
        { from: i, to: j, reading: 'ふた' },
        { from: j, to: j + 1, reading: 'え', alternatives: ['じゅう'] },
      ];
    }
    // 15分の: minutes, unless a number follows (3分の1 is a third).
    if (counter.surface === '分の' && !isNumberToken(tokens[j + 1] ?? counter)) {
      const minutes = readCounted(number, '分', 'ふん');
      if (minutes) return [{ from: i, to: j, reading: minutes.number }, { from: j, to: j + 1, reading: minutes.counter + 'の' }];
    }
    const counterReading = COUNTER_READINGS[counter.surface] ?? toHiragana(counter.reading);
    const counted = readCounted(number, counter.surface, counterReading, { afterMonth });
    if (counted) {
      return [
        { from: i, to: j, reading: counted.number },
        { from: j, to: j + 1, reading: counted.counter, alternatives: counted.alternatives },
      ];
    }
  }
  if (j - i < 2 || !hasKanji(surface)) return undefined;
  return [{ from: i, to: j, reading: number.reading }];
}

const EYELIDS = new Set(['まぶた', '瞼', 'マブタ', 'アイプチ', 'アイテープ']);
/** Whether eyelids are spoken of within a few tokens of token j (二重 ふたえ, not にじゅう). */
function aboutEyelids(tokens: readonly Token[], j: number): boolean {
  for (let k = Math.max(0, j - 8); k < tokens.length && k <= j + 8; k++) if (EYELIDS.has(tokens[k]!.surface)) return true;
  return false;
}

/** Tokens that can be part of a compound noun the dictionary knows (子|会社, 事実|上). */
function compoundable(t: Token, first: boolean): boolean {
  // A kanji numeral inside a word the dictionary knows (同|一 どういつ, 唯|一); never a word's head, never digits.
  if (t.pos === '名詞' && t.pos1 === '数') return !first && /^[一二三四五六七八九十百千万]$/.test(t.surface);
  if (t.pos === '名詞') return t.pos1 !== '代名詞' && !(first && (t.pos1 === '接尾' || t.pos1 === '非自立'));
  if (t.pos === '接頭詞') return first;
  // この頃, その他: a demonstrative heads some dictionary words.
  if (t.pos === '連体詞') return first && hasKanjiFree(t.surface);
  // 一目|惚れ, 品|揃え: a verb stem closes a compound noun (not する's し: 説明|し is no word).
  return !first && t.pos === '動詞' && t.conjugationForm === '連用形' && hasKanji(t.surface);
}

function hasKanjiFree(text: string): boolean {
  return !hasKanji(text);
}

/**
 * The longest run of two or more tokens from `i` that the dictionary knows as one word, read as
 * the dictionary reads it (kuromoji's reading is kept when the dictionary lists it too).
 */
function dictionaryCompound(tokens: readonly Token[], i: number, context: ReadingContext): Word | undefined {
  const first = tokens[i]!;
  // A suffix-like noun heads a word when no noun precedes it (終了後の|時|系列 → 時系列).
  const heads = first.pos === '名詞' && (first.pos1 === '接尾' || first.pos1 === '非自立') && !isNounToken(tokens[i - 1]);
  if (!heads && !compoundable(first, true)) return undefined;
  let surface = first.surface;
  let best: Word | undefined;
  for (let k = i + 1; k < tokens.length && k < i + MAX_SPAN; k++) {
    const t = tokens[k]!;
    if (!compoundable(t, false) || tokens[k - 1]!.start + tokens[k - 1]!.surface.length !== t.start) break;
    surface += t.surface;
    if (context.dictionaryHasPrefix && !context.dictionaryHasPrefix(surface)) break;
    const readings = context.dictionaryReadings!(surface);
    if (!readings?.length || !hasKanji(surface)) continue;
    // The dictionary's usual reading of the whole word beats kuromoji's token by token (研究|所 しょ → じょ),
    // unless it only adds sounds at the end: a slip in the dictionary (EDICT's 移籍金 いせききんがく).
    if (dictionarySlip(readings[0]!, tokens, i, k)) continue;
    const ordered = preferredOrder(surface, readings, context);
    const others = ordered.slice(1, 4);
    best = { from: i, to: k + 1, reading: ordered[0]!, alternatives: others.length ? others : undefined };
  }
  return best;
}

/**
 * 家 after a family name is the house, け (伊達家, 垂水家), where kuromoji reads the name as a
 * common word (trades the dictionary knows, 政治家, were read whole before this).
 */
function houseOf(tokens: readonly Token[], i: number, context: ReadingContext): Word | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.surface !== '家' || t.pos1 !== '接尾' || !prev || !context.isSurname || prev.start + prev.surface.length !== t.start) return undefined;
  if (prev.pos !== '名詞' || !context.isSurname(prev.surface)) return undefined;
  return { from: i, to: i + 1, reading: 'け', alternatives: ['か', 'いえ'] };
}

/**
 * Whether the dictionary's reading of tokens from..to (inclusive) is kuromoji's reading of them
 * with sounds added at the end: a slip in the dictionary. Tokens kuromoji cannot read (聴 in
 * 愛|聴) leave nothing to compare.
 */
function dictionarySlip(reading: string, tokens: readonly Token[], from: number, to: number): boolean {
  let own = '';
  for (let m = from; m <= to; m++) {
    if (!tokens[m]!.reading) return false;
    own += toHiragana(tokens[m]!.reading);
  }
  return reading.length > own.length && reading.startsWith(own);
}

/** Tokens a set phrase cannot run across. */
function phraseBreak(t: Token): boolean {
  return t.pos === '記号' || !hasJapaneseOnly(t.surface);
}

function hasJapaneseOnly(text: string): boolean {
  if (!text) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Kana (ぁ–ヿ, with 々 〆 ヶ among them or beside), CJK ideographs and their compatibility forms.
    if (!((c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3006)) return false;
  }
  return true;
}

/**
 * The longest run of two or more tokens from `i`, of any part of speech, that the dictionary
 * knows as one word or set phrase written so (瞬く|間|に, 体|良く, 巡|洋|戦艦 where kuromoji
 * misparses); a closing verb or adjective may be inflected (印象|付け|た: 印象付ける).
 */
function dictionaryPhrase(tokens: readonly Token[], i: number, context: ReadingContext): Word | undefined {
  const first = tokens[i]!;
  if (!hasKanji(first.surface) || phraseBreak(first) || isNumberToken(first) || first.pos1 === '接尾') return undefined;
  let surface = first.surface;
  let best: Word | undefined;
  let kanjiTokens = 1;
  let particles = 0;
  for (let k = i + 1; k < tokens.length && k < i + MAX_SPAN; k++) {
    const t = tokens[k]!;
    // X|の|Y reads as its words do (犬|の|子 is a puppy, not いんのこ, the nursery charm).
    if (phraseBreak(t) || t.pos1 === '連体化' || tokens[k - 1]!.start + tokens[k - 1]!.surface.length !== t.start) break;
    const before = surface;
    surface += t.surface;
    if (hasKanji(t.surface)) kanjiTokens++;
    if (t.pos === '助詞' || t.pos === '助動詞') particles++;
    // One word and a particle (時|に, 後|に, 今日|は) is the context rules' business, not a set phrase;
    // a noun and する's stem (説明|し) is no word of its own.
    if ((kanjiTokens < 2 && particles > 0) || t.basicForm === 'する') continue;
    const known = !context.dictionaryHasPrefix || context.dictionaryHasPrefix(surface);
    const exact = known ? context.dictionaryReadings!(surface) : undefined;
    if (exact?.length) {
      // kuromoji's reading token by token stands when the dictionary gives it too (良い|感じ よい, 犬|の|子 いぬ).
      let own = '';
      for (let m = i; m <= k; m++) own += toHiragana(tokens[m]!.reading);
      if (dictionarySlip(exact[0]!, tokens, i, k)) continue;
      const ordered = exact.includes(own) ? [own, ...exact.filter((r) => r !== own)] : exact;
      best = { from: i, to: k + 1, reading: ordered[0]!, alternatives: ordered.length > 1 ? ordered.slice(1, 4) : undefined };
    } else if ((t.pos === '動詞' || t.pos === '形容詞') && t.basicForm !== t.surface && t.basicForm !== '*') {
      const inflected = inflectedReading(before, t, context);
      if (inflected) best = { from: i, to: k + 1, reading: inflected };
    }
    if (!known) break;
  }
  return best;
}

/** The reading of `before` + an inflected verb or adjective, from the dictionary's reading of `before` + its basic form. */
function inflectedReading(before: string, t: Token, context: ReadingContext): string | undefined {
  const readings = context.dictionaryReadings!(before + t.basicForm);
  if (!readings?.length) return undefined;
  const kanaTail = /[\u3041-\u309f]*$/;
  const basicTail = kanaTail.exec(t.basicForm)![0];
  const ownTail = kanaTail.exec(t.surface)![0];
  const stemLength = t.surface.length - ownTail.length;
  if (t.basicForm.length - basicTail.length !== stemLength || t.basicForm.slice(0, stemLength) !== t.surface.slice(0, stemLength)) return undefined;
  const reading = readings[0]!;
  if (!reading.endsWith(basicTail)) return undefined;
  return reading.slice(0, reading.length - basicTail.length) + ownTail;
}

/** The longest run of tokens a person's name is looked up over (美|智|也). */
const MAX_NAME_SPAN = 4;

/** A token that can be a piece of a name kuromoji split: a proper noun, or a lone kanji noun (智|花). */
function namePiece(t: Token): boolean {
  if (t.pos !== '名詞') return false;
  if (t.pos1 === '固有名詞') return true;
  return t.surface.length === 1 && hasKanji(t.surface) && (t.pos1 === '一般' || (t.pos1 === '接尾' && t.pos2 !== '人名'));
}

/**
 * The longest run of two or more name pieces from `i`, one of them tagged a person's name, that
 * the names source knows and kuromoji's pieces misread (了|平 りょう|たいら → りょうへい).
 */
function nameSpan(tokens: readonly Token[], i: number, names: (surface: string) => readonly string[] | undefined): Word | undefined {
  if (!namePiece(tokens[i]!)) return undefined;
  let best: Word | undefined;
  let surface = '';
  let own = '';
  let person = false;
  for (let k = i; k < tokens.length && k < i + MAX_NAME_SPAN; k++) {
    const t = tokens[k]!;
    if (!namePiece(t) || (k > i && tokens[k - 1]!.start + tokens[k - 1]!.surface.length !== t.start)) break;
    person ||= t.pos2 === '人名' || !t.known;
    surface += t.surface;
    own += toHiragana(t.reading);
    if (k === i || !person) continue;
    const readings = names(surface);
    if (!readings?.length || readings.includes(own)) continue;
    const others = readings.slice(1, 4);
    best = { from: i, to: k + 1, reading: readings[0]!, alternatives: others.length ? others : undefined };
  }
  return best;
}

/**
 * Where the dictionary gives a word ending in 所 both ways (造船所 ぞうせんしょ, ぞうせんじょ), the
 * voiced じょ first: it is the usual reading of institutions (研究所, 製作所, 診療所, 相談所). A
 * longer word that the dictionary reads only しょ follows the institution it ends with
 * (経済研究所 as 研究所, じょ).
 */
function preferredOrder(surface: string, readings: readonly string[], context: ReadingContext): readonly string[] {
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

/** kuromoji's reading of a single token; a word kuromoji does not know (or has no reading for) takes the dictionary's. */
function dictionaryChecked(token: Token, previous: Token | undefined, next: Token | undefined, context: ReadingContext): { reading: string; alternatives?: string[] } {
  const own = toHiragana(token.reading);
  // Known words keep kuromoji's reading (the hover popup shows the dictionary's own readings),
  // except a lone kanji kuromoji could only place as a given name or a suffix.
  if ((token.known && own && !stranded(token, previous, next)) || !context.dictionaryReadings || !hasKanji(token.surface)) return { reading: own };
  const readings = context.dictionaryReadings(token.surface);
  if (!readings?.length) return { reading: own };
  return { reading: readings[0]!, alternatives: readings.length > 1 ? readings.slice(1, 4) : undefined };
}

/**
 * A single kanji that kuromoji tags as a given name with no name or noun before it (なりたい|等
 * read ひとし), or as a suffix with nothing it could be the suffix of (づつ|体 read たい): its
 * tag is a guess, and the dictionary's usual reading is the better one.
 */
function stranded(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (token.surface.length !== 1 || token.pos !== '名詞') return false;
  const nounLike = (t: Token | undefined) => !!t && (t.pos === '名詞' || t.pos === '接頭詞') && hasJapaneseText(t.surface);
  if (token.pos2 === '人名') return !nounLike(previous) && !nounLike(next);
  // A suffix after a kana word kuromoji does not know (少し|づつ|体).
  if (token.pos1 === '接尾') return !!previous && !previous.known && /^[\u3041-\u309f]+$/.test(previous.surface);
  return false;
}

function hasJapaneseText(text: string): boolean {
  return /[\u3041-\u30ff\u4e00-\u9fff]/.test(text);
}

function isNounToken(t: Token | undefined): boolean {
  return !!t && (t.pos === '名詞' || t.pos === '接頭詞');
}
