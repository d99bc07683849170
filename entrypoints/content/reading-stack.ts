/**
 * A reading the page draws itself without <ruby>: an atomic inline box (inline-block,
 * inline-flex…) whose block children stack the reading, all kana, over its base, which holds
 * kanji — `<span style="display:inline-block"><div>あら</div><div>洗</div></span>わないで`.
 * One detection for both readers of the page: the hover scanner takes the kana as the base's
 * reading (as it takes an <rt>), and furigana draws no second reading over such a base (as it
 * draws none over the page's <ruby>).
 */
import { hasKanji, isAllKana } from '../../core/text/kana';

/** An inline-level box with its own inside (inline-block, inline-flex…): blocks in it stack. */
export function isAtomicInline(style: CSSStyleDeclaration): boolean {
  const d = style.display;
  return d.startsWith('inline-') || d === 'inline flow-root';
}

function isBlockLevel(style: CSSStyleDeclaration): boolean {
  const d = style.display;
  return d === 'block' || d === 'flow-root' || d === 'flex' || d === 'grid' || d === 'list-item' || d === 'table';
}

/** The parts of a stacked reading: the boxes holding the reading, and the box holding its base. */
export interface ReadingStack {
  annotations: Element[];
  base: Element;
}

/**
 * The stacked reading `el` is, or null: `el` an atomic inline box with no text of its own and
 * two or more block children, the bottom one holding kanji, each above it non-empty kana only
 * (the last child at the bottom; the first in a flex column-reverse).
 * `styleOf` gives computed styles (a cache, say); DOM tests come first, so that most elements
 * cost no style.
 */
export function readingStackOf(el: Element, styleOf: (el: Element) => CSSStyleDeclaration): ReadingStack | null {
  const kids = Array.from(el.children);
  if (kids.length < 2) return null;
  for (const node of Array.from(el.childNodes)) if (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '') return null;
  // The boxes top to bottom: a flex column drawn in reverse (column-reverse) puts the source's
  // first child at the bottom.
  const stacked = (order: Element[]): ReadingStack | null => {
    const annotations = order.slice(0, -1);
    const base = order[order.length - 1]!;
    if (!annotations.every((a) => isAllKana((a.textContent ?? '').trim())) || !hasKanji(base.textContent ?? '')) return null;
    return { annotations, base };
  };
  const reversed = [...kids].reverse();
  const found = stacked(kids) ?? stacked(reversed);
  if (!found) return null;
  const style = styleOf(el);
  if (!isAtomicInline(style)) return null;
  if (found.base !== kids[kids.length - 1] && style.flexDirection !== 'column-reverse') return null;
  if (!kids.every((k) => isBlockLevel(styleOf(k)))) return null;
  return found;
}
