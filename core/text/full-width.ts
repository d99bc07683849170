/**
 * Full-width ASCII (Ｕ+FF01–FF5E: ＮＡＴＯ, ２０２６, ！) and the ideographic space folded to their ASCII
 * forms, one code unit for one code unit, so that offsets into the folded text are offsets into
 * the original. The one fold of its kind: glossary form keys, the glossary matcher's text walk and
 * the popup's EDICT headwords use it.
 *
 * Not `normalize('NFKC')`: NFKC also rewrites half-width katakana (ﾃﾚﾋﾞ → テレビ, two code units
 * to one), compatibility ideographs (U+F9DC → 隆) and squared or circled forms (㈱ → (株),
 * ① → 1), which changes lengths and the page's spelling. Callers that want those folds too
 * (the glossary search box) apply NFKC themselves.
 */

/** The code unit folded: U+FF01–FF5E to U+0021–007E, U+3000 to a space, anything else as it is. */
export function halfWidthAsciiCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : code;
}

/** The text with every code unit folded by `halfWidthAsciiCode`; the same string when nothing folds. Same length. */
export function toHalfWidthAscii(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = halfWidthAsciiCode(code);
    if (folded !== code) changed = true;
    out += String.fromCharCode(folded);
  }
  return changed ? out : text;
}

/** The text with full-width digits (０–９) folded to ASCII ones and nothing else folded. Same length. */
export function toAsciiDigits(text: string): string {
  // Most text has no full-width digit: hand it back without running a replacement.
  let i = 0;
  while (i < text.length && !isFullWidthDigit(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isFullWidthDigit(code) ? String.fromCharCode(code - 0xfee0) : text[i]!;
  }
  return out;
}

function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}
