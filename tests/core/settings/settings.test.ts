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
    const { settings, problems } = parseSettings({
      showFurigana: true,
      readingScript: 'cyrillic',
      popupFontSize: 9999,
      siteFurigana: { a: 'yes' },
    });
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

  test('the reading size: whole percents from 40 to 80', () => {
    expect(DEFAULT_SETTINGS.rubySize).toBe(55);
    for (const ok of [40, 55, 80]) expect(parseSettings({ rubySize: ok }).settings.rubySize).toBe(ok);
    for (const bad of [39, 81, 55.5, '55', NaN]) expect(parseSettings({ rubySize: bad }).problems).toHaveLength(1);
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

describe('every field: kept when valid, recovered alone when not', () => {
  const valid: Record<string, unknown> = {
    showFurigana: true,
    siteFurigana: { 'news.example.jp': true },
    readingScript: 'katakana',
    furiganaLevel: 'uncommon',
    rubySize: 70,
    hoverTrigger: 'alt',
    popupFontSize: 20,
    theme: 'dark',
    glossaryUnderlines: false,
    glossaryPanelShortcut: 'Ctrl+Shift+K',
  };
  const invalid: Record<string, unknown> = {
    showFurigana: 'yes',
    siteFurigana: ['news.example.jp'],
    readingScript: 'cyrillic',
    furiganaLevel: 'some',
    rubySize: 85,
    hoverTrigger: 'ctrl-alt-delete',
    popupFontSize: 10,
    theme: 'sepia',
    glossaryUnderlines: 1,
    glossaryPanelShortcut: 'G',
  };

  test('the test covers every setting', () => {
    expect(Object.keys(valid).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(Object.keys(invalid).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  test('all valid values survive a round trip', () => {
    expect(parseSettings(valid)).toEqual({ settings: valid, problems: [] });
  });

  for (const key of Object.keys(invalid)) {
    test(`a bad "${key}" falls back to its default and the other fields survive`, () => {
      const { settings, problems } = parseSettings({ ...valid, [key]: invalid[key] });
      expect(settings).toEqual({ ...valid, [key]: DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS] });
      expect(problems).toEqual([`The stored value of "${key}" was invalid; its default is in use.`]);
    });
  }
});

describe('the glossary panel shortcut', () => {
  test('defaults to Alt+G', () => {
    expect(parseSettings(undefined).settings.glossaryPanelShortcut).toBe('Alt+G');
  });

  test('a stored spelling is kept in canonical form', () => {
    expect(parseSettings({ glossaryPanelShortcut: 'shift+ctrl+k' }).settings.glossaryPanelShortcut).toBe('Ctrl+Shift+K');
  });

  test('unusable shortcuts are refused: a bare letter, two keys, an unknown key, not a string', () => {
    for (const bad of ['G', 'Shift+G', 'Alt+G+H', 'Alt+Space', 'Alt+', '', 42, null]) {
      const { settings, problems } = parseSettings({ glossaryPanelShortcut: bad });
      expect(settings.glossaryPanelShortcut, String(bad)).toBe('Alt+G');
      expect(problems, String(bad)).toHaveLength(1);
    }
  });
});

describe('furiganaEnabledFor', () => {
  test('a site exception wins over the default', () => {
    const { settings } = parseSettings({ showFurigana: false, siteFurigana: { 'news.example.jp': true } });
    expect(furiganaEnabledFor(settings, 'news.example.jp')).toBe(true);
    expect(furiganaEnabledFor(settings, 'other.example.jp')).toBe(false);
  });
});
