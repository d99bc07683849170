/**
 * The article of a page for the reading sheet: Mozilla's Readability (the extractor of Firefox's
 * Reader View; a kept library) run in the sheet's own page on the tab's snapshot (its HTML parsed
 * by DOMParser into an inert document: no script runs, nothing is inserted anywhere), so neither
 * the page nor its content script carries Readability; its result is turned into headings and
 * paragraphs as plain text.
 */
import { Readability } from '@mozilla/readability';
import type { SheetArticle, SheetBlock } from '../../core/study/sheet-article';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/** Text of an element as a reader reads it: our own readings (rt) and page ruby annotations left out. */
function textOf(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('rt, rp, script, style').forEach((x) => x.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The article of `doc` (an inert document, which Readability may change), whose page is at `url`; undefined when none is found. */
export function extractSheetArticle(doc: Document, url: string): SheetArticle | undefined {
  const article = new Readability(doc).parse();
  if (!article?.content) return undefined;
  const parsed = new DOMParser().parseFromString(article.content, 'text/html');
  const blocks: SheetBlock[] = [];
  for (const el of parsed.body.querySelectorAll(BLOCKS)) {
    // A block inside another block (p in li, p in blockquote) is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = textOf(el);
    if (!text) continue;
    blocks.push({ kind: /^H[1-6]$/.test(el.tagName) ? 'heading' : 'paragraph', text });
  }
  const title = (article.title ?? doc.title ?? '').trim();
  // Readability often repeats the title as the first heading.
  if (blocks[0]?.kind === 'heading' && blocks[0].text === title) blocks.shift();
  return { title, url, byline: (article.byline ?? '').trim(), blocks };
}
