/**
 * What the pointer really hits: the character drawn under a point, wherever the page put it.
 *
 * 1. The caret nearest the point (`caretPositionFromPoint`, given the open shadow roots under the
 *    point so that it enters them, nested ones too), if the character after or before it is
 *    drawn there, or starts just right of the point on the same line (a pointer on the white
 *    space before a word).
 * 2. Else every element under the point, top first (`elementsFromPoint`, in the document and in
 *    the shadow roots): an overlay that draws nothing (a transparent link over a card) is looked
 *    through; a text field gives its value at the character under the point; an image its alt text.
 * 3. Else text the hit test cannot see, `pointer-events:none` (subtitles under a player's
 *    transparent layer): the boxes beside the hit elements' ancestors that ignore the pointer,
 *    searched for the character under the point.
 * 4. Else a `title` in Japanese on an element under the point.
 * Never our own UI (data-yomu), nor the page's text it covers, except furigana written into the
 * page, whose readings map to their base.
 */
import { hasJapanese } from '../../../core/text/kana';
import { flatParent } from './text-scanner';
import { walkedShadowRoot } from '../shadow-root';

export type Hit =
  | { kind: 'text'; node: Text; offset: number }
  | { kind: 'field'; field: HTMLInputElement | HTMLTextAreaElement }
  | { kind: 'label'; element: Element; text: string };

/** Text-like input types whose value a reader reads (never passwords). */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);
/** Ancestors searched for boxes that ignore the pointer, and elements searched in them at most. */
const PASS_THROUGH_DEPTH = 6;
const PASS_THROUGH_BUDGET = 400;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function charEnd(node: Text, index: number): number {
  return Math.min(node.data.length, index + (isHighSurrogate(node.data.charCodeAt(index)) ? 2 : 1));
}

function charRects(node: Text, index: number): DOMRectList {
  const range = node.ownerDocument.createRange();
  range.setStart(node, index);
  range.setEnd(node, charEnd(node, index));
  return range.getClientRects();
}

function rectHas(r: DOMRect, x: number, y: number, slack = 0.5): boolean {
  return x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
}

/** Whether the character of `node` at `index` is drawn where (x, y) is. */
function characterContains(node: Text, index: number, x: number, y: number): boolean {
  if (index < 0 || index >= node.data.length) return false;
  const rects = charRects(node, index);
  for (let i = 0; i < rects.length; i++) if (rectHas(rects[i]!, x, y)) return true;
  return false;
}

/** The character under (x, y) near caret `offset` of `node`, or -1. */
function characterNearCaret(node: Text, offset: number, x: number, y: number): number {
  if (characterContains(node, offset, x, y)) return offset;
  if (characterContains(node, offset - 1, x, y)) return offset - 1;
  if (offset >= 2 && isHighSurrogate(node.data.charCodeAt(offset - 2)) && characterContains(node, offset - 2, x, y)) return offset - 2;
  // Just before a character on the same line (white space, padding before a word): that one.
  if (offset < node.data.length) {
    const rects = charRects(node, offset);
    const r = rects[0];
    if (r && r.width > 0 && y >= r.top && y <= r.bottom && x < r.left && x >= r.left - r.height) return offset;
  }
  return -1;
}

/**
 * The index of the character of `node` drawn under (x, y), or -1: the node's line boxes first,
 * then a binary search along the text (characters of a horizontal line run left to right, lines
 * top to bottom), then a plain scan where that order does not hold.
 */
export function characterAtPoint(node: Text, x: number, y: number): number {
  const length = node.data.length;
  if (length === 0) return -1;
  const whole = node.ownerDocument.createRange();
  whole.selectNodeContents(node);
  const lines = whole.getClientRects();
  let onLine = false;
  for (let i = 0; i < lines.length && !onLine; i++) onLine = rectHas(lines[i]!, x, y);
  if (!onLine) return -1;
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = charRects(node, mid)[0];
    if (!r) break;
    if (rectHas(r, x, y)) return mid;
    const before = r.bottom <= y || (r.top <= y && r.right <= x);
    if (before) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = 0; i < Math.min(length, 4000); i++) if (characterContains(node, i, x, y)) return i;
  return -1;
}

/** Our readings written into the page (before the overlay): a point on one is on its base. */
function baseOfOurReading(el: Element): Text | null {
  const rt = el.closest('rt[data-yomu="rt"]');
  const ruby = rt?.parentElement;
  if (!ruby) return null;
  for (const n of Array.from(ruby.childNodes)) if (n.nodeType === Node.TEXT_NODE && (n as Text).data.length > 0) return n as Text;
  return null;
}

