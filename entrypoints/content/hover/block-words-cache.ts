/**
 * The words of recently hovered and nearby blocks, fetched whole from the engine, so that a
 * hover in a block the tab already knows is answered in the same event (no round trip, popup
 * in the frame the pointer moved in). Small: a few dozen blocks, least recently used dropped.
 */
import type { BlockWords } from '../../../core/lookup/block-words';

export class BlockWordsCache {
  private readonly blocks = new Map<string, BlockWords>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly fetchWords: (text: string) => Promise<BlockWords>,
    private readonly capacity = 24,
  ) {}

  get(text: string): BlockWords | undefined {
    const found = this.blocks.get(text);
    if (found) {
      this.blocks.delete(text);
      this.blocks.set(text, found);
    }
    return found;
  }

  has(text: string): boolean {
    return this.blocks.has(text) || this.pending.has(text);
  }

  /** Fetches the words of `text` unless known or on the way; resolves when done (failures are dropped: hovers then ask one by one). */
  request(text: string): Promise<void> {
    if (this.blocks.has(text)) return Promise.resolve();
    let pending = this.pending.get(text);
    if (!pending) {
      pending = this.fetchWords(text).then(
        (words) => {
          this.pending.delete(text);
          this.blocks.set(text, words);
          if (this.blocks.size > this.capacity) this.blocks.delete(this.blocks.keys().next().value!);
        },
        () => {
          this.pending.delete(text);
        },
      );
      this.pending.set(text, pending);
    }
    return pending;
  }
}
