/**
 * A morpheme as the engine hands it on: the fields of kuromoji's IPADIC token that the
 * reading layer, the dictionary lookup and the hover popup need, with offsets into the
 * analysed text (UTF-16 code units, as JavaScript strings count).
 */
export interface Token {
  /** The text of the token exactly as it stands in the input. */
  surface: string;
  /** Offset of the first code unit in the analysed text. */
  start: number;
  /** Part of speech (品詞), e.g. 名詞, 動詞. */
  pos: string;
  /** First part-of-speech subdivision (品詞細分類1), e.g. 固有名詞, 数, 接尾. */
  pos1: string;
  /** Second subdivision (品詞細分類2), e.g. 助数詞, 人名. */
  pos2: string;
  /** Conjugation type (活用型), '*' when none. */
  conjugationType: string;
  /** Conjugation form (活用形), '*' when none. */
  conjugationForm: string;
  /** Dictionary form (基本形); the surface when kuromoji has none. */
  basicForm: string;
  /** Reading in katakana as IPADIC gives it; empty for unknown words. */
  reading: string;
  /** Pronunciation in katakana as IPADIC gives it (the particle は as ワ, 東京 トーキョー); absent for unknown words. */
  pronunciation?: string;
  /** Whether the word is in IPADIC (false: kuromoji guessed it from character classes). */
  known: boolean;
}
