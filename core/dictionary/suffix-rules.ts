/**
 * How inflected words end, as data, for undoing inflection on plain text (no kuromoji): each
 * row replaces an ending by another and says what was undone, as 10ten Japanese Reader's
 * deinflector does. The interpreter is `deinflectText` (text-deinflection.ts).
 *
 * A row applies to a form of one of `fromTypes` (what the inflected form conjugates as: 築かれる
 * is an ichidan verb, 書かない an i-adjective) and gives a form of `toType`, which may go on
 * being undone (築かれました → 築かれる → 築く). A text as found has every type.
 *
 * Evidence: the standard conjugation of godan, ichidan, する and くる verbs and i-adjectives
 * (the godan chart below); every template row has an example that a test undoes.
 */
import type { Inflection } from './deinflection';

/** What a form conjugates as, while undoing: a bit each, so that a row may accept several. */
export const WORD_TYPE = {
  ichidan: 1,
  godan: 2,
  iAdjective: 4,
  kuru: 8,
  suru: 16,
  /** A te-form that an aspect auxiliary was taken off (食べて|いる). */
  teForm: 32,
  /** The text as found, before anything was undone. */
  initial: 64,
} as const;

const T = WORD_TYPE;

export interface SuffixRule {
  from: string;
  to: string;
  fromTypes: number;
  toType: number;
  inflections: readonly Inflection[];
  /** For godan rows: the dictionary form's last kana (which EDICT verb class it must have). */
  godanEnding?: string;
  example: string;
}

/** A godan verb's stems by its dictionary form's last kana: a-, i-, e-, o-row and te-form. */
const GODAN_CHART: readonly { ending: string; a: string; i: string; e: string; o: string; te: string }[] = [
  { ending: 'う', a: 'わ', i: 'い', e: 'え', o: 'お', te: 'って' },
  { ending: 'く', a: 'か', i: 'き', e: 'け', o: 'こ', te: 'いて' },
  { ending: 'ぐ', a: 'が', i: 'ぎ', e: 'げ', o: 'ご', te: 'いで' },
  { ending: 'す', a: 'さ', i: 'し', e: 'せ', o: 'そ', te: 'して' },
  { ending: 'つ', a: 'た', i: 'ち', e: 'て', o: 'と', te: 'って' },
  { ending: 'ぬ', a: 'な', i: 'に', e: 'ね', o: 'の', te: 'んで' },
  { ending: 'ぶ', a: 'ば', i: 'び', e: 'べ', o: 'ぼ', te: 'んで' },
  { ending: 'む', a: 'ま', i: 'み', e: 'め', o: 'も', te: 'んで' },
  { ending: 'る', a: 'ら', i: 'り', e: 'れ', o: 'ろ', te: 'って' },
];

type Stem = 'a' | 'i' | 'e' | 'o' | 'te' | 'ta';

/**
 * One inflection across the verb classes: the ending after a godan stem (`godan`: which stem,
 * and what follows), and the whole ending for ichidan, する and くる verbs and i-adjectives
 * (absent: that class has no such form).
 */
interface Template {
  inflections: readonly Inflection[];
  /** What the inflected form conjugates as (the types a row for it accepts). */
  fromTypes: number;
  /** The type of the dictionary form the row gives back for verbs (default: the verb's own class). */
  godan?: [Stem, string];
  ichidan?: string;
  suru?: string;
  kuru?: string;
  adjective?: string;
  example: string;
}

const TERMINAL = T.initial;
const TERMINAL_OR_TE = T.initial | T.teForm;

const TEMPLATES: readonly Template[] = [
  {
    inflections: ['past'],
    fromTypes: TERMINAL,
    godan: ['ta', ''],
    ichidan: 'た',
    suru: 'した',
    kuru: 'きた',
    adjective: 'かった',
    example: '書いた',
  },
  {
    inflections: ['te-form'],
    fromTypes: TERMINAL_OR_TE,
    godan: ['te', ''],
    ichidan: 'て',
    suru: 'して',
    kuru: 'きて',
    adjective: 'くて',
    example: '読んで',
  },
  {
    inflections: ['negative'],
    fromTypes: T.iAdjective,
    godan: ['a', 'ない'],
    ichidan: 'ない',
    suru: 'しない',
    kuru: 'こない',
    adjective: 'くない',
    example: '話さない',
  },
  {
    inflections: ['polite'],
    fromTypes: TERMINAL,
    godan: ['i', 'ます'],
    ichidan: 'ます',
    suru: 'します',
    kuru: 'きます',
    example: '待ちます',
  },
  {
    inflections: ['polite', 'past'],
    fromTypes: TERMINAL,
    godan: ['i', 'ました'],
    ichidan: 'ました',
    suru: 'しました',
    kuru: 'きました',
    example: '築きました',
  },
  {
    inflections: ['polite', 'negative'],
    fromTypes: TERMINAL,
    godan: ['i', 'ません'],
    ichidan: 'ません',
    suru: 'しません',
    kuru: 'きません',
    example: '飲みません',
  },
  {
    inflections: ['polite', 'negative', 'past'],
    fromTypes: TERMINAL,
    godan: ['i', 'ませんでした'],
    ichidan: 'ませんでした',
    suru: 'しませんでした',
    example: '行きませんでした',
  },
  {
    inflections: ['polite', 'volitional'],
    fromTypes: TERMINAL,
    godan: ['i', 'ましょう'],
    ichidan: 'ましょう',
    suru: 'しましょう',
    example: '始めましょう',
  },
  {
    inflections: ['desire'],
    fromTypes: T.iAdjective,
    godan: ['i', 'たい'],
    ichidan: 'たい',
    suru: 'したい',
    kuru: 'きたい',
    example: '買いたい',
  },
  {
    inflections: ['passive'],
    fromTypes: T.ichidan,
    godan: ['a', 'れる'],
    ichidan: 'られる',
    suru: 'される',
    kuru: 'こられる',
    example: '築かれる',
  },
  {
    inflections: ['causative'],
    fromTypes: T.ichidan,
    godan: ['a', 'せる'],
    ichidan: 'させる',
    suru: 'させる',
    kuru: 'こさせる',
    example: '行かせる',
  },
  { inflections: ['potential'], fromTypes: T.ichidan, godan: ['e', 'る'], suru: 'できる', example: '書ける' },
  {
    inflections: ['conditional'],
    fromTypes: TERMINAL,
    godan: ['e', 'ば'],
    ichidan: 'れば',
    suru: 'すれば',
    kuru: 'くれば',
    adjective: 'ければ',
    example: '急げば',
  },
  {
    inflections: ['conditional'],
    fromTypes: TERMINAL,
    godan: ['ta', 'ら'],
    ichidan: 'たら',
    suru: 'したら',
    kuru: 'きたら',
    adjective: 'かったら',
    example: '死んだら',
  },
  {
    inflections: ['volitional'],
    fromTypes: TERMINAL,
    godan: ['o', 'う'],
    ichidan: 'よう',
    suru: 'しよう',
    kuru: 'こよう',
    example: '遊ぼう',
  },
  { inflections: ['imperative'], fromTypes: TERMINAL, godan: ['e', ''], ichidan: 'ろ', suru: 'しろ', kuru: 'こい', example: '止まれ' },
  { inflections: ['continuative'], fromTypes: TERMINAL, godan: ['i', ''], suru: 'し', kuru: 'き', example: '話し' },
  { inflections: ['continuative'], fromTypes: TERMINAL, ichidan: '', example: '調べ' },
  { inflections: ['adverbial'], fromTypes: TERMINAL, adjective: 'く', example: '美しく' },
];

