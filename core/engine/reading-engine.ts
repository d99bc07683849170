/**
 * The reading engine: kuromoji plus the reading layer, loaded once and kept. It is pure
 * TypeScript: the platform hands it a way to read dictionary files, so the same engine runs in
 * the offscreen document (Chrome), the background page (Firefox) and Node (tests, benchmarks).
 */
import { loadSegmenter, type DictionaryFileReader } from '../segmenter/kuromoji-tokenizer';
import { inThread, type AsyncSegmenter } from '../segmenter/async-segmenter';
import { readingSegments, type ReadingContext } from '../furigana/reading-layer';
import { createReadingContext } from '../furigana/reading-context';
import { lexiconWordSource } from '../furigana/lexicon-words';
import { nameReadingSource } from '../furigana/name-readings';
import { dictionaryLoader, type DictionaryLoader, type PagedDictionaryFiles } from '../dictionary/dictionary-loader';
import type { RubySegment } from '../furigana/ruby-segment';
import { breakPieces, fullReading, splitAtBreaks } from '../furigana/break-pieces';
import type { EngineRequest, EngineStatus, PageReadingHint } from './engine-protocol';
import type { BlockWords } from '../lookup/block-words';
import type { WordInfo } from '../lookup/word-info';
import type { GlossaryTerm } from '../glossary/glossary-term';
import { createTermFinder, type TermFinder } from '../glossary/term-finding';
import { createHoverAnswers, type HoverAnswers } from '../lookup/hover-answers';
import { edictCommonWords, withoutCommonWords, type IsCommonWord } from '../furigana/furigana-level';
import type { FuriganaLevel } from '../settings/settings';
import { kanjiSource, type KanjiSource } from '../kanji/kanji-source';
import { usedReadings } from '../kanji/used-readings';
import type { KanjiCardInfo } from '../kanji/kanji-card';
import { nameCardsErrorMessage, openNameCards, type NameCardFiles, type NameCards } from '../names/name-card-files';
import { withNamesNoted, blockWithNames, namesReadBy } from '../names/word-names';
import { foldedOffset } from '../text/lookup-folding';
import { analyseFoldedAsync, segmentsAsWritten } from '../furigana/folded-reading';
import { decodeKnownWords, knownWordSet, withoutKnownWords, type KnownWordSet } from '../study/known-words-filter';

export interface ReadingEngineSources {
  /**
   * Starts kuromoji where it runs (the extension: a Worker of its own, so that its load does not
   * hold up answers from the dictionary); settles once it is loaded. Absent: kuromoji is loaded
   * in this thread from `readKuromojiFile`.
   */
  startSegmenter?: () => Promise<AsyncSegmenter>;
  /** Reads one of kuromoji's IPADIC files, decompressed (used without `startSegmenter`). */
  readKuromojiFile?: DictionaryFileReader;
  /** A clock in milliseconds (performance.now in browsers). */
  now: () => number;
  /**
   * Told each start milestone the first time it is reached (`dictionary-searchable`,
   * `dictionary-whole`, `kuromoji-loaded`, `reading-context`, `answer-provisional`,
   * `answer-full`); the extension marks them in User Timing. Absent: not told.
   */
  mark?: (milestone: string) => void;
  /**
   * The glossary's terms (the extension passes dict/glossary's bundled glossary: core/ imports no
   * data); read on the first term request. A throw costs the glossary's readings and cards only.
   */
  glossary: () => readonly GlossaryTerm[];
  /**
   * Reads the packaged EDICT: the whole file (gzip or not), or its directory, index pages and
   * entry shards as the extension ships them (searchable once the directory is in). Read on the first lookup. Absent:
   * lookups without a dictionary.
   */
  readDictionaryFile?: (() => Promise<Uint8Array | undefined>) | PagedDictionaryFiles;
  /** Reads the packaged names file (dict/names/; UTF-8 bytes or text); read with EDICT. Absent or failing: furigana without it. */
  readNamesFile?: () => Promise<Uint8Array | string | undefined>;
  /**
   * Reads the packaged lexicon words (dict/readings/lexicon-words.tsv.gz: words UniDic reads one way
   * that EDICT lacks; UTF-8 bytes or text); read with EDICT. Absent or failing: furigana without them.
   */
  readLexiconFile?: () => Promise<Uint8Array | string | undefined>;
  /** Reads the packaged kanji file (dict/kanji/, KANJIDIC2; UTF-8 bytes or text); read on the first kanji request. Absent or failing: no kanji view. */
  readKanjiFile?: () => Promise<Uint8Array | string | undefined>;
  /**
   * Reads the packaged name cards (ENAMDICT, dict/names/name-cards.tsv.gz): the whole file (UTF-8
   * bytes or text), or its directory and pages as the extension ships them (core/names/name-card-pages.ts,
   * each page read when a lookup needs it). Opened after the first lookup. Absent or failing: no name cards.
   */
  readNameCardsFile?: NameCardFiles;
}

