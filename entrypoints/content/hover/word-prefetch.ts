/**
 * The words of the blocks on screen (and half a screen around) are fetched ahead, one block at a
 * time, when the page has loaded and is idle, again once the reader has hovered a word, and after
 * each scroll, so that the words the reader rests on are answered at once, furigana on or off
 * (with furigana off nothing else has asked the engine about the page's blocks).
 */
import { lookupWindow } from '../../../core/lookup/lookup-window';
import { collectReadableBlocksInSlices } from '../readable-blocks';
import { yieldToPage } from '../annotation-scheduler';
import type { BlockWordsCache } from './block-words-cache';
import { hasJapanese } from '../../../core/text/kana';
import { scanLineAround } from './text-scanner';
import { readingsIn, type PageReading } from '../../../core/text/text-sequence';

/** Whether a block holds Japanese (kana or kanji): only such blocks are looked up (NATO counts inside them). */
export const hasJapaneseText = hasJapanese;

/**
 * The texts (lookup windows from their start) of readable blocks within half a viewport of the
 * screen, top first, each read as the hover scanner reads its first line. The page is read in slices that leave it room between them.
 */
export async function textsNearViewport(doc: Document): Promise<{ text: string; readings?: PageReading[] }[]> {
  const win = doc.defaultView!;
  const margin = win.innerHeight / 2;
  const texts: { text: string; readings?: PageReading[] }[] = [];
  const blocks = await collectReadableBlocksInSlices(doc.body, { throughFurigana: true, allBlocks: true }, yieldToPage);
  for (const block of blocks) {
    if (!block.element.isConnected) continue;
    if (!hasJapaneseText(block.text)) continue;
    const r = block.element.getBoundingClientRect();
    if (r.bottom < -margin || r.top > win.innerHeight + margin || (r.width === 0 && r.height === 0)) continue;
    // The line as the hover scanner reads it, so that a hover there finds its words.
    const line = scanLineAround(block.nodes[0]!);
    const window = lookupWindow(line ? line.text : block.text, 0);
    const readings = line ? readingsIn(line.readings, 0, window.text.length) : undefined;
    if (!texts.some((t) => t.text === window.text)) texts.push(readings ? { text: window.text, readings } : { text: window.text });
  }
  return texts;
}

export class WordPrefetcher {
  private scheduled = false;
  private running = false;
  private active = false;

  constructor(
    private readonly doc: Document,
    private readonly cache: BlockWordsCache,
  ) {}

  /**
   * Starts prefetching once the document has loaded, when the page is idle: the blocks on screen
   * are known before the pointer comes. A page with no Japanese block near the screen asks nothing.
   */
  startAfterLoad(): void {
    const win = this.doc.defaultView;
    if (!win || this.active) return;
    if (this.doc.readyState === 'complete') this.schedule(true);
    else win.addEventListener('load', () => this.schedule(true), { once: true });
  }

  /** Starts (after the first hover) or repeats (after a scroll) a round of prefetching when idle. */
  schedule(start = false): void {
    if (start) this.active = true;
    if (!this.active || this.scheduled || !this.doc.body) return;
    this.scheduled = true;
    const win = this.doc.defaultView as Window & typeof globalThis;
    const run = () => {
      this.scheduled = false;
      void this.round();
    };
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 500 });
    else win.setTimeout(run, 50);
  }

  private async round(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const { text, readings } of await textsNearViewport(this.doc)) {
        if (!this.cache.has(text, readings)) await this.cache.request(text, readings);
      }
    } finally {
      this.running = false;
    }
  }
}
