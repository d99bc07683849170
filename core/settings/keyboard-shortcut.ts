/**
 * Keyboard shortcuts the reader can choose (the glossary panel's, for now): written as text
 * such as "Alt+G" or "Ctrl+Shift+K", checked, put in one canonical spelling, and matched
 * against key events by physical key, so that Alt+G still works where Alt turns G into
 * another character (macOS gives "©").
 */

export interface KeyboardShortcut {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** "A"–"Z", "0"–"9" or "F1"–"F12". */
  key: string;
}

/** The parts of a KeyboardEvent a shortcut is matched against (a plain object in tests). */
export interface KeyEventLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const MODIFIER_NAMES: Record<string, keyof Omit<KeyboardShortcut, 'key'>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
};

const FUNCTION_KEY = /^F([1-9]|1[0-2])$/;
const PLAIN_KEY = /^[A-Z0-9]$/;

function isFunctionKey(key: string): boolean {
  return FUNCTION_KEY.test(key);
}

/**
 * Reads a shortcut written as modifiers and one key joined by "+". Returns undefined, with
 * the reason, when it is not usable: an unknown part, no key or two keys, or a letter or digit
 * without Ctrl, Alt or Meta (it would fire while the reader types).
 */
export function parseShortcut(text: string): { shortcut: KeyboardShortcut } | { error: string } {
  const parts = text.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return { error: 'Write the shortcut as modifiers and one key joined by "+", e.g. Alt+G.' };
  const shortcut: KeyboardShortcut = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  for (const part of parts) {
    const modifier = MODIFIER_NAMES[part.toLowerCase()];
    if (modifier) {
      if (shortcut[modifier]) return { error: `"${part}" appears twice.` };
      shortcut[modifier] = true;
      continue;
    }
    const key = part.toUpperCase();
    if (!PLAIN_KEY.test(key) && !isFunctionKey(key)) {
      return { error: `"${part}" is not a key a shortcut can use (a letter, a digit or F1–F12).` };
    }
    if (shortcut.key) return { error: 'A shortcut has one key besides its modifiers.' };
    shortcut.key = key;
  }
  if (!shortcut.key) return { error: 'The shortcut needs a key besides its modifiers, e.g. Alt+G.' };
  if (!isFunctionKey(shortcut.key) && !shortcut.ctrl && !shortcut.alt && !shortcut.meta) {
    return { error: 'A letter or digit needs Ctrl, Alt or Meta with it, or it would fire while you type.' };
  }
  return { shortcut };
}

/** The canonical spelling: Ctrl, Alt, Shift, Meta, then the key ("Ctrl+Shift+K"). */
export function formatShortcut(shortcut: KeyboardShortcut): string {
  const parts: string[] = [];
  if (shortcut.ctrl) parts.push('Ctrl');
  if (shortcut.alt) parts.push('Alt');
  if (shortcut.shift) parts.push('Shift');
  if (shortcut.meta) parts.push('Meta');
  parts.push(shortcut.key);
  return parts.join('+');
}

/** The canonical spelling of a written shortcut, or undefined when it is not usable. */
export function normalizeShortcut(text: string): string | undefined {
  const parsed = parseShortcut(text);
  return 'shortcut' in parsed ? formatShortcut(parsed.shortcut) : undefined;
}

/** The key of an event as a shortcut names it: by physical key when the event says which. */
export function eventKey(event: KeyEventLike): string | undefined {
  const code = event.code ?? '';
  let m = /^Key([A-Z])$/.exec(code);
  if (m) return m[1];
  m = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (m) return m[1];
  if (isFunctionKey(code)) return code;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return PLAIN_KEY.test(key) || isFunctionKey(key) ? key : undefined;
}

/** Whether a key event is the shortcut: the same key and exactly the same modifiers. */
export function matchesShortcut(event: KeyEventLike, shortcut: KeyboardShortcut): boolean {
  return (
    event.ctrlKey === shortcut.ctrl &&
    event.altKey === shortcut.alt &&
    event.shiftKey === shortcut.shift &&
    event.metaKey === shortcut.meta &&
    eventKey(event) === shortcut.key
  );
}

/**
 * The shortcut a key event would record (for the options page's "press the keys" field), in
 * canonical spelling; undefined while only modifiers are down or for keys a shortcut cannot use.
 */
export function shortcutFromEvent(event: KeyEventLike): string | undefined {
  const key = eventKey(event);
  if (!key) return undefined;
  return formatShortcut({ ctrl: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey, key });
}