/** How to annotate: which words get ruby, where the page's text nodes meet, what the reader knows. */
export interface AnnotateOptions {
  level?: FuriganaLevel;
  breaks?: readonly (readonly number[])[];
  known?: readonly string[];
}

export interface ReadingEngine {
  /** Ruby segments for each text, loading the dictionary on first use. */
  /**
   * Ruby segments for each text, loading the dictionary on first use. `options.breaks[i]` are the
   * offsets in texts[i] where the page's text nodes meet (see AnnotateRequest); `options.known`
   * the reader's known words, left without ruby.
   */
  annotate(texts: readonly string[], options?: AnnotateOptions): Promise<RubySegment[][]>;
  status(): EngineStatus;
  /** Answers a validated request; failures become `{ ok: false, error }`, never a throw. */
  handle(request: EngineRequest): Promise<unknown>;
}

/** How many blocks' words the engine keeps for the tab's second question (withNames): a screen or two of blocks. */
const RECENT_BLOCKS = 48;

/**
 * How long after the last hover lookup was answered the loads a hover starts (kuromoji, the
 * reading layer's names and kanji, the name cards) wait, in ms: the tab is drawing that answer
 * and the reader moving to the next word, both answered from the dictionary alone meanwhile. On
 * 2 cores, kuromoji's load begun with the first answer held up the drawing of its popup by
 * 0.5–1.1 s (fresh browser, busy machine, 2026-11-30); held, by 0.1–0.4 s.
 */
const LOADS_AFTER_LOOKUP_MS = 400;
/** The longest the loads wait for the lookups to stop, in ms: a reader moving on word after word gets the full answers too. */
const LOADS_HELD_MAX_MS = 1500;
/**
 * How long a block's words asked before any hover (the tab fetches the words on screen once the
 * page has loaded) wait for a first hover before starting kuromoji, in ms. A reader pointing at a
 * word as the page opens is answered from the dictionary alone, sooner than kuromoji loads; a
 * kuromoji load begun by the fetch ahead took the CPU that answer needed (first popup in a fresh
 * browser, 2 cores, load 9: the lookup's reads took 0.8 s instead of 0.1 s, 2026-11-30).
 */
const FIRST_HOVER_GRACE_MS = 1000;

