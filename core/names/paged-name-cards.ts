/**
 * The name cards opened from their pages (name-card-pages.ts): searchable once the directory is
 * in, each page read the first time a lookup needs it and kept while it is among the most
 * recently used (NAME_PAGES_KEPT_BYTES), its lines searched in place (core/text/sorted-lines.ts).
 * A lookup whose page is not loaded throws `NamePageNotLoaded`.
 */
import { pageOfKey } from '../paging/page-directory';
import { sortedLines, type SortedLines } from '../text/sorted-lines';
import { decodeNameCardDirectory, decodeNameCardPage } from './name-card-pages';
import { longestNameAt, nameCardOfLine, type NameCardInfo, type NameCardSource } from './name-cards';

/**
 * Thrown by a lookup of paged name cards when the page its surface falls in is not loaded yet:
 * `load()` reads it (rejects when it cannot be read); the lookup can then be asked again.
 */
export class NamePageNotLoaded extends Error {
  constructor(
    readonly page: number,
    readonly load: () => Promise<void>,
  ) {
    super(`name card page ${page} is not loaded yet`);
  }
}

/**
 * How many bytes of name-card pages are kept (the least recently used beyond it are let go, and
 * read again when a lookup needs them). Every character of a text can start a name, so a page of
 * news touches pages all over the file: the reference article's every start needs 214 of the 498
 * pages (7.0 MB; one of its paragraphs 1.7–1.9 MB, its 1,500-character block 7.0 MB). Kept
 * unbounded, the pages of many such pages grew to the whole 15.6 MB in the engine (issue 14: the
 * engine's memory stays ≤ 150 MB); 8 MB keeps a long article's names whole (a reader's hovers and
 * the blocks around them read no page twice) while capping the growth at about half the file. Pages a
 * use is holding (`hold`) are never let go, so one use larger than the cap still finds its pages.
 */
export const NAME_PAGES_KEPT_BYTES = 8 * 1024 * 1024;

export interface PagedNameCards extends NameCardSource {
  readonly pageCount: number;
  /**
   * Reads page p (once while it is kept; later calls share the first, a failed one is read
   * again). Rejects with an Error naming what is wrong.
   */
  loadPage(p: number): Promise<void>;
  /** Keeps `pages` (read or to be read) from being let go until the returned function is called. */
  hold(pages: readonly number[]): () => void;
  /** How many bytes of pages are kept now. */
  keptBytes(): number;
  /**
   * The pages a lookup of names in `text` can need: names of at most `maxLength` characters
   * beginning at any of its first `starts` characters (default: every one). Each start's names
   * lie between its first character and its `maxLength` characters, one key range. Ascending,
   * each once.
   */
  pagesFor(text: string, maxLength?: number, starts?: number): number[];
}

/**
 * Opens the name cards from their directory's bytes, pages to come from `readPage(p)` (page p's
 * file bytes). Throws an Error when the directory is missing or damaged.
 */
export function openPagedNameCards(
  directoryBytes: Uint8Array | undefined | null,
  readPage: (p: number) => Promise<Uint8Array>,
  keptBytes = NAME_PAGES_KEPT_BYTES,
): PagedNameCards {
  const directory = decodeNameCardDirectory(directoryBytes);
  const pageCount = directory.pageLines.length - 1;
  /** The pages read and kept, least recently used first, with their file's size. */
  const pages = new Map<number, { lines: SortedLines; bytes: number }>();
  const loading: (Promise<void> | undefined)[] = [];
  /** How many holds each page is under. */
  const held = new Map<number, number>();
  let kept = 0;

  /** Lets go of the least recently used pages not held until the kept ones fit the cap. */
  function letGo(): void {
    for (const [p, page] of pages) {
      if (kept <= keptBytes) return;
      if (held.has(p)) continue;
      pages.delete(p);
      loading[p] = undefined;
      kept -= page.bytes;
    }
  }

  /** Page p, marked the most recently used; undefined when it is not kept. */
  function used(p: number): { lines: SortedLines; bytes: number } | undefined {
    const page = pages.get(p);
    if (page) {
      pages.delete(p);
      pages.set(p, page);
    }
    return page;
  }

  function loadPage(p: number): Promise<void> {
    used(p); // asked for again: used now
    const started = (loading[p] ??= readPage(p).then((bytes) => {
      pages.set(p, { lines: sortedLines(decodeNameCardPage(directory, p, bytes)), bytes: bytes.length });
      kept += bytes.length;
      letGo();
    }));
    started.catch(() => {
      if (loading[p] === started) loading[p] = undefined; // asked again, it is read again
    });
    return started;
  }

  function lookup(surface: string): NameCardInfo[] {
    if (pageCount === 0 || surface === '') return [];
    const p = pageOfKey(surface, directory);
    const page = used(p);
    if (!page) throw new NamePageNotLoaded(p, () => loadPage(p));
    return page.lines.linesOf(surface).map((line) => nameCardOfLine(surface, line));
  }

  function hold(wanted: readonly number[]): () => void {
    const own = [...new Set(wanted)];
    for (const p of own) held.set(p, (held.get(p) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const p of own) {
        const n = held.get(p)! - 1;
        if (n > 0) held.set(p, n);
        else held.delete(p);
      }
      letGo();
    };
  }

  return {
    lookup,
    longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength),
    size: directory.lineCount,
    pageCount,
    loadPage,
    hold,
    keptBytes: () => kept,
    pagesFor(text, maxLength = 16, starts = text.length) {
      const found = new Set<number>();
      if (pageCount === 0) return [];
      for (let i = 0; i < Math.min(starts, text.length); i++) {
        const last = pageOfKey(text.slice(i, i + maxLength), directory);
        for (let p = pageOfKey(text[i]!, directory); p <= last; p++) found.add(p);
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}
