/**
 * Furigana for one document, drawn as an overlay: the page's text nodes are never replaced,
 * moved or split. The annotator finds the readable blocks (readable-blocks.ts), asks the engine
 * for each block's ruby segments, and draws the readings in our own layer (furigana-layer.ts),
 * placed from the base text's Range rects (block-geometry.ts).
 *
 * Lazy: only blocks near the viewport (an IntersectionObserver, one viewport of margin) are
 * measured and drawn. Kept in step with the page: a MutationObserver marks blocks whose text
 * changed (their readings hide at once, and come back within a frame or two when the new text
 * is segmented); ResizeObserver, fonts loading, window resize, scrolling inside scroll
 * containers (and of sticky blocks), a class or style change of a block or <body>, and a check
 * every 500 ms of drawn blocks' boxes and of where their text lies inside them re-measure what
 * moved; text in motion has its readings hidden until it stops (followMotion). Work is paced by time: each draw slice reads for at most READ_BUDGET_MS, then
 * writes, then waits for the next frame (never reading layout after its own writes).
 */
import type { RubySegment } from '../../core/furigana/ruby-segment';
import {
  blockOf,
  blockOfElement,
  collectReadableBlocks,
  collectReadableBlocksInSlices,
  isInline,
  isInsideSkipped,
  isSkippedElement,
  sameRun,
  sameRunText,
  type CollectOptions,
  type TextBlock,
} from './readable-blocks';
import { afterNextFrame, BATCH_MAX_CHARS, toBatches, visibleFirst, yieldToPage } from './annotation-scheduler';
import { FuriganaLayer } from './furigana-layer';
import { hasKanji } from '../../core/text/kana';
import { GeometryReader, scrollOffset, textPlace, type BlockMeasure, type PlaceSpan, type SegmentedRun } from './block-geometry';
import { ReadingRoom } from './reading-room';
import { showsRubyText } from './text-visibility';
import { walkedShadowRoot } from './shadow-root';
import type { ReadingFormatter } from './reading-format';

/**
 * Asks the engine for the ruby segments of each text; `breaks[i]` are the offsets in texts[i]
 * where the page's text nodes meet. Throws with a readable message on failure.
 */
export type SegmentTexts = (texts: string[], breaks: number[][]) => Promise<RubySegment[][]>;

export interface AnnotatorOptions {
  segment: SegmentTexts;
  format?: ReadingFormatter;
  /** Reading size in percent of the base text's font size (settings' rubySize); default 55. */
  rubySize?: number;
  /** Called when the engine cannot help (dictionary missing...), with its message. */
  onError?: (message: string) => void;
}

/** A block element with its runs of text, their segments, and its group in the layer. */
interface BlockState {
  element: Element;
  /**
   * The block's runs: what the engine gave each (`read`), and the segments drawn, those outside
   * the page's own ruby (withoutPageRuby); both undefined until the answer comes.
   */
  runs: { block: TextBlock; read: readonly RubySegment[] | undefined; segments: readonly RubySegment[] | undefined }[];
  near: boolean;
  group: HTMLElement | undefined;
  /** The block's box when it was last drawn; undefined when not drawn. */
  box: string | undefined;
  /** Where its text lay when drawn (textPlace), and the inline elements that reads. */
  textPlace: number;
  probes: Element[];
  /** Its first and last text nodes with a kanji when drawn (what textPlace's Range spans). */
  placeSpan: PlaceSpan | undefined;
  /**
   * Set while its text keeps moving (see followMotion): its readings are hidden until it stops.
   * 'animation': a running animation or transition moves it; 'unreported': it moved at two
   * checks in a row with none running (a script moving it).
   */
  moving: 'animation' | 'unreported' | undefined;
  /** Where its box and probes were at the last periodic check (while moving), or moved there. */
  seenAt: string | undefined;
  /**
   * Found moved, and queued to be drawn again, by a look between periodic checks (one a page's
   * change asked for): the next periodic check counts it as moved, though drawn where it is now.
   */
  movedBetweenChecks: boolean;
  sticky: boolean;
  scrollers: Element[];
  /** Their effective CSS zooms when measured (block-geometry.ts's scrollOffset). */
  scrollZooms: number[];
  /** The scroll offset (px) its scroll containers had, summed, when it was measured. */
  scrolledAt: { left: number; top: number };
}

/** How often drawn blocks are checked for moves nothing reported (ms). */
const CHECK_INTERVAL_MS = 500;
/**
 * The segments that lie outside the page's own ruby (TextBlock.pageRuby): its base was read for
 * the words around it, but the page already shows its reading, so ours is not drawn over it.
 */
function withoutPageRuby(block: TextBlock, segments: readonly RubySegment[]): readonly RubySegment[] {
  const spans = block.pageRuby;
  if (!spans) return segments;
  return segments.filter((s) => !spans.some(([start, end]) => s.start < end && s.end > start));
}

/** Whether a change of the tree adds, removes or rewrites a style sheet (<style>, <link rel=stylesheet>). */
function changesStyleSheet(record: MutationRecord): boolean {
  const isSheet = (n: Node) =>
    n.nodeName === 'STYLE' || (n.nodeName === 'LINK' && /stylesheet/i.test((n as Element).getAttribute('rel') ?? ''));
  if (isSheet(record.target) || (record.target.parentNode && isSheet(record.target.parentNode))) return true;
  for (const n of Array.from(record.addedNodes)) if (isSheet(n)) return true;
  for (const n of Array.from(record.removedNodes)) if (isSheet(n)) return true;
  return false;
}

