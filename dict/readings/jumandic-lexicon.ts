/**
 * JumanDIC (the dictionary of the JUMAN analyser, University of Tokyo and Kyoto University,
 * BSD-3-Clause) as Debian's `mecab-jumandic` ships it (/usr/share/mecab/dic/juman/*.csv, the
 * 2013-03-10 source, UTF-8), read for the readings of written forms with a kanji: for the lexicon
 * builder (build-lexicon-words.ts).
 *
 * A line: surface, left id, right id, cost, part of speech, its subdivision, conjugation type,
 * conjugation form, base form, reading (hiragana), then semantic notes ("代表表記:…", "自動獲得:Wikipedia",
 * "読み不明" where the reading is not known: such entries are passed over).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasKanji, toHiragana } from '../../core/text/kana';

export const JUMANDIC_DIRECTORY = '/usr/share/mecab/dic/juman';

/** One JumanDIC entry of a written form. */
export interface JumandicEntry {
  /** JUMAN's part of speech and its subdivision (名詞, 地名). */
  pos: string;
  pos1: string;
  /** Reading of the written form (hiragana). */
  reading: string;
  /** The file the entry comes from, without .csv (ContentW, Wikipedia, Noun.koyuu…). */
  file: string;
  /**
   * For a Japanese municipality, its prefecture and kind from the note "地名:日本:P:K"
   * (大熊: 福島県, 町; 川崎: 神奈川県, 市 and 宮城県, 町 in two entries).
   */
  municipality?: { prefecture: string; kind: string };
}

/**
 * JumanDIC's entries by written form (forms with a kanji only, entries with a known reading only).
 * Throws if the directory holds no .csv file.
 */
export function readJumandic(directory = JUMANDIC_DIRECTORY): Map<string, JumandicEntry[]> {
  const files = readdirSync(directory).filter((f) => f.endsWith('.csv'));
  if (!files.length) throw new Error(`${directory}: no JumanDIC .csv files (apt install mecab-jumandic)`);
  const bySurface = new Map<string, JumandicEntry[]>();
  for (const name of files) {
    const file = name.slice(0, -4);
    for (const line of readFileSync(join(directory, name), 'utf8').split('\n')) {
      const f = line.split(',');
      const surface = f[0];
      if (!surface || f.length < 10 || !hasKanji(surface)) continue;
      if (line.includes('読み不明')) continue;
      const reading = toHiragana(f[9]!);
      if (!reading || hasKanji(reading)) continue;
      const entry: JumandicEntry = { pos: f[4]!, pos1: f[5]!, reading, file };
      const place = /地名:日本:([^: ,]+):([^: ,]+)/.exec(line);
      if (place) entry.municipality = { prefecture: place[1]!, kind: place[2]! };
      const list = bySurface.get(surface);
      if (list) list.push(entry);
      else bySurface.set(surface, [entry]);
    }
  }
  return bySurface;
}
