import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, furiganaEnabledFor, parseSettings } from '../../../core/settings/settings';

describe('parseSettings', () => {
  test('nothing stored: defaults, no problems', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('valid values are kept', () => {
    const { settings, problems } = parseSettings({ showFurigana: true, readingScript: 'romaji', siteFurigana: { 'example.jp': false } });
    expect(problems).toEqual([]);
    expect(settings.showFurigana).toBe(true);
    expect(settings.readingScript).toBe('romaji');
    expect(settings.siteFurigana).toEqual({ 'example.jp': false });
  });

  test('a corrupt field falls back alone, and says so; the others survive', () => {
    const { settings, problems } = parseSettings({ showFurigana: true, readingScript: 'cyrillic', popupFontSize: 9999, siteFurigana: { a: 'yes' } });
    expect(settings.showFurigana).toBe(true);
    expect(settings.readingScript).toBe('hiragana');
    expect(settings.popupFontSize).toBe(DEFAULT_SETTINGS.popupFontSize);
    expect(settings.siteFurigana).toEqual({});
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/"readingScript"/);
  });

  test('an unreadable value (string, array, number) gives defaults and a message', () => {
    for (const bad of ['{"broken', [1, 2], 42]) {
      const { settings, problems } = parseSettings(bad);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });

  test('unknown keys from a newer version are ignored', () => {
    expect(parseSettings({ futureOption: 1 }).problems).toEqual([]);
  });

  test('the defaults object is never shared with a parsed result', () => {
    const { settings } = parseSettings(undefined);
    settings.siteFurigana['x'] = true;
    expect(DEFAULT_SETTINGS.siteFurigana).toEqual({});
  });
});

describe('furiganaEnabledFor', () => {
  test('a site exception wins over the default', () => {
    const { settings } = parseSettings({ showFurigana: false, siteFurigana: { 'news.example.jp': true } });
    expect(furiganaEnabledFor(settings, 'news.example.jp')).toBe(true);
    expect(furiganaEnabledFor(settings, 'other.example.jp')).toBe(false);
  });
});
