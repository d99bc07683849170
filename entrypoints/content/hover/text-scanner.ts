/**
 * The line of text a reader sees around a text node, read from the page's own DOM as it is
 * drawn: the walk collects text pieces in reading order through inline content (the flat tree:
 * open shadow roots and their slots included) and hands them to the pure sequence builder
 * (core/text/text-sequence.ts), which joins them with an offset map back to the nodes.
 *
 * - The line is the text of the nearest box that is not inline-level and does not sit in inline
 *   layout; a block box inside an inline-block (text stacked in an inline box) starts a new line
 *   only after text already seen in that inline box, so the last block of the stack joins the
 *   text after it (<span style="display:inline-block"><div>あら</div><div>洗</div></span>わないで).
 * - Text a reader does not see is left out and the text joins across it: display:none,
 *   visibility:hidden, opacity:0, font-size:0, transparent text (not a background-clipped one).
 *   <script>, <style>, <template>, <noscript> and <rp> are passed over without cutting the line.
 * - The page's <ruby>: bases count, <rt> (with what it nests) is the annotation, giving the
 *   page's reading of its base. A ruby nested in another's base is base text of both, so an
 *   outer <rt>, at any depth, stands for the whole base of its ruby.
 * - Our own nodes (data-yomu) are not page text, except the wrappers of furigana written into
 *   the page (data-yomu="text"/"ruby"), whose base text is the page's (their readings are ours).
 * - Absolutely placed text boxes of one parent (pdf.js's text layer) are read in visual order
 *   (placed-text.ts, the helper furigana uses too).
 */
import {
  buildTextSequence,
  lineAround,
  sequenceOffsetOf,
  sourcePositionAt,
  type PageReading,
  type TextPiece,
  type TextSequence,
} from '../../../core/text/text-sequence';
import { isAtomicInline, readingStackOf } from '../reading-stack';
import { hidesOwnText, hidesSubtree, SILENT_TAGS } from '../text-visibility';
import { isPlaced, placedInVisualOrder } from '../placed-text';
import { walkedShadowRoot } from '../shadow-root';

/** A line of text under the pointer, and how to get back to the page from its offsets. */
export interface ScannedText {
  /** The element the line lives in (two scans of one line have the same). */
  element: Element;
  /** The text as the reader reads it. */
  text: string;
  /** Ruby bases of the page with the page's readings. */
  readings: PageReading[];
  /** The sequence (pieces and offsets) the text was built from. */
  sequence: TextSequence<Node>;
  /** A DOM range over [start, end) of `text`, or null when the text is not in text nodes (a field's value). */
  rangeFor(start: number, end: number): Range | null;
  /** The client rects of [start, end) of `text`. */
  rectsFor(start: number, end: number): DOMRect[];
  /** The offset in `text` of a position in one of its sources (-1: not in this line). */
  offsetOf(source: Node, offset: number): number;
}

/** Not text of the line: cut it (a line break, a picture, a control, a frame). */
const BREAKING_TAGS = new Set([
  'br',
  'hr',
  'img',
  'input',
  'textarea',
  'select',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'frame',
]);
/** Most pieces a line collects (a whole long page in one block stays bounded). */
const MAX_PIECES = 4000;

/** The parent in the flat tree: the slot a node is assigned to, the host of a shadow root. */
export function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

function flatChildren(el: Element): ArrayLike<Node> {
  const root = walkedShadowRoot(el);
  if (root) return root.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    return assigned.length > 0 ? assigned : el.childNodes;
  }
  return el.childNodes;
}

function isSvg(el: Element): boolean {
  return el.namespaceURI === 'http://www.w3.org/2000/svg';
}

/** Our furigana written into the page (before the overlay): wrappers whose text is the page's, and our readings. */
function furiganaRole(el: Element): 'text' | 'reading' | 'ours' | undefined {
  const mark = el.getAttribute('data-yomu');
  if (mark === null) return undefined;
  if (mark === 'text' || mark === 'ruby') return 'text';
  return mark === 'rt' ? 'reading' : 'ours';
}

