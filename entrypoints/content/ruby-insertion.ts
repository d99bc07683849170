/**
 * Puts ruby into the page and takes it out again. A text node that gets readings is replaced
 * by a <yomu-text data-yomu="text"> wrapper holding the same text with <ruby data-yomu> around
 * the kanji; the original Text node is kept, and turning furigana off puts it back, so the DOM
 * is restored exactly (same nodes, same innerHTML). Readings are not selectable, so copying
 * gives the original sentence.
 */
import type { RubySegment } from '../../core/furigana/ruby-segment';
import type { TextBlock } from './readable-blocks';

export const WRAPPER_TAG = 'yomu-text';
/** A word keeps its letters together when its reading is wider: the space goes around it, not inside. */
const RUBY_STYLE = 'ruby-align:center';
/** Readings cannot be selected, so a copy of the text is the page's own sentence. */
const RT_STYLE = 'user-select:none;-webkit-user-select:none';

/** Our wrappers and the page's text nodes they replaced. */
export class RubyRegistry {
  private readonly originals = new Map<Element, Text>();
  /** The page's text nodes we have annotated (kept so that we never annotate them twice). */
  private annotated = new WeakSet<Text>();

  isAnnotated(node: Text): boolean {
    return this.annotated.has(node);
  }

  record(wrapper: Element, original: Text): void {
    this.originals.set(wrapper, original);
    this.annotated.add(original);
  }

  get size(): number {
    return this.originals.size;
  }

  /** Puts every original text node back where its wrapper stands. */
  restoreAll(): void {
    for (const [wrapper, original] of this.originals) {
      if (wrapper.isConnected) wrapper.replaceWith(original);
    }
    this.originals.clear();
    this.annotated = new WeakSet();
  }
}

/** Turns a hiragana reading into what the reader asked to see (katakana, romaji...). */
export type ReadingFormatter = (hiragana: string) => string;

/**
 * Inserts ruby for the segments of one block. Segments that cross a text-node boundary (a word
 * half in a link) are left without ruby rather than split wrongly. Returns how many ruby
 * elements were inserted.
 */
export function insertRuby(
  block: TextBlock,
  segments: readonly RubySegment[],
  registry: RubyRegistry,
  format: ReadingFormatter = (r) => r,
): number {
  const doc = block.element.ownerDocument;
  let inserted = 0;
  let s = 0;
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i]!;
    const nodeStart = block.starts[i]!;
    const nodeEnd = nodeStart + node.data.length;
    const inNode: RubySegment[] = [];
    while (s < segments.length && segments[s]!.start < nodeEnd) {
      const seg = segments[s]!;
      if (seg.start >= nodeStart && seg.end <= nodeEnd && seg.end > seg.start && seg.reading) inNode.push(seg);
      s++;
    }
    // A segment that starts in this node but ends in the next is dropped by the check above.
    if (inNode.length === 0 || !node.parentNode || registry.isAnnotated(node)) continue;
    // The page may have changed the text since it was read: only annotate what still matches.
    if (node.data !== block.text.slice(nodeStart, nodeEnd)) continue;

    const wrapper = doc.createElement(WRAPPER_TAG);
    wrapper.setAttribute('data-yomu', 'text');
    let cursor = nodeStart;
    for (const seg of inNode) {
      if (seg.start > cursor) wrapper.append(block.text.slice(cursor, seg.start));
      const ruby = doc.createElement('ruby');
      ruby.setAttribute('data-yomu', 'ruby');
      ruby.setAttribute('style', RUBY_STYLE);
      ruby.append(block.text.slice(seg.start, seg.end));
      const rt = doc.createElement('rt');
      rt.setAttribute('data-yomu', 'rt');
      rt.setAttribute('style', RT_STYLE);
      rt.textContent = format(seg.reading);
      ruby.append(rt);
      wrapper.append(ruby);
      cursor = seg.end;
      inserted++;
    }
    if (cursor < nodeEnd) wrapper.append(block.text.slice(cursor, nodeEnd));
    node.replaceWith(wrapper);
    registry.record(wrapper, node);
  }
  return inserted;
}
