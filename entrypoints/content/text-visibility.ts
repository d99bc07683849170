/**
 * Whether the page's text is drawn for a reader to see: one test for every reader of the page
 * (the hover scanner, furigana's block walk). Text a reader does not see is left out and the
 * text joins across it: display:none, opacity:0, screen-reader-only boxes (the element and all
 * it holds), and text drawn
 * invisibly where it stands (visibility:hidden, font-size:0, transparent text that is not a
 * background-clipped one). <script>, <style>, <template>, <noscript> are never drawn and do not
 * cut a sentence either.
 */

/** Elements passed over without cutting the line: never drawn, or not text (lower-case tag names). */
export const SILENT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'rp', 'head', 'title', 'link', 'meta']);

/**
 * Whether an element's whole subtree is not drawn (display:none, opacity:0, or visually hidden
 * for screen readers only: the "sr-only" pattern, placed out of the flow and clipped to nothing
 * or to a 1 px box hiding its overflow), from its computed style.
 */
export function hidesSubtree(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || parseFloat(style.opacity) === 0 || screenReaderOnly(style);
}

function screenReaderOnly(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  if (/^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip) || /^inset\(50%\)$/.test(style.clipPath)) return true;
  return (style.overflow === 'hidden' || style.overflow === 'clip') && parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1;
}

/** Whether the text directly in an element is drawn invisibly, from its computed style (children may show theirs). */
export function hidesOwnText(style: CSSStyleDeclaration): boolean {
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (parseFloat(style.fontSize) === 0) return true;
  const transparent = style.color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(style.color);
  const clipped =
    style.backgroundClip === 'text' || (style as CSSStyleDeclaration & { webkitBackgroundClip?: string }).webkitBackgroundClip === 'text';
  return transparent && !clipped;
}

/**
 * Whether the page shows a ruby annotation (an rt): it has text, and it is drawn visibly where
 * it stands: not display:none or of no opacity (itself, or inside its ruby), nor hidden,
 * transparent or of no size (hidesOwnText). A page's "furigana off" switch does one of these.
 */
export function showsRubyText(rt: Element, styleOf: (el: Element) => CSSStyleDeclaration): boolean {
  if (!rt.textContent?.trim()) return false;
  const ruby = rt.closest('ruby');
  for (let el: Element | null = rt; el && el !== ruby; el = el.parentElement) {
    const s = styleOf(el);
    if (s.display === 'none' || parseFloat(s.opacity) === 0) return false;
  }
  return !hidesOwnText(styleOf(rt));
}
