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
}
