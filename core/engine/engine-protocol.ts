/**
 * The typed messages between content scripts (or our extension pages) and the one reading
 * engine per browser. Every request is validated here before the engine sees it: messages
 * come through the extension's message bus, and nothing unchecked reaches kuromoji.
 */
import type { RubySegment } from '../furigana/ruby-segment';
import type { FoundTerms } from '../glossary/page-terms';
import type { FuriganaLevel } from '../settings/settings';
import { MAX_LOOKUP_CHARS } from '../lookup/lookup-window';
import type { WordInfo } from '../lookup/word-info';
import type { BlockWords } from '../lookup/block-words';
import type { KanjiCardInfo } from '../kanji/kanji-card';
import { MAX_KNOWN_WORD_CHARS, MAX_KNOWN_WORDS } from '../study/known-words-filter';

/** Limits that keep one request from tying up the engine. */
export const MAX_TEXTS_PER_REQUEST = 500;
export const MAX_CHARS_PER_REQUEST = 200_000;

export interface AnnotateRequest {
  type: 'yomu:annotate';
  /** Texts of page blocks; each is segmented on its own. */
  texts: string[];
  /** Which words get ruby (default 'all'; 'uncommon' leaves out words EDICT marks common). */
  level?: FuriganaLevel;
  /**
   * Per text, the offsets (UTF-16, ascending, strictly inside the text) where one of the page's
   * text nodes ends and the next begins: a word crossing one gets its reading per piece where
   * the pieces read on their own join to it (core/furigana/break-pieces.ts). Absent: no breaks.
   */
  breaks?: number[][];
  /**
   * Words the reader knows, "lemma<TAB>reading" (reading '' for any): no ruby over them
   * (core/study/known-words-filter.ts). At most MAX_KNOWN_WORDS, each lemma and reading at most
   * MAX_KNOWN_WORD_CHARS characters.
   */
  known?: string[];
}

export interface StatusRequest {
  type: 'yomu:status';
}

/**
 * A page with Japanese text has opened: load what the first hover needs (the dictionary, then
 * kuromoji and the reading layer's data) before it comes. Answered at once; loads nothing twice.
 */
export interface PrepareRequest {
  type: 'yomu:prepare';
}

/** Where glossary terms occur in each text (the glossary panel, popup and underlines). */
export interface FindTermsRequest {
  type: 'yomu:find-terms';
  texts: string[];
}

/** The word at `offset` of `text` (a page block, or a window of it), for the hover popup. */
export interface LookupRequest {
  type: 'yomu:lookup';
  /** At most MAX_LOOKUP_CHARS characters. */
  text: string;
  offset: number;
  /** The page's own readings of spans of the text (its <ruby>), which the answer agrees with. */
  readings?: PageReadingHint[];
}

/** A reading the page gives a span of the text ([start, end), UTF-16), as its rt writes it. */
export interface PageReadingHint {
  start: number;
  end: number;
  reading: string;
}

/** The most page readings a request carries, and the longest one. */
export const MAX_PAGE_READINGS = 400;
const MAX_PAGE_READING_CHARS = 40;

/** Every word of `text` at once (the tab answers later hovers in it without asking). */
export interface WordsRequest {
  type: 'yomu:words';
  /** At most MAX_LOOKUP_CHARS characters. */
  text: string;
  readings?: PageReadingHint[];
  /**
   * Wait for the name cards (ENAMDICT) before answering. Without it the words are answered as
   * soon as they are known, marked `namesPending` while the name cards are still loading, and
   * the tab asks again with this set to add them.
   */
  withNames?: true;
}

/** The kanji of a word with their KANJIDIC2 details and the reading the word uses of each (the popup's kanji view). */
export interface KanjiRequest {
  type: 'yomu:kanji';
  /** The word as written, at most MAX_KANJI_WORD_CHARS characters. */
  word: string;
  /** Its reading (hiragana or katakana), '' when unknown; at most twice as long. */
  reading: string;
}

/** The longest word a kanji request may carry. */
export const MAX_KANJI_WORD_CHARS = 32;

export type EngineRequest =
  AnnotateRequest | StatusRequest | PrepareRequest | FindTermsRequest | LookupRequest | WordsRequest | KanjiRequest;

