/**
 * Text as the web writes it, folded for lookup only (the page and the surface shown stay as
 * written), with a map between the folded text and the original (UTF-16 offsets both sides):
 *
 * - half-width katakana to full width by Unicode's NFKC (ﾃﾚﾋﾞ → テレビ, ﾋﾞ two units to one);
 * - variant kanji to the form the dictionaries are written in, from the table built out of
 *   KANJIDIC2 and Unihan (髙 → 高, 陷 → 陥, 𠮟 → 叱: a surrogate pair to one unit);
 * - any other kanji beyond the Basic Multilingual Plane (𰻞) to one BMP kanji that no dictionary
 *   word holds (㐀, U+3400), so that the analyser, which takes astral characters for symbols,
 *   still sees a kanji there (a word of its own; the surface shown is the page's);
 * - the kana iteration marks ゝゞヽヾ to the kana they repeat (こゝろ → こころ, いすゞ → いすず);
 * - a small vowel or ー lengthening the hiragana before it to the full-size vowel, う for the
 *   o-row as long お is written (もぉ → もう, ねぇ → ねえ, まー → まあ).
 *
 * Pure; the engine folds a text before analysing it for the hover popup, and the same call can
 * serve the furigana's analysis.
 */
import { KANJI_VARIANT_PAIRS } from './kanji-variants-table';
import { isHiraganaCode, isKanaCode } from './kana';

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded offset 0…text.length, the original offset it starts at (last: the original length). */
  origins: number[];
}

let variants: Map<number, string> | undefined;

function variantTable(): Map<number, string> {
  if (variants) return variants;
  variants = new Map();
  const cps = [...KANJI_VARIANT_PAIRS];
  for (let i = 0; i + 1 < cps.length; i += 2) variants.set(cps[i]!.codePointAt(0)!, cps[i + 1]!);
  return variants;
}

/** The common form of a variant kanji, or undefined (not a variant the table knows). */
export function kanjiVariantOf(char: string): string | undefined {
  return variantTable().get(char.codePointAt(0)!);
}

/** What an astral kanji without a variant stands as for the analyser: a CJK Extension A kanji no dictionary word uses. */
export const ASTRAL_KANJI_STAND_IN = '\u3400';

const HALF_WIDTH_KANA = /[\uff61-\uff9f]/;
const HALF_WIDTH_VOICING = /[\uff9e\uff9f]/;
const SMALL_VOWELS: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お' };
const VOWEL_ROWS = [
  'あかさたなはまやらわがざだばぱゃ',
  'いきしちにひみりぎじぢびぴ',
  'うくすつぬふむゆるぐずづぶぷゅ',
  'えけせてねへめれげぜでべぺ',
  'おこそとのほもよろをごぞどぼぽょ',
];
const VOWELS = 'あいうえお';

/** The vowel (あいうえお) a hiragana ends in, or undefined. */
function vowelOf(kana: string): number {
  return VOWEL_ROWS.findIndex((row) => row.includes(kana));
}

/** Unicode's default-ignorable code points (DerivedCoreProperties.txt), which a renderer does not show. */
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Whether a code point may be default-ignorable, told without the pattern for kana, kanji, ASCII
 * and full-width forms (the blocks that hold none): only these are then tested by the pattern.
 */
function mayBeIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x34f && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    cp >= 0x1bca0
  );
}

/** Folds `text` for lookup; returns the text itself (and an identity map) when nothing folds. */
export function foldForLookup(text: string): FoldedText {
  let out = '';
  const origins: number[] = [];
  const push = (folded: string, origin: number) => {
    for (let k = 0; k < folded.length; k++) origins.push(origin);
    out += folded;
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    const width = char.length;
    if (HALF_WIDTH_KANA.test(char)) {
      // A half-width kana and its voicing mark fold together (ﾋﾞ → ビ).
      const cluster = HALF_WIDTH_VOICING.test(text[i + 1] ?? '') ? text.slice(i, i + 2) : char;
      push(cluster.normalize('NFKC'), i);
      i += cluster.length;
      continue;
    }
    if (mayBeIgnorable(cp) && DEFAULT_IGNORABLE.test(char)) {
      // Invisible inside a word (a zero-width joiner or space, a soft hyphen, a variation
      // selector: 国\u200D際, 葛\u{E0100}飾): left out of the analysed text, kept in the map.
      i += width;
      continue;
    }
    const variant = variantTable().get(cp);
    if (variant !== undefined) {
      push(variant, i);
      i += width;
      continue;
    }
    if (cp >= 0x20000 && cp <= 0x3ffff) {
      push(ASTRAL_KANJI_STAND_IN, i);
      i += width;
      continue;
    }
    const previous = out[out.length - 1] ?? '';
    if ((char === 'ゝ' || char === 'ゞ' || char === 'ヽ' || char === 'ヾ') && isKanaCode(previous.charCodeAt(0))) {
      // The iteration mark repeats the kana before it, voiced for ゞ ヾ where that kana can be.
      const voiced = char === 'ゞ' || char === 'ヾ' ? (previous + '\u3099').normalize('NFC') : previous;
      push(voiced.length === 1 ? voiced : previous, i);
      i += width;
      continue;
    }
    const small = SMALL_VOWELS[char];
    if ((small !== undefined || char === 'ー') && isHiraganaCode(previous.charCodeAt(0))) {
      const vowel = vowelOf(previous);
      const own = small !== undefined ? VOWELS.indexOf(small) : vowel;
      if (vowel >= 0 && own === vowel) {
        push(vowel === 4 ? 'う' : VOWELS[vowel]!, i);
        i += width;
        continue;
      }
    }
    push(char, i);
    i += width;
  }
  origins.push(text.length);
  if (out === text) return { text, origins: identity(text.length) };
  return { text: out, origins };
}

function identity(length: number): number[] {
  const origins = new Array<number>(length + 1);
  for (let k = 0; k <= length; k++) origins[k] = k;
  return origins;
}

/** The original offset of folded offset `offset` (0…folded length). */
export function originalOffset(folded: FoldedText, offset: number): number {
  return folded.origins[Math.max(0, Math.min(offset, folded.origins.length - 1))]!;
}

/** The folded offset of original offset `offset`: the folded character that holds it. */
export function foldedOffset(folded: FoldedText, offset: number): number {
  const { origins } = folded;
  let lo = 0;
  let hi = origins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (origins[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Several folded units may start at one original offset (one char unfolded to two): take the first.
  while (lo > 0 && origins[lo - 1] === origins[lo]) lo--;
  return lo;
}

/**
 * A dictionary form found for folded text, written back with the page's characters where the
 * folding changed a kanji (叱る for 𠮟られた → 𠮟る): each kanji of `form` that the folding
 * produced from another character of `original` is put back as that character.
 */
export function unfoldForm(form: string, folded: FoldedText, original: string, start: number, end: number): string {
  const back = new Map<string, string>();
  for (let k = start; k < end; k++) {
    const o = folded.origins[k]!;
    const next = folded.origins[k + 1]!;
    const source = original.slice(o, next);
    const made = folded.text[k]!;
    if (source !== made && next > o && folded.origins[k + 1] !== o && kanjiVariantOf(source) === made) back.set(made, source);
  }
  if (back.size === 0) return form;
  return [...form].map((c) => back.get(c) ?? c).join('');
}
