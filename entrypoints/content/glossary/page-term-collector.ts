/**
 * The glossary terms of this document, kept current: reads the page's text as the reader sees
 * it (through our furigana), asks the engine where terms occur, and rescans shortly after the
 * page changes (new content, furigana turned on or off, which swaps text nodes). Occurrences
 * are cached by text, so a rescan of unchanged text asks the engine nothing.
 */
import { MAX_CHARS_PER_REQUEST, MAX_TEXTS_PER_REQUEST } from '../../../core/engine/engine-protocol';
import { tallyPageTerms, type FoundTerms, type GlossaryTermSummary, type PageTerm, type TermSpan } from '../../../core/glossary/page-terms';
import { collectReadableBlocksInSlices, type TextBlock } from '../readable-blocks';
import { yieldToPage } from '../annotation-scheduler';
import { rangeForSpan } from '../block-ranges';
import { hasJapanese, isLatinLetterCode } from '../../../core/text/kana';

/** Asks the engine for the terms in some texts; throws with a readable message on failure. */
export type FindTerms = (texts: string[]) => Promise<FoundTerms>;

export interface CollectorOptions {
  findTerms: FindTerms;
  /** Called after each scan (the terms or their places may have changed). */
  onChange?: () => void;
  /** Quiet time after the last page change before a rescan, in ms. */
  debounceMs?: number;
  /** Longest a rescan waits while the page keeps changing, in ms. */
  maxWaitMs?: number;
}

/** Text a term could be in: Japanese, or Latin letters (acronyms such as NATO). */
/** Whether the text holds a Latin letter (a term written in Latin script: NATO, ＩＭＦ). */
function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLatinLetterCode(text.charCodeAt(i))) return true;
  return false;
}
const isCandidate = (text: string) => hasLatinLetter(text) || hasJapanese(text);
/** Our UI hosts: their insertion is not a change of the page's text. */
const OWN_HOSTS = new Set(['glossary-panel', 'popup']);
const CACHE_LIMIT = 20_000;

/** One piece of a text short enough for one request, and where it starts in the text. */
export interface TextPiece {
  offset: number;
  text: string;
}

/**
 * Cuts a text longer than `max` into pieces that overlap by `overlap` characters, so that a
 * term across a cut is still found whole in one piece; `mergePieceSpans` drops the duplicates.
 */
export function splitLongText(text: string, max: number, overlap: number): TextPiece[] {
  if (text.length <= max) return [{ offset: 0, text }];
  const pieces: TextPiece[] = [];
  const step = max - overlap;
  for (let offset = 0; ; offset += step) {
    pieces.push({ offset, text: text.slice(offset, offset + max) });
    if (offset + max >= text.length) break;
  }
  return pieces;
}

/** The spans of a split text in its own offsets, each term occurrence once. */
export function mergePieceSpans(pieces: readonly TextPiece[], spans: readonly (readonly TermSpan[])[]): TermSpan[] {
  const merged: TermSpan[] = [];
  let covered = 0;
  pieces.forEach((piece, i) => {
    for (const span of spans[i] ?? []) {
      const start = span.start + piece.offset;
      if (start < covered) continue; // already found in the previous piece
      merged.push({ termId: span.termId, start, end: span.end + piece.offset });
      covered = span.end + piece.offset;
    }
  });
  return merged;
}

