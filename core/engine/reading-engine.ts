/**
 * The reading engine: kuromoji plus the reading layer, loaded once and kept. It is pure
 * TypeScript: the platform hands it a way to read dictionary files, so the same engine runs in
 * the offscreen document (Chrome), the background page (Firefox) and Node (tests, benchmarks).
 */
import { loadSegmenter, type DictionaryFileReader, type Segmenter } from '../segmenter/kuromoji-tokenizer';
import { readingSegments, type ReadingContext } from '../furigana/reading-layer';
import { createReadingContext } from '../furigana/reading-context';
import { nameReadingSource } from '../furigana/name-readings';
import { dictionaryLoader } from '../dictionary/dictionary-loader';
import type { RubySegment } from '../furigana/ruby-segment';
import { fullReading, splitAtBreaks } from '../furigana/break-pieces';
import type { EngineRequest, EngineStatus } from './engine-protocol';
import type { GlossaryTerm } from '../glossary/glossary-term';
import { createTermFinder, type TermFinder } from '../glossary/term-finding';
import { bundledGlossary } from '../../dict/glossary/glossary';
import { createWordLookupService, type WordLookupService } from '../lookup/word-lookup-service';
import { edictCommonWords, withoutCommonWords, type IsCommonWord } from '../furigana/furigana-level';
import type { FuriganaLevel } from '../settings/settings';

export interface ReadingEngineSources {
  /** Reads one of kuromoji's IPADIC files, decompressed. */
  readKuromojiFile: DictionaryFileReader;
  /** A clock in milliseconds (performance.now in browsers). */
  now: () => number;
  /** The glossary's terms (default: the bundled glossary); read on the first term request. */
  glossary?: () => readonly GlossaryTerm[];
  /** Reads the packaged EDICT file (gzip); read on the first lookup. Absent: lookups without a dictionary. */
  readDictionaryFile?: () => Promise<Uint8Array | undefined>;
  /** Reads the packaged names file (dict/names/, text); read with EDICT. Absent or failing: furigana without it. */
  readNamesFile?: () => Promise<string | undefined>;
}

export interface ReadingEngine {
  /** Ruby segments for each text, loading the dictionary on first use. */
  /**
   * Ruby segments for each text, loading the dictionary on first use. `breaks[i]` are the
   * offsets in texts[i] where the page's text nodes meet (see AnnotateRequest).
   */
  annotate(texts: readonly string[], level?: FuriganaLevel, breaks?: readonly (readonly number[])[]): Promise<RubySegment[][]>;
  status(): EngineStatus;
  /** Answers a validated request; failures become `{ ok: false, error }`, never a throw. */
  handle(request: EngineRequest): Promise<unknown>;
}

export function createReadingEngine(sources: ReadingEngineSources): ReadingEngine {
  let segmenter: Promise<Segmenter> | undefined;
  const state: EngineStatus = { loaded: false };
  let termFinder: TermFinder | undefined;

  /** The glossary's matcher, built on first use (it needs no kuromoji). */
  function terms(): TermFinder {
    termFinder ??= createTermFinder((sources.glossary ?? bundledGlossary)());
    return termFinder;
  }

  function ensureLoaded(): Promise<Segmenter> {
    if (!segmenter) {
      const started = sources.now();
      segmenter = loadSegmenter(sources.readKuromojiFile).then(
        (s) => {
          state.loaded = true;
          state.loadMs = sources.now() - started;
          delete state.error;
          return s;
        },
        (err: unknown) => {
          // Forget the failed attempt so that the next request tries again.
          segmenter = undefined;
          state.error = `The Japanese dictionary (kuromoji) could not be loaded: ${describe(err)}`;
          throw new Error(state.error);
        },
      );
    }
    return segmenter;
  }

  // EDICT is opened once, by whoever needs it first: furigana (compound readings), hover
  // lookups, the furigana level. It loads beside kuromoji, not after it.
  const dictionary = dictionaryLoader(sources.readDictionaryFile, sources.now);

  function glossaryTerms(): readonly GlossaryTerm[] | undefined {
    try {
      return (sources.glossary ?? bundledGlossary)();
    } catch {
      return undefined; // a broken glossary costs its readings and cards, nothing else
    }
  }

  // People's names for the reading layer, read once beside EDICT; a missing or broken file
  // costs only the names' readings.
  const readNames = sources.readNamesFile;
  const names = readNames
    ? (async () => {
        const text = await readNames();
        return text ? nameReadingSource(text) : undefined;
      })
    : async () => undefined;

  // What the reading layer knows beyond kuromoji: glossary readings first, then EDICT's words and names.
  let readingContext: Promise<ReadingContext> | undefined;
  function context(): Promise<ReadingContext> {
    readingContext ??= Promise.all([dictionary(), names().catch(() => undefined)]).then(([d, n]) => {
      if (d.loadMs !== undefined) state.dictionaryLoadMs = d.loadMs;
      if (d.dictionaryError) state.dictionaryError = d.dictionaryError;
      return createReadingContext({ glossary: glossaryTerms(), dictionary: d.dictionary, names: n });
    });
    return readingContext;
  }

  // Hover lookups: the texts' tokens cached; they read as furigana does.
  let words: WordLookupService | undefined;
  function lookups(): WordLookupService {
    words ??= createWordLookupService({
      segmenter: ensureLoaded,
      segments: async (text, tokens) => readingSegments(text, tokens, await context()),
      loadDictionary: dictionary,
      readGlossary: async () => glossaryTerms() ?? [],
    });
    return words;
  }

  // The furigana level 'uncommon': EDICT's common words. Without a dictionary every word keeps
  // its ruby (more help rather than none).
  let commonWords: Promise<IsCommonWord | undefined> | undefined;
  function commonWordTest(): Promise<IsCommonWord | undefined> {
    commonWords ??= dictionary().then((d) => (d.dictionary ? edictCommonWords(d.dictionary) : undefined));
    return commonWords;
  }

  async function annotate(
    texts: readonly string[],
    level: FuriganaLevel = 'all',
    breaks?: readonly (readonly number[])[],
  ): Promise<RubySegment[][]> {
    const [s, ctx, isCommon] = await Promise.all([
      ensureLoaded(),
      context(),
      level === 'uncommon' ? commonWordTest() : undefined,
    ]);
    // A piece of a word, read on its own as the layer reads a text.
    const readPiece = (surface: string) => fullReading(surface, readingSegments(surface, s.tokenize(surface), ctx));
    return texts.map((text, i) => {
      try {
        const tokens = s.tokenize(text);
        const segments = readingSegments(text, tokens, ctx);
        const kept = isCommon ? withoutCommonWords(text, tokens, segments, isCommon) : segments;
        const cuts = breaks?.[i];
        return cuts && cuts.length > 0 ? splitAtBreaks(text, kept, cuts, readPiece) : kept;
      } catch {
        // One text kuromoji cannot read must not cost the rest of the page its furigana.
        return [];
      }
    });
  }

  return {
    annotate,
    status: () => ({ ...state }),
    async handle(request) {
      try {
        switch (request.type) {
          case 'yomu:annotate':
            return { ok: true, segments: await annotate(request.texts, request.level, request.breaks) };
          case 'yomu:status':
            return { ok: true, status: { ...state } };
          case 'yomu:lookup':
            return { ok: true, word: await lookups().lookup(request.text, request.offset, request.readings) };
          case 'yomu:words':
            return { ok: true, words: await lookups().words(request.text, request.readings) };
          case 'yomu:find-terms':
            return { ok: true, ...terms().find(request.texts) };
        }
      } catch (err) {
        return { ok: false, error: describe(err) };
      }
    },
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
