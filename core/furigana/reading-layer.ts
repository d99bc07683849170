/**
 * The reading layer: turns kuromoji's tokens for one text (a block of a page) into the ruby
 * segments to show. Pure: the extension's engine and the evaluation scripts run this same
 * function.
 *
 * It reads in passes over the tokens: glossary terms first (their readings win), then numbers
 * with their counters (number-words.ts), places and people's names (name-words.ts), dictionary words and set
 * phrases that span several tokens (dictionary-words.ts), then context rules for kanji whose
 * reading depends on their neighbours (context-rules.ts), and one-kanji pieces of a Chinese
 * compound kuromoji split (sino-compounds.ts: 超|獣 じゅう); what is left keeps kuromoji's reading,
 * or the dictionary's where kuromoji cannot read a token. Each word's reading is then aligned
 * with its surface so that only kanji carry ruby.
 */
import type { Token } from '../segmenter/token';
import { alignReading } from './align-reading';
import { contextReading } from './context-rules';
import { hasKanji, isVoicingOf, toHiragana } from '../text/kana';
import type { RubySegment } from './ruby-segment';
import { isNumberToken, joinSurfaces, type Word } from './reading-word';
import { readNumberAndCounter } from './number-words';
import { dictionaryChecked, dictionaryCompound, dictionaryPhrase, RunReach, spanLookup } from './dictionary-words';
import { nameSpan, numeralGivenName, placeSpan, usualName } from './name-words';
import { sinoReading } from './sino-compounds';

/**
 * Knowledge beyond IPADIC that the engine may hand the layer. Every source is optional; the
 * layer reads with kuromoji alone when none is given.
 */
export interface ReadingContext {
  /**
   * Readings of a glossary term written exactly `surface` (hiragana or katakana, preferred
   * first); undefined or empty when `surface` is no term. Glossary readings win over all others.
   */
  glossaryReadings?: (surface: string) => readonly string[] | undefined;
  /** Whether some glossary form starts with `prefix` (lets the layer stop looking early). */
  glossaryHasPrefix?: (prefix: string) => boolean;
  /**
   * Readings a general dictionary (EDICT) gives for a word written exactly `surface`, most
   * common first; undefined or empty when it has no such word.
   */
  dictionaryReadings?: (surface: string) => readonly string[] | undefined;
  /**
   * How many of `dictionaryReadings(surface)`, from the first, the dictionary marks as common;
   * 0 when it marks none (its order then says nothing about which is usual).
   */
  dictionaryCommonCount?: (surface: string) => number;
  /** Whether some dictionary word starts with `prefix` (lets the layer stop looking early). */
  dictionaryHasPrefix?: (prefix: string) => boolean;
  /**
   * How long a start of `text` some dictionary word begins with: the passes ask it once for a
   * run of tokens instead of asking dictionaryHasPrefix for each longer start.
   */
  dictionaryPrefixReach?: (text: string) => number;
  /**
   * Readings of a person's name written exactly `surface` (hiragana, preferred first), used
   * where kuromoji splits a name it does not know into pieces it reads one by one (了|平).
   */
  nameReadings?: (surface: string) => readonly string[] | undefined;
  /** The usual reading of a person's name kuromoji reads as one word another way (智子 ともこ, not さとこ). */
  usualNameReading?: (surface: string) => string | undefined;
  /** Whether `surface` is a family name (伊達, 垂水), for a house's 家 (け). */
  isSurname?: (surface: string) => boolean;
  /** The reading of a place written exactly `surface` (浦添市, 浪江町 なみえまち), ENAMDICT's where kuromoji's differs. */
  placeReading?: (surface: string) => string | undefined;
}

/** Parts of speech whose kana words can still start a word the passes read (お|茶, この|頃, 何|人). */
const KANA_HEADS = new Set(['名詞', '接頭詞', '連体詞']);

/**
 * Sorted, non-overlapping ruby segments over the kanji of `text`, whose tokens (in order, with
 * offsets into `text`) are `tokens`.
 */
export function readingSegments(text: string, tokens: readonly Token[], context: ReadingContext = {}): RubySegment[] {
  const words = readWords(text, tokens, context);
  const segments: RubySegment[] = [];
  for (const word of words) {
    if (!word.reading) continue;
    const first = tokens[word.from]!;
    const last = tokens[word.to - 1]!;
    const start = first.start;
    const surface = word.to - word.from === 1 ? first.surface : joinSurfaces(tokens, word.from, word.to);
    if (last.start + last.surface.length !== start + surface.length) continue; // tokens not contiguous
    if (!hasKanji(surface)) continue;
    const parts = latinLedParts(surface, word.reading, context) ?? alignReading(surface, word.reading);
    for (const part of parts) {
      const segment: RubySegment = { start: start + part.start, end: start + part.end, reading: part.reading };
      if (word.alternatives?.length && parts.length === 1) {
        const alternatives = word.alternatives
          .map((a) => (part.start === 0 && part.end === surface.length ? a : alignedPart(surface, a, part)))
          .filter((a): a is string => !!a && a !== part.reading);
        if (alternatives.length) segment.alternatives = [...new Set(alternatives)];
      }
      segments.push(segment);
    }
  }
  return segments;
}

