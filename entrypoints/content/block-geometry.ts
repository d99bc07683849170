/**
 * Reads where a block's readings go: the rects of each segment's base text (Range client
 * rects), the block's font and line gap, and what its ancestors do to it (a `position:fixed`
 * ancestor, a sticky one, scroll containers, boxes that clip it, the stacking context it paints
 * in). Reads only: the caller reads every block of a slice, then writes (no layout thrash).
 * Ancestor answers are remembered for one reader, that is one slice of work.
 */
import { opensTopLayer } from './top-layer';
import { hasKanji, isAllFullWidthKana } from '../../core/text/kana';
import type { RubySegment } from '../../core/furigana/ruby-segment';
import { holdsItsText, type TextBlock } from './readable-blocks';
import { rangeForSpan } from './block-ranges';
import type { DrawnReading, GroupLook, LayerRect } from './furigana-layer';
import { lineNumbers, placeOnLine, splitReading, type BaseBox } from './reading-placement';
import { zoomOf } from './css-zoom';
import { showsRubyText } from './text-visibility';

/** What the ancestors of an element (and the element itself) do to its text. */
interface AncestorContext {
  fixed: boolean;
  sticky: boolean;
  /** Outermost numeric z-index of a positioned ancestor, or 'auto'. */
  zIndex: string;
  /** Ancestors whose overflow clips (hidden, clip, auto, scroll), innermost first; not html or body. */
  clips: Element[];
  /** The clipping ancestors that scroll (overflow auto or scroll): their scroll moves the text. */
  scrollers: Element[];
  /** Ancestors (and the element) that hide what overflows them in some direction: see `HidingBox`. */
  hiding: HidingBox[];
  /** Set when the element or an ancestor clamps its lines (`line-clamp`). */
  lineClamped: boolean;
  /** Set inside an open modal dialog or popover: the browser draws it in its top layer. */
  topLayer: boolean;
}

/**
 * The boxes of the page's own ruby annotations (rt) in a block, in viewport px, named for the
 * writing mode (inline extent along the line, block extent across it): readings the page draws,
 * which ours must keep clear of where the page's reading is wider than its base
 * (<ruby>東京<rt>とうきょう</rt></ruby>大学). An rt the page hides (display, visibility, opacity, a transparent
 * colour, no size) is none.
 */
function pageRubyTexts(
  element: Element,
  vertical: boolean,
  styleOf: (el: Element) => CSSStyleDeclaration,
): { start: number; end: number; blockStart: number; blockEnd: number }[] {
  const texts = element.getElementsByTagName('rt');
  const boxes: { start: number; end: number; blockStart: number; blockEnd: number }[] = [];
  for (let i = 0; i < texts.length; i++) {
    // Judged as readable-blocks.ts judges it, so that a reading of ours drawn there is never kept clear of.
    if (!showsRubyText(texts[i]!, styleOf)) continue;
    for (const r of Array.from(texts[i]!.getClientRects())) {
      if (r.width <= 0 || r.height <= 0) continue;
      boxes.push(
        vertical
          ? { start: r.top, end: r.bottom, blockStart: r.left, blockEnd: r.right }
          : { start: r.left, end: r.right, blockStart: r.top, blockEnd: r.bottom },
      );
    }
  }
  return boxes;
}

/** A block's runs with the segments the engine gave them. */
export interface SegmentedRun {
  block: TextBlock;
  segments: readonly RubySegment[];
}

/** What a block needs measured, and what measuring it gave. */
export interface BlockMeasure {
  look: GroupLook;
  readings: DrawnReading[];
  /** The block's border box in the group's coordinates, to notice later that it moved. */
  box: string;
  sticky: boolean;
  scrollers: Element[];
  /** Each scroll container's effective CSS zoom (css-zoom.ts): its scroll offsets times it are viewport px. */
  scrollZooms: number[];
  /** Its scroll containers' scroll offsets, summed, when measured (viewport px: scrollOffset). */
  scrolledAt: { left: number; top: number };
  /** The inline elements holding its measured text (see textPlace), to notice later that its text moved inside it. */
  probes: Element[];
  /** Its first and last text nodes with a kanji (see textPlace): what the Range of textPlace spans. */
  placeSpan: PlaceSpan | undefined;
  /** textPlace() of the block when measured. */
  textPlace: number;
}

