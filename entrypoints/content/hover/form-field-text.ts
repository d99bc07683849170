/**
 * Where the characters of an <input> or <textarea> value (or, while it is empty, its placeholder) are drawn: the browser gives no caret
 * position inside a form control's value, so a mirror is laid out for a moment over the field,
 * with the field's box (less its scroll bars), font, wrapping and scroll, invisible and ignoring
 * the pointer (its text then lies where the field draws its own), measured, and removed in the
 * same task. The field itself is never touched.
 */
import { characterAtPoint } from './hit-test';
import { zoomOf } from '../css-zoom';

/** The styles that decide where a field's text is drawn. */
const COPIED = [
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-style',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'direction',
  'tab-size',
  'word-break',
  'overflow-wrap',
  'writing-mode',
];

/** The text a field draws: its value, or its placeholder while it has none ('' when neither). */
export function fieldText(field: HTMLInputElement | HTMLTextAreaElement): string {
  return field.value || field.placeholder;
}

function withMirror<T>(field: HTMLInputElement | HTMLTextAreaElement, use: (text: Text, mirror: HTMLElement) => T): T {
  const doc = field.ownerDocument;
  const style = getComputedStyle(field);
  const rect = field.getBoundingClientRect();
  // The field's styles and client sizes are its own px, drawn times its zoom (css-zoom.ts): the
  // mirror gets that zoom too (undoing its parent's), and its place in the same px.
  const zoom = zoomOf(field);
  const parentZoom = zoomOf(doc.documentElement);
  const mirror = doc.createElement('div');
  mirror.setAttribute('data-yomu', 'field-mirror');
  mirror.setAttribute('aria-hidden', 'true');
  for (const name of COPIED) mirror.style.setProperty(name, style.getPropertyValue(name));
  const single = field.localName === 'input';
  // The field's box less its scroll bars (which take room from the text in some browsers,
  // Firefox's among them): the text wraps where the field wraps it.
  mirror.style.setProperty('box-sizing', 'border-box');
  mirror.style.setProperty('width', `${field.clientWidth + field.clientLeft + parseFloat(style.borderRightWidth)}px`);
  mirror.style.setProperty('height', `${field.clientHeight + field.clientTop + parseFloat(style.borderBottomWidth)}px`);
  mirror.style.setProperty('position', 'fixed');
  mirror.style.setProperty('left', `${rect.left / zoom}px`);
  mirror.style.setProperty('top', `${rect.top / zoom}px`);
  if (zoom !== parentZoom) mirror.style.setProperty('zoom', String(zoom / parentZoom));
  mirror.style.setProperty('margin', '0');
  mirror.style.setProperty('border-color', 'transparent');
  mirror.style.setProperty('visibility', 'hidden');
  mirror.style.setProperty('pointer-events', 'none');
  mirror.style.setProperty('overflow', 'hidden');
  mirror.style.setProperty('white-space', single ? 'pre' : 'pre-wrap');
  if (single) {
    // An input centres its one line in its box.
    mirror.style.setProperty('display', 'flex');
    mirror.style.setProperty('align-items', 'center');
  }
  const text = doc.createTextNode(fieldText(field));
  mirror.append(text);
  doc.documentElement.append(mirror);
  try {
    mirror.scrollLeft = field.scrollLeft;
    mirror.scrollTop = field.scrollTop;
    return use(text, mirror);
  } finally {
    mirror.remove();
  }
}

/** Whether (x, y) is inside the field's padding box, where it draws its text (scrolled-out lines are clipped there). */
function insideTextArea(field: HTMLInputElement | HTMLTextAreaElement, x: number, y: number): boolean {
  const r = field.getBoundingClientRect();
  const z = zoomOf(field);
  const left = r.left + field.clientLeft * z;
  const top = r.top + field.clientTop * z;
  return x >= left && x <= left + field.clientWidth * z && y >= top && y <= top + field.clientHeight * z;
}

/** The offset in the field's text (fieldText) of the character drawn under (x, y), or -1 (outside where it draws text too). */
export function fieldOffsetAt(field: HTMLInputElement | HTMLTextAreaElement, x: number, y: number): number {
  if (!fieldText(field) || !insideTextArea(field, x, y)) return -1;
  return withMirror(field, (text) => characterAtPoint(text, x, y));
}

/** Where [start, end) of the field's value is drawn (client rects). */
export function fieldRects(field: HTMLInputElement | HTMLTextAreaElement, start: number, end: number): DOMRect[] {
  return withMirror(field, (text) => {
    const range = field.ownerDocument.createRange();
    range.setStart(text, Math.min(start, text.data.length));
    range.setEnd(text, Math.min(end, text.data.length));
    const rects = Array.from(range.getClientRects());
    return rects.length > 0 ? rects : [field.getBoundingClientRect()];
  });
}
