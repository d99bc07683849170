/**
 * One ruby annotation that the reading layer asks the page to show: the range
 * [start, end) of the analysed text (UTF-16 offsets, as the DOM counts) that carries the
 * reading, and the reading in hiragana.
 */
export interface RubySegment {
  start: number;
  end: number;
  /** The reading shown over the range, in hiragana. */
  reading: string;
  /**
   * Other plausible readings of the same range when the layer is unsure (most likely first),
   * for the hover popup to show. Absent when the layer has no doubt worth telling.
   */
  alternatives?: string[];
  /**
   * The reading is a guess pieced together from each kanji's own readings (KANJIDIC2), for a
   * word no dictionary knows: the layer shows it marked as such (never the kanji bare).
   */
  uncertain?: true;
}