const LATIN_LEAD = /^[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆.．・'-]+/;

/**
 * Ruby for a word that starts with Latin letters or digits (ＪＲ東海 じぇいあーるとうかい): the
 * letters stay bare and the kanji after them take the end of the reading that the dictionary
 * gives them; undefined when the word has no such start or the dictionary cannot tell.
 */
function latinLedParts(surface: string, reading: string, context: ReadingContext): ReturnType<typeof alignReading> | undefined {
  const lead = LATIN_LEAD.exec(surface)?.[0];
  if (!lead || lead.length === surface.length || !context.dictionaryReadings) return undefined;
  const rest = surface.slice(lead.length);
  const own = context.dictionaryReadings(rest)?.find((r) => reading.endsWith(r) && r.length < reading.length);
  if (!own) return undefined;
  return alignReading(rest, own).map((p) => ({ ...p, start: p.start + lead.length, end: p.end + lead.length }));
}

/** The reading an alternative gives to the same part of the surface, if it aligns the same way. */
function alignedPart(surface: string, reading: string, part: { start: number; end: number }): string | undefined {
  const parts = alignReading(surface, reading);
  return parts.length === 1 && parts[0]!.start === part.start && parts[0]!.end === part.end ? parts[0]!.reading : undefined;
}

/**
 * A dictionary word whose first token a context rule voices where it joins what comes before
 * (オード|川沿い: 川 がわ after a foreign name, so がわぞい, not the dictionary's かわぞい).
 */
function voicedHead(word: Word, tokens: readonly Token[], context: ReadingContext): Word {
  const head = tokens[word.from]!;
  const own = toHiragana(head.reading);
  const ruled = own && word.to - word.from > 1 ? contextReading(tokens, word.from, context)?.reading : undefined;
  if (!ruled || ruled.length !== own.length || ruled.slice(1) !== own.slice(1) || !isVoicingOf(own[0]!, ruled[0]!) || !word.reading.startsWith(own)) return word;
  return { ...word, reading: ruled + word.reading.slice(own.length), alternatives: [word.reading, ...(word.alternatives ?? [])].slice(0, 3) };
}

/** A person's name from token i, as the names source reads it. */
function readName(tokens: readonly Token[], i: number, context: ReadingContext): Word | undefined {
  return (context.nameReadings && nameSpan(tokens, i, context.nameReadings)) || (context.usualNameReading && usualName(tokens, i, context.usualNameReading)) || undefined;
}

function readWords(text: string, tokens: readonly Token[], context: ReadingContext): Word[] {
  const words: Word[] = [];
  const reach = new RunReach(text, tokens, context);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // Words in kana that are not nouns, prefixes or demonstratives (particles, auxiliaries, する,
    // ある, adverbs) carry no ruby and start no word the passes look for; nor do symbols. に対する,
    // を通じて are particles with kanji: they go on; この starts この頃.
    if (!KANA_HEADS.has(token.pos) && !hasKanji(token.surface)) {
      words.push({ from: i, to: i + 1, reading: '' });
      i++;
      continue;
    }
    const glossary = context.glossaryReadings && spanLookup(tokens, i, context.glossaryReadings, context.glossaryHasPrefix);
    if (glossary) {
      words.push(glossary);
      i = glossary.to;
      continue;
    }
    // A given name written with a numeral, after a family name (円谷|一 はじめ, 沢井|零|子 れいこ).
    const numeralName = isNumberToken(token) ? numeralGivenName(tokens, i, context) : undefined;
    if (numeralName) {
      words.push(numeralName);
      i = numeralName.to;
      continue;
    }
    if (isNumberToken(token)) {
      const counted = readNumberAndCounter(tokens, i, words);
      if (counted) {
        words.push(...counted);
        i = counted[counted.length - 1]!.to;
        continue;
      }
    }
    const place = context.placeReading && placeSpan(tokens, i, context.placeReading);
    if (place) {
      words.push(place);
      i = place.to;
      continue;
    }
    const name = readName(tokens, i, context);
    if (name) {
      words.push(name);
      i = name.to;
      continue;
    }
    const compound = context.dictionaryReadings && (dictionaryCompound(tokens, i, context, reach.at(i)) ?? dictionaryPhrase(tokens, i, context, reach));
    if (compound) {
      words.push(voicedHead(compound, tokens, context));
      i = compound.to;
      continue;
    }
    const ruled = contextReading(tokens, i, context) ?? sinoReading(tokens, i, context);
    words.push(ruled ? { from: i, to: i + 1, ...ruled } : { from: i, to: i + 1, ...dictionaryChecked(token, tokens[i - 1], tokens[i + 1], context) });
    i++;
  }
  return words;
}
