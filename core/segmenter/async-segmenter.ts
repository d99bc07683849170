/**
 * The morphological analyser as the engine uses it: texts in, tokens out, asynchronously, so
 * that kuromoji can run on a thread of its own (a Worker in the extension) while the engine's
 * thread answers hovers from the dictionary. In Node (tests, tools) it wraps the loaded
 * segmenter in the same thread.
 */
import type { Segmenter } from './kuromoji-tokenizer';
import type { Token } from './token';

export interface AsyncSegmenter {
  /**
   * The tokens of each text, in order; `null` for a text kuromoji could not read (the others
   * are still read). Rejects when kuromoji itself could not be loaded.
   */
  tokenizeAll(texts: readonly string[]): Promise<(Token[] | null)[]>;
}

/** Each text's tokens, or null where kuromoji throws on it. */
export function tokenizeEach(segmenter: Segmenter, texts: readonly string[]): (Token[] | null)[] {
  return texts.map((text) => {
    try {
      return segmenter.tokenize(text);
    } catch {
      return null;
    }
  });
}

/** A segmenter of this thread, asked as the engine asks a worker. */
export function inThread(segmenter: Segmenter): AsyncSegmenter {
  return { tokenizeAll: async (texts) => tokenizeEach(segmenter, texts) };
}
