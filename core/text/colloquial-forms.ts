/**
 * Colloquial spellings folded to the dictionary's, for lookup only: a long-vowel mark drawn out
 * in hiragana (すごーい → すごい), a run of marks after katakana (ダメーー → ダメ), an emphatic
 * small っ (すっごい → すごい), a small or repeated vowel lengthening the kana before it
 * (うまぁい → うまい, すごいいい → すごい). Yomitan calls such steps text preprocessors and tries
 * the text both with each run cut to one mark and with it left out; so does this: the rows below
 * (each with its evidence and an example that tests/core/text/colloquial-forms.test.ts checks) say
 * which runs are emphasis, and `colloquialVariants` gives the text with those runs cut to their
 * first mark, and with them dropped. The engine looks a word up in these only when the text as
 * written gives a shorter word (or none), and the popup says which form it looked up.
 *
 * Offsets are UTF-16 code units; the variants carry the map back to the original
 * (`FoldedText`, as lookup-folding.ts).
 */
import type { FoldedText } from './lookup-folding';
import { isHiraganaCode, isKanaCode, isKatakanaCode } from './kana';

export interface ColloquialRow {
  name: string;
  /** The characters of a run of emphasis. */
  marks: string;
  /** What the character before the run is. */
  after: 'hiragana' | 'katakana' | 'kana';
  /** The run counts only before one of these characters (absent: before anything). */
  before?: string;
  /** Each mark of the run repeats the vowel of the kana before the run (a vowel kana, a small vowel). */
  sameVowel?: boolean;
  /** The shortest run that is emphasis. */
  minRun: number;
  evidence: string;
  /** A written form and the forms the variants give (`collapsed`: runs cut to one mark; `dropped`: runs left out). */
  example: { written: string; collapsed: string; dropped: string };
}

const VOICED_KANA = 'がぎぐげござじずぜぞだぢづでどばびぶべぼガギグゲゴザジズゼゾダヂヅデドバビブベボ';

export const COLLOQUIAL_ROWS: readonly ColloquialRow[] = [
  {
    name: 'long-vowel mark in hiragana',
    marks: 'ーｰ〜～',
    after: 'hiragana',
    minRun: 1,
    evidence:
      'Dictionaries write native words in hiragana without ー; in hiragana the mark (or a wave dash) draws the vowel out in speech, so the word is the text without it (すごーい, うまーい, やばーい).',
    example: { written: 'すごーい', collapsed: 'すごーい', dropped: 'すごい' },
  },
  {
    name: 'a run of long-vowel marks after katakana',
    marks: 'ーｰ',
    after: 'katakana',
    minRun: 2,
    evidence:
      'Katakana words hold one ー per long vowel (コーヒー); two or more in a row are drawn-out speech: the word is the text with the run cut to one mark (コーヒーーー) or, where it had none, left out (ダメーー).',
    example: { written: 'ダメーー', collapsed: 'ダメー', dropped: 'ダメ' },
  },
  {
    name: 'emphatic small tsu before a voiced kana, in hiragana',
    marks: 'っ',
    after: 'hiragana',
    before: VOICED_KANA,
    minRun: 1,
    evidence:
      'Native words (written in hiragana) do not double a voiced consonant; a small っ before one is emphasis added in speech (すっごい, すっげー), the word is the text without it. Loanwords do (バッグ, ベッド): katakana is left alone.',
    example: { written: 'すっごい', collapsed: 'すっごい', dropped: 'すごい' },
  },
  {
    name: 'a run of small tsu',
    marks: 'っッ',
    after: 'kana',
    minRun: 2,
    evidence: 'A word holds one small っ per doubled consonant; more in a row are emphasis (やっっぱり → やっぱり).',
    example: { written: 'やっっぱり', collapsed: 'やっぱり', dropped: 'やぱり' },
  },
  {
    name: 'small vowels lengthening the kana before',
    marks: 'ぁぃぅぇぉァィゥェォ',
    after: 'kana',
    sameVowel: true,
    minRun: 1,
    evidence:
      'A small vowel of the same vowel as the kana before it adds no sound of its own (unlike ファ or ウィ): it draws that vowel out (うまぁい, かわいぃ).',
    example: { written: 'うまぁい', collapsed: 'うまぁい', dropped: 'うまい' },
  },
  {
    name: 'repeated vowels',
    marks: 'あいうえおアイウエオ',
    after: 'kana',
    sameVowel: true,
    minRun: 2,
    evidence:
      'One vowel repeating the one before is often the word itself (いい, おおきい, かわいい); two or more repeats are drawn-out speech (すごいいい, かわいいいい): cut to one, or left out.',
    example: { written: 'すごいいい', collapsed: 'すごいい', dropped: 'すごい' },
  },
];