/**
 * The inline elements a block's textPlace reads at most beside its own text: the parents (other
 * than the block) of its measured text, in text order.
 */
const ELEMENT_PROBES = 6;
/** Past this many child nodes, a block's textPlace reads its probes only (its text's rects are one per node and line). */
const MAX_CHILD_NODES = 100;

/**
 * A box that hides what overflows it across (`x`) or down (`y`) without a scroll to reach it: an
 * overflow of hidden or clip in that direction (a box that scrolls one way and hides the other
 * hides that other way), paint containment (`contain: paint`, `strict`, `content`) or a
 * `clip-path` (both ways). Room given inside it may push text out of sight.
 */
export interface HidingBox {
  box: Element;
  x: boolean;
  y: boolean;
}

/** The font size, line gap (line-height − font-size) and clamping of a block, in viewport px (zoom included). */
export interface BlockRoomNeeds {
  fontSize: number;
  gap: number;
  /** The reading size the reader asked for over this block's text (px). */
  wanted: number;
  /** The block and its ancestors that hide what overflows them: room there may hide text. */
  hiding: HidingBox[];
  lineClamped: boolean;
}

/** Whether an overflow value hides what overflows without a scroll to reach it. */
const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';

/** How `s` hides what overflows its box (see `HidingBox`), or undefined when it hides nothing. */
function hidingOf(el: Element, s: CSSStyleDeclaration): HidingBox | undefined {
  const contain = s.contain ?? '';
  const both = /paint|strict|content/.test(contain) || (s.clipPath !== '' && s.clipPath !== 'none' && s.clipPath !== undefined);
  const x = both || hides(s.overflowX);
  const y = both || hides(s.overflowY);
  return x || y ? { box: el, x, y } : undefined;
}

/** Below this size (px, and fraction of its base's size) a reading is not drawn: it could not be read. */
const MIN_READING_PX = 7;
const MIN_READING_SCALE = 0.35;
/**
 * Over a line at an edge (a clipping box's, or the viewport's above a fixed or stuck header), a
 * reading smaller than that still beats one the edge cuts: a 16 px header's first line has 6 px
 * above its em box, where a reading of 8.8 px lost its top third.
 */
const MIN_EDGE_READING_PX = 5;

/**
 * The clear space kept between two readings on a line, in characters of the reading's size:
 * readings of neighbouring words that met edge to edge (協定、共同軍事演習: きょうてい|きょうどう…)
 * read as one run of kana. jlreq §3.3.8 keeps a whole ruby character where two readings hang over
 * the same kana; the page's text cannot spread here, so a part of one, enough to see the break
 * without condensing long readings much more.
 */
const READING_GAP = 0.4;