export function createReadingEngine(sources: ReadingEngineSources): ReadingEngine {
  const mark = (milestone: string) => sources.mark?.(milestone);
  let segmenter: Promise<AsyncSegmenter> | undefined;
  let segmenterLoaded = false;
  const state: EngineStatus = { loaded: false };
  let termFinder: TermFinder | undefined;

  /** The glossary's matcher, built on first use (it needs no kuromoji). */
  function terms(): TermFinder {
    termFinder ??= createTermFinder(sources.glossary());
    return termFinder;
  }

  function startSegmenter(): Promise<AsyncSegmenter> {
    if (sources.startSegmenter) return sources.startSegmenter();
    const read = sources.readKuromojiFile;
    if (!read) return Promise.reject(new Error('no IPADIC in this build'));
    return loadSegmenter(read).then(inThread);
  }

  function ensureLoaded(): Promise<AsyncSegmenter> {
    if (!segmenter) {
      const started = sources.now();
      segmenter = startSegmenter().then(
        (s) => {
          mark('kuromoji-loaded');
          segmenterLoaded = true;
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
  const loader = dictionaryLoader(sources.readDictionaryFile, sources.now, () => lookupsQuiet());
  const quick = () =>
    loader.quick().then((d) => {
      mark('dictionary-searchable');
      return d;
    });
  const dictionary: DictionaryLoader = Object.assign(
    () =>
      quick()
        .then(loader)
        .then((d) => {
          mark('dictionary-whole');
          return d;
        }),
    { quick },
  );

  function glossaryTerms(): readonly GlossaryTerm[] | undefined {
    try {
      return sources.glossary();
    } catch {
      return undefined; // a broken glossary costs its readings and cards, nothing else
    }
  }

  // People's names for the reading layer, and the words UniDic reads one way that EDICT lacks,
  // each read once beside EDICT; a missing or broken file costs only its readings.
  const names = openedFile(sources.readNamesFile, nameReadingSource);
  const lexicon = openedFile(sources.readLexiconFile, lexiconWordSource);

  /** A reading file that could not be read: said in the status (the readings go on without it). */
  function unreadableReadingFile(file: string): (err: unknown) => undefined {
    return (err) => {
      const why = err instanceof Error ? err.message : String(err);
      (state.readingFileErrors ??= []).push(
        `The ${file} could not be read (${why}): furigana reads without it. Reinstall or update the extension.`,
      );
      return undefined;
    };
  }

  // What the reading layer knows beyond kuromoji: glossary readings first, then EDICT's words and names.
  let readingContext: Promise<ReadingContext> | undefined;
  let readingContextReady = false;
  function context(): Promise<ReadingContext> {
    // KANJIDIC2 reads the kanji nothing else can (瀑), marked uncertain; without it they stay kuromoji's.
    readingContext ??= Promise.all([
      dictionary(),
      names().catch(unreadableReadingFile('names file')),
      kanji().catch(() => undefined),
      lexicon().catch(unreadableReadingFile('lexicon words file')),
    ]).then(([d, n, k, l]) => {
      if (d.loadMs !== undefined) state.dictionaryLoadMs = d.loadMs;
      if (d.dictionaryError) state.dictionaryError = d.dictionaryError;
      const made = createReadingContext({ glossary: glossaryTerms(), dictionary: d.dictionary, names: n, kanji: k, lexicon: l });
      readingContextReady = true;
      mark('reading-context');
      return made;
    });
    return readingContext;
  }

  // Hover lookups: the texts' tokens cached; they read as furigana does.
  let words: HoverAnswers | undefined;
  function lookups(): HoverAnswers {
    words ??= createHoverAnswers({
      // kuromoji and the reading layer it is read with (the whole dictionary, names, kanji).
      segmenter: async (urgent) => {
        // An answer that waits on kuromoji releases what was held for it (the whole dictionary too).
        if (urgent) hold?.release();
        else if (!segmenter) {
          await graceForFirstHover();
          await lookupsQuiet();
        }
        void context();
        return ensureLoaded();
      },
      // Until both are in, a hover is answered from the dictionary alone (provisional) rather
      // than waiting for the last of them: the full answer must not wait for anything.
      segmenterLoaded: () => segmenterLoaded && readingContextReady,
      segments: async (text, tokens) => readingSegments(text, tokens, await context()),
      loadDictionary: dictionary,
      loadSearchableDictionary: dictionary.quick,
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

  // KANJIDIC2 for the popup's kanji view, read on the first request; a missing or broken file
  // is said in the answer, costs nothing else.
  let kanjiFile: Promise<KanjiSource> | undefined;
  function kanji(): Promise<KanjiSource> {
    const read = sources.readKanjiFile;
    if (!read) return Promise.reject(new Error('The kanji dictionary (KANJIDIC2) is not part of this build.'));
    kanjiFile ??= read().then((file) => {
      if (!file?.length) throw new Error('The kanji dictionary (KANJIDIC2) is missing.');
      return kanjiSource(file);
    });
    kanjiFile.catch(() => (kanjiFile = undefined));
    return kanjiFile;
  }

  async function kanjiCards(word: string, reading: string): Promise<KanjiCardInfo[]> {
    const source = await kanji();
    const used = reading ? usedReadings(word, reading, source.get) : [];
    return source.entriesOf(word).map((entry) => {
      const u = used.find((x) => x.literal === entry.literal);
      return u ? { ...entry, usedReading: u.listed, usedOn: u.on } : { ...entry };
    });
  }

  // ENAMDICT's proper names for the popup's name card: opening them (their directory) starts
  // after the first lookup and is never waited for (it must not delay the first popup); lookups
  // carry name cards once they are open, each use reading the pages its text needs
  // (core/names/name-card-files.ts). A missing or broken file costs only the name cards.
  let nameCards: NameCards | undefined;
  /** Why the name cards could not be opened (a sentence for the reader): every answer then says so. */
  let nameCardsError: string | undefined;
  let nameCardsLoading: Promise<void> | undefined;
  let nameCardsSettled = !sources.readNameCardsFile;
  function nameCardsOf(): NameCards | undefined {
    const files = sources.readNameCardsFile;
    if (files && !nameCardsLoading) {
      // Started once the answer that asked is on its way.
      nameCardsLoading = graceForFirstHover()
        .then(lookupsQuiet)
        .then(() => openNameCards(files))
        .then(
          (opened) => {
            nameCards = opened;
          },
          (err: unknown) => {
            nameCardsError = nameCardsErrorMessage(err);
          },
        )
        .finally(() => (nameCardsSettled = true));
    }
    return nameCards;
  }
  /** The name cards once they are open (or failed): a block's words asked `withNames` wait for them. */
  async function loadedNameCards(): Promise<NameCards | undefined> {
    nameCardsOf();
    await nameCardsLoading;
    return nameCards;
  }

  // While a hover lookup is in flight and until none has been answered for LOADS_AFTER_LOOKUP_MS
  // (at most LOADS_HELD_MAX_MS in all), the loads a hover starts wait, and so does the whole
  // dictionary's background load between its reads: the answer's own reads and its drawing have
  // the CPU and the file reads first. A lookup that needs kuromoji itself (one the dictionary
  // cannot answer) does not wait (`urgent`).
  interface Hold {
    released: Promise<void>;
    release: () => void;
    quiet?: ReturnType<typeof setTimeout>;
  }
  let hold: Hold | undefined;
  let lookupsInFlight = 0;
  function holdLoads(): Hold {
    if (!hold) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const held: Hold = {
        released,
        release: () => {
          clearTimeout(held.quiet);
          if (hold === held) hold = undefined;
          release();
        },
      };
      hold = held;
      setTimeout(held.release, LOADS_HELD_MAX_MS);
    }
    return hold;
  }
  // Before the first hover: a block's words wait FIRST_HOVER_GRACE_MS for one, or until one comes.
  let firstLookup: (() => void) | undefined;
  const firstLookupOrGrace = new Promise<void>((resolve) => {
    firstLookup = resolve;
  });
  let graceStarted = false;
  function graceForFirstHover(): Promise<void> {
    if (!graceStarted) {
      graceStarted = true;
      setTimeout(() => firstLookup?.(), FIRST_HOVER_GRACE_MS);
    }
    return firstLookupOrGrace;
  }
  function lookupStarted(): void {
    firstLookup?.();
    lookupsInFlight++;
    clearTimeout(holdLoads().quiet);
  }
  /** Resolved when the lookups in flight are answered (the page's glossary terms wait for it). */
  let noneInFlight: { done: Promise<void>; resolve: () => void } | undefined;
  function lookupsAnswered(): Promise<void> {
    if (lookupsInFlight === 0) return Promise.resolve();
    if (!noneInFlight) {
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      noneInFlight = { done, resolve };
    }
    return noneInFlight.done;
  }
  function lookupAnswered(): void {
    lookupsInFlight = Math.max(0, lookupsInFlight - 1);
    if (lookupsInFlight > 0) return;
    noneInFlight?.resolve();
    noneInFlight = undefined;
    const held = holdLoads();
    clearTimeout(held.quiet);
    held.quiet = setTimeout(held.release, LOADS_AFTER_LOOKUP_MS);
  }
  function lookupsQuiet(): Promise<void> {
    return hold?.released ?? Promise.resolve();
  }

  // The words of the blocks asked for last, without names: asked again withNames, a block's
  // words are not worked out a second time.
  const recentBlocks = new Map<string, Promise<BlockWords>>();
  function blockWordsOf(text: string, readings: readonly PageReadingHint[] | undefined): Promise<BlockWords> {
    const key = readings?.length ? `${text}\u0000${JSON.stringify(readings)}` : text;
    let found = recentBlocks.get(key);
    if (found) recentBlocks.delete(key);
    else {
      found = lookups().words(text, readings);
      found.catch(() => recentBlocks.delete(key));
    }
    recentBlocks.set(key, found);
    if (recentBlocks.size > RECENT_BLOCKS) recentBlocks.delete(recentBlocks.keys().next().value!);
    return found;
  }

  // The browser started, or a page with Japanese text opened: the dictionary opened for searches
  // (its directory: the first hover is answered from it alone while kuromoji loads, reading the
  // parts it needs) and the glossary. The whole dictionary and kuromoji are left to the first
  // request that needs them (furigana, a hover's words or full answer): loaded here, they took the
  // CPU the page and its first hover needed (first popup in a fresh browser, 2 cores, load 7-14,
  // 2026-11-30, 5 runs each twice: whole dictionary loaded here, median 1,144 and 1,132 ms;
  // left, 843 and 959 ms; kuromoji started here: 1,857 against 1,668 ms, median of 6).
  // Failures are left for the requests that need them to say.
  function prepare(): void {
    void dictionary.quick();
    void lookups().prepare();
  }

  // The reader's known words, as the last request sent them (the same list from every tab).
  let knownCache: { encoded: readonly string[]; set: KnownWordSet } | undefined;
  function knownSet(encoded: readonly string[]): KnownWordSet {
    if (!knownCache || knownCache.encoded.length !== encoded.length || knownCache.encoded.some((e, i) => e !== encoded[i])) {
      knownCache = { encoded: [...encoded], set: knownWordSet(decodeKnownWords(encoded)) };
    }
    return knownCache.set;
  }

  async function annotate(texts: readonly string[], { level = 'all', breaks, known }: AnnotateOptions = {}): Promise<RubySegment[][]> {
    const [s, ctx, isCommon] = await Promise.all([ensureLoaded(), context(), level === 'uncommon' ? commonWordTest() : undefined]);
    const knownWords = known?.length ? knownSet(known) : undefined;
    // Read as folded for lookup (髙橋 as 高橋, 𠮟 as 叱), drawn over the page's characters; a variant
    // kanji kuromoji knows as written keeps the page's spelling (只今, 琉球: folded-reading.ts).
    const analysed = await analyseFoldedAsync(texts, async (batch) => {
      const tokenLists = await s.tokenizeAll(batch);
      return batch.map((text, i) => {
        const tokens = tokenLists[i];
        // One text kuromoji cannot read must not cost the rest of the page its furigana.
        if (!tokens) return null;
        try {
          return { tokens, segments: readingSegments(text, tokens, ctx) };
        } catch {
          return null;
        }
      });
    });
    const foldedTexts = analysed.map((a) => a.spelled.text);
    const foldedCuts = analysed.map((a, i) => breaks?.[i]?.map((cut) => foldedOffset(a.spelled, cut)));
    const shown = analysed.map(({ spelled: { text }, analysis }) => {
      if (!analysis) return undefined;
      const { tokens, segments } = analysis;
      try {
        const kept = isCommon ? withoutCommonWords(text, tokens, segments, isCommon) : segments;
        return knownWords ? withoutKnownWords(text, tokens, kept, knownWords) : kept;
      } catch {
        return undefined;
      }
    });
    // Words the page's markup splits: each piece is read on its own (one more trip to kuromoji, for all texts at once).
    const pieces = [
      ...new Set(
        foldedTexts.flatMap((text, i) => {
          const segments = shown[i];
          const cuts = foldedCuts[i];
          return segments && cuts?.length ? breakPieces(text, segments, cuts) : [];
        }),
      ),
    ];
    const pieceTokens = pieces.length ? await s.tokenizeAll(pieces) : [];
    const pieceReadings = new Map(
      pieces.map((surface, i) => {
        const tokens = pieceTokens[i];
        return [surface, tokens ? fullReading(surface, readingSegments(surface, tokens, ctx)) : undefined] as const;
      }),
    );
    const readPiece = (surface: string) => pieceReadings.get(surface);
    return foldedTexts.map((text, i) => {
      const segments = shown[i];
      if (!segments) return [];
      const cuts = foldedCuts[i];
      try {
        const split = cuts && cuts.length > 0 ? splitAtBreaks(text, segments, cuts, readPiece) : segments;
        return segmentsAsWritten(split, analysed[i]!.spelled, texts[i]!, ctx.kanjiReadings);
      } catch {
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
            return { ok: true, segments: await annotate(request.texts, request) };
          case 'yomu:status':
            return { ok: true, status: { ...state } };
          case 'yomu:prepare':
            prepare();
            return { ok: true };
          case 'yomu:lookup': {
            // The names start loading after the first answer, not competing with the cold load.
            // An answer given before the names are in is marked provisional: the tab shows it
            // without keeping it and redraws it from the block's words, which wait for the names.
            let word: WordInfo | null;
            const holding = !segmenter || !nameCardsLoading;
            if (holding) lookupStarted();
            try {
              word = await lookups().lookup(request.text, request.offset, request.readings);
            } finally {
              if (holding) lookupAnswered();
            }
            mark(word?.provisional ? 'answer-provisional' : 'answer-full');
            const n = nameCardsOf();
            const found = word;
            if (found && n)
              return {
                ok: true,
                word: await n.withPages([namesReadBy(request.text, found, request.offset)], (s, noting) =>
                  withNamesNoted(request.text, found, s, noting, request.offset),
                ),
              };
            if (word && nameCardsError) return { ok: true, word: { ...word, namesError: nameCardsError } };
            return { ok: true, word: word && !nameCardsSettled ? { ...word, provisional: true } : word };
          }
          case 'yomu:words': {
            // A block's words do not wait for the name cards to open (after the first lookup):
            // answered without them, marked namesPending, the tab asks again withNames, which waits
            // for them and then adds them to the words kept from the first answer (reading the
            // pages of the block's names first).
            if (request.withNames) await loadedNameCards();
            else nameCardsOf(); // starts opening them
            const words = await blockWordsOf(request.text, request.readings);
            // Whether the name cards are open is read now, with the words in, not before: they
            // may have opened while the words waited for kuromoji, and words answered without
            // them then must not go without namesPending too (the tab would keep them as final).
            const n = nameCardsOf();
            if (n)
              return { ok: true, words: await n.withPages([request.text], (s, noting) => blockWithNames(request.text, words, s, noting)) };
            if (nameCardsError)
              return { ok: true, words: { ...words, words: words.words.map((w) => ({ ...w, namesError: nameCardsError })) } };
            return { ok: true, words: nameCardsSettled ? words : { ...words, namesPending: true } };
          }
          case 'yomu:find-terms':
            // The page's glossary terms (its underlines) after a first hover's answer, which the
            // reader is waiting on: matching a page took ~40 ms of the engine's thread under load.
            await lookupsAnswered();
            return { ok: true, ...terms().find(request.texts) };
          case 'yomu:kanji':
            return { ok: true, kanji: await kanjiCards(request.word, request.reading) };
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

/**
 * A packaged file opened with `open` once `read` gives it: undefined without a reader or a file
 * (a reader that fails rejects, for the caller to catch).
 */
function openedFile<T>(
  read: (() => Promise<Uint8Array | string | undefined>) | undefined,
  open: (file: Uint8Array | string) => T,
): () => Promise<T | undefined> {
  return async () => {
    const file = await read?.();
    return file ? open(file) : undefined;
  };
}
