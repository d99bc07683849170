/**
 * The words of recently hovered and nearby blocks, fetched whole from the engine, so that a
 * hover in a block the tab already knows is answered in the same event (no round trip, popup
 * in the frame the pointer moved in). Small: a few dozen blocks, least recently used dropped.
 * A block is known by its text and the page's own readings in it (its ruby), which the words agree with.
 */
import type { BlockWords } from '../../../core/lookup/block-words';
import type { PageReading } from '../../../core/text/text-sequence';

function keyOf(text: string, readings?: readonly PageReading[]): string {
  return readings?.length ? `${text}\u0000${readings.map((r) => `${r.start},${r.end},${r.reading}`).join(';')}` : text;
}

export class BlockWordsCache {
  private readonly blocks = new Map<string, BlockWords>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly fetchWords: (text: string, readings?: readonly PageReading[]) => Promise<BlockWords>,
    private readonly capacity = 24,
  ) {}

  get(text: string, readings?: readonly PageReading[]): BlockWords | undefined {
    const key = keyOf(text, readings);
    const found = this.blocks.get(key);
    if (found) {
      this.blocks.delete(key);
      this.blocks.set(key, found);
    }
    return found;
  }

  has(text: string, readings?: readonly PageReading[]): boolean {
    const key = keyOf(text, readings);
    return this.blocks.has(key) || this.pending.has(key);
  }

  /** Fetches the words of `text` unless known or on the way; resolves when done (failures are dropped: hovers then ask one by one). */
  request(text: string, readings?: readonly PageReading[]): Promise<void> {
    const key = keyOf(text, readings);
    if (this.blocks.has(key)) return Promise.resolve();
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetchWords(text, readings).then(
        (words) => {
          this.pending.delete(key);
          this.blocks.set(key, words);
          if (this.blocks.size > this.capacity) this.blocks.delete(this.blocks.keys().next().value!);
        },
        () => {
          this.pending.delete(key);
        },
      );
      this.pending.set(key, pending);
    }
    return pending;
  }
}
