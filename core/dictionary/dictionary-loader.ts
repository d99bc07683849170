/**
 * The dictionary as the engine holds it: opened once from its packaged bytes, by whoever needs
 * it first (hover lookups, compound readings, the furigana level), and kept. A file that fails
 * to open gives the reason in words a popup can show; everything else goes on without it.
 */
import { openDictionaryFile } from './dictionary-file';
import type { Dictionary } from './packed-dictionary';

export interface LoadedDictionary {
  dictionary?: Dictionary;
  /** Why there is no dictionary, when loading it failed. */
  dictionaryError?: string;
  /** How long reading and opening it took, in ms. */
  loadMs?: number;
}

/** A loader that reads and opens the dictionary on its first call and answers every later call from memory. */
export function dictionaryLoader(
  readFile: (() => Promise<Uint8Array | undefined>) | undefined,
  now: () => number = () => performance.now(),
): () => Promise<LoadedDictionary> {
  let loaded: Promise<LoadedDictionary> | undefined;
  return () => {
    loaded ??= (async (): Promise<LoadedDictionary> => {
      if (!readFile) return {};
      const started = now();
      try {
        const dictionary = await openDictionaryFile(await readFile());
        return { dictionary, loadMs: now() - started };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return {
          dictionaryError: message.startsWith('The ') ? message : `The Japanese–English dictionary could not be loaded: ${message}`,
        };
      }
    })();
    return loaded;
  };
}
