/**
 * Hover answers, the engine's side of a hover: the word at a point (`word-at-point.ts`) and a
 * block's words (`block-words.ts`), over the texts it analysed last (tokens and reading segments,
 * so that hovering word after word in one block tokenizes it once), and the dictionary and
 * glossary, loaded on the first lookup and kept. A dictionary that fails to load does not stop
 * lookups: answers then carry the reason in `dictionaryError` and still give readings.
 */
import type { LoadedDictionary } from '../dictionary/dictionary-loader';
import type { RubySegment } from '../furigana/ruby-segment';
import { toHiragana } from '../text/kana';
import type { Dictionary } from '../dictionary/packed-dictionary';
import { searchGatheringLoads } from '../dictionary/gathered-loads';
import { toRomaji } from 'wanakana';
import type { GlossaryTerm } from '../glossary/glossary-term';
import type { AsyncSegmenter } from '../segmenter/async-segmenter';
import type { Token } from '../segmenter/token';
import { createGlossaryFinder, type GlossaryFinder } from './glossary-finder';
import { blockWords, type BlockWords } from './block-words';
import { MAX_WORD_ENTRIES, type WordInfo } from './word-info';
import type { PageReadingHint } from '../engine/engine-protocol';
import { foldForLookup, foldedOffset, originalOffset, unfoldForm, type FoldedText } from '../text/lookup-folding';
import { toWordEntry, withUnreadableNoted, wordInfoAt, type LookupSources, type TextAnalysis } from './word-at-point';
import { searchNotingUnreadable } from '../dictionary/unreadable-parts';
import { dictionaryWordAt } from './dictionary-word-at-point';
import { colloquialVariants } from '../text/colloquial-forms';
import { analyseFoldedAsync, weighsSpelling } from '../furigana/folded-reading';

export interface HoverAnswerSources {
  /**
   * kuromoji, loaded (the engine's own loader, shared with furigana). `urgent`: a hover's answer
   * waits on it (the dictionary alone could not answer), so it must not wait for anything else.
   */
  segmenter: (urgent?: boolean) => Promise<AsyncSegmenter>;
  /**
   * Whether kuromoji is loaded already. Absent: always wait for it. While it is not, a lookup
   * the dictionary can answer is answered from the dictionary alone (`provisional`).
   */
  segmenterLoaded?: () => boolean;
  /** The reading layer as the engine runs it for furigana, so that the popup and the ruby agree. */
  segments: (text: string, tokens: readonly Token[]) => RubySegment[] | Promise<RubySegment[]>;
  /** EDICT, opened once by the engine (see dictionaryLoader); absent: no dictionary in this build. */
  loadDictionary?: () => Promise<LoadedDictionary>;
  /**
   * EDICT as soon as it can be searched (its index open, entries loading: see
   * dictionaryLoader's quick), for answers while kuromoji loads. Absent: `loadDictionary`.
   */
  loadSearchableDictionary?: () => Promise<LoadedDictionary>;
  /** The glossary's terms; absent: no glossary in this build. */
  readGlossary?: () => Promise<readonly GlossaryTerm[]>;
}

export interface HoverAnswers {
  /** The word at `offset`; `readings`: the page's own readings of spans of the text, which win over the layer's. */
  lookup(text: string, offset: number, readings?: readonly PageReadingHint[]): Promise<WordInfo | null>;
  /** Every word of `text` (what a hover at each token would answer). */
  words(text: string, readings?: readonly PageReadingHint[]): Promise<BlockWords>;
  /** Loads the dictionary and the glossary now, not at the first lookup (kuromoji is not loaded). */
  prepare(): Promise<void>;
}

/** How many recent texts keep their analysis. */
const ANALYSIS_CACHE_SIZE = 8;

