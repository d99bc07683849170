import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { WordListPage, type WordListActions } from '../../components/WordListPage';
import { usePageTheme } from '../../components/page-theme';
import type { Theme } from '../../core/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import type { KnownWord } from '../../core/study/known-word';
import { parseSavedWord, savedWordKey, type SavedWord } from '../../core/study/saved-word';
import { wordChanges } from '../../core/study/stored-word-list';
import { mergeJsonImport } from '../../core/study/json-export';
import { newerListMessage, readKnownWords, type ReadList } from '../../core/study/word-list-schema';
import {
  addKnownWords,
  changeWords,
  loadKeptLists,
  loadKnownWords,
  loadWordList,
  removeKnownWord,
  updateWordList,
  watchKeptLists,
  watchKnownWords,
  watchWordList,
  type KeptList,
} from '../../utils/study-store';
import '../../components/yomu-pages.css';
import '../../components/word-list-page.css';

/** Whether a parsed JSON file is a known-words list (`{ version, known: [...] }`) rather than a word list. */
function isKnownWordsFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as { known?: unknown }).known);
}

/** A word as storage gives it back (the fields in their stored order), to tell whether a change has landed. */
function storedForm(word: SavedWord | null): string {
  if (!word) return 'removed';
  const parsed = parseSavedWord(word);
  return 'word' in parsed ? JSON.stringify(parsed.word) : 'unreadable';
}

/** The stored words with this page's changes not yet seen stored laid over them (null: removed). */
function overlay(stored: readonly SavedWord[], pending: ReadonlyMap<string, SavedWord | null>): SavedWord[] {
  if (pending.size === 0) return [...stored];
  const byKey = new Map(stored.map((w) => [savedWordKey(w), w]));
  for (const [key, word] of pending) {
    if (word) byKey.set(key, word);
    else byKey.delete(key);
  }
  return [...byKey.values()];
}

/**
 * The word list page: the stored lists, kept in step with every tab, in the reader's theme. A
 * change shows at once (the rows drawn from the changed list), then only the words it changed
 * are stored; until storage reports each of them stored, they are laid over what storage
 * reports (so a change never flickers back, and other tabs' changes to other words still show).
 * A change that could not be stored puts the stored words back and is said so.
 */
function WordListApp() {
  const [theme, setTheme] = useState<Theme>();
  const [words, setWords] = useState<SavedWord[]>();
  const [known, setKnown] = useState<KnownWord[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [knownProblems, setKnownProblems] = useState<string[]>([]);
  const [wordsNewer, setWordsNewer] = useState<number>();
  const [knownNewer, setKnownNewer] = useState<number>();
  const [kept, setKept] = useState<KeptList[]>([]);
  /** The word list as storage last reported it. */
  const stored = useRef<SavedWord[]>([]);
  /** This page's changes not yet reported stored, by lemma TAB reading (null: removed). */
  const pending = useRef(new Map<string, SavedWord | null>());
  /** The words shown now (the stored ones with the pending changes laid over them). */
  const shownWords = useRef<SavedWord[]>([]);
  const show = () => {
    shownWords.current = overlay(stored.current, pending.current);
    setWords(shownWords.current);
  };
  useEffect(() => {
    const onWords = (r: ReadList<SavedWord>) => {
      stored.current = r.items;
      show();
      setProblems(r.problems);
      setWordsNewer(r.newer);
    };
    const onKnown = (r: ReadList<KnownWord>) => {
      setKnown(r.items);
      setKnownProblems(r.problems);
      setKnownNewer(r.newer);
    };
    void loadSettings().then((p) => setTheme(p.settings.theme));
    void loadWordList().then(onWords);
    void loadKnownWords().then(onKnown);
    void loadKeptLists().then(setKept);
    const stops = [
      watchSettings((p) => setTheme(p.settings.theme)),
      watchWordList((r, touched) => {
        for (const [key, word] of touched) {
          const mine = pending.current.get(key);
          if (mine !== undefined && storedForm(mine) === storedForm(word)) pending.current.delete(key);
        }
        onWords(r);
      }),
      watchKnownWords(onKnown),
      watchKeptLists(setKept),
    ];
    return () => stops.forEach((s) => s());
  }, []);
  usePageTheme(theme);
  const actions = useMemo<WordListActions>(
    () => ({
      update: async (change) => {
        // Drawn now from the list as shown; then only the words the change touched are stored.
        const diff = wordChanges(shownWords.current, change(shownWords.current));
        const keys = [...diff.put.map(savedWordKey), ...diff.remove.map(savedWordKey)];
        for (const w of diff.put) pending.current.set(savedWordKey(w), w);
        for (const w of diff.remove) pending.current.set(savedWordKey(w), null);
        show();
        try {
          await changeWords(diff);
        } catch (err) {
          for (const key of keys) pending.current.delete(key);
          show();
          throw err;
        }
        // A write storage did not report (it changed nothing) is settled by what storage holds.
        const byKey = new Map(stored.current.map((w) => [savedWordKey(w), w]));
        for (const key of keys) {
          const mine = pending.current.get(key);
          if (mine !== undefined && storedForm(mine) === storedForm(byKey.get(key) ?? null)) pending.current.delete(key);
        }
      },
      importJson: async (text) => {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined;
        }
        if (isKnownWordsFile(value)) {
          const read = readKnownWords(value);
          const added = await addKnownWords(read.items);
          const problems = read.newer === undefined ? read.problems : [newerListMessage('known words', read.newer), ...read.problems];
          return { added, updated: 0, problems, known: true };
        }
        let result = { added: 0, updated: 0, problems: [] as string[] };
        await updateWordList((current) => {
          const merged = mergeJsonImport(current, text);
          result = merged;
          return merged.words;
        });
        return result;
      },
      addKnown: (list) => addKnownWords(list),
      removeKnown: (word) => removeKnownWord(word).then(() => undefined),
    }),
    [],
  );
  return (
    <WordListPage
      words={words}
      known={known}
      problems={problems}
      knownProblems={knownProblems}
      readOnly={{
        ...(wordsNewer !== undefined ? { words: newerListMessage('word list', wordsNewer) } : {}),
        ...(knownNewer !== undefined ? { known: newerListMessage('known words', knownNewer) } : {}),
      }}
      keptAside={kept}
      actions={actions}
    />
  );
}

render(<WordListApp />, document.getElementById('app')!);
