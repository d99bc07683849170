/** Readings in the script the reader chose: hiragana as the engine gives them, katakana or romaji. */
import { toKatakana, toRomaji } from 'wanakana';
import type { ReadingScript } from '../../core/settings/settings';

/** Turns a hiragana reading into what the reader asked to see (katakana, romaji...). */
export type ReadingFormatter = (hiragana: string) => string;

export function readingFormatter(script: ReadingScript): ReadingFormatter {
  switch (script) {
    case 'katakana':
      return (r) => toKatakana(r);
    case 'romaji':
      return (r) => toRomaji(r);
    default:
      return (r) => r;
  }
}
