/**
 * What Yomu knows about one kanji, from KANJIDIC2 (EDRDG): the fields of the bundled kanji file
 * (see kanji-file.ts for the format).
 */
export interface KanjiEntry {
  /** The kanji itself (one code point, possibly outside the BMP). */
  literal: string;
  /** English meanings, KANJIDIC2's order (most important first). */
  meanings: readonly string[];
  /** On readings in katakana (サイ). */
  on: readonly string[];
  /** Kun readings in hiragana, okurigana after a "." (さば.く), "-" marking a prefix or suffix use. */
  kun: readonly string[];
  /** Readings used only in names (nanori), hiragana. */
  nanori: readonly string[];
  /** Stroke count (KANJIDIC2's accepted count, the first one it gives). */
  strokes?: number;
  /** School grade: 1–6 taught in primary school, 8 other jōyō kanji, 9–10 jinmeiyō (names). */
  grade?: number;
  /** Old JLPT level, 4 (easiest) to 1. */
  jlpt?: number;
  /** Classical (Kangxi) radical number, 1–214. */
  radical?: number;
  /** Literals of the kanji KANJIDIC2 gives as variants of this one (裁's none; 国 → 國, 圀 …). */
  variants: readonly string[];
}
