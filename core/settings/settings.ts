/**
 * The reader's settings: their shape, defaults, and recovery from a stored value that is
 * missing, old or corrupt. Each field is checked on its own, so one bad field falls back to
 * its default without losing the others, and the problems are reported so the options page
 * can say what happened.
 */

import { normalizeShortcut } from './keyboard-shortcut';

export type ReadingScript = 'hiragana' | 'katakana' | 'romaji';
export type FuriganaLevel = 'all' | 'uncommon';
export type HoverTrigger = 'none' | 'shift' | 'alt';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Furigana on by default on every site. */
  showFurigana: boolean;
  /** Per-site exceptions to the default, by host name. */
  siteFurigana: Record<string, boolean>;
  /** Script of the readings shown over kanji. */
  readingScript: ReadingScript;
  /** Which words get furigana: every kanji word, or only the less common ones. */
  furiganaLevel: FuriganaLevel;
  /** Size of the readings, in percent of the font size of the text they stand over (RUBY_SIZE_RANGE). */
  rubySize: number;
  /** Key that must be held for the hover popup ('none': it opens on rest). */
  hoverTrigger: HoverTrigger;
  /** Font size of the hover popup, in CSS pixels. */
  popupFontSize: number;
  theme: Theme;
  /** Underline glossary terms in the page. */
  glossaryUnderlines: boolean;
  /** Keys that open and close the in-page glossary panel, canonical spelling ("Alt+G"). */
  glossaryPanelShortcut: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  showFurigana: false,
  siteFurigana: {},
  readingScript: 'hiragana',
  furiganaLevel: 'all',
  // jlreq sets ruby at half the base size; 8 px over 16 px text is too small to read on a
  // screen at 100 % zoom, so a little more by default.
  rubySize: 55,
  hoverTrigger: 'none',
  popupFontSize: 15,
  theme: 'system',
  glossaryUnderlines: true,
  glossaryPanelShortcut: 'Alt+G',
});

export const POPUP_FONT_SIZE_RANGE = { min: 11, max: 28 } as const;
/** Reading sizes offered, in percent of the base text's font size. */
export const RUBY_SIZE_RANGE = { min: 40, max: 80 } as const;

export interface ParsedSettings {
  settings: Settings;
  /** One line per field that was unusable and fell back to its default. */
  problems: string[];
}

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as string[]).includes(v);

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isFontSize = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= POPUP_FONT_SIZE_RANGE.min && v <= POPUP_FONT_SIZE_RANGE.max;
const isRubySize = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= RUBY_SIZE_RANGE.min && v <= RUBY_SIZE_RANGE.max;
const isShortcut = (v: unknown): v is string => typeof v === 'string' && normalizeShortcut(v) !== undefined;
const isSiteMap = (v: unknown): v is Record<string, boolean> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isBoolean);

const CHECKS: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  showFurigana: isBoolean,
  siteFurigana: isSiteMap,
  readingScript: oneOf('hiragana', 'katakana', 'romaji'),
  furiganaLevel: oneOf('all', 'uncommon'),
  rubySize: isRubySize,
  hoverTrigger: oneOf('none', 'shift', 'alt'),
  popupFontSize: isFontSize,
  theme: oneOf('system', 'light', 'dark'),
  glossaryUnderlines: isBoolean,
  glossaryPanelShortcut: isShortcut,
};

/** Stored values kept in a canonical form (a copy, or a normalised spelling). */
function canonical(key: keyof Settings, value: unknown): unknown {
  if (key === 'siteFurigana') return { ...(value as object) };
  if (key === 'glossaryPanelShortcut') return normalizeShortcut(value as string);
  return value;
}

export function parseSettings(stored: unknown): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS, siteFurigana: {} };
  const problems: string[] = [];
  if (stored === undefined || stored === null) return { settings, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, problems: ['The stored settings were unreadable; defaults are in use.'] };
  }
  const raw = stored as Record<string, unknown>;
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (CHECKS[key](value)) (settings as unknown as Record<string, unknown>)[key] = canonical(key, value);
    else problems.push(`The stored value of "${key}" was invalid; its default is in use.`);
  }
  return { settings, problems };
}

/** Whether furigana should show on a host: its exception if it has one, else the default. */
export function furiganaEnabledFor(settings: Settings, host: string): boolean {
  return settings.siteFurigana[host] ?? settings.showFurigana;
}
