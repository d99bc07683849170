/**
 * The page's own reading of a word (its <ruby>), put first: the popup shows the reading the
 * page gives and the entries that agree with it before the others. Pure: the content script
 * applies it to the engine's answer, so no request is made for it.
 */
import { isAllKana, toHiragana } from '../text/kana';
import type { WordInfo } from './word-info';
import { romajiOf } from './word-at-point';
import { rankByPageReading } from './page-reading-ranks';

/**
 * `info` with the page's reading: `reading` is the page's reading of the word's whole span (ruby
 * bases and the kana between them; '' when the page gives none for all of it), `lead` its reading
 * of the word's first ruby base when the word starts with one ('' otherwise). The entries are
 * ranked by the page's readings (the rows of `page-reading-ranks.ts`: the whole word's reading,
 * the dictionary form's as the page reads its stem, the first base's); the shown reading becomes
 * the page's when it covers the word.
 */
export function withPageReading(info: WordInfo, reading: string, lead: string): WordInfo {
  const leadKana = toHiragana(lead);
  const kana = toHiragana(reading);
  const word = kana && isAllKana(kana) ? kana : '';
  const page = { word, 'dictionary-form': dictionaryFormReading(info, word), lead: leadKana };
  let out = info;
  const ranked = rankByPageReading(info.entries, (e) => e.readings.map(toHiragana), page);
  if (ranked !== info.entries) out = { ...out, entries: [...ranked] };
  if (leadKana && out.dictionaryForm?.reading && !toHiragana(out.dictionaryForm.reading).startsWith(leadKana)) {
    const entry = out.entries.find((e) => e.readings.some((r) => toHiragana(r).startsWith(leadKana)));
    const formReading = entry?.readings.find((r) => toHiragana(r).startsWith(leadKana));
    if (formReading && entry!.headwords.includes(out.dictionaryForm.text))
      out = { ...out, dictionaryForm: { ...out.dictionaryForm, reading: toHiragana(formReading) } };
  }
  // Only a reading of the whole word replaces the shown one: a ruby over 記者 in 記者会見 gives
  // きしゃ会見, which is no reading (its lead still orders the entries above).
  if (kana && isAllKana(kana) && kana !== info.reading) {
    const alternatives = [info.reading, ...(info.readingAlternatives ?? [])].filter((r) => r && r !== kana);
    out = { ...out, reading: kana, romaji: romajiOf(kana) };
    if (alternatives.length > 0) out.readingAlternatives = alternatives;
  }
  return out;
}

/**
 * The page's reading of the word's dictionary form: the page's reading of the word (`word`,
 * hiragana) less the kana the word ends in after the part it shares with its dictionary form,
 * then the form's own ending (行って read おこなって, 行う → おこな + う). '' when the word has no
 * other dictionary form, the page gives no reading of the word, or the ending is not kana.
 */
function dictionaryFormReading(info: WordInfo, word: string): string {
  const form = info.dictionaryForm?.text;
  if (!form || !word || form === info.surface) return '';
  let shared = 0;
  while (shared < form.length && shared < info.surface.length && form[shared] === info.surface[shared]) shared++;
  const wordTail = toHiragana(info.surface.slice(shared));
  const formTail = toHiragana(form.slice(shared));
  if (shared === 0 || !isAllKana(wordTail + formTail) || !word.endsWith(wordTail)) return '';
  return word.slice(0, word.length - wordTail.length) + formTail;
}