/** The parent in the flat sense: across a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

export class GeometryReader {
  private readonly contexts = new Map<Element, AncestorContext>();
  private readonly styles = new Map<Element, CSSStyleDeclaration>();
  private readonly zooms = new Map<Element, number>();

  constructor(
    private readonly win: Window,
    /** Inline size (px) of `text` set in `font` (a CSS font shorthand). */
    private readonly measureText: (text: string, font: string) => number,
    /** Reading size as a fraction of the base's font size. */
    private readonly rubyScale: number,
    /** The layer's origin in the viewport (see FuriganaLayer.origin). */
    private readonly origin: { x: number; y: number },
    private readonly format: (hiragana: string) => string,
  ) {}

  /** An element's effective CSS zoom, remembered for the slice. */
  private zoom(el: Element): number {
    let z = this.zooms.get(el);
    if (z === undefined) {
      z = zoomOf(el);
      this.zooms.set(el, z);
    }
    return z;
  }

  style(el: Element): CSSStyleDeclaration {
    let s = this.styles.get(el);
    if (!s) {
      s = this.win.getComputedStyle(el);
      this.styles.set(el, s);
    }
    return s;
  }

  private context(el: Element): AncestorContext {
    const known = this.contexts.get(el);
    if (known) return known;
    const parent = parentOf(el);
    const doc = el.ownerDocument;
    const s = this.style(el);
    const above: AncestorContext = parent
      ? this.context(parent)
      : { fixed: false, sticky: false, zIndex: 'auto', clips: [], scrollers: [], hiding: [], lineClamped: false, topLayer: false };
    const position = s.position;
    const fixed = position === 'fixed';
    const isRoot = el === doc.documentElement || el === doc.body;
    const overflow = `${s.overflowX} ${s.overflowY}`;
    const clipping = !isRoot && overflow !== 'visible visible';
    const scrolling = clipping && /auto|scroll/.test(overflow);
    // A fixed box escapes the clipping and scrolling of the boxes around it.
    const clipsAbove = fixed ? [] : above.clips;
    const scrollersAbove = fixed ? [] : above.scrollers;
    const hidingAbove = fixed ? [] : above.hiding;
    const hiding = isRoot ? undefined : hidingOf(el, s);
    const numericZ = position !== 'static' && s.zIndex !== 'auto' && s.zIndex !== '';
    const clamp = (s as CSSStyleDeclaration & { webkitLineClamp?: string }).webkitLineClamp;
    const context: AncestorContext = {
      fixed: above.fixed || fixed,
      sticky: above.sticky || position === 'sticky',
      zIndex: above.zIndex !== 'auto' ? above.zIndex : numericZ ? s.zIndex : 'auto',
      clips: clipping ? [el, ...clipsAbove] : clipsAbove,
      scrollers: scrolling ? [el, ...scrollersAbove] : scrollersAbove,
      hiding: hiding ? [hiding, ...hidingAbove] : hidingAbove,
      lineClamped: above.lineClamped || (clamp !== undefined && clamp !== 'none' && clamp !== ''),
      topLayer: above.topLayer || opensTopLayer(el),
    };
    this.contexts.set(el, context);
    return context;
  }

  /**
   * The ellipsis the innermost clipping box with one paints (see EllipsisZone), sized 1 em of
   * its font (the width of … in Japanese fonts; wider than in Latin ones, so on the safe side).
   */
  private ellipsisZone(clips: readonly Element[], vertical: boolean): EllipsisZone | undefined {
    for (const c of clips) {
      const s = this.style(c);
      const clamp = (s as CSSStyleDeclaration & { webkitLineClamp?: string }).webkitLineClamp;
      const clamped = clamp !== undefined && clamp !== 'none' && clamp !== '';
      const unwrapped = s.textOverflow === 'ellipsis' && /nowrap|pre/.test(s.whiteSpace);
      if (!clamped && !unwrapped) continue;
      const r = c.getBoundingClientRect();
      const z = zoomOf(c);
      const size = (parseFloat(s.fontSize) || 16) * z;
      const end = vertical ? r.top + (c.clientTop + c.clientHeight) * z : r.left + (c.clientLeft + c.clientWidth) * z;
      // (Vertical line-clamps are rare: there every line's end is taken as possibly covered.)
      const blockEnd = r.top + (c.clientTop + c.clientHeight) * z;
      return { end, size, ...(clamped && !vertical ? { lastLineAfter: blockEnd } : {}) };
    }
    return undefined;
  }

  /** Font size, line gap and what may keep a block from getting room for its readings. */
  roomNeeds(element: Element, firstTextParent: Element | null): BlockRoomNeeds {
    const s = this.style(element);
    // Styles are in each element's own px: times its zoom, the viewport's (css-zoom.ts).
    const blockZoom = zoomOf(element);
    const textFont = firstTextParent ? parseFloat(this.style(firstTextParent).fontSize) * zoomOf(firstTextParent) : NaN;
    const fontSize = textFont || parseFloat(s.fontSize) * blockZoom || 16;
    const blockFont = parseFloat(s.fontSize) * blockZoom || fontSize;
    // 'normal' is the font's own spacing: about 1.45 em for the CJK fonts pages use.
    const lineHeight = s.lineHeight === 'normal' ? blockFont * 1.45 : parseFloat(s.lineHeight) * blockZoom || blockFont * 1.45;
    const context = this.context(element);
    return {
      fontSize,
      gap: lineHeight - fontSize,
      wanted: fontSize * this.rubyScale,
      hiding: context.hiding,
      lineClamped: context.lineClamped,
    };
  }

  /** Measures one block's readings; `roomy` says whether the block has (or needs no) room for them. */
  measure(element: Element, runs: readonly SegmentedRun[], roomy: boolean): BlockMeasure {
    const s = this.style(element);
    const context = this.context(element);
    const vertical = s.writingMode.startsWith('vertical') || s.writingMode.startsWith('sideways');
    // Readings go on the line-over side: the right in vertical-rl and vertical-lr alike (CSS
    // Writing Modes; where the browser puts an rt), the left in sideways-lr only.
    const verticalLeft = s.writingMode === 'sideways-lr';
    const dx = context.fixed ? 0 : this.origin.x;
    const dy = context.fixed ? 0 : this.origin.y;
    // The edges no scrolling brings more into view beyond, in viewport px. Above horizontal text:
    // the viewport's top for fixed text and for sticky text (stuck there, it scrolls with the
    // viewport), the document's else. Beside vertical text: the viewport's sides for fixed and
    // sticky text, none else (a page scrolls sideways).
    const pinned = context.fixed || context.sticky;
    const ceiling = context.fixed ? 0 : context.sticky ? Math.max(0, this.origin.y) : this.origin.y;
    const sides = pinned ? { left: 0, right: element.ownerDocument.documentElement.clientWidth } : { left: -Infinity, right: Infinity };
    const blockRect = element.getBoundingClientRect();
    const box = `${Math.round(blockRect.left - dx)},${Math.round(blockRect.top - dy)},${Math.round(blockRect.width)},${Math.round(blockRect.height)}`;

    let clip: LayerRect | undefined;
    for (const c of context.clips) {
      const r = c.getBoundingClientRect();
      const z = zoomOf(c);
      const area = { left: r.left + c.clientLeft * z, top: r.top + c.clientTop * z, right: 0, bottom: 0 };
      area.right = area.left + c.clientWidth * z;
      area.bottom = area.top + c.clientHeight * z;
      clip = clip
        ? {
            left: Math.max(clip.left, area.left),
            top: Math.max(clip.top, area.top),
            right: Math.min(clip.right, area.right),
            bottom: Math.min(clip.bottom, area.bottom),
          }
        : area;
    }
    const visible = clip;
    const ellipsis = visible ? this.ellipsisZone(context.clips, vertical) : undefined;
    if (clip)
      clip = {
        left: clip.left - dx,
        top: clip.top - dy,
        right: Math.max(clip.left, clip.right) - dx,
        bottom: Math.max(clip.top, clip.bottom) - dy,
      };

    const look: GroupLook = {
      fixed: context.fixed,
      topLayer: context.topLayer,
      zIndex: context.zIndex,
      vertical,
      color: s.color,
      fontFamily: s.fontFamily,
      ...(clip ? { clip } : {}),
    };
    const needs = roomy ? undefined : this.roomNeeds(element, runs[0]?.block.nodes[0]?.parentElement ?? null);
    const readings: DrawnReading[] = [];
    const pieces: { box: BaseBox; base: string; reading: string; part?: string; uncertain?: true; fontSize: number; over: number }[] = [];

    const measured: { run: number; seg: RubySegment; parent: Element }[] = [];
    for (const [runIndex, { block, segments }] of runs.entries()) {
      // Text the page changed since it was segmented is not drawn: the observer of page
      // changes has it read again.
      if (!holdsItsText(block)) continue;
      for (const seg of segments) {
        if (seg.end <= seg.start || !seg.reading) continue;
        const range = rangeForSpan(block, seg.start, seg.end);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue;
        const parent = nodeAt(block, seg.start)?.parentElement ?? element;
        // In viewport px, as the rects are: the text is drawn times its zoom.
        const fontSize = (parseFloat(this.style(parent).fontSize) || 16) * this.zoom(parent);
        let size = fontSize * this.rubyScale;
        if (needs && needs.gap < size) size = needs.gap;
        if (size < MIN_READING_PX || size < fontSize * MIN_READING_SCALE) continue;
        const reading = this.format(seg.reading);
        const base = block.text.slice(seg.start, seg.end);
        const font = `${size}px ${look.fontFamily}`;
        const lines = toLines(rects, vertical);
        // A word its clipping boxes cut (a line-clamp, a max-height, an ellipsis painted over its
        // end) gets no reading at all: half a word's reading over half a word misleads.
        if (visible && !lines.every((line) => baseShown(lineBox(line, vertical), visible, vertical, ellipsis))) continue;
        measured.push({ run: runIndex, seg, parent });
        const parts = lines.length === 1 ? [reading] : splitReading(reading, this.charsPerLine(block, seg, lines, vertical));
        const bases = lines.length === 1 ? [base] : this.basesPerLine(block, seg, lines, vertical);
        lines.forEach((line, k) => {
          const text = parts[k] ?? '';
          if (!text) return;
          // The em box of the base: its content area is taller than 1 em in CJK fonts.
          const across = vertical ? line.right - line.left : line.bottom - line.top;
          const inset = Math.max(0, (across - fontSize) / 2);
          // A clipping box's edge just above the base (the first line of an overflow:hidden
          // box), or the top nothing scrolls above (the viewport's for a fixed header, else the
          // document's): the reading takes the room there is, if it stays legible, rather than
          // being cut.
          let lineSize = size;
          const room = !vertical
            ? line.top + inset - Math.max(visible?.top ?? -Infinity, ceiling)
            : verticalLeft
              ? line.left + inset - Math.max(visible?.left ?? -Infinity, sides.left)
              : Math.min(visible?.right ?? Infinity, sides.right) - (line.right - inset);
          if (room < lineSize && room >= MIN_EDGE_READING_PX && room >= fontSize * MIN_READING_SCALE) lineSize = room;
          const lineFont = lineSize === size ? font : `${lineSize}px ${look.fontFamily}`;
          // Kana are set full-width (1 em) in Japanese fonts, and our layer turns proportional
          // features off: no text metrics needed (the canvas is the slowest read here).
          const readingSize = isAllFullWidthKana(text) ? Array.from(text).length * lineSize : this.measureText(text, lineFont);
          const over = vertical ? (verticalLeft ? line.left + inset - lineSize : line.right - inset) : line.top + inset - lineSize;
          pieces.push({
            box: {
              start: vertical ? line.top : line.left,
              end: vertical ? line.bottom : line.right,
              blockStart: vertical ? line.left : line.top,
              blockEnd: vertical ? line.right : line.bottom,
              readingSize,
            },
            base: bases[k] ?? base,
            reading: text,
            ...(lines.length > 1 ? { part: `${k + 1}/${lines.length}` } : {}),
            ...(seg.uncertain ? { uncertain: true as const } : {}),
            fontSize: lineSize,
            over,
          });
        });
      }
    }

    // Readings on one line share it: place them together.
    const lineOf = lineNumbers(pieces.map((p) => p.box));
    const byLine = new Map<number, number[]>();
    lineOf.forEach((line, i) => {
      const list = byLine.get(line);
      if (list) list.push(i);
      else byLine.set(line, [i]);
    });
    const limitStart = vertical ? blockRect.top : blockRect.left;
    const limitEnd = vertical ? blockRect.bottom : blockRect.right;
    const pageReadings = pieces.length ? pageRubyTexts(element, vertical, (el) => this.style(el)) : [];
    for (const indices of byLine.values()) {
      const readingPx = Math.max(...indices.map((i) => pieces[i]!.fontSize));
      // The page's own readings (its rt) in the band our readings take on this line.
      const bandStart = Math.min(...indices.map((i) => pieces[i]!.over));
      const bandEnd = Math.max(...indices.map((i) => pieces[i]!.over + pieces[i]!.fontSize));
      const fixed = pageReadings.filter((r) => r.blockStart < bandEnd && r.blockEnd > bandStart);
      const placed = placeOnLine(
        indices.map((i) => pieces[i]!.box),
        limitStart,
        limitEnd,
        READING_GAP * readingPx,
        fixed,
      );
      indices.forEach((i, k) => {
        const p = pieces[i]!;
        const at = placed[k]!;
        // No room left between the page's own readings: none rather than one drawn over theirs.
        if (at.scale <= 0) return;
        // A reading cut by a box that shows its base whole is left out rather than drawn in part.
        if (visible && baseInside(p.box, visible, vertical) && !readingInside(p, at, visible, vertical)) return;
        readings.push({
          base: p.base,
          reading: p.reading,
          ...(p.part ? { part: p.part } : {}),
          ...(p.uncertain ? { uncertain: true as const } : {}),
          left: (vertical ? p.over : at.start) - dx,
          top: (vertical ? at.start : p.over) - dy,
          fontSize: p.fontSize,
          scale: at.scale,
        });
      });
    }
    const scrollZooms = context.scrollers.map((c) => zoomOf(c));
    const probes = inlineProbes(element, measured);
    const placeSpan = kanjiSpan(runs);
    return {
      look,
      readings,
      box,
      sticky: context.sticky,
      scrollers: context.scrollers,
      scrollZooms,
      scrolledAt: scrollOffset(context.scrollers, scrollZooms),
      probes,
      placeSpan,
      textPlace: textPlace(element, placeSpan, probes, dx, dy),
    };
  }

  /** How many characters of a segment lie on each of its lines (by each character's own rect). */
  private charsPerLine(block: TextBlock, seg: RubySegment, lines: LineRect[], vertical: boolean): number[] {
    return this.charLines(block, seg, lines, vertical).map((chars) => chars.length);
  }

  private basesPerLine(block: TextBlock, seg: RubySegment, lines: LineRect[], vertical: boolean): string[] {
    return this.charLines(block, seg, lines, vertical).map((chars) => chars.join(''));
  }

  private charLines(block: TextBlock, seg: RubySegment, lines: LineRect[], vertical: boolean): string[][] {
    const out = lines.map(() => [] as string[]);
    for (let i = seg.start; i < seg.end;) {
      const cp = block.text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      const r = rangeForSpan(block, i, i + len).getBoundingClientRect();
      const middle = vertical ? (r.left + r.right) / 2 : (r.top + r.bottom) / 2;
      let line = lines.findIndex((l) => (vertical ? middle >= l.left && middle <= l.right : middle >= l.top && middle <= l.bottom));
      if (line < 0) line = 0;
      out[line]!.push(block.text.slice(i, i + len));
      i += len;
    }
    return out;
  }
}

