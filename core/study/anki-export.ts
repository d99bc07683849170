/**
 * The word list as a file for Anki's text import (Anki 2.1.55+, "File Headers" in the Anki
 * manual, importing/text-files): UTF-8, one note a line, fields separated by tabs, preceded by
 * header lines that preset the separator, HTML, the column names, the deck and the tags column:
 *
 *     #separator:tab
 *     #html:true
 *     #deck:Yomu
 *     #tags column:7
 *     #columns:Expression<TAB>Reading<TAB>Furigana<TAB>Meaning<TAB>Sentence<TAB>Source<TAB>Tags
 *
 * Fields are HTML (html:true): text is escaped (& < > "), the word is bold in its sentence, the
 * source is a link with the page title. Tabs and line breaks inside a value become spaces, so
 * one line is always one note.
 */
import { ankiFurigana } from './anki-furigana';
import type { SavedWord } from './saved-word';

export const ANKI_COLUMNS = ['Expression', 'Reading', 'Furigana', 'Meaning', 'Sentence', 'Source', 'Tags'] as const;

export interface AnkiExportOptions {
  /** The deck Anki preselects (created there if missing): "Yomu" by default. */
  deck?: string;
  /** Tags given to every note, besides none: "yomu" by default (spaces separate tags). */
  tags?: string;
}

/** Escapes text for an HTML field, and flattens tabs and line breaks. */
export function htmlField(text: string): string {
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A header value: one line, no tab. */
function headerValue(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** One note's fields, in ANKI_COLUMNS order. */
export function ankiFields(word: SavedWord, tags: string): string[] {
  const { text, start, end } = word.sentence;
  const sentence = `${htmlField(text.slice(0, start))}<b>${htmlField(text.slice(start, end))}</b>${htmlField(text.slice(end))}`;
  const source = word.source.url
    ? `<a href="${htmlField(word.source.url)}">${htmlField(word.source.title || word.source.url)}</a>`
    : htmlField(word.source.title);
  return [
    htmlField(word.lemma),
    htmlField(word.reading),
    htmlField(ankiFurigana(word.lemma, word.reading)),
    htmlField(word.meaning),
    sentence,
    source,
    headerValue(tags),
  ];
}

/** The whole file's text (ends with a newline). */
export function ankiExport(words: readonly SavedWord[], options: AnkiExportOptions = {}): string {
  const tags = options.tags ?? 'yomu';
  const lines = [
    '#separator:tab',
    '#html:true',
    `#deck:${headerValue(options.deck ?? 'Yomu')}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    ...words.map((w) => ankiFields(w, tags).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}
