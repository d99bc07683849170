/**
 * The word list page (wordlist.html): the words saved from the hover popup, searchable and
 * sortable by date or word, shown a page of rows at a time (thousands of words stay quick: only
 * PAGE_SIZE rows are ever drawn), each with its sentence (word marked) and source; the kept
 * meaning editable in a growing text field; delete; export for Anki, as CSV and JSON; JSON import
 * (merged). Below, the known words: import from a plain list, "I know all of these" from the word
 * list, remove one. A list written by a newer Yomu is shown read-only, and said so; stored lists
 * Yomu kept aside because part of them could not be read are offered for download.
 * Page text is rendered as text by Preact (never as HTML).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnownWord } from '../core/study/known-word';
import { knownWordKey, parsePlainWordList } from '../core/study/known-word';
import { savedWordKey, type SavedWord } from '../core/study/saved-word';
import { countOfWords, viewWordList, type WordListSort } from '../core/study/word-list-view';
import { ankiExport } from '../core/study/anki-export';
import { csvExport } from '../core/study/csv-export';
import { jsonExport } from '../core/study/json-export';

/** Rows drawn at once; the rest are a click (or a key) away. */
export const PAGE_SIZE = 50;
/** Known words drawn at once. */
export const KNOWN_PAGE_SIZE = 300;

export interface WordListActions {
  update: (change: (words: SavedWord[]) => SavedWord[]) => Promise<void>;
  /** Merges a JSON file: a word list (any version), or a known-words list. */
  importJson: (text: string) => Promise<{ added: number; updated: number; problems: string[]; known?: boolean }>;
  /** Marks words known; resolves to how many of them were not known before. */
  addKnown: (words: KnownWord[]) => Promise<number>;
  removeKnown: (word: KnownWord) => Promise<void>;
}

/** A stored value Yomu kept aside (local:unreadableLists) before writing a list over it. */
export interface KeptAside {
  list: string;
  at: string;
  value: unknown;
}

