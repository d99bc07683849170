import { describe, expect, test } from 'vitest';
import {
  formatShortcut,
  matchesShortcut,
  normalizeShortcut,
  parseShortcut,
  shortcutFromEvent,
  type KeyEventLike,
} from '../../../core/settings/keyboard-shortcut';

function key(
  code: string,
  key: string,
  mods: Partial<Pick<KeyEventLike, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>> = {},
): KeyEventLike {
  return { code, key, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods };
}

describe('parseShortcut', () => {
  test('modifiers in any order and case, one key', () => {
    expect(parseShortcut('alt+g')).toEqual({ shortcut: { ctrl: false, alt: true, shift: false, meta: false, key: 'G' } });
    expect(normalizeShortcut('Shift + Control + k')).toBe('Ctrl+Shift+K');
    expect(normalizeShortcut('Cmd+Option+1')).toBe('Alt+Meta+1');
    expect(normalizeShortcut('F2')).toBe('F2');
  });

  test('refuses what cannot work, with a reason', () => {
    for (const bad of ['', 'G', 'Shift+G', 'Alt', 'Alt+G+H', 'Alt+Alt+G', 'Alt+Enter', 'Alt++G', 'Hyper+G', 'Alt+F13']) {
      const parsed = parseShortcut(bad);
      expect('error' in parsed, bad).toBe(true);
      if ('error' in parsed) expect(parsed.error.length).toBeGreaterThan(5);
    }
  });

  test('formatShortcut writes the canonical order', () => {
    expect(formatShortcut({ ctrl: true, alt: true, shift: true, meta: true, key: 'X' })).toBe('Ctrl+Alt+Shift+Meta+X');
  });
});

describe('matchesShortcut', () => {
  const parsed = parseShortcut('Alt+G');
  if (!('shortcut' in parsed)) throw new Error(parsed.error);
  const altG = parsed.shortcut;

  test('by physical key, so Alt+G matches where Alt changes the character (macOS "©")', () => {
    expect(matchesShortcut(key('KeyG', '©', { altKey: true }), altG)).toBe(true);
    expect(matchesShortcut(key('KeyG', 'g', { altKey: true }), altG)).toBe(true);
  });

  test('the modifiers must be exactly the same', () => {
    expect(matchesShortcut(key('KeyG', 'g'), altG)).toBe(false);
    expect(matchesShortcut(key('KeyG', 'G', { altKey: true, shiftKey: true }), altG)).toBe(false);
    expect(matchesShortcut(key('KeyG', 'g', { altKey: true, ctrlKey: true }), altG)).toBe(false);
    expect(matchesShortcut(key('KeyH', 'h', { altKey: true }), altG)).toBe(false);
  });

  test('an event without a code falls back to its key', () => {
    expect(matchesShortcut({ key: 'g', ctrlKey: false, altKey: true, shiftKey: false, metaKey: false }, altG)).toBe(true);
  });
});

describe('shortcutFromEvent', () => {
  test('records what the reader pressed, nothing while only modifiers are down', () => {
    expect(shortcutFromEvent(key('KeyK', 'K', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+K');
    expect(shortcutFromEvent(key('Digit3', '#', { altKey: true, shiftKey: true }))).toBe('Alt+Shift+3');
    expect(shortcutFromEvent(key('AltLeft', 'Alt', { altKey: true }))).toBeUndefined();
    expect(shortcutFromEvent(key('F4', 'F4'))).toBe('F4');
  });
});
