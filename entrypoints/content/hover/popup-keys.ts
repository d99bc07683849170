/**
 * The keys that work while the popup is open, as shown in its footer. They act on the page's
 * key events without cancelling them (the page keeps its own keys), and never while the reader
 * is typing in a field.
 */
import type { PopupKey } from '../../../components/WordPopup';
import type { WordInfo } from '../../../core/lookup/word-info';
import { shadowRootOf } from '../shadow-root';

export type PopupCommand = 'next' | 'previous' | 'copy-word' | 'copy-reading' | 'copy-entry' | 'close' | 'save' | 'known' | 'kanji';

export const POPUP_KEYS: readonly PopupKey[] = [
  { keys: 'J/K', action: 'entries' },
  { keys: 'C', action: 'copy word' },
  { keys: 'R', action: 'reading' },
  { keys: 'E', action: 'entry' },
  { keys: 'Esc', action: 'close' },
];

/** The keys as the kanji view shows them: J/K step the word's kanji there. */
export const KANJI_VIEW_KEYS: readonly PopupKey[] = POPUP_KEYS.map((k) => (k.keys === 'J/K' ? { ...k, action: 'kanji' } : k));

const COMMANDS: Record<string, PopupCommand> = {
  j: 'next',
  k: 'previous',
  c: 'copy-word',
  r: 'copy-reading',
  e: 'copy-entry',
  s: 'save',
  m: 'known',
  x: 'kanji',
  Escape: 'close',
};

/**
 * Whether the event's target is a place where the reader types: a field, an editable element, or
 * a web component whose focused element inside its shadow root (closed ones too) is one.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null) return true;
  // A key typed into a closed shadow root's field reaches the window from its host.
  const focused = shadowRootOf(el)?.activeElement;
  return !!focused && focused !== el && isTypingTarget(focused);
}

/** The popup command a key press means, if any. */
export function popupCommandFor(event: KeyboardEvent): PopupCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  // The element the key was typed into, inside open shadow roots too (at the window, the target
  // of a key typed in a web component's field is its host).
  if (isTypingTarget(event.composedPath()[0] ?? event.target)) return undefined;
  return COMMANDS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
}

/** An entry as copied text: "築く【きずく】 to build; to construct / to amass". */
export function entryText(info: WordInfo, index: number): string {
  const entry = info.entries[index];
  if (!entry) return info.reading ? `${info.surface}【${info.reading}】` : info.surface;
  const head = entry.headwords[0] ? `${entry.headwords[0]}【${entry.readings[0] ?? ''}】` : (entry.readings[0] ?? '');
  return `${head} ${entry.senses.map((s) => s.glosses.join('; ')).join(' / ')}`;
}
