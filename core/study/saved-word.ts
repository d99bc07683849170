/**
 * A word the reader saved from the hover popup, as stored in the word list and exported: plain
 * data (JSON in the browser's storage).
 */
export interface SavedWord {
  /** The dictionary form (lemma) as written: 築く for 築かれ, 制裁 for 制裁. */
  lemma: string;
  /** The reading the popup showed for the lemma, hiragana ('' for a word with none). */
  reading: string;
  /** The glosses the popup showed (the selected entry's), in order. */
  glosses: string[];
  /** The gloss the reader keeps for study (editable); the glosses joined by "; " at first. */
  meaning: string;
  /** The sentence the word was found in, and the word's span in it [start, end) (UTF-16 offsets). */
  sentence: { text: string; start: number; end: number };
  /** The page's title and URL. */
  source: { title: string; url: string };
  /** When it was saved: ISO 8601 (UTC), e.g. 2026-11-29T19:20:00.000Z. */
  savedAt: string;
}

/** A word counts once per lemma and reading: saving it again replaces the older one. */
export function savedWordKey(word: Pick<SavedWord, 'lemma' | 'reading'>): string {
  return `${word.lemma}\t${word.reading}`;
}

/**
 * Checks one stored or imported value.
 * @returns the word, or a reason it is not one (for the problems report).
 */
export function parseSavedWord(value: unknown): { word: SavedWord } | { problem: string } {
  if (typeof value !== 'object' || value === null) return { problem: 'not an object' };
  const v = value as Record<string, unknown>;
  const str = (x: unknown) => typeof x === 'string';
  if (!str(v.lemma) || (v.lemma as string).trim() === '') return { problem: 'no lemma' };
  const name = v.lemma as string;
  if (!str(v.reading)) return { problem: `${name}: no reading` };
  if (!Array.isArray(v.glosses) || !v.glosses.every(str)) return { problem: `${name}: glosses are not a list of text` };
  if (!str(v.meaning)) return { problem: `${name}: no meaning` };
  const s = v.sentence as Record<string, unknown> | null | undefined;
  if (typeof s !== 'object' || s === null || !str(s.text) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
    return { problem: `${name}: no sentence` };
  }
  const text = s.text as string;
  const start = s.start as number;
  const end = s.end as number;
  if (start < 0 || end < start || end > text.length) return { problem: `${name}: the word's place in the sentence is outside it` };
  const src = v.source as Record<string, unknown> | null | undefined;
  if (typeof src !== 'object' || src === null || !str(src.title) || !str(src.url)) return { problem: `${name}: no source` };
  if (!str(v.savedAt) || Number.isNaN(Date.parse(v.savedAt as string))) return { problem: `${name}: no valid date` };
  return {
    word: {
      lemma: name,
      reading: v.reading as string,
      glosses: [...(v.glosses as string[])],
      meaning: v.meaning as string,
      sentence: { text, start, end },
      source: { title: src.title as string, url: src.url as string },
      savedAt: new Date(v.savedAt as string).toISOString(),
    },
  };
}