function isInlineLevel(el: Element, style: CSSStyleDeclaration): boolean {
  if (isSvg(el)) return el.localName !== 'text' && el.localName !== 'svg';
  const d = style.display;
  return d.startsWith('inline') || d === 'contents' || d.startsWith('ruby');
}

/** The box a node's line belongs to (see the file's header). */
export function lineContainer(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : flatParent(node);
  while (el) {
    if (isSvg(el) && el.localName === 'text') return el;
    const parent = flatParent(el);
    if (!parent) return el;
    if (isInlineLevel(el, getComputedStyle(el)) || isInlineLevel(parent, getComputedStyle(parent))) {
      el = parent;
      continue;
    }
    return el;
  }
  return null;
}

interface WalkState {
  pieces: TextPiece<Node>[];
  /** Text pieces emitted so far (to tell whether an inline box already holds text). */
  emitted: number;
  nextRuby: number;
  styles: Map<Element, CSSStyleDeclaration>;
}

interface WalkContext {
  role: 'text' | 'base' | 'annotation';
  ruby?: number;
  /** In the base of a nested ruby: the rubies around it whose base this is too, outermost first. */
  outerRubies?: number[];
  /** The nearest atomic inline box the walk is in, and the count of text emitted when it began. */
  atomic: { since: number } | null;
  /** The text directly here is drawn invisibly. */
  hiddenText: boolean;
}

function styleOf(state: WalkState, el: Element): CSSStyleDeclaration {
  let s = state.styles.get(el);
  if (!s) {
    s = getComputedStyle(el);
    state.styles.set(el, s);
  }
  return s;
}

function pushBreak(state: WalkState, source: Node): void {
  const last = state.pieces[state.pieces.length - 1];
  if (last && !last.break) state.pieces.push({ text: '', source, sourceStart: 0, break: true });
}

function walk(node: Node, ctx: WalkContext, state: WalkState): void {
  if (state.pieces.length >= MAX_PIECES) return;
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    if (text.data.length === 0) return;
    const piece: TextPiece<Node> = { text: text.data, source: text, sourceStart: 0, role: ctx.role };
    if (ctx.ruby !== undefined) piece.ruby = ctx.ruby;
    if (ctx.outerRubies && ctx.role === 'base') piece.outerRubies = ctx.outerRubies;
    if (ctx.hiddenText) piece.hidden = true;
    else state.emitted++;
    state.pieces.push(piece);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.localName;
  const ours = furiganaRole(el);
  if (ours === 'reading' || ours === 'ours') return;
  if (SILENT_TAGS.has(tag)) return;
  if (BREAKING_TAGS.has(tag)) return pushBreak(state, el);
  const style = styleOf(state, el);
  if (hidesSubtree(style)) return;
  const inline = ours === 'text' || isInlineLevel(el, style);
  const inAtomic = !inline && ctx.atomic !== null;
  if (!inline) {
    // A block in an inline box starts a new line only after text already in that box.
    if (!inAtomic || state.emitted > ctx.atomic!.since) pushBreak(state, el);
  }
  const child: WalkContext = { ...ctx, hiddenText: hidesOwnText(style) };
  const stack = inline && ours === undefined && ctx.ruby === undefined ? readingStackOf(el, (e) => styleOf(state, e)) : null;
  if (stack) {
    // A reading the page stacks over its base: read as its <ruby> (base, then the kana as its rt).
    const id = state.nextRuby++;
    for (const [box, role] of [[stack.base, 'base'], ...stack.annotations.map((a) => [a, 'annotation'] as const)] as const) {
      const boxStyle = styleOf(state, box);
      if (boxStyle.display === 'none') continue;
      const inBox: WalkContext = { ...child, ruby: id, role, hiddenText: hidesOwnText(boxStyle) };
      const kids = flatChildren(box);
      for (let i = 0; i < kids.length; i++) walk(kids[i]!, inBox, state);
    }
    return;
  }
  if (inline && isAtomicInline(style)) child.atomic = { since: state.emitted };
  else if (!inline && !inAtomic) child.atomic = null;
  if (tag === 'ruby' && ours === undefined) {
    // A ruby in the base of another: its base is that ruby's base too (an outer rt reads all of it).
    child.outerRubies = ctx.ruby !== undefined && ctx.role === 'base' ? [...(ctx.outerRubies ?? []), ctx.ruby] : undefined;
    child.ruby = state.nextRuby++;
    child.role = 'base';
  } else if (tag === 'rt' && ctx.ruby !== undefined) child.role = 'annotation';
  const children = flatChildren(el);
  for (let i = 0; i < children.length; i++) walk(children[i]!, child, state);
  if (!inline && !inAtomic) pushBreak(state, el);
}

