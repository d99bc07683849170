/** The tab's memory of recent lookups (pointer going back and forth over the same words): a small LRU. */
import type { WordInfo } from '../../../core/lookup/word-info';

export class LookupCache {
  private readonly entries = new Map<string, WordInfo | null>();

  constructor(private readonly capacity = 64) {}

  static key(text: string, offset: number): string {
    return `${offset}\u0000${text}`;
  }

  get(key: string): WordInfo | null | undefined {
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  set(key: string, info: WordInfo | null): void {
    this.entries.delete(key);
    this.entries.set(key, info);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
