/**
 * The reading a glossary list or card shows beside a form. The glossary stores a reading in
 * hiragana covering the whole form (ミサイル防衛システム → みさいるぼうえいしすてむ); shown as
 * it is, the katakana of the form reads as hiragana, which no Japanese text does. So:
 * - a form without kanji (katakana, hiragana, Latin) shows no reading: it says how it is read;
 * - in a form mixing kana and kanji, the kana keep their script and only the kanji's reading is
 *   spelled out (ミサイル防衛システム → ミサイルぼうえいシステム).
 * Marks between words that the stored reading leaves out (ロシア・ジョージア戦争,
 * ろしあじょーじあせんそう) are shown as the form writes them. Otherwise the result has the
 * stored reading's length, code unit for code unit, so offsets into the stored reading (a search
 * match) hold in it; callers mark a span only when the lengths agree.
 */
import { hasKanji, isKanaCode, isKanjiCodePoint, toHiragana } from '../text/kana';

interface Run {
  text: string;
  kana: boolean;
}

/** Marks between words (・, spaces, ＝): a reading may spell them or leave them out. */
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/** The form cut into runs of kana (kept as written) and of everything else (kanji, Latin, digits). */
function runsOf(form: string): Run[] {
  const runs: Run[] = [];
  for (const ch of form) {
    const cp = ch.codePointAt(0)!;
    // ヶ and ヵ count as kanji (一ヶ月): they are read as part of the kanji around them.
    const kana = isKanaCode(ch.charCodeAt(0)) && !isKanjiCodePoint(cp);
    const last = runs.at(-1);
    if (last && last.kana === kana) last.text += ch;
    else runs.push({ text: ch, kana });
  }
  return runs;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The reading to show for `form`, given its stored hiragana `reading`: undefined when the form
 * has no kanji or no reading is stored; the reading with the form's own kana put back where
 * the two align; the stored reading unchanged when they do not align (a data slip elsewhere).
 */
export function displayReading(form: string, reading: string | undefined): string | undefined {
  if (!reading || !hasKanji(form)) return undefined;
  const runs = runsOf(form);
  if (!runs.some((r) => r.kana)) return reading;
  const pattern = runs.map((r) => {
    if (r.kana) return `(${escapeRegExp(toHiragana(r.text))})`;
    return PUNCTUATION.test(r.text) ? '(.*?)' : '(.+?)';
  });
  const aligned = new RegExp(`^${pattern.join('')}$`, 'u').exec(reading);
  if (!aligned) return reading;
  return runs
    .map((run, i) => {
      const part = aligned[i + 1]!;
      // Kana as the form writes them; a mark the reading left out, as the form writes it too.
      if (run.kana && run.text.length === part.length) return run.text;
      if (PUNCTUATION.test(run.text)) return run.text;
      return part;
    })
    .join('');
}
