/**
 * Finds the page's readable Japanese text, grouped by block so that a sentence split across
 * inline elements (<a>, <b>, <span>) is segmented with its context. Only text nodes of readable
 * content are taken: never form fields, editable regions, code, scripts, the readings of the
 * page's own ruby (its base is read for context: TextBlock.pageRuby) or our own UI, nor absolutely placed boxes drawn out of source order (pdf.js's text layer: see
 * placed-text.ts). Inline content a reader does not see (text-visibility.ts, the hover scanner's test) is
 * left out and the block's text joins across it, as it does across <script>, <style> and
 * <template> inside a sentence (飲<span style="display:none">x</span>みたい reads 飲みたい). A
 * hidden block is still read (it is drawn only once it shows: a fading-in paragraph).
 */
import { hasKanji } from '../../core/text/kana';
import { readingStackOf } from './reading-stack';
import { isPlaced, placedInVisualOrder } from './placed-text';
import { hidesOwnText, hidesSubtree, showsRubyText, SILENT_TAGS } from './text-visibility';
import { walkedShadowRoot } from './shadow-root';

/** Text of one block: its text nodes in order, and where each starts in the joined text. */
export interface TextBlock {
  /** The element that holds the block (its nearest non-inline ancestor). */
  element: Element;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
  /**
   * Spans [start, end) of `text` that are the base of the page's own ruby (<ruby>政治<rt>…</rt></ruby>):
   * read with the words around them, so that 家 in 政治家 is read as the end of 政治家, but never
   * given a reading of ours (the page already shows one). A ruby whose rt the page hides (its
   * furigana turned off) is no such span: its base is bare and gets ours. Absent when the block holds none.
   */
  pageRuby?: [number, number][];
  /**
   * Where `text` starts in its one node, for a part cut from inside a text node longer than an
   * engine request (annotation-scheduler.ts, splitOversized); absent for every other block.
   */
  nodeOffset?: number;
}

/**
 * Whether two readings of a block are the same run: the same text held by the very same text
 * nodes, cut at the same offsets. Equal text is not enough: a page that splits a text node
 * (`splitText`, a framework hydrating server markup) or swaps it for an equal one keeps the
 * text, but Ranges over the nodes read before no longer cover it.
 */
export function sameRun(a: TextBlock, b: TextBlock): boolean {
  // The page's ruby shown or hidden since (its furigana switched): drawn again.
  return sameRunText(a, b) && (a.pageRuby ?? []).join(';') === (b.pageRuby ?? []).join(';');
}

/**
 * Whether two readings of a block hold the same text in the same nodes (sameRun), whatever the
 * page's ruby shows: the engine's segments of the one are the other's.
 */
export function sameRunText(a: TextBlock, b: TextBlock): boolean {
  return (
    a.element === b.element &&
    a.text === b.text &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((n, i) => n === b.nodes[i] && a.starts[i] === b.starts[i])
  );
}

/**
 * Whether a block still stands in the page as it was read: each of its text nodes connected
 * and holding exactly its slice of `text` (a node the page cut or grew fails, even when the
 * joined text reads the same).
 */
export function holdsItsText(block: TextBlock): boolean {
  return block.nodes.every((node, i) => {
    const end = i + 1 < block.starts.length ? block.starts[i + 1]! : block.text.length;
    return node.isConnected && node.data === block.text.slice(block.starts[i]!, end);
  });
}

/** Elements whose text is not ours to annotate (matched by tag name). */
const SKIPPED_TAGS = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'RT',
  'RP',
  'RTC',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'TITLE',
]);

/** The page's ruby readings inside a <ruby>: never read, and no cut in the sentence. */
const RUBY_ANNOTATION_TAGS = new Set(['rt', 'rp', 'rtc']);

/** Elements that flow inside a line: a block's sentence continues through them. */
const INLINE_TAGS = new Set([
  'A',
  'RUBY',
  'RB',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/** Whether an element's subtree is off limits: skipped tags, editable regions, our own nodes. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('data-yomu')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

/** Whether a node sits inside something we must not touch (checked up to the document). */
export function isInsideSkipped(node: Node, throughFurigana = false): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (throughFurigana && furiganaRole(el) === 'text') continue;
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** Whether an element flows inside a line (by tag: its computed display may be none). */
export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase()) || furiganaRole(el) === 'text';
}