/**
 * What may change the page's styles without changing a node: each of the document's style sheets
 * enabled or not and its number of rules (a rule deleted or inserted from script), and the sheets
 * the document adopted (a page assigning its own list). Our fallback <style> (data-yomu) is left
 * out; our adopted sheets are counted, and their number changes only as one is added or put back.
 */
function styleSheetsState(doc: Document): string {
  let state = '';
  const sheets = doc.styleSheets;
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i]!;
    if (sheet.ownerNode instanceof Element && sheet.ownerNode.hasAttribute('data-yomu')) continue;
    let rules = -1;
    try {
      rules = sheet.cssRules.length;
    } catch {
      // Another origin's sheet: its rules cannot be read.
    }
    state += `${sheet.disabled ? 0 : 1}${rules},`;
  }
  for (const sheet of doc.adoptedStyleSheets ?? []) state += `a${sheet.disabled ? 0 : 1},`;
  return state;
}

/**
 * Most custom elements without a shadow root kept to look at again (checkRootless): a look costs
 * Chrome ~8 µs an element (shadow-root.ts), so 256 of them take 2 ms a check. Many are components
 * that never attach one (light DOM only): each is looked at for ROOTLESS_LOOKS checks (10 s) after
 * a walk met it, time for a component's definition to load and render it.
 */
const MAX_ROOTLESS = 256;
const ROOTLESS_LOOKS = 20;

/** How many of the page's rt the periodic check looks at (rubyTextsState). */
const RUBY_TEXT_SAMPLE = 8;

/**
 * Whether each of the page's first RUBY_TEXT_SAMPLE rt is shown (showsRubyText), one digit each: a
 * rule's declaration changed through the CSSOM (`rule.style.visibility = 'visible'`, a custom
 * property set on a rule) changes no node and no sheet's state, yet shows or hides them. A page's
 * furigana switch acts on all its rt alike, so the first few tell.
 */
function rubyTextsState(texts: HTMLCollectionOf<Element>, styleOf: (el: Element) => CSSStyleDeclaration): string {
  let state = '';
  for (let i = 0; i < texts.length && i < RUBY_TEXT_SAMPLE; i++) state += showsRubyText(texts[i]!, styleOf) ? '1' : '0';
  return state;
}

/** The attributes that change what text a block reads (an inline span shown or hidden) or where it lies. */
const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set(['style', 'class', 'hidden']);

/**
 * Script time a draw slice may spend reading (styles, Range rects) before it writes what it
 * read and yields to the next frame: with the writes and the browser's layout of them, a frame
 * stays far under a long task (50 ms) even with the CPU slowed 4×.
 */
const READ_BUDGET_MS = 6;

