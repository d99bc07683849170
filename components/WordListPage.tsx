/**
 * The word list page (wordlist.html): the words saved from the hover popup, searchable and
 * sortable by date or word, each with its sentence (word marked) and source; the chosen gloss
 * editable; delete; export for Anki, as CSV and JSON; JSON import (merged). Below, the known
 * words: import from a plain list, "I know all of these" from the word list, remove one.
 * Page text is rendered as text by Preact (never as HTML).
 */
import { useMemo, useState } from 'preact/hooks';
import type { KnownWord } from '../core/study/known-word';
import { knownWordKey, parsePlainWordList } from '../core/study/known-word';
import { savedWordKey, type SavedWord } from '../core/study/saved-word';
import { viewWordList, type WordListSort } from '../core/study/word-list-view';
import { ankiExport } from '../core/study/anki-export';
import { csvExport } from '../core/study/csv-export';
import { jsonExport } from '../core/study/json-export';

export interface WordListActions {
  update: (change: (words: SavedWord[]) => SavedWord[]) => Promise<void>;
  importJson: (text: string) => Promise<{ added: number; updated: number; problems: string[] }>;
  addKnown: (words: KnownWord[]) => Promise<void>;
  removeKnown: (word: KnownWord) => Promise<void>;
}

export interface WordListPageProps {
  /** undefined while loading. */
  words: SavedWord[] | undefined;
  known: KnownWord[];
  /** Entries of the stored list that could not be read. */
  problems: string[];
  actions: WordListActions;
}

