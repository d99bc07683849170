/**
 * Orders and paces the work of annotating a page: blocks in the viewport first, the rest in
 * document order; engine requests in batches; DOM writes in slices of at most one a frame, small
 * enough that neither our script nor the browser's layout of what it wrote makes a long task
 * (50 ms).
 */
import type { TextBlock } from './readable-blocks';

/** Time one slice of DOM work may take before yielding to the page. */
export const SLICE_BUDGET_MS = 8;
/**
 * Rubies one slice may insert. The browser lays out about 35 new rubies a millisecond (Chromium,
 * the article copied 40 times), so a slice of 300 keeps the frame's layout near 10 ms; written
 * faster, frames of 100 ms and more piled up on long pages.
 */
export const SLICE_MAX_RUBIES = 300;
/** Size of one engine request. */
export const BATCH_MAX_CHARS = 20_000;
export const BATCH_MAX_BLOCKS = 150;

/** Visible blocks first (top to bottom), then the others in document order. */
export function visibleFirst(blocks: TextBlock[], viewportHeight: number): TextBlock[] {
  const visible: TextBlock[] = [];
  const rest: TextBlock[] = [];
  for (const block of blocks) {
    const rect = block.element.getBoundingClientRect();
    const onScreen = rect.bottom > 0 && rect.top < viewportHeight && (rect.width > 0 || rect.height > 0);
    (onScreen ? visible : rest).push(block);
  }
  return visible.concat(rest);
}

/**
 * Cuts a block longer than a batch at text-node boundaries (a huge page with no paragraphs);
 * a single text node longer than a batch is cut inside itself, after a sentence's end where one
 * is near (parts with `nodeOffset`: a paragraph of 100,000 characters in one node).
 */
export function splitOversized(block: TextBlock, max = BATCH_MAX_CHARS): TextBlock[] {
  if (block.text.length <= max) return [block];
  const parts: TextBlock[] = [];
  let part: TextBlock | undefined;
  for (const node of block.nodes) {
    if (node.data.length > max) {
      part = undefined;
      for (const [from, to] of nodeSlices(node.data, max)) {
        parts.push({ element: block.element, nodes: [node], starts: [0], text: node.data.slice(from, to), nodeOffset: from });
      }
      continue;
    }
    if (!part || part.text.length + node.data.length > max) {
      part = { element: block.element, nodes: [], starts: [], text: '' };
      parts.push(part);
    }
    part.starts.push(part.text.length);
    part.nodes.push(node);
    part.text += node.data;
  }
  return parts;
}

/** Where a sentence ends (after the mark): full stops, question and exclamation marks, line breaks. */
const SENTENCE_END = /[。．！？!?\n]/g;

/**
 * Slices [from, to) of a text longer than `max` (UTF-16 code units), each at most `max` long: cut
 * after the last sentence end in the second half of a slice's room, or else at the room's end
 * (never inside a surrogate pair), so that a word is cut in two only where no sentence ends.
 */
export function nodeSlices(text: string, max: number): [number, number][] {
  const slices: [number, number][] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) {
      let cut = -1;
      SENTENCE_END.lastIndex = from + Math.floor(max / 2);
      for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) cut = m.index + 1;
      if (cut > from) to = cut;
      else if (isHighSurrogate(text.charCodeAt(to - 1))) to--;
    }
    slices.push([from, to]);
    from = to;
  }
  return slices;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts blocks into engine requests that stay within the size limits. */
export function toBatches(blocks: TextBlock[]): TextBlock[][] {
  const batches: TextBlock[][] = [];
  let batch: TextBlock[] = [];
  let chars = 0;
  for (const block of blocks.flatMap((b) => splitOversized(b))) {
    if (batch.length > 0 && (chars + block.text.length > BATCH_MAX_CHARS || batch.length >= BATCH_MAX_BLOCKS)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(block);
    chars += block.text.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Waits until the page has drawn its next frame (a task after the frame's callbacks), so that the
 * next slice's writes are laid out in a frame of their own. A hidden tab draws no frames: it waits
 * at most `maxWaitMs`.
 */
export function afterNextFrame(win: Window, maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    win.requestAnimationFrame(() => win.setTimeout(finish, 0));
    win.setTimeout(finish, maxWaitMs);
  });
}

/** Lets the page run: scheduler.yield where the browser has it, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