/**
 * The parents of a block's measured text that its Range in textPlace does not show, up to
 * ELEMENT_PROBES, in text order: not the block, nor (when the Range is read) its children, whose
 * boxes the Range gives.
 */
function inlineProbes(block: Element, measured: readonly { parent: Element }[]): Element[] {
  const rangeRead = block.childNodes.length <= MAX_CHILD_NODES;
  const elements = new Set<Element>();
  for (const { parent } of measured) {
    if (elements.size >= ELEMENT_PROBES) break;
    if (parent !== block && !(rangeRead && parent.parentElement === block)) elements.add(parent);
  }
  return [...elements];
}

/**
 * The scroll offsets of scroll containers, summed, in viewport px: each one's scrollLeft and
 * scrollTop (its own px) times its effective zoom (`zooms`, in the same order).
 */
export function scrollOffset(scrollers: readonly Element[], zooms: readonly number[]): { left: number; top: number } {
  let left = 0;
  let top = 0;
  scrollers.forEach((s, i) => {
    const z = zooms[i] ?? 1;
    left += s.scrollLeft * z;
    top += s.scrollTop * z;
  });
  return { left, top };
}

/** The first and last text nodes of a block that hold a kanji: the text its readings are over. */
export interface PlaceSpan {
  first: Text;
  last: Text;
}

