/**
 * The words of recently hovered and nearby blocks, fetched whole from the engine, so that a
 * hover in a block the tab already knows is answered in the same event (no round trip, popup
 * in the frame the pointer moved in). Small: a few dozen blocks, least recently used dropped.
 * A block is known by its text and the page's own readings in it (its ruby), which the words agree with.
 *
 * Words that came before the engine's name cards were in (`namesPending`) are kept and used at
 * once, and asked for again `withNames`: that answer, the same words with their name cards,
 * takes their place, and `onNames` says so (the popup redraws a word it shows from them).
 */
import type { BlockWords } from '../../../core/lookup/block-words';
import type { PageReading } from '../../../core/text/text-sequence';
import { markOnce } from '../../../utils/engine/start-marks';

function keyOf(text: string, readings?: readonly PageReading[]): string {
  return readings?.length ? `${text}\u0000${readings.map((r) => `${r.start},${r.end},${r.reading}`).join(';')}` : text;
}

/** Asks the engine for the words of `text`; `withNames`: wait for the name cards. */
export type FetchWords = (text: string, readings?: readonly PageReading[], withNames?: boolean) => Promise<BlockWords>;

export class BlockWordsCache {
  private readonly blocks = new Map<string, BlockWords>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Some block's words have come: the engine's analyser (kuromoji) is loaded. */
  private answered = false;
  /** Called when a block's words are replaced by the same words with their name cards. */
  onNames: ((text: string, readings?: readonly PageReading[]) => void) | undefined;

  constructor(
    private readonly fetchWords: FetchWords,
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

  /**
   * Whether the engine has answered words here already: its analyser is loaded, so the words of
   * another block take one analysis, as a lookup in it would (before, a lookup is answered from
   * the dictionary alone, sooner than any block's words).
   */
  get engineWarm(): boolean {
    return this.answered;
  }

  /** The words of `text` when they come, if they are on the way (undefined: not asked, or failed). */
  whenPending(text: string, readings?: readonly PageReading[]): Promise<BlockWords | undefined> | undefined {
    const key = keyOf(text, readings);
    const pending = this.pending.get(key);
    return pending?.then(() => this.blocks.get(key));
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
          this.answered = true;
          markOnce('hover-block-words');
          this.keep(key, words);
          if (words.namesPending) this.addNames(key, text, readings);
        },
        () => {
          this.pending.delete(key);
        },
      );
      this.pending.set(key, pending);
    }
    return pending;
  }

  private keep(key: string, words: BlockWords): void {
    this.blocks.delete(key);
    this.blocks.set(key, words);
    if (this.blocks.size > this.capacity) this.blocks.delete(this.blocks.keys().next().value!);
  }

  /** Asks again for words that came without their name cards; the answer replaces them if they are still kept. */
  private addNames(key: string, text: string, readings?: readonly PageReading[]): void {
    this.fetchWords(text, readings, true).then(
      (words) => {
        if (!this.blocks.has(key) || words.namesPending) return;
        this.keep(key, words);
        this.onNames?.(text, readings);
      },
      () => undefined, // the words without names stay
    );
  }
}