export class FuriganaAnnotator {
  private readonly layer: FuriganaLayer;
  private readonly room: ReadingRoom;
  private readonly states = new Map<Element, BlockState>();
  /** The document's ruby elements (a live list): where there are none, no restyle can show or hide a page reading. */
  private readonly pageRuby: HTMLCollectionOf<Element>;
  /** The page's rt elements (a live list), whose first few the periodic check looks at. */
  private readonly pageRubyTexts: HTMLCollectionOf<Element>;
  private readonly drawQueue = new Set<BlockState>();
  private observer: MutationObserver | undefined;
  private intersections: IntersectionObserver | undefined;
  private resizes: ResizeObserver | undefined;
  private readonly observedRoots = new Set<Node>();
  /**
   * Custom elements the walks met with no shadow root we may see (a component not yet defined, or
   * yet to render), with the periodic checks left to look at them: a root attached later changes
   * no node the observer hears, so each check looks again (checkRootless) until one holds a root,
   * leaves the page or has had ROOTLESS_LOOKS. At most MAX_ROOTLESS.
   */
  private readonly rootless = new Map<Element, number>();
  /** How the walks for blocks go: into shadow roots, telling us of their hosts (shadowHostSeen). */
  private readonly collecting: CollectOptions = {
    intoShadowRoots: true,
    onShadowHost: (host, root) => this.shadowHostSeen(host, root),
  };
  /**
   * Set once the page has ruby: every attribute is observed from then on, as a site's furigana
   * switch may be any attribute its style sheet reads (`body[data-furigana=off] rt`); elsewhere
   * only style, class and hidden, which change what text reads.
   */
  private everyAttribute = false;
  /**
   * The page's styles at the last periodic check, on a page with ruby (undefined elsewhere): its
   * style sheets' state (styleSheetsState) and whether its first rt are shown (rubyTextsState).
   */
  private sheetsSeen: string | undefined;
  private checkTimer: ReturnType<typeof setInterval> | undefined;
  private frameRequested = false;
  private checkRequested = false;
  /** The periodic check came while a slice was due: that slice's check is the periodic one. */
  private periodicDue = false;
  /** Bumped on every on/off so that work of an earlier state stops. */
  private generation = 0;
  private readonly pendingRoots = new Set<Node>();
  private flushRequested = false;
  private running: Promise<void> = Promise.resolve();
  private drawn: (() => void)[] = [];
  private canvas: CanvasRenderingContext2D | null | undefined;
  private canvasFont = '';
  private readonly widths = new Map<string, number>();
  private readonly onScroll = (event: Event) => this.scrolled(event);
  /**
   * A copy of the page's text carries no room of ours: the room is lifted from the selected
   * blocks while the browser copies, and given back in the next frame, before it is laid out
   * again (a timer too, for a tab that draws no frames).
   */
  private readonly onCopy = () => {
    const selection = this.doc.getSelection();
    if (!selection) return;
    const giveBack = this.room.liftForCopy(selection);
    const win = this.doc.defaultView;
    win?.requestAnimationFrame(giveBack);
    setTimeout(giveBack, 100);
  };
  private readonly onLayoutChange = () => this.redrawAll();
  /** Asks the engine for segments (options.segment until resegment() gives another). */
  private segment: SegmentTexts;

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.layer = new FuriganaLayer(doc);
    this.room = new ReadingRoom(options.rubySize ?? 55);
    this.segment = options.segment;
    this.pageRuby = doc.getElementsByTagName('ruby');
    this.pageRubyTexts = doc.getElementsByTagName('rt');
  }

  get enabled(): boolean {
    return this.observer !== undefined;
  }

  /** Number of readings drawn in the layer now. */
  get drawnReadings(): number {
    let n = 0;
    for (const s of this.states.values()) n += s.group && !s.group.hidden ? this.layer.count(s.group) : 0;
    return n;
  }

  /** The layer's host element while furigana is on. */
  get layerElement(): HTMLElement | undefined {
    return this.layer.element;
  }

  /**
   * Annotates the document; resolves when every block present has its segments and the blocks
   * near the viewport are drawn.
   */
  enable(): Promise<void> {
    if (this.observer) return this.running;
    const generation = ++this.generation;
    const win = this.doc.defaultView!;
    // The layer is attached with the first readings drawn (drawPass): a page the engine cannot
    // read (a broken dictionary) keeps no node of ours.
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observe(this.doc.documentElement);
    // The document as root: its viewport with a margin, also inside a frame (an implicit root
    // there would be the top page's viewport, where the margin does not apply).
    this.intersections = new win.IntersectionObserver((entries) => this.onIntersections(entries), {
      root: this.doc,
      rootMargin: '100% 100% 100% 100%',
    });
    this.resizes = new win.ResizeObserver(() => this.requestCheck());
    if (this.doc.body) this.resizes.observe(this.doc.body);
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.doc.addEventListener('copy', this.onCopy, { capture: true });
    win.addEventListener('resize', this.onLayoutChange);
    this.doc.fonts?.addEventListener('loadingdone', this.onLayoutChange);
    this.checkTimer = setInterval(() => this.periodicCheck(), CHECK_INTERVAL_MS);
    const started = performance.now();
    this.running = this.annotate(this.doc.body ?? this.doc.documentElement, generation, true).then(() => {
      // User Timing, not DOM: `npm run bench` reads how long a whole page took.
      if (generation === this.generation) performance.measure('yomu:furigana', { start: started, end: performance.now() });
    });
    return this.running;
  }

  /** Removes every trace of furigana: the layer, our stylesheet and every data-yomu-room. */
  disable(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedRoots.clear();
    this.rootless.clear();
    this.everyAttribute = false;
    this.sheetsSeen = undefined;
    this.intersections?.disconnect();
    this.intersections = undefined;
    this.resizes?.disconnect();
    this.resizes = undefined;
    const win = this.doc.defaultView;
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    this.doc.removeEventListener('copy', this.onCopy, { capture: true });
    win?.removeEventListener('resize', this.onLayoutChange);
    this.doc.fonts?.removeEventListener('loadingdone', this.onLayoutChange);
    if (this.checkTimer !== undefined) clearInterval(this.checkTimer);
    this.checkTimer = undefined;
    this.pendingRoots.clear();
    this.drawQueue.clear();
    this.states.clear();
    this.layer.destroy();
    this.room.removeAll();
    const waiting = this.drawn;
    this.drawn = [];
    for (const resolve of waiting) resolve();
  }

  /**
   * Segments every block again with `segment` (the reader's known words changed): the readings
   * drawn, the layer and the room given to blocks stay until each block's new segments are drawn
   * over them, so the page's lines never move (turning off and on again would take the room away
   * and give it back: the text jumps, the browser's scroll anchoring scrolls the page, and the
   * hover popup under the pointer closes). Blocks on screen first. Resolves when every block has
   * its new segments and those near the viewport are drawn; off, it only keeps `segment` for later.
   */
  resegment(segment: SegmentTexts): Promise<void> {
    this.segment = segment;
    if (!this.observer) return Promise.resolve();
    const generation = this.generation;
    const win = this.doc.defaultView!;
    this.running = this.running.then(async () => {
      if (generation !== this.generation) return;
      const states = [...this.states.values()];
      const blocks = visibleFirst(
        states.flatMap((s) => s.runs.map((r) => r.block)),
        win.innerHeight,
      );
      // The old segments stand (and stay drawn) until the new ones come, except for a run cut
      // in parts (splitOversized), whose parts' segments are put together again from none.
      for (const s of states) for (const r of s.runs) if (r.block.text.length > BATCH_MAX_CHARS) r.segments = undefined;
      for (const batch of toBatches(blocks)) {
        const results = await this.request(batch);
        if (generation !== this.generation || !results) return;
        batch.forEach((block, k) => this.segmented(block, results[k] ?? []));
      }
      await this.whenDrawn();
    });
    return this.running;
  }

  /**
   * Draws the readings in another script or size (the reader's settings changed) over the same
   * segments: the layer and the room stay and every drawn block is drawn again in place, so the
   * page's lines move only by the change in room (none for the script) and the hover popup in use
   * stays.
   */
  restyle(style: { format?: ReadingFormatter; rubySize?: number }): void {
    if (style.format) this.options.format = style.format;
    if (style.rubySize !== undefined) {
      this.options.rubySize = style.rubySize;
      this.room.resize(style.rubySize);
    }
    this.widths.clear();
    if (this.observer) this.redrawAll();
  }

  /**
   * A shadow host a walk met: its root is watched, an empty one too (a component that renders
   * its text later, or appends to it); a custom element with none yet is looked at again later.
   */
  private shadowHostSeen(host: Element, root: ShadowRoot | null): void {
    if (root) {
      this.rootless.delete(host);
      this.observe(root);
    } else if (this.rootless.size < MAX_ROOTLESS && !this.rootless.has(host)) this.rootless.set(host, ROOTLESS_LOOKS);
  }

  /**
   * The periodic check's look at custom elements that held no shadow root: one that holds one now
   * (defined, or attached late) is read again with it, and its root watched from now on.
   */
  private checkRootless(): void {
    for (const [host, looks] of this.rootless) {
      const root = host.isConnected ? walkedShadowRoot(host) : null;
      if (!root) {
        if (looks <= 1 || !host.isConnected) this.rootless.delete(host);
        else this.rootless.set(host, looks - 1);
        continue;
      }
      this.rootless.delete(host);
      this.observe(root);
      this.pendingRoots.add(host);
    }
    this.requestFlush();
  }

  private observe(root: Node): void {
    if (!this.observer || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, this.observed());
  }

  /** What the observer of page changes hears: styles and classes too (an inline span shown or hidden changes the text its block reads). */
  private observed(): MutationObserverInit {
    return {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      ...(this.everyAttribute ? {} : { attributeFilter: [...TEXT_ATTRIBUTES] }),
    };
  }

  /** On a page with ruby, every attribute is heard from now on (see everyAttribute). */
  private hearEveryAttribute(): void {
    if (this.everyAttribute || !this.observer || this.pageRuby.length === 0) return;
    this.everyAttribute = true;
    this.sheetsSeen = this.pageStylesState();
    // Observing a node again replaces its options.
    for (const root of this.observedRoots) this.observer.observe(root, this.observed());
  }

  // ---- finding blocks and asking the engine --------------------------------------------------

  private async annotate(root: Node, generation: number, viewportFirst: boolean): Promise<void> {
    const win = this.doc.defaultView!;
    let blocks = await collectReadableBlocksInSlices(root, this.collecting, yieldToPage);
    if (generation !== this.generation || blocks.length === 0) return;
    if (viewportFirst) blocks = visibleFirst(blocks, win.innerHeight);
    const fresh = this.register(blocks, root);
    if (fresh.length === 0) return;
    const batches = toBatches(fresh);
    // Ask for the next batch while the current one is being placed.
    let next = this.request(batches[0]!);
    for (let i = 0; i < batches.length; i++) {
      const results = await next;
      if (generation !== this.generation) return;
      if (i + 1 < batches.length) next = this.request(batches[i + 1]!);
      if (!results) return;
      batches[i]!.forEach((block, k) => this.segmented(block, results[k] ?? []));
      if (i === 0 && viewportFirst) {
        await this.whenDrawn();
        performance.mark('yomu:furigana-first-batch');
      }
    }
    await this.whenDrawn();
  }

  /**
   * Records the blocks found under `root` (replacing what was known of the elements there) and
   * returns the runs that need segments.
   */
  private register(blocks: TextBlock[], root: Node): TextBlock[] {
    this.hearEveryAttribute();
    const found = new Map<Element, TextBlock[]>();
    for (const b of blocks) {
      const list = found.get(b.element);
      if (list) list.push(b);
      else found.set(b.element, [b]);
      const tree = b.element.getRootNode();
      if (tree !== this.doc) this.observe(tree);
    }
    // Blocks under the root that no longer hold kanji text lose their readings.
    for (const [el, state] of this.states) {
      if (!found.has(el) && (el === root || root.contains(el))) this.drop(state);
    }
    const fresh: TextBlock[] = [];
    for (const [el, runs] of found) {
      let state = this.states.get(el);
      // Same text in other nodes (split, replaced, cut elsewhere) is not the same run: its
      // Ranges would be built on nodes that no longer hold it, and the engine's segments
      // depend on where the nodes meet. Such a run is read and asked for again.
      const same = state !== undefined && state.runs.length === runs.length && state.runs.every((r, i) => sameRun(r.block, runs[i]!));
      if (state && same) {
        // Unchanged run: its segments stand; draw again where a mutation hid it.
        if (state.group?.hidden && state.box !== undefined && state.runs.every((r) => r.segments) && state.near) this.queueDraw(state);
        continue;
      }
      // The same text in the same nodes, the page's ruby shown or hidden (its furigana switched):
      // the engine's answer stands, only what is drawn over the page's bases changes. Drawn again
      // as it is, with no request and no frame without the block's other readings.
      const previous = state?.runs;
      if (state && previous?.length === runs.length && previous.every((r, i) => r.read && sameRunText(r.block, runs[i]!))) {
        state.runs = runs.map((block, i) => ({ block, read: previous[i]!.read, segments: withoutPageRuby(block, previous[i]!.read!) }));
        if (state.near) this.queueDraw(state);
        continue;
      }
      if (!state) {
        state = {
          element: el,
          runs: [],
          near: false,
          group: undefined,
          box: undefined,
          textPlace: 0,
          probes: [],
          placeSpan: undefined,
          moving: undefined,
          movedBetweenChecks: false,
          seenAt: undefined,
          sticky: false,
          scrollers: [],
          scrollZooms: [],
          scrolledAt: { left: 0, top: 0 },
        };
        this.states.set(el, state);
        this.intersections?.observe(el);
        this.resizes?.observe(el);
      } else if (state.group) {
        this.layer.hide(state.group);
      }
      state.runs = runs.map((block) => ({ block, read: undefined, segments: undefined }));
      fresh.push(...runs);
    }
    return fresh;
  }

  private async request(batch: TextBlock[]): Promise<RubySegment[][] | undefined> {
    try {
      return await this.segment(
        batch.map((b) => b.text),
        batch.map((b) => b.starts.slice(1)),
      );
    } catch (err) {
      this.options.onError?.(err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  /** A run's segments arrived (a run cut by splitOversized fills in the segments of its parts). */
  private segmented(part: TextBlock, segments: RubySegment[]): void {
    const state = this.states.get(part.element);
    if (!state) return;
    // A part is matched to its run only when the run was cut (splitOversized): an answer for an
    // earlier reading of the block that shares a first node with the new one (a node the page
    // split) is not the new run's.
    const run = state.runs.find(
      (r) =>
        r.block === part ||
        (r.block.text.length > BATCH_MAX_CHARS && part.nodes.length > 0 && part.nodes.every((n) => r.block.nodes.includes(n))),
    );
    if (!run) return;
    if (run.block === part) run.read = segments;
    else {
      // A part of an oversized run: shift its segments to the run's offsets.
      const offset = run.block.starts[run.block.nodes.indexOf(part.nodes[0]!)]! + (part.nodeOffset ?? 0);
      const shifted = segments.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
      run.read = [...(run.read ?? []), ...shifted].sort((a, b) => a.start - b.start);
    }
    run.segments = withoutPageRuby(run.block, run.read);
    if (state.near) this.queueDraw(state);
  }

  // ---- page changes ---------------------------------------------------------------------------

  /** The blocks holding the page's ruby under (or around) `el`, whose attributes changed, to be read again. */
  private rubyRestyled(el: Element): void {
    const ruby = el.closest('ruby');
    if (ruby) {
      const block = blockOfElement(ruby);
      if (this.states.has(block)) this.pendingRoots.add(block);
      return;
    }
    // (Most changes are on elements that hold no ruby: one look inside them, not a walk of every block.)
    if (!el.querySelector('ruby')) return;
    for (const state of this.states.values())
      if ((state.element === el || el.contains(state.element)) && state.element.querySelector('ruby')) this.pendingRoots.add(state.element);
  }

  private onMutations(records: MutationRecord[]): void {
    const host = this.layer.element;
    let removed = false;
    let restyled = false;
    for (const record of records) {
      const target = record.target;
      if (host && (target === host || host.contains(target))) continue;
      // A style sheet added, removed or rewritten may show or hide the page's ruby readings.
      if (this.pageRuby.length > 0 && changesStyleSheet(record)) this.rubyRestyled(this.doc.documentElement);
      if (record.type === 'attributes') {
        // An inline element's look changed: its block is read again, and asked for again only if
        // the text it reads changed (a span shown or hidden); its readings stay meanwhile.
        const el = target as Element;
        if (el.hasAttribute('data-yomu') || record.attributeName?.startsWith('data-yomu')) continue;
        // A change on the page's ruby, or on what holds some, may show or hide its readings (its
        // furigana switched by a class on an rt, a paragraph, a wrapper or <body>): the blocks
        // holding that ruby are read again, and asked for again where what the page shows changed.
        if (this.pageRuby.length > 0) this.rubyRestyled(el);
        if (!TEXT_ATTRIBUTES.has(record.attributeName ?? '')) continue;
        if (isInline(el) && !isInsideSkipped(el)) {
          const block = blockOfElement(el);
          if (this.states.has(block)) this.pendingRoots.add(block);
        } else if (this.states.has(el) || el === this.doc.body || el === this.doc.documentElement) {
          // A block's own class or style, or the page's (a theme, a layout switched by a class on
          // <body>), may move its text inside a box that stays: looked at in the next frame.
          restyled = true;
        }
        continue;
      }
      if (record.type === 'childList') {
        const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
        if (nodes.length > 0 && nodes.every((n) => n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute('data-yomu'))) continue;
        removed ||= record.removedNodes.length > 0;
      }
      if (isInsideSkipped(target) || (target.nodeType === Node.ELEMENT_NODE && isSkippedElement(target as Element))) continue;
      // The block whose own text changed: its readings hide before the next paint (never a
      // stale reading over new text) and its text is read again.
      const block = target.nodeType === Node.ELEMENT_NODE ? blockOfElement(target as Element) : blockOf(target);
      if (!block) continue;
      let ownText = true;
      if (record.type === 'childList' && record.removedNodes.length === 0) {
        // Only additions: a new block (a paragraph) is read on its own; text or inline elements
        // added change the block's own text.
        ownText = false;
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === Node.ELEMENT_NODE && blockOfElement(node as Element) === node) this.pendingRoots.add(node);
          else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) ownText = true;
        }
      }
      if (ownText) {
        // Never a stale reading over new text: the block's readings hide before the next paint.
        const state = this.states.get(block);
        if (state?.group) this.layer.hide(state.group);
        this.pendingRoots.add(block);
      }
    }
    if (removed) {
      for (const state of this.states.values()) if (state.group && !state.element.isConnected) this.layer.hide(state.group);
    }
    if (restyled) this.requestCheck();
    this.requestFlush();
  }

  /** Asks for the changed places to be read again, a frame from now. */
  private requestFlush(): void {
    if (this.pendingRoots.size === 0 || this.flushRequested) return;
    this.flushRequested = true;
    const win = this.doc.defaultView;
    const flush = () => this.flush();
    if (win) void afterNextFrame(win, 50).then(flush);
    else void yieldToPage().then(flush);
  }

  /**
   * A style sheet a script disabled or enabled (`sheet.disabled`), a rule it deleted or inserted, a
   * list of sheets the page adopted, a rule's declaration changed: none changes a node, and each
   * may show or hide the page's ruby readings. On a page with ruby, the periodic check compares
   * them (pageStylesState), and the blocks holding ruby are read again when they changed.
   */
  private checkStyleSheets(): void {
    if (this.sheetsSeen === undefined) return;
    const seen = this.pageStylesState();
    if (seen === this.sheetsSeen) return;
    this.sheetsSeen = seen;
    this.rubyRestyled(this.doc.documentElement);
    this.requestFlush();
  }

  /** What checkStyleSheets compares: the style sheets' state and whether the page's first rt are shown. */
  private pageStylesState(): string {
    const win = this.doc.defaultView;
    const texts = win ? rubyTextsState(this.pageRubyTexts, (el) => win.getComputedStyle(el)) : '';
    return `${styleSheetsState(this.doc)}|${texts}`;
  }

  /** Re-reads the changed places together, a frame after the changes. */
  private flush(): void {
    this.flushRequested = false;
    if (!this.observer) return;
    for (const state of [...this.states.values()]) if (!state.element.isConnected) this.drop(state);
    const roots = [...this.pendingRoots].filter((r) => r.isConnected);
    this.pendingRoots.clear();
    const outermost = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    const generation = this.generation;
    this.running = this.running.then(async () => {
      for (const root of outermost) {
        if (generation !== this.generation) return;
        const blocks = collectReadableBlocks(root, this.collecting);
        const fresh = this.register(blocks, root);
        for (const batch of toBatches(fresh)) {
          const results = await this.request(batch);
          if (generation !== this.generation || !results) return;
          batch.forEach((block, k) => this.segmented(block, results[k] ?? []));
        }
      }
      this.requestCheck();
    });
  }

  private drop(state: BlockState): void {
    this.states.delete(state.element);
    this.drawQueue.delete(state);
    this.intersections?.unobserve(state.element);
    this.resizes?.unobserve(state.element);
    if (state.group) this.layer.remove(state.group);
  }

  // ---- layout changes -------------------------------------------------------------------------

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const state = this.states.get(entry.target);
      if (!state) continue;
      state.near = entry.isIntersecting;
      if (state.near) {
        if (state.runs.every((r) => r.segments)) this.queueDraw(state);
      } else if (state.group) {
        this.layer.clear(state.group);
        state.box = undefined;
        state.moving = state.seenAt = undefined;
        state.movedBetweenChecks = false;
        this.drawQueue.delete(state);
      }
    }
  }

  private scrolled(event: Event): void {
    const target = event.target;
    const scrolledDocument = target === this.doc || target === this.doc.documentElement || target === this.doc.body;
    for (const state of this.states.values()) {
      if (state.box === undefined) continue;
      const inScroller = !scrolledDocument && state.scrollers.includes(target as Element);
      if (inScroller && state.group) {
        // Move the readings with the text now (scroll offsets only, no layout read); the block
        // is measured again in the next slice.
        const now = scrollOffset(state.scrollers, state.scrollZooms);
        this.layer.shift(state.group, state.scrolledAt.left - now.left, state.scrolledAt.top - now.top);
      }
      if (scrolledDocument ? state.sticky : inScroller || state.sticky) this.queueDraw(state);
    }
  }

  /** Every drawn block measured again (fonts loaded, the window resized or zoomed). */
  private redrawAll(): void {
    for (const state of this.states.values()) if (state.box !== undefined || state.near) this.queueDraw(state);
  }

  /**
   * The timer's look at drawn blocks' boxes, read in its own task: a frame is asked for only when
   * a block moved. Asking for one every time (requestCheck) made the page draw a frame twice a
   * second, and a reader's mousemove that came in the same vsync interval as that frame waited
   * for the next one (input is dispatched with frames): up to 16.7 ms more on about one hover
   * in twenty.
   */
  private periodicCheck(): void {
    if (!this.observer || this.doc.visibilityState === 'hidden') return;
    this.room.keepRules();
    this.checkStyleSheets();
    this.checkRootless();
    const layer = this.layer.element;
    if (layer && !layer.isConnected) {
      // The page took our layer out (a framework rendering <html>'s children again): it goes back
      // with its groups, and the blocks are checked against it in the next slice.
      this.layer.attach();
      this.requestCheck();
      return;
    }
    if (this.frameRequested || !layer) {
      // A slice is coming (it checks first), or nothing is drawn yet.
      if (this.frameRequested) this.checkRequested = this.periodicDue = true;
      return;
    }
    this.checkMoved(true);
    if (this.drawQueue.size > 0) this.requestFrame();
  }

  /** Asks for a look at drawn blocks' boxes in the next frame. */
  private requestCheck(): void {
    if (!this.observer) return;
    this.checkRequested = true;
    this.requestFrame();
  }

  // ---- drawing --------------------------------------------------------------------------------

  private queueDraw(state: BlockState): void {
    if (!this.observer) return;
    this.drawQueue.add(state);
    this.requestFrame();
  }

  private requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const win = this.doc.defaultView!;
    const generation = this.generation;
    // A hidden tab draws no frames: work goes on after a short wait.
    void afterNextFrame(win, 100).then(() => {
      this.frameRequested = false;
      if (generation === this.generation) this.drawSlice();
    });
  }

  /** Resolves when the draw queue is empty (or furigana is turned off). */
  private whenDrawn(): Promise<void> {
    if (this.drawQueue.size === 0 && !this.frameRequested) return Promise.resolve();
    return new Promise((resolve) => this.drawn.push(resolve));
  }

  /**
   * One slice of drawing, one frame: reads (moved boxes, room, each queued block's Range
   * rects) until READ_BUDGET_MS has passed, then writes (room on the page, groups in the
   * layer), then waits for the next frame. Never reads after writing: the browser lays out what
   * a slice wrote in its own frame, before the next slice reads.
   */
  private drawSlice(): void {
    if (!this.observer) return;
    if (!this.layer.element?.isConnected && this.drawQueue.size > 0) {
      // The layer's first write; its origin is read in the next slice.
      this.layer.attach();
      this.requestFrame();
      return;
    }
    const sliceStart = performance.now();
    if (this.checkRequested) {
      this.checkMoved(this.periodicDue);
      this.checkRequested = this.periodicDue = false;
    }
    const reader = this.reader();
    const measured: { state: BlockState; m: BlockMeasure }[] = [];
    const later: BlockState[] = [];
    for (const state of this.drawQueue) {
      if (performance.now() - sliceStart >= READ_BUDGET_MS) break;
      this.drawQueue.delete(state);
      if (!state.element.isConnected) {
        this.drop(state);
        continue;
      }
      // A block in motion is drawn again by the periodic check, once it stops.
      if (state.moving || !state.near || !state.runs.every((r) => r.segments)) continue;
      const firstParent = state.runs[0]?.block.nodes[0]?.parentElement ?? null;
      if (this.room.read(state.element, reader, firstParent) === 'changing') {
        later.push(state);
        continue;
      }
      measured.push({ state, m: reader.measure(state.element, state.runs as SegmentedRun[], this.room.roomy(state.element)) });
    }
    // Writes.
    // Room changed the page's lines: blocks drawn before may have moved.
    if (this.room.write()) this.checkRequested = true;
    for (const state of later) this.drawQueue.add(state);
    for (const { state, m } of measured) {
      state.group ??= this.layer.createGroup();
      this.layer.draw(state.group, m.look, m.readings);
      state.box = m.box;
      state.probes = m.probes;
      state.placeSpan = m.placeSpan;
      state.textPlace = m.textPlace;
      state.sticky = m.sticky;
      state.scrollers = m.scrollers;
      state.scrollZooms = m.scrollZooms;
      state.scrolledAt = m.scrolledAt;
    }
    if (this.drawQueue.size > 0 || this.checkRequested) this.requestFrame();
    else {
      const waiting = this.drawn;
      this.drawn = [];
      for (const resolve of waiting) resolve();
    }
  }

  /**
   * Drawn blocks whose box, or the place of their text (textPlace: text that moved inside a box
   * that stayed, by text-align, spacing, a transformed inline-block), changed since they were
   * drawn are queued again. At the periodic check a block found moved goes to followMotion instead, and a
   * block in motion is looked at only there.
   */
  private checkMoved(periodic = false): void {
    const reader = this.reader();
    const win = this.doc.defaultView!;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    for (const state of this.states.values()) {
      if (state.box === undefined || this.drawQueue.has(state)) continue;
      if (!state.element.isConnected) {
        this.drop(state);
        continue;
      }
      if (state.moving && !periodic) continue;
      const fixed = state.group?.classList.contains('fixed') ?? false;
      const o = fixed ? { x: 0, y: 0 } : reader.layerOrigin;
      const r = state.element.getBoundingClientRect();
      let at = `${Math.round(r.left - o.x)},${Math.round(r.top - o.y)},${Math.round(r.width)},${Math.round(r.height)}`;
      let moved = state.moving !== undefined || at !== state.box;
      // The text of blocks on screen only (about a third of those drawn: a viewport is drawn
      // above and below it): text that moved off screen is found at the first check after it
      // comes on screen.
      if (state.moving || (!moved && r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width)) {
        at += `;${textPlace(state.element, state.placeSpan, state.probes, o.x, o.y)}`;
        moved ||= at !== placeWhenDrawn(state);
      }
      if (periodic) {
        // A script moving text every frame changes its style every frame, and each change asks
        // for a look that draws it again where it is: found where it was last drawn, it still moved.
        moved ||= state.movedBetweenChecks;
        state.movedBetweenChecks = false;
        if (moved) this.followMotion(state, at);
        else state.seenAt = undefined;
      } else if (moved) {
        state.movedBetweenChecks = true;
        this.drawQueue.add(state);
      }
    }
  }

  /**
   * A drawn block found moved (its box and the place of its text at `at`) at the periodic check. Moved once, it is
   * drawn again where it is now. Moved at two checks in a row, or moved while an animation or
   * transition runs on it, inside it or around it, its text is in motion: readings placed at one
   * check would stand where its text was, over other words, until the next (a reader reads them
   * as the readings of the words now under them), and following it frame by frame would draw our
   * layer every frame for as long as it moves (a ticker: for ever). Its readings are hidden, and
   * drawn again once it is found still at two checks in a row, or once no animation runs there.
   */
  private followMotion(state: BlockState, at: string): void {
    const animated = movedByAnimation(state.element);
    if (state.moving) {
      if (!animated && (state.moving === 'animation' || at === state.seenAt)) {
        state.moving = undefined;
        state.seenAt = undefined;
        this.drawQueue.add(state);
      } else state.seenAt = at;
      return;
    }
    if (animated || state.seenAt !== undefined) {
      state.moving = animated ? 'animation' : 'unreported';
      state.seenAt = at;
      if (state.group) this.layer.hide(state.group);
      return;
    }
    state.seenAt = at;
    this.drawQueue.add(state);
  }

  private reader(): GeometryReader & { layerOrigin: { x: number; y: number } } {
    const origin = this.layer.origin();
    const format = this.options.format ?? ((r: string) => r);
    const reader = new GeometryReader(
      this.doc.defaultView!,
      (text, font) => this.measureText(text, font),
      (this.options.rubySize ?? 55) / 100,
      origin,
      format,
    );
    return Object.assign(reader, { layerOrigin: origin });
  }

  /** Width of a reading without layout: canvas text metrics, remembered. */
  private measureText(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      if (this.canvas === undefined) this.canvas = this.doc.createElement('canvas').getContext('2d');
      if (this.canvas) {
        // Setting a font parses and resolves it, even the same one again.
        if (this.canvasFont !== font) this.canvas.font = this.canvasFont = font;
        width = this.canvas.measureText(text).width;
      } else {
        width = text.length * parseFloat(font);
      }
      if (this.widths.size > 20_000) this.widths.clear();
      this.widths.set(key, width);
    }
    return width;
  }
}