export interface WordListPageProps {
  /** undefined while loading. */
  words: SavedWord[] | undefined;
  known: KnownWord[];
  /** Entries of the stored word list that could not be read. */
  problems: string[];
  /** Entries of the stored known words that could not be read. */
  knownProblems?: string[];
  /** Why the word list / the known words cannot be changed (a newer Yomu wrote them). */
  readOnly?: { words?: string; known?: string };
  keptAside?: KeptAside[];
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

/** What the reader is told after marking `asked` words known, `added` of them new: "2 known words added; 1 was already known." */
function knownAddedText(added: number, asked: number, done: (n: number) => string): string {
  const already = asked - added;
  return `${done(added)}${already > 0 ? `; ${already} ${already === 1 ? 'was' : 'were'} already known` : ''}.`;
}

/** What the reader is told of the lines of a plain list that held no Japanese: how many, and the first few. */
function skippedLinesText(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 3).map((line) => `“${line.length > 20 ? `${line.slice(0, 20)}…` : line}”`);
  const more = skipped.length > shown.length ? ` and ${skipped.length - shown.length} more` : '';
  return ` ${skipped.length} ${skipped.length === 1 ? 'line was' : 'lines were'} skipped, with no Japanese in ${skipped.length === 1 ? 'it' : 'them'}: ${shown.join(', ')}${more}.`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function Problems({ title, problems }: { title: string; problems: readonly string[] }) {
  if (!problems.length) return null;
  return (
    <div class="yomu-problems" role="alert">
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

function ReadOnlyNotice({ text, what }: { text: string | undefined; what: string }) {
  if (!text) return null;
  return (
    <div class="yomu-problems yomu-read-only" role="alert" data-read-only={what}>
      <p>
        <strong>Read-only.</strong> {text}
      </p>
    </div>
  );
}

/** "Showing 51–100 of 3,000" with Previous / Next; nothing when everything fits on one page. */
function Pager({
  page,
  pages,
  total,
  size,
  onPage,
  label,
}: {
  page: number;
  pages: number;
  total: number;
  size: number;
  onPage: (p: number) => void;
  label: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav class="yomu-pager" aria-label={label}>
      <button type="button" class="yomu-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        ← Previous
      </button>
      <span>
        {(page * size + 1).toLocaleString('en')}–{Math.min(total, (page + 1) * size).toLocaleString('en')} of {total.toLocaleString('en')}
      </span>
      <button type="button" class="yomu-button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next →
      </button>
    </nav>
  );
}

export function WordListPage({ words, known, problems, knownProblems = [], readOnly = {}, keptAside = [], actions }: WordListPageProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<WordListSort>('date');
  const [page, setPage] = useState(0);
  const [knownPage, setKnownPage] = useState(0);
  const [status, setStatus] = useState('');
  const [plainList, setPlainList] = useState('');
  const shown = useMemo(() => (words ? viewWordList(words, query, sort) : []), [words, query, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const knownPages = Math.max(1, Math.ceil(known.length / KNOWN_PAGE_SIZE));
  const knownCurrent = Math.min(knownPage, knownPages - 1);
  const say = (text: string) => setStatus(text);
  const stamp = new Date().toISOString().slice(0, 10);
  const wordsLocked = readOnly.words !== undefined;
  const knownLocked = readOnly.known !== undefined;
  /** Runs a change; says plainly when it was not stored. */
  const attempt = (change: Promise<unknown>, done?: string) =>
    void change.then(
      () => done !== undefined && say(done),
      (err: unknown) => say(`Not changed: ${errorText(err)}`),
    );
  const rowActions = useMemo(
    () => ({
      edit: (key: string, meaning: string) =>
        attempt(actions.update((all) => all.map((w) => (savedWordKey(w) === key ? { ...w, meaning } : w)))),
      remove: (key: string, lemma: string) =>
        attempt(
          actions.update((all) => all.filter((w) => savedWordKey(w) !== key)),
          `Deleted ${lemma}.`,
        ),
    }),
    [actions],
  );

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await actions.importJson(await file.text());
      say(
        `Imported${result.known ? ' known words' : ''}: ${result.added} new${result.known ? '' : `, ${result.updated} updated`}.${result.problems.length ? ` Skipped: ${result.problems.join('; ')}` : ''}`,
      );
    } catch (err) {
      say(`Not imported: ${errorText(err)}`);
    }
  }

  return (
    <main class="yomu-wordlist">
      <h1>Word list</h1>
      <ReadOnlyNotice text={readOnly.words} what="words" />
      <Problems title="Some saved words could not be read and were skipped:" problems={problems} />
      <KeptAsideOffer kept={keptAside} />
      <div class="yomu-wordlist-tools">
        <input
          type="search"
          placeholder="Search words, readings, meanings…"
          aria-label="Search the word list"
          value={query}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setPage(0);
          }}
        />
        <label>
          Sort{' '}
          <select
            value={sort}
            onChange={(e) => {
              setSort((e.target as HTMLSelectElement).value as WordListSort);
              setPage(0);
            }}
          >
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
        <label class="yomu-button" aria-disabled={wordsLocked && knownLocked ? 'true' : undefined}>
          Import JSON…{' '}
          <input
            type="file"
            accept=".json,application/json"
            hidden
            disabled={wordsLocked && knownLocked}
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
        </label>
        <button
          type="button"
          class="yomu-button"
          disabled={!words?.length || knownLocked}
          onClick={() =>
            void actions.addKnown((words ?? []).map((w) => ({ lemma: w.lemma, reading: w.reading }))).then(
              (added) => say(knownAddedText(added, words?.length ?? 0, (n) => `${n} ${n === 1 ? 'word' : 'words'} marked known`)),
              (err: unknown) => say(`Not changed: ${errorText(err)}`),
            )
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
        <>
          <table class="yomu-words">
            <caption class="yomu-muted">
              {shown.length === words.length
                ? countOfWords(words.length)
                : `${shown.length.toLocaleString('en')} of ${countOfWords(words.length)}`}
            </caption>
            <colgroup>
              <col class="yomu-col-word" />
              <col class="yomu-col-meaning" />
              <col class="yomu-col-found" />
              <col class="yomu-col-delete" />
            </colgroup>
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
              {rows.map((w) => (
                <WordRow key={savedWordKey(w)} word={w} locked={wordsLocked} actions={rowActions} />
              ))}
            </tbody>
          </table>
          <Pager page={current} pages={pages} total={shown.length} size={PAGE_SIZE} onPage={setPage} label="Pages of the word list" />
        </>
      )}

      <h2>Known words</h2>
      <p class="yomu-muted">Furigana is not shown over these words on any page.</p>
      <ReadOnlyNotice text={readOnly.known} what="known" />
      <Problems title="Some known words could not be read and were skipped:" problems={knownProblems} />
      {known.length ? (
        <>
          <ul class="yomu-known-list" aria-label="Known words">
            {known.slice(knownCurrent * KNOWN_PAGE_SIZE, (knownCurrent + 1) * KNOWN_PAGE_SIZE).map((k) => (
              <li key={knownWordKey(k)} lang="ja">
                {k.lemma}
                {k.reading ? <span class="yomu-muted">{k.reading}</span> : null}
                <button
                  type="button"
                  aria-label={`Forget ${k.lemma}`}
                  disabled={knownLocked}
                  onClick={() => attempt(actions.removeKnown(k))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <Pager
            page={knownCurrent}
            pages={knownPages}
            total={known.length}
            size={KNOWN_PAGE_SIZE}
            onPage={setKnownPage}
            label="Pages of the known words"
          />
        </>
      ) : (
        <p class="yomu-muted">None yet: press M in the hover popup, or import a list.</p>
      )}
      <div class="yomu-known-import">
        <label for="yomu-plain-list">Import known words, one a line (a reading after a space is optional):</label>
        <textarea
          id="yomu-plain-list"
          lang="ja"
          value={plainList}
          disabled={knownLocked}
          onInput={(e) => setPlainList((e.target as HTMLTextAreaElement).value)}
        />
        <button
          type="button"
          class="yomu-button"
          disabled={!plainList.trim() || knownLocked}
          onClick={() => {
            const { words: list, skipped } = parsePlainWordList(plainList);
            const skippedText = skippedLinesText(skipped);
            if (list.length === 0) {
              say(`Nothing added: no word in Japanese.${skippedText}`);
              return;
            }
            void actions.addKnown(list).then(
              (added) => {
                say(knownAddedText(added, list.length, (n) => `${n} known ${n === 1 ? 'word' : 'words'} added`) + skippedText);
                setPlainList('');
              },
              (err: unknown) => say(`Not changed: ${errorText(err)}`),
            );
          }}
        >
          Add to known words
        </button>
      </div>
    </main>
  );
}

/**
 * The stored lists Yomu kept aside because part of them could not be read: each can be downloaded
 * as JSON, looked at or mended, and brought back with Import JSON (what is readable is merged).
 */
function KeptAsideOffer({ kept }: { kept: readonly KeptAside[] }) {
  if (!kept.length) return null;
  const name = (k: KeptAside) => (k.list === 'knownWords' ? 'known words' : k.list === 'wordList' ? 'word list' : 'a list');
  return (
    <section class="yomu-problems yomu-kept" aria-label="Lists kept aside" data-kept-aside="">
      <p>
        Yomu found parts of your stored lists it could not read, and kept each stored list whole before writing over it. Download one to
        look at it or mend it; <strong>Import JSON</strong> brings back what is readable in it.
      </p>
      <ul>
        {kept.map((k, i) => (
          <li key={i}>
            <button
              type="button"
              class="yomu-button"
              data-kept-index={i}
              onClick={() =>
                download(
                  `yomu-kept-${k.list === 'knownWords' ? 'known-words' : 'word-list'}-${(k.at || 'undated').slice(0, 19).replace(/[:T]/g, '-')}.json`,
                  'application/json',
                  `${JSON.stringify(k.value, null, 2)}\n`,
                )
              }
            >
              Download the {name(k)} kept {k.at ? `on ${k.at.slice(0, 16).replace('T', ' ')} UTC` : ''} (JSON)
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A text field that grows with its text (CSS field-sizing where the browser has it; its scroll height elsewhere). */
function GrowingText({
  value,
  label,
  disabled,
  onCommit,
}: {
  value: string;
  label: string;
  disabled: boolean;
  onCommit: (text: string) => void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = ref.current;
    if (!el || CSS.supports('field-sizing', 'content')) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  };
  useLayoutEffect(fit, [value]);
  return (
    <textarea
      ref={ref}
      rows={2}
      aria-label={label}
      value={value}
      readOnly={disabled}
      onInput={fit}
      onChange={(e) => {
        const text = (e.target as HTMLTextAreaElement).value;
        if (text !== value) onCommit(text);
      }}
    />
  );
}

function WordRow({
  word,
  locked,
  actions,
}: {
  word: SavedWord;
  locked: boolean;
  actions: { edit: (key: string, meaning: string) => void; remove: (key: string, lemma: string) => void };
}) {
  const key = savedWordKey(word);
  const { text, start, end } = word.sentence;
  const [meaning, setMeaning] = useState(word.meaning);
  useEffect(() => setMeaning(word.meaning), [word.meaning]);
  const source = word.source.title || word.source.url;
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
        <GrowingText
          value={meaning}
          label={`Meaning of ${word.lemma}`}
          disabled={locked}
          onCommit={(m) => {
            setMeaning(m);
            actions.edit(key, m);
          }}
        />
        {word.glosses.length > 1 && !locked ? (
          <select
            aria-label={`Choose a meaning of ${word.lemma} from its glosses`}
            value=""
            onChange={(e) => {
              const gloss = (e.target as HTMLSelectElement).value;
              if (!gloss) return;
              setMeaning(gloss);
              actions.edit(key, gloss);
            }}
          >
            <option value="">Use one gloss…</option>
            {word.glosses.map((g, i) => (
              <option key={i} value={g}>
                {g}
              </option>
            ))}
          </select>
        ) : null}
      </td>
      <td>
        <div class="yomu-word-sentence" lang="ja">
          {text.slice(0, start)}
          <mark>{text.slice(start, end)}</mark>
          {text.slice(end)}
        </div>
        <div class="yomu-word-source">
          {word.source.url ? (
            <a href={word.source.url} target="_blank" rel="noopener noreferrer" title={source}>
              {source}
            </a>
          ) : (
            <span title={source}>{source}</span>
          )}
          <span class="yomu-word-date"> · {word.savedAt.slice(0, 10)}</span>
        </div>
      </td>
      <td>
        <button
          type="button"
          class="yomu-button"
          aria-label={`Delete ${word.lemma}`}
          disabled={locked}
          title={locked ? 'The word list is read-only: it was saved by a newer Yomu.' : undefined}
          onClick={() => actions.remove(key, word.lemma)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