/**
 * The element a node flows in: its parent element, or, for a node directly in an open shadow
 * root (text beside the root's elements), the root's host, as the page draws it.
 */
function flowParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

/**
 * The block an element's own text belongs to: the element itself unless it is inline, else its
 * block (through a shadow root to its host: inline content of a shadow tree flows in the host's line).
 */
export function blockOfElement(el: Element): Element {
  let e = el;
  for (let up = flowParent(e); isInline(e) && up; up = flowParent(e)) e = up;
  return e;
}

/**
 * The element whose text flows together with this node's: its nearest non-inline ancestor,
 * through shadow roots to their hosts (text directly in a shadow root flows in its host's block;
 * a shadow root itself, as a mutation's target, stands for that text too).
 */
export function blockOf(node: Node): Element | null {
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    const host = (node as ShadowRoot).host;
    return host ? blockOfElement(host) : null;
  }
  const parent = flowParent(node);
  return parent ? blockOfElement(parent) : null;
}

export interface CollectOptions {
  /** Text nodes to leave out (already annotated, say). */
  skip?: (node: Text) => boolean;
  /**
   * Read the page as the reader sees its text: through our furigana (the base text of our ruby
   * counts, our readings do not). Off for annotating, where our own nodes are not to be touched.
   */
  throughFurigana?: boolean;
  /** Keep blocks without kanji too (for Latin terms such as NATO). */
  allBlocks?: boolean;
  /**
   * Walk into shadow roots too (open ones, and custom elements' closed ones: shadow-root.ts):
   * their blocks follow the document's, each found after the walk of the tree holding its host.
   */
  intoShadowRoots?: boolean;
  /**
   * Told, where the walk goes into shadow roots, of each shadow root it enters (an empty one too)
   * with its host, and of each custom element (a hyphen in its name) that holds none it may see
   * yet, `root` null: a component not yet defined, or yet to render. A root attached later
   * changes no node the page's observers hear, so whoever keeps the blocks looks again.
   */
  onShadowHost?: (host: Element, root: ShadowRoot | null) => void;
}

/** Our furigana elements that hold page text (wrapper and ruby), and the one that holds readings. */
function furiganaRole(el: Element): 'text' | 'reading' | undefined {
  const mark = el.getAttribute('data-yomu');
  if (mark === 'text' || mark === 'ruby') return 'text';
  if (mark === 'rt') return 'reading';
  return undefined;
}

/**
 * The readable blocks under `root` that contain kanji, in document order. A block interrupted
 * by a nested block is cut into separate runs, so that text is never joined across a line break.
 */
export function collectReadableBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  const walk = walkReadableBlocks(root, options);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * Nodes (elements and text) the walk visits between two looks at the clock. Small: with the CPU
 * slowed 4× and the code not yet compiled, 256 text nodes took up to 200 ms in one go.
 */
const NODES_PER_STEP = 16;

/**
 * The same walk as collectReadableBlocks, pausing for the page whenever it has run `budgetMs`
 * (a whole long page read through our furigana takes 50 ms and more at once). The page may
 * change during the pauses: the result is then what the walk saw, and the caller's observer of
 * page changes is what sets it right.
 */