/** A drawn block's box and the place of its text when drawn, as checkMoved reads them now. */
function placeWhenDrawn(state: BlockState): string {
  return `${state.box ?? ''};${state.textPlace}`;
}

/**
 * CSS properties whose animation paints differently but moves no text: an animation or
 * transition of these alone (a pulsing colour, a fade) does not put a block in motion.
 */
const PAINT_ONLY = new Set([
  'color',
  'backgroundColor',
  'background',
  'opacity',
  'filter',
  'boxShadow',
  'textShadow',
  'outlineColor',
  'borderColor',
  'textDecorationColor',
  'fill',
  'stroke',
  'visibility',
]);
/** Keys of a keyframe that are not properties. */
const KEYFRAME_KEYS = new Set(['offset', 'computedOffset', 'easing', 'composite']);

/**
 * Whether an animation or transition that may move text (any property but PAINT_ONLY) is running
 * on `element`, on an element around it, or inside it on an element that holds a kanji
 * (document.getAnimations(): CSS animations and transitions and the page's Web Animations).
 */
function movedByAnimation(element: Element): boolean {
  const doc = element.ownerDocument;
  if (typeof doc.getAnimations !== 'function') return false;
  return doc.getAnimations().some((animation) => {
    if (animation.playState !== 'running') return false;
    const effect = animation.effect as KeyframeEffect | null;
    const target = effect?.target;
    if (!effect || !target) return false;
    // On the block or around it; inside it, only on an element that holds text with a reading (a
    // spinning icon or a pulsing "LIVE" dot beside a headline moves none of its words).
    const around = target === element || target.contains(element);
    if (!around && !(element.contains(target) && hasKanji(target.textContent ?? ''))) return false;
    return effect.getKeyframes().some((frame) => Object.keys(frame).some((key) => !KEYFRAME_KEYS.has(key) && !PAINT_ONLY.has(key)));
  });
}
