/**
 * The reading layer's pass over numbers: a number (digits, kanji numerals, 何, 数) and the
 * counter after it, read together with the sound changes of counting (counter-reading.ts).
 */
import type { Token } from '../segmenter/token';
import { touches } from '../segmenter/token-helpers';
import { hasKanji, toHiragana } from '../text/kana';
import { readCounted, readWrittenNumber } from './counter-reading';
import { isNumberToken, type Word } from './reading-word';
import { WORD_LISTS } from './rules/context-rows';

/** Titles 元 (former) stands before (the context table's list: 元/former). */
const FORMER_TITLES = new Set(WORD_LISTS.formerTitles);
/** Counters that IPADIC does not always tag as counters after a number (5月 is 名詞・一般; 一部屋 ひとへや). */
const LOOSE_COUNTERS = new Set(['月', '日', '人', '年', '時', '分', '本', '回', '歳', '才', '音', '部屋']);

/**
 * Counters' own readings where IPADIC's reading of the token is another word (分 ぶん, 月 つき,
 * 棟 むね "ridge", 行 こう, 石 せき "stone"). Data: each row has an example and its evidence
 * (how KWDLC train's gold reads the counter after a numeral).
 */
export interface CounterRow {
  /** The counter's own reading, before the sound changes of counting (counter-reading.ts). */
  reading: string;
  /** A text with the counter after a number, and the reading the counter shows there (sound change included). */
  example: { text: string; shown: string };
  evidence: string;
}
/** The counter table, by the counter as written (exported for the test of its examples). */
export const COUNTER_ROWS: Readonly<Record<string, CounterRow>> = {
  月: { reading: 'がつ', example: { text: '5月に会う。', shown: 'がつ' }, evidence: 'the month, not つき' },
  日: { reading: 'にち', example: { text: '16日に会う。', shown: 'にち' }, evidence: 'the day' },
  人: { reading: 'にん', example: { text: '3人で行く。', shown: 'にん' }, evidence: 'people' },
  年: { reading: 'ねん', example: { text: '2009年の夏。', shown: 'ねん' }, evidence: 'KWDLC train ねん 499 of 499' },
  時: { reading: 'じ', example: { text: '9時に起きた。', shown: 'じ' }, evidence: 'the hour' },
  分: { reading: 'ふん', example: { text: '16分かかる。', shown: 'ぷん' }, evidence: 'minutes (the sound change is counter-reading.ts)' },
  本: { reading: 'ほん', example: { text: '3本買った。', shown: 'ぼん' }, evidence: 'long things' },
  回: { reading: 'かい', example: { text: '2回目の挑戦。', shown: 'かい' }, evidence: 'KWDLC train かい 81 of 81' },
  歳: { reading: 'さい', example: { text: '30歳になった。', shown: 'さい' }, evidence: 'age' },
  才: { reading: 'さい', example: { text: '5才の子。', shown: 'さい' }, evidence: 'age' },
  音: { reading: 'おん', example: { text: '2音下げる。', shown: 'おん' }, evidence: 'sounds' },
  棟: { reading: 'とう', example: { text: '客室は2棟ある。', shown: 'とう' }, evidence: 'KWDLC train とう 3 of 3 (IPADIC むね)' },
  行: { reading: 'ぎょう', example: { text: '5行の文章。', shown: 'ぎょう' }, evidence: 'KWDLC train ぎょう 2 of 2 (IPADIC こう)' },
  石: {
    reading: 'こく',
    example: { text: '三万石の城下町。', shown: 'ごく' },
    evidence: 'KWDLC train ごく (after まん) 2 of 2 (IPADIC せき)',
  },
};

/** The reading of a counter after a number, from the table (undefined: the token's own reading stands). */
function counterRowReading(counter: string): string | undefined {
  return Object.hasOwn(COUNTER_ROWS, counter) ? COUNTER_ROWS[counter]!.reading : undefined;
}

/**
 * When N日 is a date (一日 ついたち) rather than a count of days (いちにち, as in 1日に3回, 1日中):
 * rows tried in order, each with its evidence and an example (tests/core/furigana/number-words.test.ts
 * reads every example). `test` names what the row looks at around the day.
 */