export interface EngineStatus {
  /** Whether kuromoji's dictionary is in memory. */
  loaded: boolean;
  /** How long the last (cold) load took, in ms; undefined before the first load. */
  loadMs?: number;
  /** Set when loading failed: what went wrong, in words a reader can act on. */
  error?: string;
  /** How long EDICT took to read and open, in ms (it loads beside kuromoji). */
  dictionaryLoadMs?: number;
  /** Set when EDICT could not be loaded; furigana and readings go on without it. */
  dictionaryError?: string;
  /**
   * Set when a file only the reading layer reads (the names file, the lexicon words) could not be
   * read: a sentence each, naming the file; furigana reads without it.
   */
  readingFileErrors?: string[];
  /**
   * When the engine's start milestones were reached (the host's User Timing marks: its document
   * started, each file read, the dictionary searchable, kuromoji loaded, the first answer of each
   * kind), in ms since the Unix epoch; for benches laying the start out on one line. Absent where
   * the host keeps none.
   */
  timeline?: Record<string, number>;
}

export type EngineResponse<R extends EngineRequest> = R extends AnnotateRequest
  ? { ok: true; segments: RubySegment[][] } | EngineFailure
  : R extends StatusRequest
    ? { ok: true; status: EngineStatus } | EngineFailure
    : R extends PrepareRequest
      ? { ok: true } | EngineFailure
      : R extends FindTermsRequest
        ? ({ ok: true } & FoundTerms) | EngineFailure
        : R extends LookupRequest
          ? { ok: true; word: WordInfo | null } | EngineFailure
          : R extends WordsRequest
            ? { ok: true; words: BlockWords } | EngineFailure
            : R extends KanjiRequest
              ? { ok: true; kanji: KanjiCardInfo[] } | EngineFailure
              : never;

export interface EngineFailure {
  ok: false;
  error: string;
}

/** Checks a message from outside the engine; returns the request or a reason it was refused. */
export function parseEngineRequest(message: unknown): { request: EngineRequest } | { refused: string } {
  if (typeof message !== 'object' || message === null) return { refused: 'not an object' };
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'yomu:annotate': {
      const texts = m.texts;
      if (!Array.isArray(texts)) return { refused: 'texts must be an array' };
      if (texts.length > MAX_TEXTS_PER_REQUEST) return { refused: `more than ${MAX_TEXTS_PER_REQUEST} texts` };
      let chars = 0;
      for (const t of texts) {
        if (typeof t !== 'string') return { refused: 'texts must be strings' };
        chars += t.length;
      }
      if (chars > MAX_CHARS_PER_REQUEST) return { refused: `more than ${MAX_CHARS_PER_REQUEST} characters` };
      const level = m.level;
      if (level !== undefined && level !== 'all' && level !== 'uncommon') return { refused: "level must be 'all' or 'uncommon'" };
      const breaks = m.breaks === undefined ? undefined : checkBreaks(m.breaks, texts as string[]);
      if (typeof breaks === 'string') return { refused: breaks };
      const known = m.known;
      if (known !== undefined) {
        if (!Array.isArray(known)) return { refused: 'known must be an array' };
        if (known.length > MAX_KNOWN_WORDS) return { refused: `more than ${MAX_KNOWN_WORDS} known words` };
        for (const k of known) {
          if (typeof k !== 'string') return { refused: 'known words must be strings' };
          const parts = k.split('\t');
          if (parts.length !== 2 || parts[0] === '' || parts.some((x) => x.length > MAX_KNOWN_WORD_CHARS || x.includes('\n'))) {
            return { refused: 'a known word must be "lemma<TAB>reading"' };
          }
        }
      }
      return {
        request: {
          type: 'yomu:annotate',
          texts: texts as string[],
          ...(level === 'uncommon' ? { level } : {}),
          ...(breaks ? { breaks } : {}),
          ...(known !== undefined && known.length ? { known: known as string[] } : {}),
        },
      };
    }
    case 'yomu:status':
      return { request: { type: 'yomu:status' } };
    case 'yomu:prepare':
      return { request: { type: 'yomu:prepare' } };
    case 'yomu:find-terms': {
      const texts = checkTexts(m.texts);
      return typeof texts === 'string' ? { refused: texts } : { request: { type: 'yomu:find-terms', texts } };
    }
    case 'yomu:lookup': {
      const { text, offset } = m;
      if (typeof text !== 'string') return { refused: 'text must be a string' };
      if (text.length > MAX_LOOKUP_CHARS) return { refused: `text longer than ${MAX_LOOKUP_CHARS} characters` };
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset >= text.length) {
        return { refused: 'offset must be a whole number inside the text' };
      }
      const readings = checkReadings(m.readings, text.length);
      if (typeof readings === 'string') return { refused: readings };
      return { request: { type: 'yomu:lookup', text, offset, ...(readings ? { readings } : {}) } };
    }
    case 'yomu:words': {
      const { text } = m;
      if (typeof text !== 'string') return { refused: 'text must be a string' };
      if (text.length > MAX_LOOKUP_CHARS) return { refused: `text longer than ${MAX_LOOKUP_CHARS} characters` };
      const readings = checkReadings(m.readings, text.length);
      if (typeof readings === 'string') return { refused: readings };
      if (m.withNames !== undefined && m.withNames !== true) return { refused: 'withNames must be true or absent' };
      return {
        request: { type: 'yomu:words', text, ...(readings ? { readings } : {}), ...(m.withNames ? { withNames: true as const } : {}) },
      };
    }
    case 'yomu:kanji': {
      const { word, reading } = m;
      if (typeof word !== 'string' || word === '' || word.length > MAX_KANJI_WORD_CHARS) {
        return { refused: `word must be a text of 1 to ${MAX_KANJI_WORD_CHARS} characters` };
      }
      if (typeof reading !== 'string' || reading.length > 2 * MAX_KANJI_WORD_CHARS) return { refused: 'reading must be a short text' };
      return { request: { type: 'yomu:kanji', word, reading } };
    }
    default:
      return { refused: 'unknown message type' };
  }
}

