/**
 * What the tokens kuromoji splits off after a verb or adjective undo, as data: each row matches
 * one token (by IPADIC's part of speech, subdivision, dictionary form, conjugation type or form)
 * and names the inflection it stands for, with an example a test runs through kuromoji. The
 * interpreter is `auxiliaryMeaning` in deinflection.ts; the first row that matches wins.
 *
 * Colloquial forms are kuromoji's own analyses of them (食べ|てる: てる is a non-independent verb
 * of its own, not て + いる), so each gets a row of its own.
 */
import type { Inflection } from './deinflection';

export interface AuxiliaryRule {
  /** IPADIC part of speech (品詞) of the token. */
  pos: string;
  pos1?: string;
  /** Dictionary forms (基本形) the token may have. */
  basicForms?: readonly string[];
  /** Conjugation type (活用型) and a prefix of the conjugation form (活用形). */
  conjugationType?: string;
  conjugationFormPrefix?: string;
  /** Only right after the te-particle (て/で): 〜ている, 〜てしまう, 〜ておく. */
  afterTe?: boolean;
  inflections: readonly Inflection[];
  /** The te-form before it is part of this inflection (〜ている is progressive, not te-form + …). */
  replacesTeForm?: boolean;
  /** A word that shows the row, and the span deinflection must cover. */
  example: string;
}

export const AUXILIARY_RULES: readonly AuxiliaryRule[] = [
  // After て/で: the auxiliary verbs that make an aspect of the verb.
  {
    pos: '動詞',
    pos1: '非自立',
    basicForms: ['いる'],
    afterTe: true,
    inflections: ['progressive'],
    replacesTeForm: true,
    example: '食べている',
  },
  {
    pos: '動詞',
    pos1: '非自立',
    basicForms: ['しまう'],
    afterTe: true,
    inflections: ['completion'],
    replacesTeForm: true,
    example: '読んでしまう',
  },
  {
    pos: '動詞',
    pos1: '非自立',
    basicForms: ['おく'],
    afterTe: true,
    inflections: ['preparation'],
    replacesTeForm: true,
    example: '買っておく',
  },
  // Passive and causative suffixes.
  { pos: '動詞', pos1: '接尾', basicForms: ['れる', 'られる'], inflections: ['passive'], example: '築かれる' },
  { pos: '動詞', pos1: '接尾', basicForms: ['せる', 'させる', 'しめる'], inflections: ['causative'], example: '食べさせる' },
  // Contracted auxiliaries of speech: ちゃう/じゃう (てしまう), てる/でる (ている), とく/どく (ておく).
  { pos: '動詞', pos1: '非自立', basicForms: ['ちゃう', 'じゃう'], inflections: ['completion'], example: '食べちゃう' },
  { pos: '動詞', pos1: '非自立', basicForms: ['てる', 'でる'], inflections: ['progressive'], example: '読んでる' },
  { pos: '動詞', pos1: '非自立', basicForms: ['とく', 'どく'], inflections: ['preparation'], example: '読んどく' },
  // Auxiliary verbs (助動詞) by conjugation type.
  { pos: '助動詞', conjugationType: '特殊・タ', conjugationFormPrefix: '仮定形', inflections: ['conditional'], example: '読んだら' },
  { pos: '助動詞', conjugationType: '特殊・タ', inflections: ['past'], example: '食べた' },
  { pos: '助動詞', conjugationType: '特殊・マス', inflections: ['polite'], example: '食べます' },
  {
    pos: '助動詞',
    conjugationType: '特殊・ナイ',
    conjugationFormPrefix: '仮定縮約',
    inflections: ['negative', 'conditional'],
    example: '行かなきゃ',
  },
  { pos: '助動詞', conjugationType: '特殊・ナイ', inflections: ['negative'], example: '知らねえ' },
  { pos: '助動詞', conjugationType: '特殊・ヌ', inflections: ['negative'], example: '知らぬ' },
  { pos: '助動詞', basicForms: ['ん'], inflections: ['negative'], example: '分からん' },
  { pos: '助動詞', conjugationType: '特殊・タイ', inflections: ['desire'], example: '読みたい' },
  { pos: '助動詞', conjugationType: '不変化型', basicForms: ['う', 'よう'], inflections: ['volitional'], example: '行こう' },
  // The negative adjective after an adjective's -ku (高くない).
  { pos: '形容詞', pos1: '非自立', basicForms: ['ない'], inflections: ['negative'], example: '高くない' },
  // Conjunctive particles: -te, -ba, and -cha/-ja (ては/では contracted: 行かなくちゃ).
  { pos: '助詞', pos1: '接続助詞', basicForms: ['て', 'で'], inflections: ['te-form'], example: '食べて' },
  { pos: '助詞', pos1: '接続助詞', basicForms: ['ば'], inflections: ['conditional'], example: '読めば' },
  { pos: '助詞', pos1: '接続助詞', basicForms: ['ちゃ', 'じゃ'], inflections: ['te-wa'], example: '行かなくちゃ' },
];
