/**
 * The browser's top layer: an open modal `<dialog>` or popover is drawn above every z-index of
 * the page. What we draw over such an element (its readings, the hover popup of a word in it)
 * goes into the top layer too, as a manual popover of ours shown after the page's.
 */

/** Whether `el` is an open modal dialog or open popover (false where the browser has no such selectors). */
export function opensTopLayer(el: Element): boolean {
  if (el.localName !== 'dialog' && !el.hasAttribute('popover')) return false;
  try {
    return el.matches(':modal, :popover-open');
  } catch {
    return false;
  }
}

/** Whether `el` is inside an open modal dialog or popover: its ancestors, crossed out of shadow roots. */
export function inTopLayer(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    if (opensTopLayer(at)) return true;
  }
  return false;
}

/** Whether this browser has popovers (a way for us into the top layer). */
export function canEnterTopLayer(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function';
}

/**
 * Puts our `host` (a manual popover) on top of the top layer: shown again, so that it comes after
 * whatever the page has opened since.
 */
export function showOnTop(host: HTMLElement): void {
  host.setAttribute('popover', 'manual');
  if (host.matches(':popover-open')) host.hidePopover();
  host.showPopover();
}

/** Takes our `host` out of the top layer (an ordinary element again). */
export function leaveTopLayer(host: HTMLElement): void {
  if (!host.hasAttribute('popover')) return;
  if (host.matches(':popover-open')) host.hidePopover();
  host.removeAttribute('popover');
}

/**
 * The rule that keeps the page's `::backdrop` rules (a dark veil for its dialogs, which reach
 * every element of the top layer) off our hosts matching `selector`.
 */
export function noBackdropRule(selector: string): string {
  return `${selector}::backdrop { display: none !important; }`;
}