/** Aspect auxiliaries after a te-form: the word before them is a te-form, which further rows undo. */
const ASPECT_RULES: readonly SuffixRule[] = [
  { from: 'ている', to: 'て', fromTypes: T.ichidan, toType: T.teForm, inflections: ['progressive'], example: '食べている' },
  { from: 'でいる', to: 'で', fromTypes: T.ichidan, toType: T.teForm, inflections: ['progressive'], example: '読んでいる' },
  { from: 'てる', to: 'て', fromTypes: T.ichidan, toType: T.teForm, inflections: ['progressive'], example: '食べてる' },
  { from: 'てしまう', to: 'て', fromTypes: T.godan, toType: T.teForm, inflections: ['completion'], example: '忘れてしまう' },
  { from: 'でしまう', to: 'で', fromTypes: T.godan, toType: T.teForm, inflections: ['completion'], example: '読んでしまう' },
  { from: 'ておく', to: 'て', fromTypes: T.godan, toType: T.teForm, inflections: ['preparation'], example: '買っておく' },
  // 行く's te- and ta-forms are 行って, 行った (not 行いて).
  { from: 'って', to: 'く', fromTypes: TERMINAL_OR_TE, toType: T.godan, inflections: ['te-form'], godanEnding: 'く', example: '行って' },
  { from: 'った', to: 'く', fromTypes: TERMINAL, toType: T.godan, inflections: ['past'], godanEnding: 'く', example: '行った' },
];

function godanStem(row: (typeof GODAN_CHART)[number], stem: Stem): string {
  if (stem !== 'ta') return row[stem];
  return row.te.endsWith('で') ? row.te.slice(0, -1) + 'だ' : row.te.slice(0, -1) + 'た';
}

/** Every row: the templates spelt out for each class (godan once per ending), then the aspect rows. */
function expand(): SuffixRule[] {
  const rules: SuffixRule[] = [];
  for (const t of TEMPLATES) {
    const base = { fromTypes: t.fromTypes, inflections: t.inflections, example: t.example };
    if (t.godan) {
      const [stem, rest] = t.godan;
      for (const row of GODAN_CHART) {
        rules.push({ ...base, from: godanStem(row, stem) + rest, to: row.ending, toType: T.godan, godanEnding: row.ending });
      }
    }
    // An ichidan continuative (食べ, 築かれ) has no ending of its own: る is put back on the text as found.
    if (t.ichidan !== undefined) rules.push({ ...base, from: t.ichidan, to: 'る', toType: T.ichidan });
    if (t.suru !== undefined) rules.push({ ...base, from: t.suru, to: 'する', toType: T.suru });
    if (t.kuru !== undefined) rules.push({ ...base, from: t.kuru, to: 'くる', toType: T.kuru });
    if (t.adjective !== undefined) rules.push({ ...base, from: t.adjective, to: 'い', toType: T.iAdjective });
  }
  return [...rules, ...ASPECT_RULES];
}

// Pure: a bundle that imports this module for something else (the content script, for the
// word types) drops the expansion instead of running it on every page load.
export const SUFFIX_RULES: readonly SuffixRule[] = /* @__PURE__ */ expand();

/** The examples of the templates and aspect rows, for the test that undoes each. */
export const SUFFIX_RULE_EXAMPLES: readonly { example: string; inflections: readonly Inflection[] }[] = [
  ...TEMPLATES.map((t) => ({ example: t.example, inflections: t.inflections })),
  ...ASPECT_RULES.map((r) => ({ example: r.example, inflections: r.inflections })),
];
