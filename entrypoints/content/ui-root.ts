/**
 * Where our UI hosts go in a document, and how they are made, whatever the document is: an HTML
 * page, or an SVG document (an `<object data=x.svg>` or `<iframe src=x.svg>` the content script
 * runs in). `document.createElement` makes an HTML element only in an HTML document (in an SVG
 * document it makes an element in no namespace, which cannot hold a shadow root and is not
 * drawn), and an SVG root draws HTML only inside a `<foreignObject>`.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/** An HTML element `tag` made by `doc`, in any kind of document (HTMLElement, ready for a shadow root). */
export function htmlElement(doc: Document, tag: string): HTMLElement {
  return doc.createElementNS(XHTML, tag) as HTMLElement;
}

/**
 * The element our UI hosts are appended to: the document element of an HTML page (not <body>: a
 * transform on the page's body would make `position: fixed` relative to it); in an SVG document,
 * a `<foreignObject data-yomu="ui">` made once over the whole of the root's viewport (0, 0,
 * 100 %, 100 %), which lets the pointer through. The root's viewBox, if it scales, scales our UI
 * with it (the one thing not undone here).
 */
export function uiParent(doc: Document): Element {
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG) return root;
  const existing = Array.from(root.children).find((c) => c.localName === 'foreignObject' && c.getAttribute('data-yomu') === 'ui');
  if (existing) return existing;
  const frame = doc.createElementNS(SVG, 'foreignObject');
  frame.setAttribute('data-yomu', 'ui');
  for (const [name, value] of [
    ['x', '0'],
    ['y', '0'],
    ['width', '100%'],
    ['height', '100%'],
  ] as const)
    frame.setAttribute(name, value);
  frame.setAttribute('style', 'overflow: visible; pointer-events: none');
  root.append(frame);
  return frame;
}