/** Offers `text` as a download named `name` (a Blob URL of our own page; nothing leaves the machine). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function WordListPage({ words, known, problems, actions }: WordListPageProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<WordListSort>('date');
  const [status, setStatus] = useState('');
  const [plainList, setPlainList] = useState('');
  const shown = useMemo(() => (words ? viewWordList(words, query, sort) : []), [words, query, sort]);
  const say = (text: string) => setStatus(text);
  const stamp = new Date().toISOString().slice(0, 10);

  async function importFile(file: File | undefined) {
    if (!file) return;
    const result = await actions.importJson(await file.text());
    say(
      `Imported: ${result.added} new, ${result.updated} updated.${result.problems.length ? ` Skipped: ${result.problems.join('; ')}` : ''}`,
    );
  }

  return (
    <main class="yomu-wordlist">
      <h1>Word list</h1>
      {problems.length ? (
        <div class="yomu-problems" role="alert">
          <p>Some saved words could not be read and were skipped:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="yomu-wordlist-tools">
        <input
          type="search"
          placeholder="Search words, readings, meanings…"
          aria-label="Search the word list"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <label>
          Sort{' '}
          <select value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as WordListSort)}>
            <option value="date">newest first</option>
            <option value="word">by word (reading)</option>
          </select>
        </label>
      </div>
      <div class="yomu-wordlist-tools">
        <button
          type="button"
          class="yomu-button"
          data-export="anki"
          disabled={!words?.length}
          onClick={() => download(`yomu-anki-${stamp}.txt`, 'text/plain;charset=utf-8', ankiExport(words ?? []))}
        >
          Export for Anki
        </button>
        <button
          type="button"
          class="yomu-button"
          data-export="csv"
          disabled={!words?.length}
          onClick={() => download(`yomu-words-${stamp}.csv`, 'text/csv;charset=utf-8', `\ufeff${csvExport(words ?? [])}`)}
        >
          Export CSV
        </button>
        <button
          type="button"
          class="yomu-button"
          data-export="json"
          disabled={!words?.length}
          onClick={() => download(`yomu-words-${stamp}.json`, 'application/json', jsonExport(words ?? []))}
        >
          Export JSON
        </button>
        <label class="yomu-button">
          Import JSON…{' '}
          <input
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
        <button
          type="button"
          class="yomu-button"
          disabled={!words?.length}
          onClick={() =>
            void actions
              .addKnown((words ?? []).map((w) => ({ lemma: w.lemma, reading: w.reading })))
              .then(() => say(`${words?.length ?? 0} words marked known.`))
          }
        >
          I know all of these
        </button>
      </div>
      <p class="yomu-status" role="status">
        {status}
      </p>
      {words === undefined ? (
        <p>Loading…</p>
      ) : words.length === 0 ? (
        <p class="yomu-muted">No saved words yet. Hover a word on a Japanese page and press S (or the Save button) to keep it here.</p>
      ) : (
        <table class="yomu-words">
          <caption class="yomu-muted" style="text-align:left">
            {shown.length} of {words.length} words
          </caption>
          <thead>
            <tr>
              <th>Word</th>
              <th>Meaning (editable)</th>
              <th>Found in</th>
              <th>
                <span class="yomu-visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => (
              <WordRow key={savedWordKey(w)} word={w} actions={actions} />
            ))}
          </tbody>
        </table>
      )}

      <h2>Known words</h2>
      <p class="yomu-muted">Furigana is not shown over these words on any page.</p>
      {known.length ? (
        <ul class="yomu-known-list" aria-label="Known words">
          {known.map((k) => (
            <li key={knownWordKey(k)} lang="ja">
              {k.lemma}
              {k.reading ? <span class="yomu-muted">{k.reading}</span> : null}
              <button type="button" aria-label={`Forget ${k.lemma}`} onClick={() => void actions.removeKnown(k)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="yomu-muted">None yet: press M in the hover popup, or import a list.</p>
      )}
      <div class="yomu-known-import">
        <label for="yomu-plain-list">Import known words, one a line (a reading after a space is optional):</label>
        <textarea id="yomu-plain-list" lang="ja" value={plainList} onInput={(e) => setPlainList((e.target as HTMLTextAreaElement).value)} />
        <button
          type="button"
          class="yomu-button"
          disabled={!plainList.trim()}
          onClick={() => {
            const list = parsePlainWordList(plainList);
            void actions.addKnown(list).then(() => {
              say(`${list.length} known words added.`);
              setPlainList('');
            });
          }}
        >
          Add to known words
        </button>
      </div>
    </main>
  );
}

function WordRow({ word, actions }: { word: SavedWord; actions: WordListActions }) {
  const key = savedWordKey(word);
  const { text, start, end } = word.sentence;
  return (
    <tr data-word={word.lemma}>
      <td>
        <div class="yomu-word-lemma" lang="ja">
          {word.lemma}
        </div>
        <div class="yomu-word-reading" lang="ja">
          {word.reading}
        </div>
      </td>
      <td class="yomu-word-meaning">
        <input
          type="text"
          aria-label={`Meaning of ${word.lemma}`}
          value={word.meaning}
          list={`glosses-${key}`}
          onChange={(e) => {
            const meaning = (e.target as HTMLInputElement).value;
            void actions.update((all) => all.map((w) => (savedWordKey(w) === key ? { ...w, meaning } : w)));
          }}
        />
        <datalist id={`glosses-${key}`}>
          {word.glosses.map((g, i) => (
            <option key={i} value={g} />
          ))}
        </datalist>
      </td>
      <td>
        <div class="yomu-word-sentence" lang="ja">
          {text.slice(0, start)}
          <mark>{text.slice(start, end)}</mark>
          {text.slice(end)}
        </div>
        <div class="yomu-word-source">
          {word.source.url ? (
            <a href={word.source.url} target="_blank" rel="noopener noreferrer">
              {word.source.title || word.source.url}
            </a>
          ) : (
            word.source.title
          )}{' '}
          · {word.savedAt.slice(0, 10)}
        </div>
      </td>
      <td>
        <button
          type="button"
          class="yomu-button"
          aria-label={`Delete ${word.lemma}`}
          onClick={() => void actions.update((all) => all.filter((w) => savedWordKey(w) !== key))}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