export interface DateContextRow {
  test:
    | 'after-month'
    | 'after-named-month'
    | 'before-listed-day'
    | 'before-weekday'
    | 'range-of-days'
    | 'dateline'
    | 'before-time-of-day'
    | 'dated';
  evidence: string;
  /** A text, and the reading its first N日 shows there. */
  example: { text: string; shown: string };
}

export const DATE_CONTEXTS: readonly DateContextRow[] = [
  {
    test: 'after-month',
    evidence: 'A day after its month is that month’s day: 5月1日 is May 1st (ついたち), never a day’s span.',
    example: { text: '5月1日に始まる。', shown: 'ついたち' },
  },
  {
    test: 'after-named-month',
    evidence:
      'A day after a month named by its place in time (毎月, 来月, 今月, 先月, 翌月, 前月, 同月, 当月) is that month’s day: 毎月1日 is the 1st of every month. KWDLC train: 5 of 5 N日 after 毎月, 来月 or 翌月 are dates (毎月１０日 とおか, 来月２０日 はつか), none a span. 月 alone before N日 is a rate (月1日: one day a month) and is left to the other rows.',
    example: { text: '毎月1日に会報が届く。', shown: 'ついたち' },
  },
  {
    test: 'before-listed-day',
    evidence:
      'N日 listed with another N日 (、 ・ と between them) names dates, the way schedules and news list them (毎月1日と15日, １日、２日、３日); a span is said once, not listed with others. KWDLC train: 4 of 4 N日 listed so are dates (１０月７日、８日; ２９日、３０日、３１日は休館日; ６日と７日), none a span; no 一日 among them, so the row is reasoned for it, not measured.',
    example: { text: '１日、２日、３日は休みです。', shown: 'ついたち' },
  },
  {
    test: 'before-weekday',
    evidence: 'A day followed by its weekday in brackets is a date: 1日（月）.',
    example: { text: '1日（月）に集まる。', shown: 'ついたち' },
  },
  {
    test: 'range-of-days',
    evidence:
      'N日から M日まで runs from a date to a date (まつりが１日から１１日まで開催); a span of days is said with 〜 or から without まで (1日から3日かかる). KWDLC train: 1 of 1.',
    example: { text: '祭りは1日から11日まで開かれる。', shown: 'ついたち' },
  },
  {
    test: 'dateline',
    evidence:
      'News opens its report with the day after the subject and a comma (投手が１日、交渉に臨み; 明らかにすることが１日、分かった): the day it happened. KWDLC train: 2 of 2 N日 between が or は and a comma are dates.',
    example: { text: '首相が1日、記者会見を開いた。', shown: 'ついたち' },
  },
  {
    test: 'before-time-of-day',
    evidence:
      'A day with a time of day after it (1日午前8時, 1日夜, 1日未明) is when something happened, as news reports it: a span of days takes no time of day. KWDLC has three N日 before a time of day (train), each after its month, none a span: the row is reasoned for the day without a month, not measured.',
    example: { text: '事故は1日午前8時ごろ発生した。', shown: 'ついたち' },
  },
  {
    test: 'dated',
    evidence:
      'A day with 付 or 号 after it is the date a paper, an order or an issue bears (1日付で異動, 1日号). KWDLC has one (train, after its month): reasoned, not measured.',
    example: { text: '1日付で異動した。', shown: 'ついたち' },
  },
];

const LIST_MARKS = new Set(['、', '，', ',', '・', 'と']);
const COMMAS = new Set(['、', '，', ',']);
const TIMES_OF_DAY = new Set([
  '午前',
  '午後',
  '朝',
  '昼',
  '夜',
  '夕',
  '夕方',
  '未明',
  '早朝',
  '深夜',
  '正午',
  '明け方',
  '朝方',
  '夕刻',
  '昼過ぎ',
  '夜明け',
]);
const DATED = new Set(['付', '付け', '付き', '号']);
const SUBJECT_MARKS = new Set(['が', 'は']);
const NAMED_MONTH = /^[毎来今先翌前同当]月$/;
const OPENING_BRACKETS = new Set(['（', '(']);
const WEEKDAYS = /^[月火水木金土日](曜日?)?$/;