/**
 * The pieces of a container, or, for an absolutely placed box among absolutely placed siblings
 * (pdf.js), of those siblings in visual order (placed-text.ts).
 */
function collectPieces(container: Element, state: WalkState): Element {
  const parent = flatParent(container);
  const style = styleOf(state, container);
  const placed =
    parent && isPlaced(style) && !isSvg(container) ? placedInVisualOrder(flatChildren(parent), (e) => styleOf(state, e)) : null;
  if (parent && placed) {
    const ctx: WalkContext = { role: 'text', atomic: { since: 0 }, hiddenText: false };
    for (const el of placed) {
      const s = styleOf(state, el);
      if (hidesSubtree(s)) continue;
      const children = flatChildren(el);
      const own: WalkContext = { ...ctx, hiddenText: hidesOwnText(s) };
      for (let i = 0; i < children.length; i++) walk(children[i]!, own, state);
    }
    return parent;
  }
  walk(container, { role: 'text', atomic: null, hiddenText: false }, state);
  return container;
}

/** Builds the scanned line from the pieces around the one holding `source`. */
function scannedLine(element: Element, pieces: TextPiece<Node>[], source: Node): ScannedText | null {
  const index = pieces.findIndex((p) => p.source === source && !p.break);
  if (index < 0) return null;
  const sequence = buildTextSequence(lineAround(pieces, index));
  return textOf(element, sequence);
}

function textOf(element: Element, sequence: TextSequence<Node>): ScannedText {
  const doc = element.ownerDocument;
  const rangeFor = (start: number, end: number): Range | null => {
    const a = sourcePositionAt(sequence, start);
    const b = sourcePositionAt(sequence, Math.max(start, end - 1));
    if (!a || !b || a.source.nodeType !== Node.TEXT_NODE || b.source.nodeType !== Node.TEXT_NODE) return null;
    const range = doc.createRange();
    range.setStart(a.source, a.offset);
    const last = b.source as Text;
    range.setEnd(last, Math.min(last.data.length, b.offset + (end > start ? 1 : 0)));
    return range;
  };
  return {
    element,
    text: sequence.text,
    readings: sequence.readings,
    sequence,
    rangeFor,
    rectsFor(start, end) {
      const range = rangeFor(start, end);
      return range ? Array.from(range.getClientRects()) : [element.getBoundingClientRect()];
    },
    offsetOf: (source, offset) => sequenceOffsetOf(sequence, source, offset),
  };
}

/** The line of text that holds text node `node`, as a reader reads it; null when the node is not drawn text. */
export function scanLineAround(node: Text): ScannedText | null {
  const container = lineContainer(node);
  if (!container) return null;
  const state: WalkState = { pieces: [], emitted: 0, nextRuby: 0, styles: new Map() };
  const element = collectPieces(container, state);
  return scannedLine(element, state.pieces, node);
}

/** A line made of one string that is not in text nodes (an image's alt, a title, a field's value), drawn over `element`. */
export function scanStandalone(element: Element, text: string, rects?: (start: number, end: number) => DOMRect[]): ScannedText {
  const sequence = buildTextSequence([{ text, source: element, sourceStart: 0 }]);
  const scanned = textOf(element, sequence);
  if (rects) scanned.rectsFor = rects;
  return scanned;
}