/** Whether an element is drawn visibly (not display:none, visibility:hidden, opacity:0 itself or by an ancestor). */
function isDrawn(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  // A `display: contents` element has no box, so checkVisibility() says false; its text is drawn
  // in the nearest ancestor's box, with the visibility it inherits from the element.
  let box: Element | null = el;
  while (box && getComputedStyle(box).display === 'contents') {
    if (getComputedStyle(box).visibility !== 'visible') return false;
    box = flatParent(box);
  }
  return box === null || box.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** Whether a node is inside our own UI (not the page's text). */
export function isOurs(node: Node): boolean {
  for (let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : flatParent(node); el; el = flatParent(el)) {
    const mark = el.getAttribute('data-yomu');
    if (mark !== null && mark !== 'text' && mark !== 'ruby') return true;
  }
  return false;
}

function isTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** Shadow roots the hit test takes at most (a page nesting deeper is not followed further). */
const MAX_SHADOW_ROOTS = 16;

/**
 * The shadow roots under the point (nested ones too, and custom elements' closed ones:
 * shadow-root.ts), and every element there, top first, document and roots merged. A `display: contents` host has no box, so `elementsFromPoint` never
 * returns it, and text directly in its shadow root is drawn in its parent's box: the children
 * (light and shadow) of each element under the point are looked at for such hosts.
 */
function stackAt(doc: Document, x: number, y: number): { roots: ShadowRoot[]; elements: Element[] } {
  const roots: ShadowRoot[] = [];
  const elements: Element[] = [];
  const enter = (root: ShadowRoot) => {
    if (roots.includes(root) || roots.length >= MAX_SHADOW_ROOTS) return;
    roots.push(root);
    visit(root.elementsFromPoint(x, y));
    boxlessHostsIn(root.children);
  };
  const boxlessHostsIn = (children: HTMLCollection) => {
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      const root = walkedShadowRoot(c);
      if (root && getComputedStyle(c).display === 'contents') enter(root);
    }
  };
  const visit = (list: Element[]) => {
    for (const el of list) {
      if (!elements.includes(el)) elements.push(el);
      const root = walkedShadowRoot(el);
      if (root) enter(root);
      boxlessHostsIn(el.children);
    }
  };
  visit(doc.elementsFromPoint(x, y));
  return { roots, elements };
}

function caretAt(doc: Document, x: number, y: number, roots: ShadowRoot[]): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = roots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots: roots }) : doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** A text node directly in `el` (or in its shadow root) with a character under the point. */
function ownTextAt(el: Element, x: number, y: number): Hit | null {
  const root = walkedShadowRoot(el);
  const lists = [el.childNodes, ...(root ? [root.childNodes] : [])];
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const index = characterAtPoint(n as Text, x, y);
      if (index >= 0) return { kind: 'text', node: n as Text, offset: index };
    }
  }
  return null;
}

/** Text under the point in boxes that ignore the pointer, beside the ancestors of the hit element. */
function passThroughText(top: Element, x: number, y: number, seen: readonly Element[]): Hit | null {
  let budget = PASS_THROUGH_BUDGET;
  const search = (el: Element): Hit | null => {
    if (--budget < 0 || isOurs(el)) return null;
    const own = ownTextAt(el, x, y);
    if (own) return own;
    const children = (walkedShadowRoot(el) ?? el).children;
    for (let i = 0; i < children.length; i++) {
      const found = search(children[i]!);
      if (found) return found;
    }
    return null;
  };
  let ancestor: Element | null = top;
  for (let depth = 0; ancestor && depth < PASS_THROUGH_DEPTH; depth++, ancestor = flatParent(ancestor)) {
    const children = (walkedShadowRoot(ancestor) ?? ancestor).children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (seen.includes(c) || getComputedStyle(c).pointerEvents !== 'none') continue;
      if (!rectHas(c.getBoundingClientRect(), x, y, 0)) continue;
      const found = search(c);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The Japanese `title` of the nearest element at or above `node` (flat tree, shadow hosts too),
 * as a label hit, or null: what a reader is shown over text that has no Japanese of its own
 * (`<abbr title="国際連合">UN</abbr>`, `<span title="大統領選挙">★★★</span>`).
 */
function japaneseTitleAbove(node: Node): Hit | null {
  for (let el = flatParent(node); el; el = flatParent(el)) {
    if (isOurs(el)) return null;
    const title = el.getAttribute('title');
    if (title && hasJapanese(title)) return { kind: 'label', element: el, text: title };
  }
  return null;
}

/**
 * What is under (x, y), or null (blank space, our UI, nothing readable). Text under the point
 * that has no Japanese gives way to a Japanese title above it; Japanese text wins over a title.
 */
export function hitTest(doc: Document, x: number, y: number): Hit | null {
  const hit = drawnHitAt(doc, x, y);
  if (hit?.kind === 'text' && hit.node.data.trim() !== '' && !hasJapanese(hit.node.data)) return japaneseTitleAbove(hit.node) ?? hit;
  return hit;
}

function drawnHitAt(doc: Document, x: number, y: number): Hit | null {
  const { roots, elements } = stackAt(doc, x, y);
  // Our own UI on top (the glossary panel, a popup the reader is using) covers the page's text
  // under it: nothing, not the page's words behind it. Our readings map to their base below.
  const top = elements[0];
  if (top && isOurs(top) && !baseOfOurReading(top)) return null;
  const caret = caretAt(doc, x, y, roots);
  const caretParent = caret ? flatParent(caret.node) : null;
  if (caret && caret.node.nodeType === Node.TEXT_NODE && !isOurs(caret.node) && caretParent && isDrawn(caretParent)) {
    const index = characterNearCaret(caret.node as Text, caret.offset, x, y);
    if (index >= 0) return { kind: 'text', node: caret.node as Text, offset: index };
  }
  for (const el of elements) {
    const reading = baseOfOurReading(el);
    if (reading) return { kind: 'text', node: reading, offset: 0 };
    if (isOurs(el) || !isDrawn(el)) continue;
    if (isTextField(el)) return el.value || el.placeholder ? { kind: 'field', field: el } : null;
    if (el.localName === 'img' && hasJapanese(el.getAttribute('alt') ?? ''))
      return { kind: 'label', element: el, text: el.getAttribute('alt')! };
    const own = ownTextAt(el, x, y);
    if (own) return own;
  }
  const pageTop = elements.find((el) => !isOurs(el));
  if (pageTop) {
    const through = passThroughText(pageTop, x, y, elements);
    if (through) return through;
  }
  for (const el of elements) {
    const title = el.getAttribute('title');
    if (title && hasJapanese(title) && !isOurs(el)) return { kind: 'label', element: el, text: title };
  }
  return null;
}