/** The first and last text nodes of the runs that hold a kanji; undefined when none does. */
export function kanjiSpan(runs: readonly { block: TextBlock }[]): PlaceSpan | undefined {
  let first: Text | undefined;
  let last: Text | undefined;
  for (const { block } of runs)
    for (const node of block.nodes) {
      if (!hasKanji(node.data)) continue;
      first ??= node;
      last = node;
    }
  return first && last ? { first, last } : undefined;
}

/** One Range per document for textPlace: a Range made per block per check is garbage twice a second. */
const placeRanges = new WeakMap<Document, Range>();

/**
 * Where a block's text lies, as one number (a hash of whole px, left and top less (dx, dy): the
 * layer's origin, so that a page scroll changes nothing): the client rects of a Range over the
 * block's contents from its first to its last text node with a kanji (`span`: a box per line of
 * each text node, and the border boxes of the elements between; a spinner or a pulsing "LIVE"
 * dot before or after the text, which moves all the time and carries no reading, is left out) and
 * the bounding boxes of `probes`. It changes when the text moves inside a block
 * whose own box stays: a line that moves or changes length (text-align, letter-spacing,
 * word-spacing, text-indent, a child's font size, a float), a child element placed or transformed
 * elsewhere, a probe (an inline element deeper down) that moves. It does not change for glyphs
 * that move inside a line whose extent stays (a full justified line, a kerning change) in a text
 * node of the block's own. A Range over whole nodes costs Chromium about 2 µs a block, where a
 * Range over one character of a node costs 5–17 µs (measured on the article ×40, load 10).
 */
