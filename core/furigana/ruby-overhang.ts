/**
 * Where a reading wider than its base sits, for ruby we lay out ourselves (the reading sheet):
 * the base's letters stay together (no spacing inside the base, CSS `ruby-align: center`), the
 * reading is centred over its base, and the part of the reading that extends past the base may
 * hang over the characters next to it as JLReq §3.3.8 allows (the main method of JIS X 4051):
 *
 *   a. never over an adjacent ideographic character (cl-19), nor over another ruby;
 *   b. over adjacent hiragana or katakana (cl-15, cl-16) by up to one ruby character;
 *   c. over the blank half of adjacent punctuation (closing brackets and full stops before the
 *      base, opening brackets after it; a quarter for middle dots): Simple Ruby §3.2 item 4;
 *   d. where the readings of two bases would both hang over the kana between them, one ruby
 *      character of clear space is kept between the two readings, the earlier reading served
 *      first (JLReq §3.3.8, note below Figure 136).
 *
 * Whatever cannot hang over a neighbour is space between the neighbour and the base, as the
 * browser lays it out. Rules are the table OVERHANG_RULES below; widths are in ems of the base
 * text, counted from the characters (full-width characters are one em, the reading's one ruby
 * size each); a base or reading with characters of other widths (Latin, romaji) is left to the
 * browser (centred, nothing hung).
 */
import type { RubySegment } from './ruby-segment';

/** How far a reading may hang over one neighbour, by the neighbour's character class. */
interface OverhangRule {
  /** Which side of the base the neighbour is on. */
  side: 'before' | 'after';
  /** The neighbour's characters (one code point each). */
  chars: RegExp;
  /** The most that may hang over it: in ruby characters (`ruby`) or in ems of the base text (`em`). */
  limit: { ruby: number } | { em: number };
  /** The rule's source. */
  evidence: string;
  /** A base and its neighbour the rule is for. */
  example: string;
}

const KANA = /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe]$/u;
const CLOSING = /^[、。，．」』）〕］｝〉》】〙〗]$/u;
const OPENING = /^[「『（〔［｛〈《【〘〖]$/u;
const MIDDLE_DOT = /^[・：；]$/u;

export const OVERHANG_RULES: readonly OverhangRule[] = [
  { side: 'before', chars: KANA, limit: { ruby: 1 }, evidence: 'JLReq §3.3.8 b (cl-15, cl-16)', example: 'との協定: きょうてい over の' },
  { side: 'after', chars: KANA, limit: { ruby: 1 }, evidence: 'JLReq §3.3.8 b (cl-15, cl-16)', example: '中国は: ちゅうごく over は' },
  {
    side: 'before',
    chars: CLOSING,
    limit: { em: 0.5 },
    evidence: 'Simple Ruby §3.2 4 (cl-02, cl-06, cl-07)',
    example: '、協定: over the blank of 、',
  },
  { side: 'after', chars: OPENING, limit: { em: 0.5 }, evidence: 'Simple Ruby §3.2 4 (cl-01)', example: '協定「: over the blank of 「' },
  { side: 'before', chars: MIDDLE_DOT, limit: { em: 0.25 }, evidence: 'Simple Ruby §3.2 4 (cl-05)', example: '・協定' },
  { side: 'after', chars: MIDDLE_DOT, limit: { em: 0.25 }, evidence: 'Simple Ruby §3.2 4 (cl-05)', example: '協定・' },
];

/** How far one reading hangs over its neighbours, in ems of the base text (0 where it does not). */
export interface RubyOverhang {
  before: number;
  after: number;
}

/** Full-width characters (CJK ideographs, kana, full-width punctuation and forms): one em each. */
const FULL_WIDTH = /^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\u{20000}-\u{3134f}]$/u;

/** A run's width in ems of its own font size when every character is full-width, else undefined. */
function fullWidthEms(text: string): number | undefined {
  const chars = [...text];
  return chars.every((c) => FULL_WIDTH.test(c)) ? chars.length : undefined;
}

function limitOf(side: 'before' | 'after', neighbour: string | undefined, rubyScale: number): number {
  if (neighbour === undefined) return 0;
  const rule = OVERHANG_RULES.find((r) => r.side === side && r.chars.test(neighbour));
  if (!rule) return 0;
  return 'ruby' in rule.limit ? rule.limit.ruby * rubyScale : rule.limit.em;
}

/**
 * The overhang of each segment's reading over the text around it.
 * @param text the block's text (UTF-16), the segments' offsets index it.
 * @param segments the ruby segments in text order, not overlapping; `reading` as shown.
 * @param rubyScale the reading's font size over the base's (0.5 for half-size ruby).
 * @returns one RubyOverhang per segment (same order), in ems of the base text, each ≥ 0 and
 *   never more than half of what the reading is wider than its base.
 */
export function rubyOverhangs(text: string, segments: readonly RubySegment[], rubyScale: number): RubyOverhang[] {
  const out: RubyOverhang[] = [];
  let previousEnd = -1;
  let previousAfter = 0;
  for (const s of segments) {
    const base = fullWidthEms(text.slice(s.start, s.end));
    const reading = fullWidthEms(s.reading);
    const excess = base === undefined || reading === undefined ? 0 : reading * rubyScale - base;
    if (!(excess > 0)) {
      out.push({ before: 0, after: 0 });
      previousEnd = s.end;
      previousAfter = 0;
      continue;
    }
    const half = excess / 2;
    const prev = s.start > 0 ? [...text.slice(Math.max(0, s.start - 2), s.start)].pop() : undefined;
    const next = s.end < text.length ? [...text.slice(s.end, s.end + 2)][0] : undefined;
    let before = Math.min(half, limitOf('before', prev, rubyScale));
    if (before > 0 && previousEnd >= 0) {
      // d: the kana between the previous base and this one keep one ruby character clear.
      const between = fullWidthEms(text.slice(previousEnd, s.start));
      if (between !== undefined) before = Math.max(0, Math.min(before, between - rubyScale - previousAfter));
    }
    const after = Math.min(half, limitOf('after', next, rubyScale));
    out.push({ before, after });
    previousEnd = s.end;
    previousAfter = after;
  }
  return out;
}
