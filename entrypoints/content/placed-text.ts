/**
 * Absolutely placed text boxes of one parent, as pdf.js's text layer writes them (one box per
 * character or run, placed by `left`/`top`, in any source order): their order as a reader reads
 * them, lines top to bottom, left to right in a line. One helper for both readers of the page:
 * the hover scanner reads such boxes in this order; furigana leaves them unread where this order
 * is not the source order (its text is read in source order: a reading there would be wrong).
 */

/** Most absolutely placed siblings read as one line (pdf.js places one box per run or character). */
const MAX_PLACED_SIBLINGS = 600;

/** Whether a box is taken out of the flow and placed by coordinates. */
export function isPlaced(style: CSSStyleDeclaration): boolean {
  return style.position === 'absolute' || style.position === 'fixed';
}

/**
 * The element children of `parent` that are placed and hold text, in visual order (see the
 * file's header); null when there are fewer than two. `children` are the parent's children as
 * the caller walks them (the flat tree's, say); `styleOf` gives computed styles (a cache).
 */
export function placedInVisualOrder(children: ArrayLike<Node>, styleOf: (el: Element) => CSSStyleDeclaration): Element[] | null {
  const siblings: { el: Element; rect: DOMRect }[] = [];
  for (let i = 0; i < children.length && siblings.length < MAX_PLACED_SIBLINGS; i++) {
    const c = children[i]!;
    if (c.nodeType !== Node.ELEMENT_NODE || !(c as Element).textContent || !isPlaced(styleOf(c as Element))) continue;
    siblings.push({ el: c as Element, rect: (c as Element).getBoundingClientRect() });
  }
  if (siblings.length < 2) return null;
  siblings.sort((a, b) => {
    const sameLine = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top) > Math.min(a.rect.height, b.rect.height) / 2;
    return sameLine ? a.rect.left - b.rect.left : a.rect.top - b.rect.top;
  });
  return siblings.map((s) => s.el);
}
