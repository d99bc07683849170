/**
 * Japanese character classes and kana conversions, shared by the reading layer, the dictionary,
 * the glossary and the content script. Kept small and
 * allocation-light: it runs on every token of every page.
 */

const HALF_WIDTH_KATAKANA =
  'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const VOICEABLE = 'かきくけこさしすせそたちつてとはひふへほう';
const VOICED = 'がぎぐげござじずぜぞだぢづでどばびぶべぼゔ';
const SEMI_VOICEABLE = 'はひふへほ';
const SEMI_VOICED = 'ぱぴぷぺぽ';

/**
 * Whether a code point is written as a kanji for furigana purposes: Han ideographs (all
 * planes, so 𠮟 counts), the iteration mark 々, 〆, 〇, and the small ヶ/ヵ used in counters
 * (一ヶ月), which are read as part of the kanji around them.
 */
export function isKanjiCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true; // the common block first: the usual case
  if (cp === 0x3005 || cp === 0x3006 || cp === 0x3007 || cp === 0x30f6 || cp === 0x30f5 || cp === 0x303b) return true;
  if (cp >= 0x3400 && cp <= 0x4dbf) return true;
  if (cp >= 0xf900 && cp <= 0xfaff) return true;
  if (cp >= 0x20000 && cp <= 0x3ffff) return true;
  return cp >= 0x2e80 && cp <= 0x2fdf; // radicals
}

/** Whether the text holds at least one kanji (see `isKanjiCodePoint`). */
export function hasKanji(text: string): boolean {
  // Asked of every token: the common kanji and kana, most of what it meets, are told first.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
    if (c < 0x3005) continue;
    if (c >= 0x3040 && c <= 0x30ff) {
      if (c === 0x30f5 || c === 0x30f6) return true; // ヵ ヶ
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      if (isKanjiCodePoint(cp)) return true;
      i++;
      continue;
    }
    if (isKanjiCodePoint(c)) return true;
  }
  return false;
}

/** ASCII or full-width Latin letter (A–Z, a–z, Ａ–Ｚ, ａ–ｚ). */
export function isLatinLetterCode(c: number): boolean {
  const folded = c >= 0xff21 && c <= 0xff5a ? c - 0xfee0 : c;
  return (folded >= 0x41 && folded <= 0x5a) || (folded >= 0x61 && folded <= 0x7a);
}

/** ASCII or full-width digit. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Whether the code unit is a katakana letter or the long-vowel mark ー, full or half width (not
 * the middle dot ・ nor the iteration marks ヽヾ): what makes a run of katakana.
 */
export function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0xff66 && c <= 0xff9f);
}

/** Whether the code unit is hiragana: the letters ぁ–ゖ and the iteration marks ゝ ゞ (and ゟ). */
export function isHiraganaCode(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x309f);
}

/**
 * Whether the code unit is kana a Japanese font sets one em wide: hiragana, full-width katakana,
 * ー and the iteration marks (not half-width katakana, which are half an em).
 */
export function isFullWidthKanaCode(c: number): boolean {
  return isKanaCode(c) && c < 0xff00;
}

/** Whether the code unit is hiragana, katakana (full or half width) or the long-vowel mark. */
export function isKanaCode(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x309d && c <= 0x309f) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    (c >= 0x30fc && c <= 0x30ff) ||
    (c >= 0xff66 && c <= 0xff9f)
  );
}

/**
 * Folds kana to hiragana: full-width katakana (ヴ to ゔ), and half-width katakana with their
 * voicing marks (ｶﾞ to が). Everything else is left as it is, including ー.
 */
export function toHiragana(text: string): string {
  // Most text asked (readings already folded, kanji) has nothing to fold: handed back as it is,
  // without building a copy character by character.
  let first = 0;
  while (first < text.length && !foldsToHiragana(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30a1 && c <= 0x30f6) {
      out += HIRAGANA_OF_KATAKANA[c - 0x30a1];
    } else if (c >= 0xff66 && c <= 0xff9f) {
      if (c === 0xff9e || c === 0xff9f) {
        // A voicing mark on its own (after a non-voiceable kana): keep the combining form.
        const last = out.slice(-1);
        const table = c === 0xff9e ? VOICEABLE : SEMI_VOICEABLE;
        const k = table.indexOf(last);
        if (k >= 0) out = out.slice(0, -1) + (c === 0xff9e ? VOICED : SEMI_VOICED)[k];
        else out += c === 0xff9e ? '\u3099' : '\u309a';
      } else {
        const kata = HALF_WIDTH_KATAKANA[c - 0xff66]!;
        const code = kata.charCodeAt(0);
        out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : kata;
      }
    } else {
      out += text[i];
    }
  }
  return out;
}

