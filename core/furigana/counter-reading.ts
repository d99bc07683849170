/**
 * Numbers and counters: how a number (digits, kanji numerals, 何, 数) and the counter after it
 * are read together, with the sound changes of Japanese counting (一本 いっぽん, 三本 さんぼん,
 * 六本 ろっぽん, 一人 ひとり, 二日 ふつか, 四月 しがつ). The reading is split between the number
 * and the counter so that each can carry its own ruby (digits carry none).
 */
import { isAllHiragana, isAllKanji, isDigitCode } from '../text/kana';
import { readNumber } from './number-reading';
import { toAsciiDigits } from '../text/full-width';

/** A number as it is spoken: its plain reading, and its value when it has one (何, 数 have none). */
export interface SpokenNumber {
  reading: string;
  value?: number;
  /** The word that stands for an unknown number: なん (何) or すう (数) or いく (幾). */
  indefinite?: 'なん' | 'すう' | 'いく';
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壱: 1,
  弐: 2,
  参: 3,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
const INDEFINITE: Record<string, 'なん' | 'すう' | 'いく'> = { 何: 'なん', 数: 'すう', 幾: 'いく' };
const UNIT_READING: Record<string, string> = { 十: 'じゅう', 百: 'ひゃく', 千: 'せん', 万: 'まん', 億: 'おく', 兆: 'ちょう' };

/** How the first of two neighbouring kanji digits is said in an approximate number (四五人 しごにん, 七八人 しちはちにん). */
const APPROXIMATE_FIRST: Record<number, string> = { 1: 'いち', 2: 'に', 3: 'さん', 4: 'し', 5: 'ご', 6: 'ろく', 7: 'しち', 8: 'はっ' };

/**
 * Two neighbouring kanji digits, the second one more than the first, are an approximate number,
 * "two or three", not a positional one: 二三日 にさんにち, 五六人 ごろくにん, and so after a unit or
 * before one, 十二三歳 じゅうにさんさい (twelve or thirteen), 二三十人 にさんじゅうにん, 三四百 さんしひゃく.
 * Undefined for anything else (二〇, 二三 written with Arabic digits or across a zero stay
 * positional; 二十三 has a unit between its digits). The number has no value.
 */
function readApproximateNumber(chars: readonly string[]): SpokenNumber | undefined {
  for (let p = 0; p + 1 < chars.length; p++) {
    const a = KANJI_DIGITS[chars[p]!];
    const b = KANJI_DIGITS[chars[p + 1]!];
    if (a === undefined || b === undefined || a === 0 || b !== a + 1) continue;
    // The pair stands after a unit (or first) and before one unit at most (or last).
    if (p > 0 && !(chars[p - 1]! in SMALL_UNITS || chars[p - 1]! in BIG_UNITS)) return undefined;
    const after = chars.slice(p + 2);
    if (after.length > 1 || (after.length === 1 && !(after[0]! in SMALL_UNITS || after[0]! in BIG_UNITS))) return undefined;
    const head = p > 0 ? readWrittenNumber(chars.slice(0, p).join(''))?.reading : '';
    // The second digit with the unit after it is said as it is alone (三百 さんびゃく).
    const tail = readWrittenNumber(chars.slice(p + 1).join(''))?.reading;
    if (head === undefined || !tail) return undefined;
    return { reading: head + APPROXIMATE_FIRST[a]! + tail };
  }
  return undefined;
}

/**
 * How a written number is spoken: 2003 にせんさん, 二十 にじゅう, 10万 じゅうまん, 二〇〇九
 * にせんきゅう, 何百 なんびゃく, 数十 すうじゅう. Commas between digits are ignored. Undefined when
 * the text is no number this reader knows.
 */
export function readWrittenNumber(text: string): SpokenNumber | undefined {
  // Digits alone (2009, ２００９), the usual number: read positionally, as below, without
  // splitting the text into characters.
  if (text.length > 0 && isDigitCode(text.charCodeAt(0)) && everyUnitIsDigit(text)) {
    const digits = toAsciiDigits(text);
    const reading = readNumber(digits);
    return reading ? { reading, value: Number(digits) } : undefined;
  }
  const chars = [...toAsciiDigits(text.replace(/[,，]/g, ''))];
  if (chars.length === 0) return undefined;
  const first = chars[0]!;
  if (first in INDEFINITE) {
    const indefinite = INDEFINITE[first]!;
    // 何百 なんびゃく, 何千 なんぜん, 数十 すうじゅう: an indefinite digit before units.
    let reading = indefinite;
    for (const c of chars.slice(1)) {
      const unit = UNIT_READING[c];
      if (!unit) return undefined;
      reading += reading.endsWith('ん') && c === '百' ? 'びゃく' : reading.endsWith('ん') && c === '千' ? 'ぜん' : unit;
    }
    return { reading, indefinite };
  }
  const approximate = readApproximateNumber(chars);
  if (approximate) return approximate;
  // Positional: only digits (Arabic or kanji, 二〇〇九).
  if (chars.every((c) => (c >= '0' && c <= '9') || c in KANJI_DIGITS)) {
    const digits = chars.map((c) => (c >= '0' && c <= '9' ? c : String(KANJI_DIGITS[c]))).join('');
    const reading = readNumber(digits);
    return reading ? { reading, value: Number(digits) } : undefined;
  }
  // With units: 三百五十, 3千, 10万, 二十.
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let digitRun = '';
  // Groups whose thousand is written with its one (一千万: the 万's group), said いっせん.
  const saidOneThousand = new Set<number>();
  let oneThousand = false;
  const flushDigits = () => {
    if (digitRun) {
      pending = Number(digitRun);
      digitRun = '';
    }
  };
  for (const c of chars) {
    if (c >= '0' && c <= '9') {
      digitRun += c;
    } else if (c in KANJI_DIGITS) {
      flushDigits();
      pending = (pending ?? 0) * 10 + KANJI_DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      flushDigits();
      if (c === '千' && pending === 1) oneThousand = true;
      section += (pending ?? 1) * SMALL_UNITS[c]!;
      pending = undefined;
    } else if (c in BIG_UNITS) {
      flushDigits();
      if (oneThousand) saidOneThousand.add(Math.log10(BIG_UNITS[c]!) / 4);
      oneThousand = false;
      total += (section + (pending ?? 0) || 1) * BIG_UNITS[c]!;
      section = 0;
      pending = undefined;
    } else {
      return undefined;
    }
  }
  flushDigits();
  if (oneThousand) saidOneThousand.add(0);
  const value = total + section + (pending ?? 0);
  if (!Number.isSafeInteger(value)) return undefined;
  // A unit on its own after a number written apart (400 億) is read without いち.
  const reading = first in BIG_UNITS ? readNumber(String(value)).replace(/^いち/, '') : readNumber(String(value), saidOneThousand);
  return reading ? { reading, value } : undefined;
}

/** Whether every code unit of `text` is an ASCII or full-width digit. */
function everyUnitIsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/** A number and its counter read together, split between them. */
export interface CountedReading {
  number: string;
  counter: string;
  /** Other readings of the counter, when the choice is not sure. */
  alternatives?: string[];
  /**
   * The reading is the number's and the counter's together, not a sound change of each (二日
   * ふつか, 二十日 はつか, 一日 ついたち): drawn over both, never split (か over 日 alone, with
   * no reading over 20, reads as if 日 were か).
   */
  whole?: true;
}

const GEMINATE: readonly [string, string][] = [
  ['いち', 'いっ'],
  ['ろく', 'ろっ'],
  ['はち', 'はっ'],
  ['じゅう', 'じゅっ'],
  ['ひゃく', 'ひゃっ'],
  ['びゃく', 'びゃっ'],
  ['ぴゃく', 'ぴゃっ'],
];
/** Endings that geminate before s-, t- and ch- counters (ろく and ひゃく keep their form there). */
const GEMINATE_BEFORE_S_T = new Set(['いち', 'はち', 'じゅう']);

function geminated(reading: string, row: 'k' | 'st' | 'h' | 'p'): string | undefined {
  for (const [end, short] of GEMINATE) {
    if (!reading.endsWith(end)) continue;
    if (row === 'st' && !GEMINATE_BEFORE_S_T.has(end)) return undefined;
    return reading.slice(0, -end.length) + short;
  }
  return undefined;
}

const TO_P: Record<string, string> = { は: 'ぱ', ひ: 'ぴ', ふ: 'ぷ', へ: 'ぺ', ほ: 'ぽ' };
const TO_B: Record<string, string> = {
  は: 'ば',
  ひ: 'び',
  ふ: 'ぶ',
  へ: 'べ',
  ほ: 'ぼ',
  か: 'が',
  き: 'ぎ',
  く: 'ぐ',
  け: 'げ',
  こ: 'ご',
  さ: 'ざ',
  し: 'じ',
  す: 'ず',
  せ: 'ぜ',
  そ: 'ぞ',
  わ: 'ば',
};

function rowOf(counterReading: string): 'k' | 'st' | 'h' | 'p' | undefined {
  const c = counterReading[0] ?? '';
  if ('かきくけこ'.includes(c)) return 'k';
  if ('さしすせそたちつてと'.includes(c)) return 'st';
  if ('はひふへほ'.includes(c)) return 'h';
  if ('ぱぴぷぺぽ'.includes(c)) return 'p';
  return undefined;
}

/**
 * Counters whose first sound is voiced after ん: after さん, なん, せん, まん (三本 さんぼん,
 * 何階 なんがい), and for some also after よん (四分 よんぷん): b = voiced, p = half-voiced.
 */
const AFTER_N: Record<string, { sound: 'b' | 'p'; withYon: boolean }> = {
  本: { sound: 'b', withYon: false },
  匹: { sound: 'b', withYon: false },
  杯: { sound: 'b', withYon: false },
  百: { sound: 'b', withYon: false },
  階: { sound: 'b', withYon: false },
  軒: { sound: 'b', withYon: false },
  足: { sound: 'b', withYon: false },
  千: { sound: 'b', withYon: false },
  羽: { sound: 'b', withYon: false },
  石: { sound: 'b', withYon: false },
  分: { sound: 'p', withYon: true },
  分間: { sound: 'p', withYon: true },
  泊: { sound: 'p', withYon: true },
  発: { sound: 'p', withYon: true },
  歩: { sound: 'p', withYon: false },
  // NHK's counting words: 三票 さんびょう, 三俵 さんびょう, 三遍 さんべん; 三品 さんぴん, 三編 さんぺん, 三版 さんぱん, 三片 さんぺん.
  票: { sound: 'b', withYon: false },
  俵: { sound: 'b', withYon: false },
  遍: { sound: 'b', withYon: false },
  品: { sound: 'p', withYon: false },
  編: { sound: 'p', withYon: false },
  版: { sound: 'p', withYon: false },
  片: { sound: 'p', withYon: false },
};

/** Counters before which 4, 7 and 9 take their short or older forms (四時 よじ, 七時 しちじ, 九時 くじ). */
const SHORT_FOUR = /^(?:人|年|年間|年度|年生|年目|年代|時|時間|時半|円|日|日間|日目)$/;
const OLD_SEVEN_NINE = /^(?:時|時半|月)$/;

function adjustFourSevenNine(number: SpokenNumber, counter: string): string {
  let r = number.reading;
  if (SHORT_FOUR.test(counter) && r.endsWith('よん')) r = r.slice(0, -1);
  if (counter === '月' && r.endsWith('よん')) r = r.slice(0, -2) + 'し';
  if (OLD_SEVEN_NINE.test(counter)) {
    if (r.endsWith('なな')) r = r.slice(0, -2) + 'しち';
    if (r.endsWith('きゅう')) r = r.slice(0, -3) + 'く';
  }
  return r;
}

/** Sounds a Sino-Japanese reading of one kanji can end in after its first (こう, かん, いち, ひき, せつ). */
const SINO_ENDINGS = new Set(['ん', 'う', 'い', 'く', 'き', 'つ', 'ち', 'ー']);
/** Native counters that still count with いち, に: 一割 いちわり. */
const COUNTED_IN_SINO = new Set(['割']);

/**
 * Whether a counter is a native (kun) word, by the shape of its reading: okurigana (通り, 回り,
 * 切れ), or kanji read with three sounds or more (ふくろ), or with a second sound that no
 * Sino-Japanese reading has (さら, はこ, くみ, 部屋 へや; not ほん, まい, ひき, ちゃく).
 */
function isNativeCounter(counter: string, reading: string): boolean {
  if (COUNTED_IN_SINO.has(counter)) return false;
  const kanji = String.fromCodePoint(counter.codePointAt(0) ?? 0);
  const okurigana = counter.slice(kanji.length);
  if (!isAllKanji(kanji)) return false;
  const sounds = reading.replace(/[ゃゅょぁぃぅぇぉ]/g, '');
  // Two kanji read with two sounds, the second no Sino-Japanese reading has, are a native word
  // (部屋 へや); two kanji read with more, or with a contracted sound, are Sino-Japanese (箇月
  // かげつ, 箇所 かしょ).
  if (okurigana !== '' && isAllKanji(okurigana)) return reading.length === 2 && !SINO_ENDINGS.has(reading[1]!);
  if (okurigana !== '' && !isAllHiragana(okurigana)) return false;
  if (okurigana !== '') return true;
  return sounds.length >= 3 || (sounds.length === 2 && !SINO_ENDINGS.has(sounds[1]!));
}

/** Days counted or dated with native words: 二日 ふつか ... 十日 とおか, 二十日 はつか (read whole: CountedReading.whole). */
const NATIVE_DAYS: Record<number, string> = {
  2: 'ふつ',
  3: 'みっ',
  4: 'よっ',
  5: 'いつ',
  6: 'むい',
  7: 'なの',
  8: 'よう',
  9: 'ここの',
  10: 'とお',
  14: 'じゅうよっ',
  20: 'はつ',
  24: 'にじゅうよっ',
};

export interface CounterContext {
  /** The day is a date, not a count of days (number-words.ts's DATE_CONTEXTS: 5月1日, １日、２日): 一日 is then ついたち. */
  date?: boolean;
}

/**
 * How `number` and the counter written `counter` (read `counterReading` on its own, in
 * hiragana) are read together. Undefined when the counter is not one this module knows how
 * to read, in which case the caller keeps the readings it has.
 */
export function readCounted(
  number: SpokenNumber,
  counter: string,
  counterReading: string,
  context: CounterContext = {},
): CountedReading | undefined {
  const value = number.value;
  // Native counts: 一人 ひとり, 二人 ふたり.
  if (counter === '人') {
    if (value === 1) return { number: 'ひと', counter: 'り' };
    if (value === 2) return { number: 'ふた', counter: 'り' };
    return { number: adjustFourSevenNine(number, counter), counter: 'にん' };
  }
  // 二人組 ふたりぐみ, 三人組 さんにんぐみ.
  if (counter === '人組') {
    if (value === 1 || value === 2) return { number: value === 1 ? 'ひと' : 'ふた', counter: 'りぐみ' };
    return { number: adjustFourSevenNine(number, '人'), counter: 'にんぐみ' };
  }
  if (counter === '晩' && (value === 1 || value === 2)) return { number: value === 1 ? 'ひと' : 'ふた', counter: 'ばん' };
  const day = /^日(間|目)?$/.exec(counter);
  if (day) {
    const rest = day[1] === '間' ? 'かん' : day[1] === '目' ? 'め' : '';
    // 数日 すうじつ, 数日間 すうじつかん (数日目 stays すうにちめ).
    if (number.reading === 'すう' && rest !== 'め') return { number: 'すう', counter: 'じつ' + rest };
    if (value === 1 && !rest) {
      return context.date
        ? { number: 'つい', counter: 'たち', alternatives: ['にち'], whole: true }
        : { number: 'いち', counter: 'にち', alternatives: ['たち'] };
    }
    const native = value === undefined ? undefined : NATIVE_DAYS[value];
    if (native) return { number: native, counter: 'か' + rest, whole: true };
    return { number: adjustFourSevenNine(number, '日'), counter: 'にち' + rest };
  }
  if (counter === '月' || counter === '月間') {
    if (counter === '月' && (number.reading === 'なん' || (value !== undefined && value >= 1 && value <= 12))) {
      return { number: adjustFourSevenNine(number, '月'), counter: 'がつ', alternatives: value === 1 ? ['つき'] : undefined };
    }
    return undefined;
  }
  if (counter === '歳' && value === 20) return { number: 'にじゅっ', counter: 'さい', alternatives: ['はたち'] };
  // Native counters count natively for one and two and keep their own sound: 一皿 ひとさら, 二箱
  // ふたはこ, 一通り ひととおり, 三組 さんくみ.
  // 割 (tenths) keeps every sound: 一割 いちわり, 六割 ろくわり.
  if (counter === '割') return { number: adjustFourSevenNine(number, counter), counter: counterReading };
  if (isNativeCounter(counter, counterReading)) {
    if (value === 1) return { number: 'ひと', counter: counterReading };
    if (value === 2) return { number: 'ふた', counter: counterReading };
    return { number: adjustFourSevenNine(number, counter), counter: counterReading };
  }

  const reading = counterReading;
  const row = rowOf(reading);
  let numberReading = adjustFourSevenNine(number, counter);
  let counterOut = reading;
  if (row === 'k' || row === 'st' || row === 'p') {
    numberReading = geminated(numberReading, row) ?? numberReading;
  } else if (row === 'h') {
    // わ counters keep their sound after 1, 6, 8, 10 and 100 (1話 いちわ, 6羽 ろくわ as NHK
    // reads it); only after ん do 羽 and 把 voice (AFTER_N: 3羽 さんば).
    const short = geminated(numberReading, 'h');
    if (short) {
      numberReading = short;
      counterOut = (TO_P[reading[0]!] ?? reading[0]!) + reading.slice(1);
    }
  }
  const afterN = AFTER_N[counter];
  if (afterN && !/っ$/.test(numberReading)) {
    const voicedAfter = /(?:さん|なん|せん|ぜん|まん)$/.test(numberReading) || (afterN.withYon && numberReading.endsWith('よん'));
    if (voicedAfter) {
      const table = afterN.sound === 'p' ? TO_P : TO_B;
      counterOut = (table[reading[0]!] ?? reading[0]!) + reading.slice(1);
    }
  }
  return { number: numberReading, counter: counterOut };
}