export function createHoverAnswers(sources: HoverAnswerSources): HoverAnswers {
  const cache = new Map<string, TextAnalysis>();
  let glossary: Promise<{ glossary?: GlossaryFinder }> | undefined;

  async function loadDictionary(): Promise<{ dictionary?: LoadedDictionary['dictionary']; dictionaryError?: string }> {
    if (!sources.loadDictionary) return {};
    const { dictionary, dictionaryError } = await sources.loadDictionary();
    return dictionaryError ? { dictionaryError } : dictionary ? { dictionary } : {};
  }

  function loadGlossary() {
    glossary ??= (async () => {
      if (!sources.readGlossary) return {};
      try {
        return { glossary: createGlossaryFinder(await sources.readGlossary()) };
      } catch {
        // The glossary is an extra: lookups go on without cards.
        return {};
      }
    })();
    return glossary;
  }

  async function analysis(text: string, urgent = false): Promise<TextAnalysis> {
    const cached = cache.get(text);
    if (cached) {
      cache.delete(text);
      cache.set(text, cached);
      return cached;
    }
    const [tokens] = await (await sources.segmenter(urgent)).tokenizeAll([text]);
    if (!tokens) throw new Error('The Japanese analyser (kuromoji) could not read this text.');
    const fresh: TextAnalysis = { text, tokens, segments: await sources.segments(text, tokens) };
    cache.set(text, fresh);
    if (cache.size > ANALYSIS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return fresh;
  }

  /**
   * The fold of `text` with the variant kanji kuromoji knows as written put back (只今, 琉球),
   * as the furigana reads it (core/furigana/folded-reading.ts); `folded` itself when there is
   * none to weigh. The analyses it asks for are the cached ones the lookup then reads.
   */
  async function withKnownSpellings(text: string, folded: FoldedText, urgent = false): Promise<FoldedText> {
    if (!weighsSpelling(text, folded)) return folded;
    const [read] = await analyseFoldedAsync([text], (texts) => Promise.all(texts.map((t) => analysis(t, urgent))));
    return read!.spelled;
  }

  /** The text's analysis and the lookup's sources; `urgent` as for `sources.segmenter`. */
  async function prepared(
    folded: FoldedText,
    readings: readonly PageReadingHint[] | undefined,
    urgent = false,
  ): Promise<[TextAnalysis, LookupSources]> {
    const [a, d, g] = await Promise.all([analysis(folded.text, urgent), loadDictionary(), loadGlossary()]);
    return [readings?.length ? withPageReadings(a, folded, readings) : a, { ...d, ...g }];
  }

  /** The searchable dictionary and the glossary, for answers from the dictionary alone. */
  async function searchSources(): Promise<[LoadedDictionary, { glossary?: GlossaryFinder }]> {
    const searchable = sources.loadSearchableDictionary ?? sources.loadDictionary;
    return Promise.all([searchable ? searchable() : ({} as LoadedDictionary), loadGlossary()]);
  }

  /**
   * The dictionary's word at `offset` of the folded text, the index pages and entry shards the
   * search needs read together, round by round (a part that cannot be read searched as empty, the
   * word then naming its file: unreadable-parts.ts); undefined when the search fails.
   */
  function searchDictionary(
    dictionary: Dictionary,
    glossary: { glossary?: GlossaryFinder },
    folded: FoldedText,
    offset: number,
  ): Promise<WordInfo | null | undefined> {
    const at = foldedOffset(folded, offset);
    return searchGatheringLoads(dictionary, (dict) =>
      withUnreadableNoted(searchNotingUnreadable(dictionary, () => dictionaryWordAt(folded.text, at, { dictionary: dict, ...glossary }))),
    ).catch(() => undefined);
  }

  /** The dictionary's word at the place while kuromoji loads, or undefined (kuromoji is in, no dictionary, no word). */
  async function provisional(folded: FoldedText, offset: number): Promise<WordInfo | null | undefined> {
    if (!sources.segmenterLoaded || sources.segmenterLoaded()) return undefined;
    const [d, g] = await searchSources();
    if (!d.dictionary || sources.segmenterLoaded()) return undefined;
    const word = await searchDictionary(d.dictionary, g, folded, offset);
    if (word === undefined) return undefined;
    // The full answers need kuromoji: its load starts once this answer is on its way, if
    // nothing started it (not before: its start must not delay the answer).
    setTimeout(() => sources.segmenter().catch(() => undefined), 0);
    return word ?? undefined;
  }

  return {
    async prepare() {
      await searchSources();
    },
    async lookup(text, offset, readings) {
      const folded = foldForLookup(text);
      const quick = await provisional(folded, offset);
      if (quick) {
        let best = unfoldWord(quick, folded, text);
        for (const variant of colloquialVariants(text)) {
          const vf = throughColloquial(variant, foldForLookup(variant.text));
          const found = await provisional(vf, offset);
          if (!found) continue;
          const word = lookedUp(unfoldWord(found, vf, text), vf.text.slice(found.start, found.end));
          if (word.start <= offset && offset < word.end && beatsAsWritten(word, best)) best = word;
        }
        return best;
      }
      // The dictionary alone could not answer: this answer waits on kuromoji, which must not wait.
      const spelled = await withKnownSpellings(text, folded, true);
      const [a, sources] = await prepared(spelled, readings, true);
      const info = wordInfoAt(a, foldedOffset(spelled, offset), sources);
      let best = info && asWritten(unfoldWord(info, spelled, text), spelled.text !== text, sources.dictionary);
      // A colloquial spelling (すごーい): the word its dictionary spelling gives, when longer.
      for (const variant of colloquialVariants(text)) {
        const vf = throughColloquial(variant, foldForLookup(variant.text));
        const [va, vs] = await prepared(vf, readings, true);
        const found = wordInfoAt(va, foldedOffset(vf, offset), vs);
        if (!found) continue;
        const asFound = (w: WordInfo) => lookedUp(asWritten(unfoldWord(w, vf, text), true, vs.dictionary), vf.text.slice(w.start, w.end));
        const word = asFound(found);
        if (word.start > offset || offset >= word.end) continue;
        if (beatsAsWritten(word, best)) best = word;
        else if (best && word.entries.length > 0) {
          // The word as written cut across a run (すごーいね read すご|ういね: いね at ね): a
          // variant word that beats it overlaps it, and the variant's word here is the word.
          for (const at of [best.start, best.end - 1]) {
            const o = wordInfoAt(va, foldedOffset(vf, at), vs);
            const over = o && asFound(o);
            if (over && !(over.start <= offset && offset < over.end) && beatsAsWritten(over, best)) {
              best = word;
              break;
            }
          }
        }
      }
      return best;
    },
    async words(text, readings) {
      const folded = await withKnownSpellings(text, foldForLookup(text));
      const [a, sources] = await prepared(folded, readings);
      let words = blockWords(a, sources);
      if (folded.text !== text)
        words = {
          words: words.words.map((w) => asWritten(unfoldWord(w, folded, text), true, sources.dictionary)),
          spans: words.spans.map(([start, end, k]) => [originalOffset(folded, start), originalOffset(folded, end), k]),
        };
      for (const variant of colloquialVariants(text)) {
        const vf = throughColloquial(variant, foldForLookup(variant.text));
        const [va, vs] = await prepared(vf, readings);
        const found = blockWords(va, vs).words.map((w) =>
          lookedUp(asWritten(unfoldWord(w, vf, text), true, vs.dictionary), vf.text.slice(w.start, w.end)),
        );
        const variantAt = (o: number) => found.find((w) => w.start <= o && o < w.end);
        for (const word of found) words = withColloquialWord(words, word, variantAt);
      }
      return words;
    },
  };
}

/** A colloquial variant then folded for lookup, as one map from the folded text to the original. */
function throughColloquial(variant: FoldedText, folded: FoldedText): FoldedText {
  return { text: folded.text, origins: folded.origins.map((o) => variant.origins[o]!) };
}

/** A word found in a colloquial variant, saying which form it was looked up as when that is not the page's. */
function lookedUp(word: WordInfo, form: string): WordInfo {
  return form === word.surface ? word : { ...word, lookedUpAs: form };
}

/** Whether a word found in a colloquial variant is the better answer: it has entries, is not the page's spelling, and is longer than the word as written (or that has none). */
function beatsAsWritten(word: WordInfo, written: WordInfo | null): boolean {
  if (!word.lookedUpAs || word.entries.length === 0) return false;
  if (!written || written.entries.length === 0) return word.end - word.start >= (written ? written.end - written.start : 0);
  return word.end - word.start > written.end - written.start;
}

/**
 * The block's words with a colloquial variant's word in place of the words as written that it
 * overlaps, when it beats each of them (beatsAsWritten). A word as written that reaches past it
 * was cut across the run (すご|ういね): the part outside goes to the variant's word there
 * (`variantAt`, ね) when that lies outside, else stays with the word as written. The block
 * unchanged when the word does not beat them.
 */
function withColloquialWord(block: BlockWords, word: WordInfo, variantAt: (offset: number) => WordInfo | undefined): BlockWords {
  const overlapping = block.spans.filter(([s, e]) => s < word.end && word.start < e);
  if (overlapping.length === 0) return block;
  if (overlapping.some(([, , k]) => k >= 0 && !beatsAsWritten(word, block.words[k]!))) return block;
  if (overlapping.every(([, , k]) => k < 0) && !beatsAsWritten(word, null)) return block;
  const words = [...block.words];
  const indexOf = (w: WordInfo) => {
    const known = words.indexOf(w);
    if (known >= 0) return known;
    words.push(w);
    return words.length - 1;
  };
  const k = indexOf(word);
  const spans: [number, number, number][] = [];
  for (const span of block.spans) {
    const [s, e, own] = span;
    if (!overlapping.includes(span)) {
      spans.push(span);
      continue;
    }
    if (s < word.start) {
      const before = variantAt(word.start - 1);
      const from = before && before.end === word.start ? Math.max(s, before.start) : word.start;
      if (s < from) spans.push([s, from, own]);
      if (from < word.start) spans.push([from, word.start, indexOf(before!)]);
    }
    if (!spans.some(([, , x]) => x === k)) spans.push([word.start, word.end, k]);
    if (e > word.end) {
      const after = variantAt(word.end);
      const to = after && after.start === word.end ? Math.min(e, after.end) : word.end;
      if (to > word.end) spans.push([word.end, to, indexOf(after!)]);
      if (e > to) spans.push([to, e, own]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return { words, spans };
}

/** A word found in folded text, told in the original's terms: its span and surface as the page writes them. */
function unfoldWord(info: WordInfo, folded: FoldedText, original: string): WordInfo {
  if (folded.text === original) return info;
  const start = originalOffset(folded, info.start);
  const end = originalOffset(folded, info.end);
  const out: WordInfo = { ...info, start, end, surface: original.slice(start, end) };
  if (info.dictionaryForm)
    out.dictionaryForm = { ...info.dictionaryForm, text: unfoldForm(info.dictionaryForm.text, folded, original, info.start, info.end) };
  return out;
}

/**
 * A word folded for the analyser (an astral kanji stood in for: 𰻞𰻞麺) that found no entry gets
 * the entries of its spelling as the page writes it, when the dictionary has that spelling (the
 * supplement's words outside EUC-JP); its reading then comes from the first entry.
 */
function asWritten(info: WordInfo, wasFolded: boolean, dictionary: Dictionary | undefined): WordInfo {
  if (!wasFolded || info.entries.length > 0 || !dictionary) return info;
  return withUnreadableNoted(
    searchNotingUnreadable(dictionary, () => {
      if (!dictionary.hasKey(info.surface)) return info;
      const entries = dictionary.lookup(info.surface, MAX_WORD_ENTRIES).map(toWordEntry);
      const reading = info.reading || toHiragana(entries[0]?.readings[0] ?? '');
      return { ...info, entries, reading, romaji: info.romaji || toRomaji(reading) };
    }),
  )!;
}

/**
 * The analysis with the page's readings in place of the layer's where they meet: each page
 * reading (offsets of the original text) becomes a segment over the folded text, and the layer's
 * segments it overlaps give way. The cached analysis is not changed.
 */
function withPageReadings(a: TextAnalysis, folded: FoldedText, readings: readonly PageReadingHint[]): TextAnalysis {
  const page: RubySegment[] = readings.map((r) => ({
    start: foldedOffset(folded, r.start),
    end: foldedOffset(folded, r.end),
    reading: toHiragana(r.reading),
  }));
  const kept = a.segments.filter((s) => !page.some((p) => s.start < p.end && p.start < s.end));
  return { ...a, segments: [...kept, ...page].sort((x, y) => x.start - y.start) };
}