export async function collectReadableBlocksInSlices(
  root: Node,
  options: CollectOptions,
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<TextBlock[]> {
  const walk = walkReadableBlocks(root, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** The walk itself: yields every NODES_PER_STEP nodes visited (elements included), returns the blocks. */
function* walkReadableBlocks(root: Node, options: CollectOptions): Generator<void, TextBlock[], void> {
  const skip = options.skip ?? (() => false);
  const through = options.throughFurigana ?? false;
  const doc = root.ownerDocument ?? (root as Document);
  const rootElement = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : undefined;
  const rootSkipped = rootElement && isSkippedElement(rootElement) && !(through && furiganaRole(rootElement) === 'text');
  if (rootSkipped || isInsideSkipped(root, through)) return [];
  let current: TextBlock | undefined;
  let visited = 0;
  const shadows: ShadowRoot[] = [];
  const win = doc.defaultView;
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let style = styles.get(el);
    if (!style) styles.set(el, (style = win!.getComputedStyle(el)));
    return style;
  };
  /** Per parent of placed boxes: whether they are drawn out of source order (placed-text.ts). */
  const scrambled = new Map<Element, boolean>();
  const outOfOrder = (el: Element): boolean => {
    const parent = el.parentElement;
    if (!parent || !isPlaced(styleOf(el))) return false;
    let known = scrambled.get(parent);
    if (known === undefined) {
      const visual = placedInVisualOrder(parent.childNodes, styleOf);
      const source = visual && Array.from(parent.children).filter((c) => visual.includes(c));
      known = !!visual && visual.some((v, i) => v !== source![i]);
      scrambled.set(parent, known);
    }
    return known;
  };

  // Whether the page's ruby shows a reading: a page that hides its rt (display:none, hidden,
  // no size, no opacity: furigana turned off) leaves the base bare, and ours is drawn there.
  const shown = new Map<Element, boolean>();
  const showsItsReading = (ruby: Element): boolean => {
    let known = shown.get(ruby);
    if (known === undefined) {
      known = Array.from(ruby.getElementsByTagName('rt')).some((rt) => showsRubyText(rt, styleOf));
      shown.set(ruby, known);
    }
    return known;
  };

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      visited++;
      if (through) {
        const role = furiganaRole(el);
        if (role === 'text') return NodeFilter.FILTER_SKIP;
        if (role === 'reading') return NodeFilter.FILTER_REJECT;
      }
      // What is never drawn is passed over: the run of text goes on across it.
      // Hidden inline content (a span inside a word) likewise; a hidden block is left as it was.
      if (SILENT_TAGS.has(el.localName) || (win && isInline(el) && hidesSubtree(styleOf(el)))) return NodeFilter.FILTER_REJECT;
      // The page's own ruby reading (rt, rp, rtc) is not its text: the sentence goes on through it.
      if (RUBY_ANNOTATION_TAGS.has(el.localName) && el.parentElement?.closest('ruby:not([data-yomu])')) return NodeFilter.FILTER_REJECT;
      // A nested block or something we skip ends the current run of text; so does a reading
      // the page stacks over its base (kana over kanji in an inline-block), read as its <ruby>.
      // Placed boxes drawn in another order than the source's (pdf.js's characters) are left
      // unread: a block's text is read in source order, and their readings would be wrong.
      if (isSkippedElement(el) || (win && (readingStackOf(el, styleOf) || outOfOrder(el)))) {
        current = undefined;
        return NodeFilter.FILTER_REJECT;
      }
      if (options.intoShadowRoots) {
        const shadow = walkedShadowRoot(el);
        if (shadow) shadows.push(shadow);
        if (shadow || el.localName.includes('-')) options.onShadowHost?.(el, shadow);
      }
      if (!isInline(el)) current = undefined;
      return NodeFilter.FILTER_SKIP;
    },
  });

  const blocks: TextBlock[] = [];
  let nextStep = NODES_PER_STEP;
  for (let n = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode(); n; n = walker.nextNode()) {
    if (++visited >= nextStep) {
      nextStep = visited + NODES_PER_STEP;
      yield;
    }
    const text = n as Text;
    if (skip(text) || text.data.length === 0) {
      current = undefined;
      continue;
    }
    // Text drawn invisibly where it stands (hidden, zero-size, transparent) is left out, not a cut.
    if (win && text.parentElement && isInline(text.parentElement) && hidesOwnText(styleOf(text.parentElement))) continue;
    const element = blockOf(text);
    if (!element) continue;
    if (!current || current.element !== element) {
      current = { element, nodes: [], starts: [], text: '' };
      blocks.push(current);
    }
    const ruby = text.parentElement?.closest('ruby:not([data-yomu])');
    if (ruby && (!win || showsItsReading(ruby)))
      (current.pageRuby ??= []).push([current.text.length, current.text.length + text.data.length]);
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
    if (root.nodeType === Node.TEXT_NODE) break;
  }
  const ownShadow = rootElement && options.intoShadowRoots ? walkedShadowRoot(rootElement) : null;
  if (ownShadow) shadows.unshift(ownShadow);
  if (rootElement && options.intoShadowRoots && (ownShadow || rootElement.localName.includes('-')))
    options.onShadowHost?.(rootElement, ownShadow);
  for (const shadow of shadows) blocks.push(...(yield* walkReadableBlocks(shadow, options)));
  return options.allBlocks ? blocks : blocks.filter((b) => hasKanji(b.text));
}