export function textPlace(element: Element, span: PlaceSpan | undefined, probes: readonly Element[], dx: number, dy: number): number {
  let hash = 0;
  const add = (r: DOMRect) => {
    hash = (Math.imul(hash, 31) + Math.round(r.left - dx)) | 0;
    hash = (Math.imul(hash, 31) + Math.round(r.top - dy)) | 0;
    hash = (Math.imul(hash, 31) + Math.round(r.width)) | 0;
    hash = (Math.imul(hash, 31) + Math.round(r.height)) | 0;
  };
  if (span && element.childNodes.length <= MAX_CHILD_NODES && element.contains(span.first) && element.contains(span.last)) {
    const doc = element.ownerDocument;
    let range = placeRanges.get(doc);
    if (!range) placeRanges.set(doc, (range = doc.createRange()));
    range.setStartBefore(span.first);
    range.setEndAfter(span.last);
    const rects = range.getClientRects();
    for (let i = 0; i < rects.length; i++) add(rects[i]!);
    // Left collapsed: a live Range over a block's contents would follow each of its mutations.
    range.collapse(true);
  }
  for (const probe of probes) add(probe.getBoundingClientRect());
  return hash;
}

type Area = { left: number; top: number; right: number; bottom: number };

/**
 * Where a clipping box may paint an ellipsis over the text: the last `size` px before its
 * inline end (`end`, viewport px). `text-overflow: ellipsis` on text that does not wrap marks
 * every line; a line-clamp marks only its last shown line (one whose next line would fall
 * below `lastLineAfter`).
 */
