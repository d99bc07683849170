/**
 * The word at a place in a text, as the hover popup shows it. Word boundaries come from
 * kuromoji's tokens: the hovered token, or the verb or adjective it inflects (the れ of 築か|れ);
 * from there the dictionary's lookup (`searchWord`: the longest word it explains across tokens,
 * 北大西洋条約機構 from 北, and inflected words in their dictionary form, 築かれ → 築く, passive).
 * A glossary term that covers the place (NATO, 二重用途) widens the span when it is at least as
 * long, and brings its card. The reading is the reading layer's, as the furigana shows it. Pure:
 * the engine runs it over its cached analysis of the text.
 */
import { tokenEnd, touches } from '../segmenter/token-helpers';
import { toKatakana, toRomaji } from 'wanakana';
import { deinflectTokens, INFLECTION_LABELS, wordStartIndex, type Inflection } from '../dictionary/deinflection';
import { describePartOfSpeech, describeTag } from '../dictionary/edict-tags';
import type { DictionaryEntry } from '../dictionary/dictionary-entry';
import type { Dictionary } from '../dictionary/packed-dictionary';
import { searchText, searchWord } from '../dictionary/word-search';
import { searchNotingUnreadable, unreadableMessage, type UnreadablePart } from '../dictionary/unreadable-parts';
import type { SearchResult } from '../dictionary/search-result';
import type { RubySegment } from '../furigana/ruby-segment';
import { hasJapanese, hasKanji, isAllKana, isAllKanji, isInitialSoundChangeOf, toHiragana } from '../text/kana';
import { toHalfWidthAscii } from '../text/full-width';
import type { Token } from '../segmenter/token';
import type { GlossaryFinder, GlossaryHit } from './glossary-finder';
import type { GlossaryTerm } from '../glossary/glossary-term';
import { segmentAcross, spanReading } from './span-reading';
import { MAX_WORD_ENTRIES, type GlossaryCardInfo, type WordEntry, type WordInfo } from './word-info';

/** A text with its tokens and the reading layer's segments (what the engine caches per text). */
export interface TextAnalysis {
  text: string;
  tokens: readonly Token[];
  segments: readonly RubySegment[];
}

export interface LookupSources {
  /** EDICT; absent when it is not loaded (then `dictionaryError` says why, if it failed). */
  dictionary?: Dictionary;
  dictionaryError?: string;
  glossary?: GlossaryFinder;
}

const MAX_SENSES = 6;
const MAX_GLOSSES = 8;

