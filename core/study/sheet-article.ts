/**
 * A page's article as the reading sheet shows it: title, source, and its headings and paragraphs
 * as plain text (extracted in the tab by Mozilla's Readability, sent to the sheet page as JSON).
 */
export interface SheetArticle {
  title: string;
  url: string;
  byline: string;
  blocks: SheetBlock[];
}

export interface SheetBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** The most blocks and characters a sheet takes (a long article still fits; a whole site does not). */
export const MAX_SHEET_BLOCKS = 2000;
export const MAX_SHEET_CHARS = 400_000;

/** Checks an article received from a tab. */
export function parseSheetArticle(value: unknown): SheetArticle | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.title !== 'string' || typeof v.url !== 'string' || typeof v.byline !== 'string' || !Array.isArray(v.blocks))
    return undefined;
  const blocks: SheetBlock[] = [];
  let chars = 0;
  for (const b of v.blocks.slice(0, MAX_SHEET_BLOCKS)) {
    const block = b as Record<string, unknown> | null;
    if (!block || (block.kind !== 'heading' && block.kind !== 'paragraph') || typeof block.text !== 'string') return undefined;
    chars += block.text.length;
    if (chars > MAX_SHEET_CHARS) break;
    blocks.push({ kind: block.kind, text: block.text });
  }
  return { title: v.title, url: v.url, byline: v.byline, blocks };
}
