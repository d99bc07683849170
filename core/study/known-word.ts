import { hasJapanese } from '../text/kana';

/**
 * A word the reader knows: furigana is left off it everywhere. Identified by lemma and reading
 * (a reading of '' stands for "any reading": a word imported from a plain list of spellings).
 */
export interface KnownWord {
  lemma: string;
  /** Hiragana; '' when the reader gave only the spelling. */
  reading: string;
}

export function knownWordKey(word: KnownWord): string {
  return `${word.lemma}\t${word.reading}`;
}

export function parseKnownWord(value: unknown): { word: KnownWord } | { problem: string } {
  if (typeof value !== 'object' || value === null) return { problem: 'not an object' };
  const v = value as Record<string, unknown>;
  if (typeof v.lemma !== 'string' || v.lemma.trim() === '' || /[\t\n]/.test(v.lemma)) return { problem: 'no lemma' };
  if (typeof v.reading !== 'string' || /[\t\n]/.test(v.reading)) return { problem: `${v.lemma}: no reading` };
  return { word: { lemma: v.lemma.trim(), reading: v.reading.trim() } };
}

/** A plain list read: its words, and the lines left out because they hold no Japanese (as written, trimmed). */
export interface PlainWordList {
  words: KnownWord[];
  skipped: string[];
}

/**
 * Words from a plain list, one a line: "制裁" or "制裁 せいさい" / "制裁<TAB>せいさい" / "制裁【せいさい】".
 * Blank lines and lines starting with "#" are passed over; a line with no Japanese in its word
 * (a stray English note, a number) is no word to keep off furigana and is listed in `skipped`.
 * Duplicates count once.
 */
export function parsePlainWordList(text: string): PlainWordList {
  const words: KnownWord[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+?)(?:【([^】]*)】|[\s\t]+(\S+))?$/.exec(line);
    const word: KnownWord = m ? { lemma: m[1]!, reading: (m[2] ?? m[3] ?? '').trim() } : { lemma: line, reading: '' };
    if (!hasJapanese(word.lemma)) {
      skipped.push(line);
      continue;
    }
    const key = knownWordKey(word);
    if (!seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  return { words, skipped };
}