interface EllipsisZone {
  end: number;
  size: number;
  /** Under a line-clamp: the clip box's block end; undefined for text-overflow (every line). */
  lastLineAfter?: number;
}

function lineBox(line: LineRect, vertical: boolean): BaseBox {
  return vertical
    ? { start: line.top, end: line.bottom, blockStart: line.left, blockEnd: line.right, readingSize: 0 }
    : { start: line.left, end: line.right, blockStart: line.top, blockEnd: line.bottom, readingSize: 0 };
}

function baseInside(box: BaseBox, area: Area, vertical: boolean): boolean {
  const [s0, s1, b0, b1] = vertical ? [area.top, area.bottom, area.left, area.right] : [area.left, area.right, area.top, area.bottom];
  return box.start >= s0 - 0.5 && box.end <= s1 + 0.5 && box.blockStart >= b0 - 0.5 && box.blockEnd <= b1 + 0.5;
}

/**
 * Whether a base's line box shows: wholly along the line (inside the area and clear of an
 * ellipsis), and at least half across it (a CJK font's content area is taller than its line,
 * so the first line of a tight box pokes out of it a little and still shows).
 */
function baseShown(box: BaseBox, area: Area, vertical: boolean, ellipsis?: EllipsisZone): boolean {
  const [s0, s1, b0, b1] = vertical ? [area.top, area.bottom, area.left, area.right] : [area.left, area.right, area.top, area.bottom];
  const across = Math.min(box.blockEnd, b1) - Math.max(box.blockStart, b0);
  if (box.start < s0 - 0.5 || box.end > s1 + 0.5 || across < (box.blockEnd - box.blockStart) / 2 - 0.5) return false;
  if (!ellipsis || box.end <= ellipsis.end - ellipsis.size + 0.5) return true;
  // Under a line-clamp the ellipsis ends the last shown line only.
  const lineSize = box.blockEnd - box.blockStart;
  return ellipsis.lastLineAfter !== undefined && box.blockEnd + lineSize <= ellipsis.lastLineAfter + 0.5;
}

