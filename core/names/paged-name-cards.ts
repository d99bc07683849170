/**
 * The name cards opened from their pages (name-card-pages.ts): searchable once the directory is
 * in, each page read the first time a lookup needs it and kept, its lines searched in place
 * (core/text/sorted-lines.ts). A lookup whose page is not loaded throws `NamePageNotLoaded`.
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

export interface PagedNameCards extends NameCardSource {
  readonly pageCount: number;
  /** Reads page p (once; later calls share the first, a failed one is read again). Rejects with an Error naming what is wrong. */
  loadPage(p: number): Promise<void>;
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
): PagedNameCards {
  const directory = decodeNameCardDirectory(directoryBytes);
  const pageCount = directory.pageLines.length - 1;
  const pages: (SortedLines | undefined)[] = [];
  const loading: (Promise<void> | undefined)[] = [];

  function loadPage(p: number): Promise<void> {
    const started = (loading[p] ??= readPage(p).then((bytes) => {
      pages[p] = sortedLines(decodeNameCardPage(directory, p, bytes));
    }));
    started.catch(() => {
      if (loading[p] === started) loading[p] = undefined; // asked again, it is read again
    });
    return started;
  }

  function lookup(surface: string): NameCardInfo[] {
    if (pageCount === 0 || surface === '') return [];
    const p = pageOfKey(surface, directory);
    const page = pages[p];
    if (!page) throw new NamePageNotLoaded(p, () => loadPage(p));
    return page.linesOf(surface).map((line) => nameCardOfLine(surface, line));
  }

  return {
    lookup,
    longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength),
    size: directory.lineCount,
    pageCount,
    loadPage,
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
