/**
 * A word with its reading in Anki's furigana syntax (the `{{furigana:Field}}` filter): each run
 * of kanji followed by its reading in brackets, and a space before a bracketed base that follows
 * other text, so that Anki knows where the base starts: 制裁[せいさい], 築[きず]く,
 * 取[と]り 扱[あつか]い, お 茶[ちゃ]. Kana-only words stay as they are.
 */
import { alignReading } from '../furigana/align-reading';
import { hasKanji } from '../text/kana';

/**
 * @param surface the word as written (a lemma: 築く)
 * @param reading its reading in hiragana (きずく); '' gives the surface unchanged
 */
export function ankiFurigana(surface: string, reading: string): string {
  if (!reading || !hasKanji(surface)) return surface;
  let out = '';
  let at = 0;
  for (const part of alignReading(surface, reading)) {
    out += surface.slice(at, part.start);
    if (out !== '') out += ' ';
    out += `${surface.slice(part.start, part.end)}[${part.reading}]`;
    at = part.end;
  }
  return out + surface.slice(at);
}