function readingInside(
  p: { box: BaseBox; over: number; fontSize: number },
  at: { start: number; scale: number },
  area: Area,
  vertical: boolean,
): boolean {
  const [s0, s1, b0, b1] = vertical ? [area.top, area.bottom, area.left, area.right] : [area.left, area.right, area.top, area.bottom];
  const end = at.start + p.box.readingSize * at.scale;
  return at.start >= s0 - 0.5 && end <= s1 + 0.5 && p.over >= b0 - 0.5 && p.over + p.fontSize <= b1 + 0.5;
}

interface LineRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A segment's rects joined per line (a word split by an element is one box on its line). */
function toLines(rects: readonly DOMRect[], vertical: boolean): LineRect[] {
  const lineOf = lineNumbers(
    rects.map((r) => (vertical ? { blockStart: r.left, blockEnd: r.right } : { blockStart: r.top, blockEnd: r.bottom })),
  );
  const lines: LineRect[] = [];
  rects.forEach((r, i) => {
    const k = lineOf[i]!;
    const line = lines[k];
    if (!line) lines[k] = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    else {
      line.left = Math.min(line.left, r.left);
      line.top = Math.min(line.top, r.top);
      line.right = Math.max(line.right, r.right);
      line.bottom = Math.max(line.bottom, r.bottom);
    }
  });
  return lines;
}

/** The text node holding offset `offset` of the block's text. */
function nodeAt(block: TextBlock, offset: number): Text | undefined {
  let found: Text | undefined;
  for (let i = 0; i < block.nodes.length && block.starts[i]! <= offset; i++) found = block.nodes[i];
  return found;
}