const VOWEL_ROWS = [
  'あかさたなはまやらわがざだばぱゃぁアカサタナハマヤラワガザダバパャァ',
  'いきしちにひみりぎじぢびぴぃイキシチニヒミリギジヂビピィ',
  'うくすつぬふむゆるぐずづぶぷゅぅウクスツヌフムユルグズヅブプュゥ',
  'えけせてねへめれげぜでべぺぇエケセテネヘメレゲゼデベペェ',
  'おこそとのほもよろをごぞどぼぽょぉオコソトノホモヨロヲゴゾドボポョォ',
];

/** The vowel row (0–4: a i u e o) of a kana, or -1. */
function vowelOf(kana: string): number {
  return VOWEL_ROWS.findIndex((row) => row.includes(kana));
}

function isAfter(kind: ColloquialRow['after'], char: string): boolean {
  const c = char.charCodeAt(0);
  if (kind === 'hiragana') return isHiraganaCode(c);
  if (kind === 'katakana') return isKatakanaCode(c) && char !== 'ー' && char !== 'ｰ';
  return isKanaCode(c) && char !== 'ー' && char !== 'ｰ';
}

/** The length of the run of `row` starting at `i` (0: none there). */
function runAt(text: string, i: number, row: ColloquialRow): number {
  const previous = text[i - 1];
  if (!previous || !isAfter(row.after, previous)) return 0;
  const vowel = row.sameVowel ? vowelOf(previous) : -1;
  if (row.sameVowel && vowel < 0) return 0;
  let end = i;
  while (end < text.length && row.marks.includes(text[end]!) && (!row.sameVowel || vowelOf(text[end]!) === vowel)) end++;
  const length = end - i;
  if (length < row.minRun) return 0;
  if (row.before !== undefined && !row.before.includes(text[end] ?? '')) return 0;
  return length;
}

/** The runs of emphasis in `text`, as [start, end) in order, by the first row that matches at each place. */
export function colloquialRuns(text: string, rows: readonly ColloquialRow[] = COLLOQUIAL_ROWS): [number, number][] {
  const runs: [number, number][] = [];
  let i = 1;
  while (i < text.length) {
    let length = 0;
    for (const row of rows) {
      length = runAt(text, i, row);
      if (length > 0) break;
    }
    if (length > 0) {
      runs.push([i, i + length]);
      i += length;
    } else i++;
  }
  return runs;
}

/** The text with each run kept to `keep` characters of it, with its map back. */
function cut(text: string, runs: readonly [number, number][], keep: number): FoldedText {
  let out = '';
  const origins: number[] = [];
  let pos = 0;
  for (const [start, end] of runs) {
    for (let k = pos; k < start + keep; k++) {
      out += text[k];
      origins.push(k);
    }
    pos = end;
  }
  for (let k = pos; k < text.length; k++) {
    out += text[k];
    origins.push(k);
  }
  origins.push(text.length);
  return { text: out, origins };
}

/**
 * The text's colloquial variants, to look words up in: the runs of emphasis cut to their first
 * mark, then left out; each variant differs from the text and from the one before. Empty when the
 * text has no run.
 */
export function colloquialVariants(text: string, rows: readonly ColloquialRow[] = COLLOQUIAL_ROWS): FoldedText[] {
  const runs = colloquialRuns(text, rows);
  if (runs.length === 0) return [];
  const out: FoldedText[] = [];
  for (const variant of [cut(text, runs, 1), cut(text, runs, 0)])
    if (variant.text !== text && !out.some((v) => v.text === variant.text)) out.push(variant);
  return out;
}
