/**
 * What a saved word means, as the word list keeps it (SavedWord.glosses): the glosses of the
 * entry the popup shows selected (every sense's, in order); for a word read whole whose entries
 * are its parts' (母犬: 母, 犬), each part's headword with its first gloss ("母 mother", "犬 dog"),
 * never one part's meaning as the word's; with no entry, a glossary card's English name; else none.
 */
import type { WordInfo } from '../lookup/word-info';

export function savedGlosses(info: WordInfo, selected: number): string[] {
  if (info.entriesOfParts)
    return info.entries.map((e) => `${e.headwords[0] ?? e.readings[0] ?? ''} ${e.senses[0]?.glosses[0] ?? ''}`.trim());
  const entry = info.entries[selected] ?? info.entries[0];
  if (entry) return entry.senses.flatMap((s) => s.glosses);
  return info.glossary ? [info.glossary.en] : [];
}
