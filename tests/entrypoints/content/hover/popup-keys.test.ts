// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { entryText, POPUP_KEYS, popupCommandFor } from '../../../../entrypoints/content/hover/popup-keys';
import type { WordInfo } from '../../../../core/lookup/word-info';

function key(k: string, init: KeyboardEventInit = {}, target?: Element): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, ...init });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('keys while the popup is open', () => {
  test('each key shown in the popup does something', () => {
    expect(popupCommandFor(key('j'))).toBe('next');
    expect(popupCommandFor(key('k'))).toBe('previous');
    expect(popupCommandFor(key('J', { shiftKey: true }))).toBe('next');
    expect(popupCommandFor(key('c'))).toBe('copy-word');
    expect(popupCommandFor(key('r'))).toBe('copy-reading');
    expect(popupCommandFor(key('e'))).toBe('copy-entry');
    expect(popupCommandFor(key('Escape'))).toBe('close');
    expect(popupCommandFor(key('s'))).toBe('save');
    expect(popupCommandFor(key('m'))).toBe('known');
    expect(popupCommandFor(key('x'))).toBe('kanji');
    // S, M and X are shown on the popup's study buttons and tab, not in the footer.
    expect(POPUP_KEYS.map((k) => k.keys)).toEqual(['J/K', 'C', 'R', 'E', 'Esc']);
  });

  test('shortcuts of the browser or page (Ctrl, Meta, Alt), other keys and typing in a field are left alone', () => {
    expect(popupCommandFor(key('c', { ctrlKey: true }))).toBeUndefined();
    expect(popupCommandFor(key('c', { metaKey: true }))).toBeUndefined();
    expect(popupCommandFor(key('j', { altKey: true }))).toBeUndefined();
    expect(popupCommandFor(key('q'))).toBeUndefined();
    expect(popupCommandFor(key('s', { ctrlKey: true }))).toBeUndefined();
    expect(popupCommandFor(key('ArrowDown'))).toBeUndefined();
    const input = document.createElement('input');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    document.body.append(input, editable);
    expect(popupCommandFor(key('c', {}, input))).toBeUndefined();
    expect(popupCommandFor(key('j', {}, inside))).toBeUndefined();
    expect(popupCommandFor(key('j', {}, document.body))).toBe('next');
  });

  test('an entry copies as headword【reading】 and its glosses', () => {
    const info: WordInfo = {
      start: 0,
      end: 2,
      surface: '中国',
      reading: 'ちゅうごく',
      romaji: 'chuugoku',
      inflections: [],
      entries: [
        {
          headwords: ['中国'],
          readings: ['ちゅうごく'],
          common: true,
          senses: [
            { partsOfSpeech: ['noun'], labels: [], glosses: ['China'] },
            { partsOfSpeech: [], labels: [], glosses: ['Chugoku region', 'western Honshu'] },
          ],
        },
        { headwords: [], readings: ['ちゅうごく'], common: false, senses: [{ partsOfSpeech: [], labels: [], glosses: ['x'] }] },
      ],
    };
    expect(entryText(info, 0)).toBe('中国【ちゅうごく】 China / Chugoku region; western Honshu');
    expect(entryText(info, 1)).toBe('ちゅうごく x');
    expect(entryText({ ...info, entries: [] }, 0)).toBe('中国【ちゅうごく】');
  });
});