/** The hiragana of each full-width katakana ァ–ヶ (U+30A1–U+30F6), one string each, made once. */
const HIRAGANA_OF_KATAKANA: readonly string[] = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, k) =>
  String.fromCharCode(0x30a1 + k - 0x60),
);

/** Whether toHiragana changes the code unit: full-width katakana ァ–ヶ, half-width katakana and its marks. */
function foldsToHiragana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30f6) || (c >= 0xff66 && c <= 0xff9f);
}

/** Whether the text is non-empty and written in kana only. */
export function isAllKana(text: string): boolean {
  return everyCode(text, isKanaCode);
}

/** Whether the text is non-empty and written in hiragana only (see `isHiraganaCode`). */
export function isAllHiragana(text: string): boolean {
  return everyCode(text, isHiraganaCode);
}

/** Whether the text is non-empty and written in katakana only, letters and ー in either width (see `isKatakanaCode`). */
export function isAllKatakana(text: string): boolean {
  return everyCode(text, isKatakanaCode);
}

/** Whether the text is non-empty and every character is a kanji (see `isKanjiCodePoint`; surrogate-pair kanji too). */
export function isAllKanji(text: string): boolean {
  return everyCodePoint(text, isKanjiCodePoint);
}

/** Whether the text is non-empty and written in kana a font sets one em wide (see `isFullWidthKanaCode`). */
export function isAllFullWidthKana(text: string): boolean {
  return everyCode(text, isFullWidthKanaCode);
}

/** The run of hiragana the text ends with ('' when none): the okurigana of 築かれ is かれ. */
export function hiraganaTail(text: string): string {
  let i = text.length;
  while (i > 0 && isHiraganaCode(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

/** Whether the text is non-empty and `test` holds for each code point (a surrogate pair is one). */
function everyCodePoint(text: string, test: (cp: number) => boolean): boolean {
  if (text === '') return false;
  // By index, not `for…of`: the string iterator makes a string of each character.
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (!test(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

function everyCode(text: string, test: (c: number) => boolean): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** Whether every character is Japanese script, kana or kanji (surrogate-pair kanji too); false for ''. */
export function isAllJapanese(text: string): boolean {
  return everyCodePoint(text, isJapaneseCodePoint);
}

function isJapaneseCodePoint(cp: number): boolean {
  return isKanaCode(cp) || isKanjiCodePoint(cp);
}

/** Whether the text holds any Japanese script: kana (full or half width) or kanji. */
export function hasJapanese(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isKanaCode(text.charCodeAt(i))) return true;
  return hasKanji(text);
}

/** Whether kana `voiced` is `plain` voiced (か → が) or, for は-row kana, half-voiced (ひ → ぴ). */
export function isVoicingOf(plain: string, voiced: string): boolean {
  const step = voiced.charCodeAt(0) - plain.charCodeAt(0);
  if ('はひふへほ'.includes(plain)) return step === 1 || step === 2;
  return step === 1 && 'かきくけこさしすせそたちつてと'.includes(plain);
}

/**
 * Whether `changed` is the reading `plain` as it sounds after a numeral or in a compound: the same,
 * or with its first kana voiced or half-voiced (ふん → ぷん in 16分, はい → ぱい in 1杯, ほん →
 * ぼん in 3本, かい → がい in 3階). Both in hiragana.
 */
export function isInitialSoundChangeOf(plain: string, changed: string): boolean {
  if (plain === changed) return true;
  return plain.length === changed.length && plain.slice(1) === changed.slice(1) && isVoicingOf(plain[0] ?? '', changed[0] ?? '');
}

/** The reading with its first kana voiced (すき → ずき, かいしゃ → がいしゃ, ほん → ぼん); unchanged when it cannot be voiced. */
export function voiceFirst(reading: string): string {
  const first = reading[0] ?? '';
  return 'かきくけこさしすせそたちつてとはひふへほ'.includes(first)
    ? String.fromCharCode(first.charCodeAt(0) + 1) + reading.slice(1)
    : reading;
}
