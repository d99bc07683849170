/**
 * Furigana for one document: turns it on (annotating what is there and what appears later)
 * and off (restoring the page exactly). The engine does the language work; this does DOM work
 * only.
 */
import type { RubySegment } from '../../core/furigana/ruby-segment';
import { collectReadableBlocks, blockOf, isInsideSkipped, type TextBlock } from './readable-blocks';
import { insertRuby, RubyRegistry, type ReadingFormatter } from './ruby-insertion';
import { afterNextFrame, SLICE_BUDGET_MS, SLICE_MAX_RUBIES, toBatches, visibleFirst, yieldToPage } from './annotation-scheduler';

/** Asks the engine for the ruby segments of each text; throws with a readable message on failure. */
export type SegmentTexts = (texts: string[]) => Promise<RubySegment[][]>;

export interface AnnotatorOptions {
  segment: SegmentTexts;
  format?: ReadingFormatter;
  /** Called when the engine cannot help (dictionary missing...), with its message. */
  onError?: (message: string) => void;
}

export class FuriganaAnnotator {
  private readonly registry = new RubyRegistry();
  private observer: MutationObserver | undefined;
  /** Bumped on every on/off so that work of an earlier state stops. */
  private generation = 0;
  private pendingRoots = new Set<Node>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {}

  get enabled(): boolean {
    return this.observer !== undefined;
  }

  /** Number of ruby-carrying text nodes in the page now. */
  get annotatedNodes(): number {
    return this.registry.size;
  }

  /** Annotates the document; resolves when everything present has been annotated. */
  enable(): Promise<void> {
    if (this.observer) return this.running;
    const generation = ++this.generation;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    const started = performance.now();
    this.running = this.annotate(this.doc.body ?? this.doc.documentElement, generation, true).then(() => {
      // User Timing, not DOM: `npm run bench` reads how long a whole page took.
      if (generation === this.generation) performance.measure('yomu:furigana', { start: started, end: performance.now() });
    });
    return this.running;
  }

  /** Removes every trace of furigana from the page. */
  disable(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.pendingRoots.clear();
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.registry.restoreAll();
  }

  private async annotate(root: Node, generation: number, viewportFirst: boolean): Promise<void> {
    let blocks = collectReadableBlocks(root, { skip: (n) => this.registry.isAnnotated(n) });
    if (blocks.length === 0) return;
    if (viewportFirst) blocks = visibleFirst(blocks, this.doc.defaultView?.innerHeight ?? 0);
    const batches = toBatches(blocks);
    // Ask for the next batch while the current one is being written into the page.
    let next = this.request(batches[0]!);
    for (let i = 0; i < batches.length; i++) {
      const results = await next;
      if (generation !== this.generation) return;
      if (i + 1 < batches.length) next = this.request(batches[i + 1]!);
      if (!results) return;
      await this.write(batches[i]!, results, generation);
      if (i === 0 && viewportFirst) performance.mark('yomu:furigana-first-batch');
    }
  }

  private async request(batch: TextBlock[]): Promise<RubySegment[][] | undefined> {
    try {
      return await this.options.segment(batch.map((b) => b.text));
    } catch (err) {
      this.options.onError?.(err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  /**
   * Writes ruby for a batch in slices, one a frame: a slice ends after SLICE_BUDGET_MS of script
   * or SLICE_MAX_RUBIES rubies, whichever comes first, so that the frame that lays them out stays
   * short too.
   */
  private async write(batch: TextBlock[], results: RubySegment[][], generation: number): Promise<void> {
    const win = this.doc.defaultView;
    let sliceStart = performance.now();
    let sliceRubies = 0;
    for (let i = 0; i < batch.length; i++) {
      if (performance.now() - sliceStart > SLICE_BUDGET_MS || sliceRubies >= SLICE_MAX_RUBIES) {
        await (win ? afterNextFrame(win) : yieldToPage());
        if (generation !== this.generation) return;
        sliceStart = performance.now();
        sliceRubies = 0;
      }
      this.withoutObserving(() => {
        sliceRubies += insertRuby(batch[i]!, results[i] ?? [], this.registry, this.options.format);
      });
    }
  }

  /** Runs our own DOM writes so that the observer does not see them as page changes. */
  private withoutObserving(write: () => void): void {
    const observer = this.observer;
    if (!observer) return;
    const before = observer.takeRecords();
    if (before.length > 0) this.onMutations(before);
    write();
    observer.takeRecords();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.queue(record.target);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('data-yomu')) continue;
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) this.queue(node);
      }
    }
  }

  /** Collects changed places and annotates them shortly after, together. */
  private queue(node: Node): void {
    if (!this.observer || isInsideSkipped(node)) return;
    const root = node.nodeType === Node.TEXT_NODE ? (blockOf(node) ?? node) : node;
    this.pendingRoots.add(root);
    this.flushTimer ??= setTimeout(() => this.flush(), 50);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const roots = [...this.pendingRoots].filter((r) => r.isConnected);
    this.pendingRoots.clear();
    // Drop roots inside other roots: their text is collected with the outer one.
    const outermost = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    const generation = this.generation;
    this.running = this.running.then(async () => {
      for (const root of outermost) await this.annotate(root, generation, false);
    });
  }
}