/** Whether the day (its 日 at token j, its number just before) is a date by a row of DATE_CONTEXTS. */
function isDate(tokens: readonly Token[], j: number, previous: Word | undefined): boolean {
  return DATE_CONTEXTS.some((row) => {
    switch (row.test) {
      case 'after-month':
        return !!previous && tokens[previous.to - 1]!.surface.endsWith('月') && previous.reading.endsWith('がつ');
      case 'after-named-month':
        return (
          !!previous &&
          previous.to - previous.from === 1 &&
          NAMED_MONTH.test(tokens[previous.from]!.surface) &&
          tokens.slice(previous.to, j).every(isNumberToken)
        );
      case 'before-listed-day': {
        if (!LIST_MARKS.has(tokens[j + 1]?.surface ?? '')) return false;
        let k = j + 2;
        while (k < tokens.length && isNumberToken(tokens[k]!)) k++;
        return k > j + 2 && tokens[k]?.surface === '日';
      }
      case 'before-weekday':
        return OPENING_BRACKETS.has(tokens[j + 1]?.surface ?? '') && WEEKDAYS.test(tokens[j + 2]?.surface ?? '');
      case 'range-of-days': {
        if (tokens[j + 1]?.surface !== 'から') return false;
        let k = j + 2;
        while (k < tokens.length && isNumberToken(tokens[k]!)) k++;
        return k > j + 2 && tokens[k]?.surface === '日' && tokens[k + 1]?.surface === 'まで';
      }
      case 'before-time-of-day':
        return TIMES_OF_DAY.has(tokens[j + 1]?.surface ?? '') && touches(tokens[j]!, tokens[j + 1]!);
      case 'dated':
        return DATED.has(tokens[j + 1]?.surface ?? '') && touches(tokens[j]!, tokens[j + 1]!);
      case 'dateline': {
        let k = j - 1;
        while (k >= 0 && isNumberToken(tokens[k]!)) k--;
        return k < j - 1 && SUBJECT_MARKS.has(tokens[k]?.surface ?? '') && COMMAS.has(tokens[j + 1]?.surface ?? '');
      }
    }
  });
}

/**
 * A number (one or more number tokens: 2 0 0 9, 二 十, 何, 数 百) and the counter after it,
 * read together; or, without a counter, a number spread over several tokens read as one.
 */
