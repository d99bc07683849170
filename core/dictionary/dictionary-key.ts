/**
 * How the dictionary compares text with its keys. EDICT spells Latin letters and digits in
 * full width (ＮＡＴＯ, １日) while web pages mostly use ASCII, so keys and queries are both
 * folded: printable ASCII becomes its full-width form (one code unit for one, so offsets in the
 * query stay offsets in the page's text). Kana and kanji are left as they are.
 */
export function normalizeKey(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) return foldAscii(text);
  }
  return text;
}

function foldAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : text[i];
  }
  return out;
}
