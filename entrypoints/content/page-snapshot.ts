/**
 * The page as the reading sheet needs it: the HTML of a clone of the document without our own
 * nodes (popup, panel, readings), its URL and title. The page itself is never touched; the
 * sheet extracts the article from this snapshot in its own page (entrypoints/sheet/article-extract.ts).
 */
import type { PageSnapshot } from '../../utils/tab-messages';

export function pageSnapshot(doc: Document): PageSnapshot {
  const clone = doc.documentElement.cloneNode(true) as Element;
  // Every node we insert carries data-yomu: none of it is the page's article.
  clone.querySelectorAll('[data-yomu]').forEach((n) => n.remove());
  return { html: clone.outerHTML, url: doc.location?.href ?? '', title: doc.title };
}
