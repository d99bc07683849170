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
import { kanjiByKanjiReading } from './kanji-readings';
import type { ReadingContext } from './reading-context';

export type { ReadingContext } from './reading-context';

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
    const parts = word.whole
      ? [{ start: 0, end: surface.length, reading: word.reading }]
      : (latinLedParts(surface, word.reading, context) ?? alignReading(surface, word.reading));
    for (const part of parts) {
      const segment: RubySegment = { start: start + part.start, end: start + part.end, reading: part.reading };
      if (word.alternatives?.length && parts.length === 1) {
        const alternatives = word.alternatives
          .map((a) => (part.start === 0 && part.end === surface.length ? a : alignedPart(surface, a, part)))
          .filter((a): a is string => !!a && a !== part.reading);
        if (alternatives.length) segment.alternatives = [...new Set(alternatives)];
      }
      if (word.uncertain) segment.uncertain = true;
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
  if (
    !ruled ||
    ruled.length !== own.length ||
    ruled.slice(1) !== own.slice(1) ||
    !isVoicingOf(own[0]!, ruled[0]!) ||
    !word.reading.startsWith(own)
  )
    return word;
  return {
    ...word,
    reading: ruled + word.reading.slice(own.length),
    alternatives: [word.reading, ...(word.alternatives ?? [])].slice(0, 3),
  };
}

/** A person's name from token i, as the names source reads it. */
function readName(tokens: readonly Token[], i: number, context: ReadingContext): Word | undefined {
  return (
    (context.nameReadings && nameSpan(tokens, i, context.nameReadings)) ||
    (context.usualNameReading && usualName(tokens, i, context.usualNameReading)) ||
    undefined
  );
}

function readWords(text: string, tokens: readonly Token[], context: ReadingContext): Word[] {
  const words: Word[] = [];
  const reach = new RunReach(text, tokens, context);
  const trace = context.trace;
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
      if (trace) trace(glossary, 'glossary');
      i = glossary.to;
      continue;
    }
    // A given name written with a numeral, after a family name (円谷|一 はじめ, 沢井|零|子 れいこ).
    const numeralName = isNumberToken(token) ? numeralGivenName(tokens, i, context) : undefined;
    if (numeralName) {
      words.push(numeralName);
      if (trace) trace(numeralName, 'name:numeral');
      i = numeralName.to;
      continue;
    }
    if (isNumberToken(token)) {
      const counted = readNumberAndCounter(tokens, i, words);
      if (counted) {
        words.push(...counted);
        if (trace) for (const w of counted) trace(w, 'number');
        i = counted[counted.length - 1]!.to;
        continue;
      }
    }
    const place = context.placeReading && placeSpan(tokens, i, context.placeReading);
    if (place) {
      words.push(place);
      if (trace) trace(place, 'name:place');
      i = place.to;
      continue;
    }
    const name = readName(tokens, i, context);
    if (name) {
      words.push(name);
      if (trace) trace(name, 'name');
      i = name.to;
      continue;
    }
    const compound =
      context.dictionaryReadings && (dictionaryCompound(tokens, i, context, reach.at(i)) ?? dictionaryPhrase(tokens, i, context, reach));
    if (compound) {
      const word = voicedHead(compound, tokens, context);
      words.push(word);
      if (trace) trace(word, word === compound ? 'dictionary:words' : 'dictionary:words+voiced');
      i = compound.to;
      continue;
    }
    const rule = contextReading(tokens, i, context);
    const ruled = rule ?? sinoReading(tokens, i, context);
    let word: Word = ruled
      ? { from: i, to: i + 1, reading: ruled.reading, alternatives: ruled.alternatives }
      : { from: i, to: i + 1, ...dictionaryChecked(token, tokens[i - 1], tokens[i + 1], context) };
    // Nothing could read it (瀑, 讀): each kanji's own reading, marked as a guess.
    const guessed =
      !word.reading && context.kanjiReadings && hasKanji(token.surface)
        ? kanjiByKanjiReading(token.surface, context.kanjiReadings)
        : undefined;
    if (guessed) word = { from: i, to: i + 1, reading: guessed, uncertain: true };
    words.push(word);
    if (trace)
      trace(
        word,
        rule
          ? `rule:${rule.rule}`
          : ruled
            ? 'sino'
            : guessed
              ? 'kanji'
              : word.reading === toHiragana(token.reading)
                ? 'kuromoji'
                : 'dictionary:fallback',
      );
    i++;
  }
  return words;
}