/** Page readings within the limits (undefined when absent), or why not. */
function checkReadings(readings: unknown, length: number): PageReadingHint[] | undefined | string {
  if (readings === undefined) return undefined;
  if (!Array.isArray(readings) || readings.length > MAX_PAGE_READINGS) return `readings must be an array of at most ${MAX_PAGE_READINGS}`;
  const out: PageReadingHint[] = [];
  for (const r of readings) {
    const { start, end, reading } = (r ?? {}) as Record<string, unknown>;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (end as number) <= (start as number) ||
      (end as number) > length
    ) {
      return 'a reading must span whole offsets inside the text';
    }
    if (typeof reading !== 'string' || reading.length === 0 || reading.length > MAX_PAGE_READING_CHARS)
      return 'a reading must be a short string';
    out.push({ start: start as number, end: end as number, reading });
  }
  return out;
}

/** Break offsets for each text: ascending whole numbers strictly inside their text, or why not. */
function checkBreaks(breaks: unknown, texts: string[]): number[][] | string {
  if (!Array.isArray(breaks) || breaks.length !== texts.length) return 'breaks must be an array with one entry per text';
  for (let i = 0; i < breaks.length; i++) {
    const list: unknown = breaks[i];
    if (!Array.isArray(list)) return 'breaks must be arrays of offsets';
    let previous = 0;
    for (const b of list) {
      if (typeof b !== 'number' || !Number.isInteger(b) || b <= previous || b >= texts[i]!.length) {
        return 'breaks must be ascending whole numbers inside their text';
      }
      previous = b;
    }
  }
  return breaks as number[][];
}

/** The texts of a request within the limits, or why not. */
function checkTexts(texts: unknown): string[] | string {
  if (!Array.isArray(texts)) return 'texts must be an array';
  if (texts.length > MAX_TEXTS_PER_REQUEST) return `more than ${MAX_TEXTS_PER_REQUEST} texts`;
  let chars = 0;
  for (const t of texts) {
    if (typeof t !== 'string') return 'texts must be strings';
    chars += t.length;
  }
  if (chars > MAX_CHARS_PER_REQUEST) return `more than ${MAX_CHARS_PER_REQUEST} characters`;
  return texts as string[];
}
