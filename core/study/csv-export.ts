/**
 * The word list as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break, quotes doubled), with a header row; plain text, no HTML. Opens
 * in spreadsheets; a UTF-8 byte-order mark is added by the page when it saves the file, not here.
 */
import type { SavedWord } from './saved-word';

export const CSV_COLUMNS = ['lemma', 'reading', 'meaning', 'glosses', 'sentence', 'title', 'url', 'saved'] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvExport(words: readonly SavedWord[]): string {
  const rows = [
    [...CSV_COLUMNS],
    ...words.map((w) => [w.lemma, w.reading, w.meaning, w.glosses.join('; '), w.sentence.text, w.source.title, w.source.url, w.savedAt]),
  ];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
