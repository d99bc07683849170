/**
 * The colour scheme the popup follows under the "system" theme: the page's own. A page that
 * paints its background (body, else root) is dark or light by that colour's luminance; a page
 * that paints none shows the browser's canvas, which is dark only when the page allows a dark
 * scheme and the system asks for it (left to the popup's prefers-color-scheme rule).
 */
export type PopupScheme = 'light' | 'dark' | 'system';

const RGB = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/;

/** Relative luminance of a CSS rgb()/rgba() colour, or undefined when it is (nearly) transparent or unreadable. */
export function opaqueLuminance(colour: string): number | undefined {
  const m = RGB.exec(colour);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  const channel = (v: string) => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

export function pageColourScheme(doc: Document): PopupScheme {
  const win = doc.defaultView;
  if (!win) return 'system';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const luminance = opaqueLuminance(win.getComputedStyle(el).backgroundColor);
    if (luminance !== undefined) return luminance < 0.2 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return /\bdark\b/.test(scheme) ? 'system' : 'light';
}
