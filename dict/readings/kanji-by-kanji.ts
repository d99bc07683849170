/**
 * Whether a reading can be read kanji by kanji out of KANJIDIC2 (the project's
 * dict/kanji/kanji.tsv.gz, EDRDG, CC BY-SA 3.0): a check on readings from sources that carry
 * garbled ones. JumanDIC's entries taken from Wikipedia hold some: two readings joined by または
 * ("or": 信長公記 しんちょうこうきまたはのぶながこうき), a title read before the name (清元梅吉
 * よんせいきよもとうめきち, "the fourth"), or a transcription of another language (私花集
 * あんそろじぃ). A reading passes when it splits into one part per kanji, each part one of that
 * kanji's on'yomi, kun'yomi (without okurigana) or name readings (nanori), as is or with its first
 * kana voiced (sequential voicing: 川 がわ) or its last small っ for a final く, つ, ち or き
 * (gemination: 北海 ほっかい); 々 repeats the kanji before it, voiced or not; ヶ and ケ read が, か
 * or こ. Readings that go against this (jukujikun, 今日 きょう) are rare among the names it checks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isVoicingOf, toHiragana } from '../../core/text/kana';

const KANJI_FILE = fileURLToPath(new URL('../kanji/kanji.tsv.gz', import.meta.url));

/** Each kanji's readings in hiragana (on, kun stems, nanori), from the kanji file's columns 3–5. */
export function readKanjiReadings(file = KANJI_FILE): Map<string, Set<string>> {
  const readings = new Map<string, Set<string>>();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [literal, , on = '', kun = '', nanori = ''] = line.split('\t');
    const set = new Set<string>();
    for (const r of [...on.split(','), ...kun.split(','), ...nanori.split(',')]) {
      const stem = toHiragana(r.split('.')[0]!.replace(/-/g, ''));
      if (stem) set.add(stem);
    }
    if (literal && set.size) readings.set(literal, set);
  }
  return readings;
}

const GEMINATED = new Set(['く', 'つ', 'ち', 'き']);

/** The forms a kanji's reading takes in a compound: as is, first kana voiced, last kana geminated. */
function forms(reading: string): string[] {
  const out = [reading];
  const first = reading[0]!;
  for (const voiced of 'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ')
    if (isVoicingOf(first, voiced)) out.push(voiced + reading.slice(1));
  if (reading.length > 1 && GEMINATED.has(reading[reading.length - 1]!)) out.push(reading.slice(0, -1) + 'っ');
  return out;
}

/** Whether `reading` (hiragana) reads `form` (kanji only) kanji by kanji: see the module's note. */
export function readsKanjiByKanji(form: string, reading: string, readings: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const chars = [...form];
  const options = chars.map((c, i) => {
    if (c === 'ヶ' || c === 'ケ') return ['が', 'か', 'こ'];
    const own = c === '々' && i > 0 ? readings.get(chars[i - 1]!) : readings.get(c);
    return own ? [...own].flatMap(forms) : [];
  });
  // reach[k]: the reading's first k kana are read by the kanji so far.
  let reach = new Set([0]);
  for (const choices of options) {
    const next = new Set<number>();
    for (const at of reach) for (const r of choices) if (reading.startsWith(r, at)) next.add(at + r.length);
    if (!next.size) return false;
    reach = next;
  }
  return reach.has(reading.length);
}
