/**
 * An element's shadow root, closed ones too. A page closes a shadow root to keep its own scripts
 * out of a component; its text is still drawn for the reader, who hovers it and wants its
 * furigana like any other. Extensions may see closed roots: Firefox gives content scripts
 * `element.openOrClosedShadowRoot`, Chrome `chrome.dom.openOrClosedShadowRoot(element)` (Chrome 88+,
 * no permission). Elsewhere (a test page, not a content script) only open roots are seen.
 *
 * A walk over many elements looks for closed roots on custom elements only (walkedShadowRoot: a
 * name with a hyphen, the web components that close their roots): Chrome's call costs ~8 µs an
 * element (10,000 elements: 83 ms, against 3 ms for `shadowRoot`), too much for every element of a
 * page walked for its text. A closed root on a plain div, span or p is seen only when one element
 * is asked about (shadowRootOf).
 */

type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
type ChromeDom = { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null };

/** Chrome's extension DOM API in a content script, if there is one. */
const chromeDom: ChromeDom | undefined = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;

/** The element's shadow root, open or closed, as this context may see it; null with none. One call costs up to ~8 µs. */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  const firefox = (el as WithClosedRoot).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  if (!chromeDom?.openOrClosedShadowRoot) return null;
  try {
    return chromeDom.openOrClosedShadowRoot(el);
  } catch {
    // Not an element the API takes (one of another document's realm): as if it had none.
    return null;
  }
}

/** The shadow root a walk over the page enters: an open one, or a custom element's closed one. */
export function walkedShadowRoot(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  return el.localName.includes('-') ? shadowRootOf(el) : null;
}
