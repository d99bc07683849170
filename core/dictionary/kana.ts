/** The few kana operations the lookup needs (kept here so that the dictionary core stands alone). */

/** Full-width katakana to hiragana (ヴ to ゔ); everything else unchanged. */
export function katakanaToHiragana(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : text[i];
  }
  return out;
}

/** Whether the code unit is hiragana, full-width katakana, or the long-vowel and iteration marks. */
export function isKanaCode(c: number): boolean {
  return (c >= 0x3041 && c <= 0x309f) || (c >= 0x30a0 && c <= 0x30ff);
}

/** Whether the text is non-empty and written in kana only. */
export function isAllKana(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) if (!isKanaCode(text.charCodeAt(i))) return false;
  return true;
}
