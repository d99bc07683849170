/**
 * The name cards as the engine holds them, from the files it is given: the whole file (text or
 * UTF-8 bytes: Node's tests and tools) or the directory and pages the extension ships
 * (name-card-pages.ts). Either way names are looked up as written and folded (word-names.ts), and
 * a use of them runs once the pages it can need are read, so that its lookups never meet a page
 * not loaded: a hover's name card costs the page or two its text falls in.
 */
import { foldForLookup } from '../text/lookup-folding';
import { longestNameAt, nameCardSource, type NameCardSource, type NotingUnreadable } from './name-cards';
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
   * no names for this use, and is read again by the next; `noting` tells which lookups needed
   * such a page (so that the word's answer can say its name cards are missing, not absent).
   */
  withPages<T>(reads: readonly NameReads[], use: (names: NameCardSource, noting: NotingUnreadable) => T): Promise<T>;
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
    return { withPages: async (_texts, use) => use(names, (f) => ({ result: f() })), size: names.size };
  }
  const directory = await files.readDirectory();
  if (!directory?.length) return undefined;
  const paged = openPagedNameCards(directory, files.readPage, keptBytes);
  return { withPages: (texts, use) => withPagesOf(paged, texts, use), size: paged.size };
}

async function withPagesOf<T>(
  paged: PagedNameCards,
  reads: readonly NameReads[],
  use: (names: NameCardSource, noting: NotingUnreadable) => T,
): Promise<T> {
  /** The pages that could not be read for this use, with why (for the reader). */
  const broken = new Map<number, string>();
  const load = (p: number) =>
    paged.loadPage(p).catch((err: unknown) => {
      broken.set(p, nameCardsErrorMessage(err));
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

/**
 * What a word's answer says when the name cards, or a page of them it needed, could not be read:
 * the error as it is when it names the name cards (name-card-pages.ts), else (a file missing from
 * the install) said of them; with the reader's remedy. One sentence, for the popup.
 */
export function nameCardsErrorMessage(err: unknown): string {
  const message = (err instanceof Error ? err.message : String(err)).replace(/\.$/, '');
  const said = message.startsWith('The name cards') ? message : `The name cards file is damaged: ${message}`;
  return `${said}. Reinstall or update the extension.`;
}

/** Runs `use` over the paged names, pages in `broken` counting as holding none (their lookups find nothing, noted). */
async function runWithPages<T>(
  paged: PagedNameCards,
  broken: ReadonlyMap<number, string>,
  load: (p: number) => Promise<void>,
  use: (names: NameCardSource, noting: NotingUnreadable) => T,
): Promise<T> {
  /** The first unreadable page a lookup met while `noting` runs. */
  let met: string | undefined;
  const lookup = (surface: string) => {
    try {
      return paged.lookup(surface);
    } catch (err) {
      const unreadable = err instanceof NamePageNotLoaded ? broken.get(err.page) : undefined;
      if (unreadable === undefined) throw err;
      met ??= unreadable;
      return [];
    }
  };
  const noting: NotingUnreadable = (f) => {
    met = undefined;
    const result = f();
    return met === undefined ? { result } : { result, unreadable: met };
  };
  const names = foldedNames({ lookup, longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength), size: paged.size });
  // A lookup outside the pages foreseen (none is expected) reads its page and the use runs again.
  for (;;) {
    try {
      return use(names, noting);
    } catch (err) {
      if (!(err instanceof NamePageNotLoaded) || broken.has(err.page)) throw err;
      await load(err.page);
    }
  }
}