/** Groups texts into requests within the engine's limits. */
export function toRequests(texts: readonly string[], maxTexts = MAX_TEXTS_PER_REQUEST, maxChars = MAX_CHARS_PER_REQUEST): string[][] {
  const requests: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length > 0 && (current.length >= maxTexts || chars + text.length > maxChars)) {
      requests.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

interface BlockTerms {
  block: TextBlock;
  spans: TermSpan[];
}

export class PageTermCollector {
  private observer: MutationObserver | undefined;
  private readonly cache = new Map<string, TermSpan[]>();
  private readonly summaries = new Map<string, GlossaryTermSummary>();
  private blocks: BlockTerms[] = [];
  private scanned = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private scanning: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** The page's terms after the last scan (undefined before the first). */
  terms: PageTerm[] | undefined;
  /** Why the last scan failed, if it did. */
  error: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly options: CollectorOptions,
  ) {}

  get watching(): boolean {
    return this.observer !== undefined;
  }

  /** Scans now and then after every change of the page, until `unwatch`. */
  watch(): Promise<void> {
    this.stopped = false;
    if (!this.observer) {
      this.observer = new MutationObserver((records) => this.onMutations(records));
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    }
    return this.refresh();
  }

  unwatch(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Stops for good (the feature was turned off): no more scans, nothing kept. */
  dispose(): void {
    this.unwatch();
    this.stopped = true;
    this.blocks = [];
  }

  /** Scans the page (coalescing calls made while a scan runs into one more scan). */
  refresh(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      try {
        do {
          this.again = false;
          await this.scan();
        } while (this.again && !this.stopped);
      } finally {
        this.scanning = undefined;
      }
    })();
    return this.scanning;
  }

  /** Rescans first if the page's text nodes changed since the last scan (furigana swaps them). */
  async ensureFresh(): Promise<void> {
    if (this.scanning) await this.scanning;
    if (!this.scanned || this.isStale()) await this.refresh();
  }

  /** Whether a node the last scan read has left the page or changed. */
  isStale(): boolean {
    for (const { block } of this.blocks) {
      for (let i = 0; i < block.nodes.length; i++) {
        const node = block.nodes[i]!;
        if (!node.isConnected) return true;
        const start = block.starts[i]!;
        if (node.data !== block.text.slice(start, start + node.data.length)) return true;
      }
    }
    return false;
  }

  /** The block elements that hold at least one occurrence, in document order. */
  blockElements(): Element[] {
    return this.blocks.map((b) => b.block.element);
  }

  /**
   * DOM ranges of the occurrences, in document order: all terms', or one term's; only in the
   * blocks `inBlock` accepts, when given.
   */
  ranges(termId?: string, inBlock?: (element: Element) => boolean): Range[] {
    const ranges: Range[] = [];
    for (const { block, spans } of this.blocks) {
      if (inBlock && !inBlock(block.element)) continue;
      for (const span of spans) {
        if (termId !== undefined && span.termId !== termId) continue;
        try {
          ranges.push(rangeForSpan(block, span.start, span.end));
        } catch {
          // The text changed under us since the scan; the next scan will set it right.
        }
      }
    }
    return ranges;
  }

  private async scan(): Promise<void> {
    const started = performance.now();
    const root = this.doc.body ?? this.doc.documentElement;
    // Read in slices: a long page read through our furigana would otherwise hold the page 50 ms and more.
    const read = await collectReadableBlocksInSlices(root, { throughFurigana: true, allBlocks: true }, yieldToPage);
    if (this.stopped) return;
    const blocks = read.filter((b) => isCandidate(b.text));
    // A page without Japanese has no terms for us (an English page's "NATO" is not our business).
    const japanese = blocks.some((b) => hasJapanese(b.text));
    const wanted = japanese ? blocks : [];
    try {
      await this.lookUp([...new Set(wanted.map((b) => b.text).filter((t) => !this.cache.has(t)))]);
      this.error = undefined;
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    }
    if (this.stopped) return;
    this.blocks = wanted.map((block) => ({ block, spans: this.cache.get(block.text) ?? [] })).filter((b) => b.spans.length > 0);
    const texts = this.blocks.map((b) => b.block.text);
    this.terms = tallyPageTerms(texts, { occurrences: this.blocks.map((b) => b.spans), terms: [...this.summaries.values()] });
    this.scanned = true;
    this.options.onChange?.();
    // User Timing, not DOM: how long reading the page's terms took (engine round trips included).
    performance.measure('yomu:glossary-scan', { start: started, end: performance.now() });
  }

  /** Asks the engine about texts not in the cache yet, within its limits per request. */
  private async lookUp(texts: string[]): Promise<void> {
    if (texts.length === 0) return;
    if (this.cache.size + texts.length > CACHE_LIMIT) this.cache.clear();
    // Texts too long for one request are cut into overlapping pieces.
    const pieces = texts.map((text) => splitLongText(text, MAX_CHARS_PER_REQUEST, 256));
    const flat = pieces.flatMap((p) => p.map((piece) => piece.text));
    const spans: TermSpan[][] = [];
    for (const request of toRequests(flat)) {
      const found = await this.options.findTerms(request);
      for (const term of found.terms) this.summaries.set(term.id, term);
      spans.push(...request.map((_, i) => found.occurrences[i] ?? []));
    }
    let k = 0;
    texts.forEach((text, i) => {
      const own = pieces[i]!;
      this.cache.set(text, mergePieceSpans(own, spans.slice(k, k + own.length)));
      k += own.length;
    });
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.some((record) => {
      if (record.type === 'characterData') return true;
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return nodes.some((n) => !(n.nodeType === Node.ELEMENT_NODE && OWN_HOSTS.has((n as Element).getAttribute('data-yomu') ?? '')));
    });
    if (!relevant) return;
    const now = Date.now();
    if (this.timer === undefined) this.firstPendingAt = now;
    else clearTimeout(this.timer);
    const debounce = this.options.debounceMs ?? 300;
    const waited = now - this.firstPendingAt;
    const delay = Math.max(0, Math.min(debounce, (this.options.maxWaitMs ?? 1500) - waited));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }
}
