/**
 * CSS `zoom` on the page (on <html>, <body> or any element; CSSWG css-viewport, as Chromium 128+
 * and Firefox 126+ draw it): a zoomed element and what it holds are drawn times its effective zoom,
 * the product of its own zoom and its ancestors' (`Element.currentCSSZoom`). The measures differ:
 * getBoundingClientRect, getClientRects and the pointer's client coordinates are the viewport's px
 * (zoom included); getComputedStyle, client*, offset* and scroll* are the element's own px (zoom
 * not included); and a length set on an element is drawn times its effective zoom.
 *
 * So: a length read from a style or a client size is made viewport px by `zoomOf(element)`, and
 * our hosts under the document element undo its zoom (`unzoom`), so that their px are the
 * viewport's, as every rect we place them by is.
 */

/** The effective zoom of an element (1 where the browser has no `currentCSSZoom`, or for no element). */
export function zoomOf(el: Element | null | undefined): number {
  const z = (el as (Element & { currentCSSZoom?: unknown }) | null | undefined)?.currentCSSZoom;
  return typeof z === 'number' && Number.isFinite(z) && z > 0 ? z : 1;
}

/** The zoom each of our hosts was last given (1: none). */
const given = new WeakMap<HTMLElement, number>();

/**
 * Gives one of our hosts the zoom that undoes its parent's effective zoom (none where that is 1),
 * so that its effective zoom is 1: the px it is placed and sized in are the viewport's. A write
 * only when the zoom changed. Called after the host is put in its parent.
 */
export function unzoom(host: HTMLElement): void {
  const parentZoom = zoomOf(host.parentElement);
  const wanted = Math.abs(parentZoom - 1) < 1e-6 ? 1 : 1 / parentZoom;
  if ((given.get(host) ?? 1) === wanted) return;
  given.set(host, wanted);
  if (wanted === 1) host.style.removeProperty('zoom');
  else host.style.setProperty('zoom', String(wanted), 'important');
}