export function readNumberAndCounter(tokens: readonly Token[], i: number, words: readonly Word[]): Word[] | undefined {
  let j = i;
  let surface = '';
  while (
    j < tokens.length &&
    (isNumberToken(tokens[j]!) || (/^[,，]$/.test(tokens[j]!.surface) && j > i && j + 1 < tokens.length && isNumberToken(tokens[j + 1]!)))
  ) {
    surface += tokens[j]!.surface;
    j++;
  }
  const number = readWrittenNumber(surface);
  if (!number) return undefined;
  const counter = tokens[j];
  // 元 before a title is "former", not yuan: 安倍晋三|元|首相 (kuromoji reads 三元 as a sum).
  const former = counter?.surface === '元' && FORMER_TITLES.has(tokens[j + 1]?.surface ?? '');
  if (counter && !former && touches(tokens[j - 1]!, counter) && (counter.pos2 === '助数詞' || LOOSE_COUNTERS.has(counter.surface))) {
    const previous = words[words.length - 1];
    const date = counter.surface === '日' && isDate(tokens, j, previous);
    if (surface === '二' && counter.surface === '重' && aboutEyelids(tokens, j)) {
      // 二重 (まぶた) is the double eyelid, ふたえ.
      return [
        { from: i, to: j, reading: 'ふた' },
        { from: j, to: j + 1, reading: 'え', alternatives: ['じゅう'] },
      ];
    }
    // Two or three days written with a comma between the numbers (2、3日, 二、三日: にさんにち):
    // the day of the pair is counted the Sino way, not as the native 3日 みっか.
    if (counter.surface === '日' && !date && approximateDay(tokens, i, number.value))
      return [
        { from: i, to: j, reading: number.reading },
        { from: j, to: j + 1, reading: 'にち', alternatives: ['か'] },
      ];
    // 二十歳 written in kanji is はたち, one word over the three characters (20歳 keeps さい over 歳).
    if (surface === '二十' && counter.surface === '歳') return [{ from: i, to: j + 1, reading: 'はたち', alternatives: ['にじゅっさい'] }];
    // A win-loss record counts draws, 分け (わけ): ６勝４敗１分.
    if (counter.surface === '分' && previous && tokens[previous.to - 1]!.surface === '敗') {
      return [
        { from: i, to: j, reading: number.reading },
        { from: j, to: j + 1, reading: 'わけ', alternatives: ['ふん'] },
      ];
    }
    // 15分の: minutes, unless a number follows (3分の1 is a third).
    if (counter.surface === '分の' && !isNumberToken(tokens[j + 1] ?? counter)) {
      const minutes = readCounted(number, '分', 'ふん');
      if (minutes)
        return [
          { from: i, to: j, reading: minutes.number },
          { from: j, to: j + 1, reading: minutes.counter + 'の' },
        ];
    }
    const counterReading = counterRowReading(counter.surface) ?? toHiragana(counter.reading);
    const counted = readCounted(number, counter.surface, counterReading, { date });
    // A reading of numeral and counter together (1日 after a month ついたち, 2日 ふつか, 20日
    // はつか): one word over both (つい|たち would put たち over 日 alone, a reading 日 never has;
    // か over 日 with no reading over 20 reads as if 日 alone were か). Its alternatives are the
    // counter's, after the number's own reading (いちにち).
    // A count in digits read natively (2人 ふたり, 1皿 ひとさら): digits show no reading of their
    // own, so the reading stands over both, not り over 人 after a bare 2 (a reader says に).
    // Kanji numerals keep a reading each (一|人 ひと|り, KANJIDIC2's り of 人).
    if (counted?.whole || (counted && !hasKanji(surface) && (counted.number === 'ひと' || counted.number === 'ふた')))
      return [
        {
          from: i,
          to: j + 1,
          reading: counted.number + counted.counter,
          whole: true,
          alternatives: counted.alternatives?.map((a) => number.reading + a),
        },
      ];
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

/**
 * Whether the number at token i ends a pair "N、M" of neighbouring numbers that a count of days
 * says the Sino way (2、3日 にさんにち, 4、5日 しごにち, 5、6日, 6、7日, 7、8日): the first bare, not a day
 * itself (１日、２日 lists dates). 3、4日 says よっか, 1、2日 ふつか: native, left as they are.
 */
export function approximateDay(tokens: readonly Token[], i: number, value = readWrittenNumber(tokens[i]!.surface)?.value): boolean {
  if (value === undefined || !SINO_SECOND_OF_PAIR.has(value)) return false;
  const comma = tokens[i - 1];
  const first = tokens[i - 2];
  if (!comma || !first || comma.surface !== '、' || !isNumberToken(first) || !touches(first, comma) || !touches(comma, tokens[i]!))
    return false;
  if (tokens[i - 3] && isNumberToken(tokens[i - 3]!)) return false;
  return readWrittenNumber(first.surface)?.value === value - 1;
}

/** The second number of a pair of days said the Sino way: 3 (にさんにち), 5, 6, 7, 8. */
const SINO_SECOND_OF_PAIR = new Set([3, 5, 6, 7, 8]);

const EYELIDS = new Set(['まぶた', '瞼', 'マブタ', 'アイプチ', 'アイテープ']);

/** Whether eyelids are spoken of within a few tokens of token j (二重 ふたえ, not にじゅう). */
function aboutEyelids(tokens: readonly Token[], j: number): boolean {
  for (let k = Math.max(0, j - 8); k < tokens.length && k <= j + 8; k++) if (EYELIDS.has(tokens[k]!.surface)) return true;
  return false;
}