/** Index of the token that holds `offset`, or -1 (outside the text, or in a gap between tokens). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return indexHolding(tokens, offset, (t) => t.start, tokenEnd);
}

/** Index of the span of `spans` (sorted, none overlapping) that holds `offset`, or -1: by halving. */
function indexHolding<T>(spans: readonly T[], offset: number, start: (s: T) => number, end: (s: T) => number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid]!;
    if (offset < start(s)) hi = mid - 1;
    else if (offset >= end(s)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether a token can start a word worth explaining (not punctuation or space). */
function isWordToken(t: Token): boolean {
  return t.pos !== '記号' && t.surface.trim() !== '';
}

/** The glossary term that covers `offset`, if it starts and ends on token boundaries (not inside a word). */
function glossaryTermAt(text: string, tokens: readonly Token[], offset: number, glossary: GlossaryFinder): GlossaryHit | undefined {
  const hit = glossary.termAt(text, offset);
  if (!hit) return undefined;
  const first = tokenIndexAt(tokens, hit.start);
  const last = tokenIndexAt(tokens, hit.end - 1);
  if (first < 0 || last < 0 || tokens[first]!.start !== hit.start || tokenEnd(tokens[last]!) !== hit.end) return undefined;
  return hit;
}

/** The dictionary's word at the hovered token: from the start of the word it belongs to, else from the token itself. */
function dictionaryWord(
  dictionary: Dictionary,
  analysis: TextAnalysis,
  head: number,
  hovered: number,
  offset: number,
): SearchResult | undefined {
  const { tokens } = analysis;
  // A counter pointed at after a numeral, or a numeral inside a run of them, is first looked up
  // from the run's start: the numeral and counter the dictionary has as one word (5月 ごがつ "May",
  // 5日 いつか, 10分 じゅっぷん, 二十日 はつか from 十) is the word pointed at.
  const numeral = numeralBefore(tokens, hovered);
  if (numeral !== undefined) {
    const whole = searchWord(dictionary, tokens, numeral, { maxEntries: RANKED_ENTRIES, maxTokens: numeralWordTokens(tokens, numeral) });
    if (whole && whole.end >= tokenEnd(tokens[hovered]!)) return agreeWithReading(dictionary, analysis, whole, offset);
  }
  let found = searchWord(dictionary, tokens, head, { maxEntries: RANKED_ENTRIES, maxTokens: numeralWordTokens(tokens, head) });
  if (!found || found.end <= offset) {
    if (head === hovered) return undefined;
    found = searchWord(dictionary, tokens, hovered, { maxEntries: RANKED_ENTRIES, maxTokens: numeralWordTokens(tokens, hovered) });
    if (!found || found.end <= offset) return undefined;
  }
  return agreeWithReading(dictionary, analysis, found, offset);
}

/**
 * The dictionary's word covering `offset` inside a token it has no word for: IPADIC glues some
 * words into one token that EDICT does not list (見て|いた事|が: いた, the past of いる, and 事).
 * The token's text is searched as 10ten Japanese Reader searches plain text (`searchText`, its
 * inflection undone), from the token's start, then from each later place up to the pointer; the
 * word ends within the token. Only for a token of kanji and kana together: a proper noun (a name
 * EDICT lacks), a word of kanji alone (入省: 入 alone is EDICT's counter しお) and an unknown word
 * stay whole with the furigana's reading; a verb, adjective or auxiliary is found by undoing its
 * inflection (deinflectTokens), and a word of kana alone has nothing to split.
 */
function wordInsideToken(
  dictionary: Dictionary,
  text: string,
  tokens: readonly Token[],
  hovered: number,
  offset: number,
): SearchResult | undefined {
  const token = tokens[hovered]!;
  if (!token.known || token.pos1 === '固有名詞' || INFLECTING.has(token.pos) || !hasKanji(token.surface) || isAllKanji(token.surface))
    return undefined;
  const within = text.slice(0, tokenEnd(token));
  for (let start = token.start; start <= offset; start++) {
    const unit = within.charCodeAt(start);
    if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    const found = searchText(dictionary, within, start, { maxEntries: RANKED_ENTRIES });
    // (Kana there is first a word written in kana, as searchText ranks it: いた is 居る, not 板.)
    if (found && found.end > offset && hasJapanese(found.text)) return found;
  }
  return undefined;
}

/** Parts of speech kuromoji inflects: their tokens' words are found by undoing the inflection (deinflectTokens). */
const INFLECTING = new Set(['動詞', '形容詞', '助動詞']);

const isNumeral = (t: Token | undefined): t is Token => t !== undefined && t.pos === '名詞' && t.pos1 === '数';
const isNoun = (t: Token | undefined): t is Token => t !== undefined && t.pos === '名詞' && t.pos1 !== '数';

/**
 * Index of the first token of the run of numeral tokens that touches token `index` from before,
 * if any: a counter noun after its numerals (5|月), or a numeral inside a run (二|十|日 from 十,
 * 2|4|日 from 4), so that a word that starts with the run is looked up from its start.
 */
function numeralBefore(tokens: readonly Token[], index: number): number | undefined {
  if (!isNoun(tokens[index]) && !isNumeral(tokens[index])) return undefined;
  let from = index;
  while (isNumeral(tokens[from - 1]) && touches(tokens[from - 1]!, tokens[from]!)) from--;
  return from < index ? from : undefined;
}

/**
 * How many tokens a word starting at token `index` may take when it starts a numeral or is the
 * counter after one: the numerals, the counter and the nouns after it (5|月, 3|本, 分|間, 回|目),
 * never a particle (3|本|の is not 本の ほんの "mere"); undefined (as many as the dictionary has) otherwise.
 */
function numeralWordTokens(tokens: readonly Token[], index: number): number | undefined {
  let i = index;
  while (isNumeral(tokens[i]) && isNumeral(tokens[i + 1]) && touches(tokens[i]!, tokens[i + 1]!)) i++;
  const counter = isNumeral(tokens[i]) ? i + 1 : i;
  if (!isNoun(tokens[counter]) || numeralBefore(tokens, counter) === undefined) return undefined;
  let end = counter + 1;
  while (isNoun(tokens[end]) && touches(tokens[end - 1]!, tokens[end]!)) end++;
  return end - index;
}

/** Entries ranked before the popup's five are kept, so that the one the reading agrees with is among them. */
const RANKED_ENTRIES = 16;

/**
 * The entries that agree with the reading the furigana shows come first (行っ|て read おこなって:
 * 行う before 行く; 月 in 5月 read がつ). When no entry of the longest word agrees, a shorter word
 * from the same token that does is taken (行ってきました read おこなって: 行って, 行う; not the
 * set phrase 行ってくる), but not one whose end the furigana reads across (薬袋 read みない, a family
 * name: not 薬 くすり). Where the layer has no reading, the order stays. Agreement is exact
 * first; failing that, up to the sound change a counter or a compound's second part takes
 * (1杯 read ぱい puts 杯 はい "cupful" first; 16分 read ぷん, 分 ふん).
 */
function agreeWithReading(dictionary: Dictionary, analysis: TextAnalysis, found: SearchResult, offset: number): SearchResult {
  const { text, tokens, segments } = analysis;
  const readingOf = (w: SearchResult) => spanReading(text, w.start, w.end, tokens, segments).reading;
  for (const agreesWith of [(r: string, shown: string) => r === shown, isInitialSoundChangeOf]) {
    const agreeing = (w: SearchResult, reading: string) => w.matches.filter((m) => m.textReadings.some((r) => agreesWith(r, reading)));
    let chosen = found;
    let reading = readingOf(found);
    if (!reading) return trimmed(found);
    if (agreeing(found, reading).length === 0 && found.tokenStart !== undefined && found.tokenEnd !== undefined) {
      for (let maxTokens = found.tokenEnd - found.tokenStart - 1; maxTokens >= 1; maxTokens--) {
        const shorter = searchWord(dictionary, tokens, found.tokenStart, { maxEntries: RANKED_ENTRIES, maxTokens });
        // Not one the furigana reads across (薬|袋 read みない whole, a family name: 薬 くすり is
        // no word shown there, though kuromoji's token reads so).
        if (!shorter || shorter.end <= offset || shorter.end >= found.end || segmentAcross(segments, shorter.end)) continue;
        const own = readingOf(shorter);
        if (own && agreeing(shorter, own).length > 0) {
          chosen = shorter;
          reading = own;
          break;
        }
      }
    }
    // Among those that agree, modern verb classes before the classical ones EDICT also lists (帰する before 帰す きす, vs-c).
    const first = agreeing(chosen, reading)
      .map((m, i) => ({ m, key: (isClassicalVerb(m.entry) ? 1 : 0) * 1000 + i }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.m);
    if (first.length === 0) continue;
    if (first[0] === chosen.matches[0]) return trimmed(chosen);
    const matches = [...first, ...chosen.matches.filter((m) => !first.includes(m))];
    const best = matches[0]!;
    const reordered: SearchResult = { ...chosen, matches, reading: best.textReading, inflections: best.inflections };
    reordered.readings = [...new Set([best.textReading, ...chosen.readings])];
    if (best.dictionaryForm !== chosen.text) reordered.dictionaryForm = best.dictionaryForm;
    else delete reordered.dictionaryForm;
    return trimmed(reordered);
  }
  return trimmed(found);
}

/** Whether every verb sense of an entry is of a classical class (vs-c, nidan v2…, yodan v4…). */
function isClassicalVerb(entry: DictionaryEntry): boolean {
  const verbs = entry.senses.flatMap((s) => s.partsOfSpeech.filter((p) => p.startsWith('v')));
  return (
    (verbs.length > 0 && verbs.every((p) => p === 'vs-c' || p.startsWith('v2') || p.startsWith('v4'))) ||
    entry.senses.some((s) => s.partsOfSpeech.includes('vs-c'))
  );
}

function trimmed(w: SearchResult): SearchResult {
  return w.matches.length > MAX_WORD_ENTRIES ? { ...w, matches: w.matches.slice(0, MAX_WORD_ENTRIES) } : w;
}

/**
 * A run of kanji the analyser does not know (one token a kanji, as it splits unknown ones; an
 * astral kanji folded to a stand-in): the whole run of adjacent kanji tokens around `index` that
 * the dictionary has no word for from their start, read as one compound noun (𰻞𰻞麺).
 */
/** Kanji numerals: a count's pieces keep their dictionary words (七日|間), not one word without an entry. */
const NUMERAL = /[〇零一二三四五六七八九十百千万億兆]/;

/**
 * Whether the tokens from `from` to `to` (offsets) are a number or a count rather than a word: all
 * numerals (三千), or a numeral with a counter (七|日間, 二十|年, 第|九|条). A word with a numeral in
 * it and no counter (八|瀬 やせ, 二|癖 ふたくせ) is none.
 */
function isCount(tokens: readonly Token[], from: number, to: number): boolean {
  const span = tokens.filter((t) => t.start >= from && t.start < to);
  return span.every((t) => t.pos1 === '数') || span.some((t) => t.pos2 === '助数詞');
}

/**
 * The reading layer's segment at `offset` when it is a word of two kanji or more over several
 * tokens, longer than the word found there (start..end), that the dictionary has no entry for and
 * that is no guess (KANJIDIC2's) nor a number or count; undefined otherwise.
 */
function wholeReadWord(
  analysis: TextAnalysis,
  offset: number,
  start: number,
  end: number,
  dictionary: Dictionary | undefined,
): RubySegment | undefined {
  const { text, tokens, segments } = analysis;
  const s =
    segments[
      indexHolding(
        segments,
        offset,
        (g) => g.start,
        (g) => g.end,
      )
    ];
  if (!s || s.uncertain || s.start > start || s.end < end || s.end - s.start <= end - start) return undefined;
  const surface = text.slice(s.start, s.end);
  if (surface.length < 2 || !isAllKanji(surface) || (NUMERAL.test(surface) && isCount(tokens, s.start, s.end))) return undefined;
  if (tokenIndexAt(tokens, s.start) === tokenIndexAt(tokens, s.end - 1)) return undefined;
  return dictionary?.hasKey(surface) ? undefined : s;
}

/** `entries` with those that have `reading` (hiragana; an entry's katakana reading matches too) first, each group in its order. */
function readingFirst(entries: DictionaryEntry[], reading: string): DictionaryEntry[] {
  const reads = (e: DictionaryEntry) => e.readings.some((r) => toHiragana(r.text) === reading);
  const first = entries.filter(reads);
  return first.length === 0 || first.length === entries.length ? entries : [...first, ...entries.filter((e) => !reads(e))];
}

/** How many senses of each part's entry a word read whole shows. */
const PART_SENSES = 2;

/**
 * The entries of the dictionary words a word read whole is made of (母犬: 母 "mother", 犬 "dog"),
 * the first entry of each with its first PART_SENSES senses, in text order: from its first token, the longest word the dictionary
 * explains there that ends within the word, then on after it (a token with none is passed).
 * At most MAX_WORD_ENTRIES; [] when the dictionary explains none of its parts.
 */
function partsEntries(dictionary: Dictionary, tokens: readonly Token[], start: number, end: number): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  let i = tokenIndexAt(tokens, start);
  while (i >= 0 && i < tokens.length && tokens[i]!.start < end && entries.length < MAX_WORD_ENTRIES) {
    const part = searchWord(dictionary, tokens, i, { maxEntries: 1, maxTokens: tokenIndexAt(tokens, end - 1) - i + 1 });
    const entry = part && part.end <= end ? part.matches[0]?.entry : undefined;
    // A part's first senses only: the popup lists every part (筋 alone has six senses).
    if (entry) entries.push({ ...entry, senses: entry.senses.slice(0, PART_SENSES) });
    i = entry && part?.tokenEnd !== undefined ? part.tokenEnd : i + 1;
  }
  return entries;
}

function unknownKanjiRun(dictionary: Dictionary | undefined, tokens: readonly Token[], index: number): [number, number] | undefined {
  const isKanjiToken = (t: Token | undefined) =>
    t !== undefined && t.pos !== '記号' && hasKanji(t.surface) && [...t.surface].every((c) => hasKanji(c));
  const t = tokens[index];
  if (!t || t.known || !isKanjiToken(t)) return undefined;
  let from = index;
  while (
    from > 0 &&
    isKanjiToken(tokens[from - 1]) &&
    touches(tokens[from - 1]!, tokens[from]!) &&
    !(dictionary && searchWord(dictionary, tokens, from - 1))
  )
    from--;
  let to = index + 1;
  while (to < tokens.length && isKanjiToken(tokens[to]) && touches(tokens[to - 1]!, tokens[to]!)) to++;
  return to - from > 1 ? [from, to] : undefined;
}

/**
 * The word at `offset` of the analysed text, or null when there is none (punctuation, space, a
 * Latin word nobody knows). When its search touched a part of the dictionary that cannot be read
 * (unreadable-parts.ts), the word has what the other parts give and `dictionaryError` names the file.
 */
export function wordInfoAt(analysis: TextAnalysis, offset: number, sources: LookupSources): WordInfo | null {
  const { dictionary } = sources;
  if (!dictionary) return wordAt(analysis, offset, sources);
  return withUnreadableNoted(searchNotingUnreadable(dictionary, () => wordAt(analysis, offset, sources)));
}

/** A word found with the unreadable parts its search touched: the word, saying so when there were any. */
export function withUnreadableNoted(found: { result: WordInfo | null; unreadable: UnreadablePart[] }): WordInfo | null {
  const { result, unreadable } = found;
  const message = unreadableMessage(unreadable);
  return result && message && !result.dictionaryError ? { ...result, dictionaryError: message } : result;
}

/** How many tokens back from the pointed one the walk of wordHeadToken may start (a long run with no punctuation). */
const MAX_WORD_WALK = 64;

/** Per analysis and dictionary: the end (offset) of the dictionary word found at each token, -1 for none. */
const dictionaryWordEnds = new WeakMap<TextAnalysis, WeakMap<Dictionary, Map<number, number>>>();

function dictionaryWordEnd(dictionary: Dictionary, analysis: TextAnalysis, index: number): number {
  let byDictionary = dictionaryWordEnds.get(analysis);
  if (!byDictionary) dictionaryWordEnds.set(analysis, (byDictionary = new WeakMap()));
  let ends = byDictionary.get(dictionary);
  if (!ends) byDictionary.set(dictionary, (ends = new Map()));
  let end = ends.get(index);
  if (end === undefined) {
    const { tokens } = analysis;
    const found = dictionaryWord(dictionary, analysis, wordStartIndex(tokens, index), index, tokens[index]!.start);
    end = found ? found.end : -1;
    ends.set(index, end);
  }
  return end;
}

/**
 * The token whose word holds token `hovered`: an earlier token when the dictionary word found
 * there covers it (外国|人 from 人: 外国人, as from 外; 駐車|場; 経済|政策 from 政: 経済政策),
 * else `hovered` itself. The text's words are laid end to end from the start of the run of word
 * tokens (after punctuation or a gap): each word found at the first token after the one before,
 * so that every token of a word the popup shows from its first token shows that same word, and
 * a token's lookup and the block's words (block-words.ts) agree. A glossary phrase around a
 * dictionary word (核紛争 around 紛争) is no such word: its inner words stay theirs.
 */
function wordHeadToken(dictionary: Dictionary, analysis: TextAnalysis, hovered: number): number {
  const { tokens } = analysis;
  let from = hovered;
  while (from > 0 && hovered - from < MAX_WORD_WALK && isWordToken(tokens[from - 1]!) && touches(tokens[from - 1]!, tokens[from]!)) from--;
  const hoveredEnd = tokenEnd(tokens[hovered]!);
  let i = from;
  while (i < hovered) {
    const end = dictionaryWordEnd(dictionary, analysis, i);
    if (end >= hoveredEnd) return i;
    let next = i + 1;
    while (next < hovered && tokens[next]!.start < end) next++;
    i = next;
  }
  return hovered;
}

function wordAt(analysis: TextAnalysis, offset: number, sources: LookupSources, walked = false): WordInfo | null {
  const { text, tokens } = analysis;
  const hovered = tokenIndexAt(tokens, offset);
  if (hovered < 0 || !isWordToken(tokens[hovered]!)) return null;
  const { dictionary, glossary } = sources;
  // Inside a word found from an earlier token: that word, as hovering its start shows it.
  const wordHead = dictionary && !walked ? wordHeadToken(dictionary, analysis, hovered) : hovered;
  if (wordHead < hovered) {
    const whole = wordAt(analysis, tokens[wordHead]!.start, sources, true);
    if (whole && whole.start <= offset && offset < whole.end) return whole;
  }
  const head = wordStartIndex(tokens, hovered);

  // The word: the dictionary's, else kuromoji's inflected span (a verb the dictionary lacks), else the token.
  const found = dictionary
    ? (dictionaryWord(dictionary, analysis, head, hovered, offset) ?? wordInsideToken(dictionary, text, tokens, hovered, offset))
    : undefined;
  let start: number;
  let end: number;
  let dictionaryForm: WordInfo['dictionaryForm'];
  let inflections: Inflection[] = [];
  /** The span is a guess (a run of kanji nobody knows): a glossary term there is surer. */
  let guessedRun = false;
  if (found) {
    start = found.start;
    end = found.end;
    if (found.dictionaryForm) {
      dictionaryForm = { text: found.dictionaryForm };
      const best = found.matches.find((m) => m.dictionaryForm === found.dictionaryForm);
      // The entry's reading is that of its form (反発 はんぱつ); a する verb's form adds する (反発する はんぱつする).
      if (best?.formReading) {
        const rest = found.dictionaryForm.startsWith(best.form) ? found.dictionaryForm.slice(best.form.length) : '';
        dictionaryForm.reading = best.formReading + toHiragana(rest);
      }
      inflections = found.inflections;
    }
  } else if (unknownKanjiRun(dictionary, tokens, hovered)) {
    const [from, to] = unknownKanjiRun(dictionary, tokens, hovered)!;
    start = tokens[from]!.start;
    end = tokenEnd(tokens[to - 1]!);
    guessedRun = true;
  } else {
    const inflected = deinflectTokens(tokens, head);
    const to = inflected && tokenEnd(tokens[inflected.endIndex - 1]!) > offset ? inflected.endIndex : hovered + 1;
    const from = to === hovered + 1 ? hovered : head;
    start = tokens[from]!.start;
    end = tokenEnd(tokens[to - 1]!);
    const candidate = from === head ? inflected?.candidates[0] : undefined;
    if (candidate && candidate.dictionaryForm !== text.slice(start, end)) {
      dictionaryForm = { text: candidate.dictionaryForm };
      inflections = candidate.inflections;
    }
  }

  // A word the reading layer read whole over several tokens, which the dictionary does not have
  // (速|筋 read そっきん from the lexicon words, a place 浪江|町): the popup shows that word with the
  // furigana's reading, and no entry, not the dictionary word inside it read otherwise (速 はや).
  const whole = wholeReadWord(analysis, offset, start, end, dictionary);
  if (whole) {
    start = whole.start;
    end = whole.end;
    dictionaryForm = undefined;
    inflections = [];
    guessedRun = true;
  }

  // A glossary term that covers the place, at least as long as the word, widens the span.
  // A term that begins before the pointed dictionary word is a longer phrase around it (核紛争
  // around 紛争): the word pointed at is shown, with a term that starts where it does, if any.
  let hit = glossary ? glossaryTermAt(text, tokens, offset, glossary) : undefined;
  if (hit && glossary && found && hit.start < found.start && !dictionary?.hasKey(text.slice(hit.start, hit.end))) {
    const own = glossaryTermAt(
      text.slice(found.start),
      tokens.filter((t) => t.start >= found.start).map((t) => ({ ...t, start: t.start - found.start })),
      0,
      glossary,
    );
    hit = own && { ...own, start: own.start + found.start, end: own.end + found.start };
  }
  // A guessed run of unknown kanji (習|近|平|氏) gives way to a glossary term inside it (習近平).
  const term = hit && (guessedRun || hit.end - hit.start >= end - start) ? hit : undefined;
  if (term) {
    start = term.start;
    end = term.end;
    dictionaryForm = undefined;
    inflections = [];
  }
  const surface = text.slice(start, end);

  // Entries: the word's; for a glossary term, the whole term's if the dictionary has it as
  // written, else those of the dictionary word the term starts with (the same wherever in the term the pointer is).
  let entries: DictionaryEntry[] = [];
  let dictionaryReadings: string[] = [];
  let ofParts = false;
  if (!term) {
    if (!whole) {
      entries = found?.matches.map((m) => m.entry) ?? [];
      dictionaryReadings = found?.readings ?? [];
    } else if (dictionary) {
      entries = partsEntries(dictionary, tokens, start, end);
      ofParts = entries.length > 0;
    }
  } else if (dictionary) {
    if (dictionary.hasKey(surface)) entries = dictionary.lookup(surface, MAX_WORD_ENTRIES);
    else {
      const first =
        found && found.start === start
          ? found
          : searchWord(dictionary, tokens, tokenIndexAt(tokens, start), { maxEntries: MAX_WORD_ENTRIES });
      entries = first?.matches.map((m) => m.entry) ?? [];
    }
  }

  if (!hasJapanese(surface) && entries.length === 0 && !term) return null;

  const layered = spanReading(text, start, end, tokens, analysis.segments);
  let reading = layered.reading;
  let alternatives = layered.alternatives;
  if (!reading) {
    reading = dictionaryReadings[0] ?? (term && termReading(term, surface)) ?? entryReading(entries[0], surface) ?? '';
    alternatives = dictionaryReadings.slice(1);
  }
  // The entries that read as the word is shown (its furigana's reading) first: 天津 read てんしん
  // (Tianjin) heads with Tianjin, not with 天つ あまつ, whatever kuromoji read it as.
  // (Kana as written says nothing of which: いた after 見て is いる's, though 板 reads いた too.)
  if (reading && !ofParts && hasKanji(surface)) entries = readingFirst(entries, reading);
  const info: WordInfo = {
    start,
    end,
    surface,
    reading,
    romaji: spokenRomaji(reading, tokens, start, end),
    inflections: dictionaryForm ? inflections.map((i) => INFLECTION_LABELS[i] ?? i) : [],
    entries: entries.map(toWordEntry),
  };
  if (ofParts) info.entriesOfParts = true;
  if (alternatives?.length) info.readingAlternatives = alternatives;
  if (dictionaryForm) info.dictionaryForm = dictionaryForm;
  if (term && glossary) info.glossary = toCard(term, glossary);
  if (sources.dictionaryError) info.dictionaryError = sources.dictionaryError;
  return info;
}

/**
 * Romaji as the word is said: kana that the analyser pronounces otherwise than written in a
 * particle's way (は as わ, へ as え, を as お: the particle, こんにちは) are romanised as said
 * (konnichiwa, watashi wa). Uses the tokens' pronunciations where they line up with the reading.
 */
function spokenRomaji(reading: string, tokens: readonly Token[], start: number, end: number): string {
  let written = '';
  let spoken = '';
  for (const t of tokens) {
    if (tokenEnd(t) <= start) continue;
    if (t.start >= end) break;
    const r = toHiragana(t.reading || t.surface);
    // A particle is said its way even where the analyser writes its pronunciation as spelt (を).
    const p = t.pos === '助詞' && PARTICLE_KANA[r] ? PARTICLE_KANA[r] : t.pronunciation ? toHiragana(t.pronunciation) : r;
    written += r;
    if (p.length !== r.length) {
      spoken += r;
      continue;
    }
    for (let i = 0; i < r.length; i++) spoken += PARTICLE_KANA[r[i]!] === p[i] ? p[i] : r[i];
  }
  return romajiOf(written === reading ? spoken : reading);
}

/** Kana written one way and said another as particles. */
const PARTICLE_KANA: Record<string, string> = { は: 'わ', へ: 'え', を: 'お' };

/** Hepburn romaji; through katakana so that the long-vowel mark is read as the vowel (なとー → natoo, not nato-). */
export function romajiOf(reading: string): string {
  if (!reading) return '';
  return toRomaji(reading.includes('ー') ? toKatakana(reading) : reading);
}

/** The reading (hiragana) an entry gives to one of its spellings; for a kana word, the word itself. */
function entryReading(entry: DictionaryEntry | undefined, written: string): string | undefined {
  if (!entry) return undefined;
  const reading = entry.readings.find((r) => r.appliesTo === undefined || r.appliesTo.includes(written)) ?? entry.readings[0];
  return reading ? toHiragana(reading.text) : undefined;
}

function termReading(hit: GlossaryHit, surface: string): string | undefined {
  const form = hit.term.forms.find((f) => f.text === surface) ?? hit.term.forms[0];
  if (form?.reading) return form.reading;
  // A kana form reads as written; ・ parts the words of a foreign name (ウラジーミル・プーチン).
  return form && isAllKana(form.text.replaceAll('・', '')) ? toHiragana(form.text) : undefined;
}

export function toWordEntry(entry: DictionaryEntry): WordEntry {
  return {
    // EDICT writes Latin letters and digits in full width (ＮＡＴＯ); the popup shows them as the page does.
    headwords: entry.headwords.map((h) => toHalfWidthAscii(h.text)),
    readings: entry.readings.map((r) => r.text),
    common: entry.common,
    senses: entry.senses.slice(0, MAX_SENSES).map((s) => ({
      partsOfSpeech: s.partsOfSpeech.map(describePartOfSpeech),
      labels: s.tags.map(describeTag),
      glosses: s.glosses.slice(0, MAX_GLOSSES),
    })),
  };
}

/** The glossary card of a term found in the text. */
export function toCard(hit: GlossaryHit, glossary: GlossaryFinder): GlossaryCardInfo {
  return glossaryCard(hit.term, (id) => glossary.byId(id));
}

/** A glossary term as the popup's and the reading sheet's card shows it; `termById` names its related terms. */
export function glossaryCard(term: GlossaryTerm, termById: (id: string) => GlossaryTerm | undefined): GlossaryCardInfo {
  const main = term.forms[0]!;
  const card: GlossaryCardInfo = {
    id: term.id,
    en: term.en,
    category: term.category,
    form: main.text,
    explanation: term.explanation,
    related: term.related.flatMap((id) => {
      const other = termById(id);
      return other ? [{ id, en: other.en, form: other.forms[0]!.text }] : [];
    }),
  };
  if (main.reading) card.reading = main.reading;
  return card;
}
