/**
 * The page's own reading of a word (its <ruby>), put first: the popup shows the reading the
 * page gives and the entries that agree with it before the others. Pure: the content script
 * applies it to the engine's answer, so no request is made for it.
 */
import { isAllKana, toHiragana } from '../text/kana';
import type { WordInfo } from './word-info';
import { romajiOf } from './word-at-point';

/**
 * `info` with the page's reading: `reading` is the page's reading of the word's whole span (ruby
 * bases and the kana between them; '' when the page gives none for all of it), `lead` its reading
 * of the word's first ruby base when the word starts with one ('' otherwise). Entries with a
 * reading that starts with `lead` (the kanji's reading before the okurigana: 行|おこな → おこなう)
 * come first, in their order; the shown reading becomes the page's when it covers the word.
 */
export function withPageReading(info: WordInfo, reading: string, lead: string): WordInfo {
  const leadKana = toHiragana(lead);
  let out = info;
  if (leadKana) {
    const agrees = (readings: string[]) => readings.some((r) => toHiragana(r).startsWith(leadKana));
    const first = info.entries.filter((e) => agrees(e.readings));
    if (first.length > 0 && first.length < info.entries.length)
      out = { ...out, entries: [...first, ...info.entries.filter((e) => !first.includes(e))] };
    if (out.dictionaryForm?.reading && !toHiragana(out.dictionaryForm.reading).startsWith(leadKana)) {
      const entry = first[0];
      const formReading = entry?.readings.find((r) => toHiragana(r).startsWith(leadKana));
      if (formReading && entry!.headwords.includes(out.dictionaryForm.text))
        out = { ...out, dictionaryForm: { ...out.dictionaryForm, reading: toHiragana(formReading) } };
    }
  }
  const kana = toHiragana(reading);
  // Only a reading of the whole word replaces the shown one: a ruby over 記者 in 記者会見 gives
  // きしゃ会見, which is no reading (its lead still orders the entries above).
  if (kana && isAllKana(kana) && kana !== info.reading) {
    const alternatives = [info.reading, ...(info.readingAlternatives ?? [])].filter((r) => r && r !== kana);
    out = { ...out, reading: kana, romaji: romajiOf(kana) };
    if (alternatives.length > 0) out.readingAlternatives = alternatives;
  }
  return out;
}
