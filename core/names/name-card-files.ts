/**
 * The name cards as the engine holds them, from the files it is given: the whole file (text or
 * UTF-8 bytes: Node's tests and tools) or the directory and pages the extension ships
 * (name-card-pages.ts). Either way names are looked up as written and folded (word-names.ts), and
 * a use of them runs once the pages it can need are read, so that its lookups never meet a page
 * not loaded: a hover's name card costs the page or two its text falls in.
 */
import { foldForLookup } from '../text/lookup-folding';
import { longestNameAt, nameCardSource, type NameCardSource } from './name-cards';
import { NamePageNotLoaded, openPagedNameCards, type PagedNameCards } from './paged-name-cards';
import { foldedNames, MAX_NAME_LENGTH } from './word-names';

/** The name cards' files as the extension ships them: the directory, then page p. */
export interface PagedNameCardFiles {
  readDirectory: () => Promise<Uint8Array | undefined>;
  readPage: (p: number) => Promise<Uint8Array>;
}

/** A reader of the whole name cards' file (UTF-8 bytes or text), or the paged files. */
export type NameCardFiles = (() => Promise<Uint8Array | string | undefined>) | PagedNameCardFiles;

/**
 * Where a use of the name cards looks names up: a text whose every character may start a name,
 * or only its first `starts` characters.
 */
export type NameReads = string | { text: string; starts: number };

export interface NameCards {
  /**
   * Runs `use` over the name cards (folded: 髙橋 finds 高橋's) once the pages lookups within
   * `reads` can need are read. A page that cannot be read (missing, damaged) counts as holding
   * no names for this use, and is read again by the next.
   */
  withPages<T>(reads: readonly NameReads[], use: (names: NameCardSource) => T): Promise<T>;
  /** How many entries the file holds. */
  readonly size: number;
}

/**
 * Opens the name cards from `files`. Settles with undefined when the file is absent or empty;
 * rejects when it cannot be read or its directory is damaged. `keptBytes`: how many bytes of
 * pages are kept (default NAME_PAGES_KEPT_BYTES, paged-name-cards.ts).
 */
export async function openNameCards(files: NameCardFiles, keptBytes?: number): Promise<NameCards | undefined> {
  if (typeof files === 'function') {
    const file = await files();
    if (!file?.length) return undefined;
    const names = foldedNames(nameCardSource(file));
    return { withPages: async (_texts, use) => use(names), size: names.size };
  }
  const directory = await files.readDirectory();
  if (!directory?.length) return undefined;
  const paged = openPagedNameCards(directory, files.readPage, keptBytes);
  return { withPages: (texts, use) => withPagesOf(paged, texts, use), size: paged.size };
}

async function withPagesOf<T>(paged: PagedNameCards, reads: readonly NameReads[], use: (names: NameCardSource) => T): Promise<T> {
  const broken = new Set<number>();
  const load = (p: number) =>
    paged.loadPage(p).catch(() => {
      broken.add(p);
    });
  // Every page the texts' starts can need, read side by side; the folded text's too (髙 → 高).
  const wanted = new Set(
    reads.flatMap((r) => {
      const [text, starts] = typeof r === 'string' ? [r, r.length] : [r.text, r.starts];
      return [...paged.pagesFor(text, MAX_NAME_LENGTH, starts), ...paged.pagesFor(foldForLookup(text).text, MAX_NAME_LENGTH, starts)];
    }),
  );
  // Held until the use has run: pages read for it are not let go meanwhile (paged-name-cards.ts).
  const release = paged.hold([...wanted]);
  try {
    await Promise.all([...wanted].map(load));
    const result = await runWithPages(paged, broken, load, use);
    return result;
  } finally {
    release();
  }
}

/** Runs `use` over the paged names, pages in `broken` counting as holding none (their lookups find nothing). */
async function runWithPages<T>(
  paged: PagedNameCards,
  broken: ReadonlySet<number>,
  load: (p: number) => Promise<void>,
  use: (names: NameCardSource) => T,
): Promise<T> {
  const lookup = (surface: string) => {
    try {
      return paged.lookup(surface);
    } catch (err) {
      if (err instanceof NamePageNotLoaded && broken.has(err.page)) return [];
      throw err;
    }
  };
  const names = foldedNames({ lookup, longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength), size: paged.size });
  // A lookup outside the pages foreseen (none is expected) reads its page and the use runs again.
  for (;;) {
    try {
      return use(names);
    } catch (err) {
      if (!(err instanceof NamePageNotLoaded) || broken.has(err.page)) throw err;
      await load(err.page);
    }
  }
}
