import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { WordListPage, type WordListActions } from '../../components/WordListPage';
import { usePageTheme } from '../../components/page-theme';
import type { Theme } from '../../core/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import type { KnownWord } from '../../core/study/known-word';
import type { SavedWord } from '../../core/study/saved-word';
import { mergeJsonImport } from '../../core/study/json-export';
import { newerListMessage, readKnownWords, type ReadList } from '../../core/study/word-list-schema';
import {
  addKnownWords,
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

/**
 * The word list page: the stored lists, kept in step with every tab, in the reader's theme. A
 * change shows at once (the rows drawn from the changed list), then is stored; a change that
 * could not be stored puts the stored list back and is said so.
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
  /** This page's own changes not yet stored: till the last is, the store's reports of earlier ones are older than the rows shown. */
  const pending = useRef(0);
  useEffect(() => {
    const onWords = (r: ReadList<SavedWord>) => {
      setWords(r.items);
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
      watchWordList((r) => {
        if (pending.current === 0) onWords(r);
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
        // Drawn now from the list as shown; stored next (the stored list, read again, is the one changed).
        setWords((shown) => (shown ? change(shown) : shown));
        pending.current++;
        try {
          await updateWordList(change);
        } finally {
          // The last change stored (or refused): the page shows the stored list again.
          if (--pending.current === 0) {
            const stored = await loadWordList();
            if (pending.current === 0) {
              setWords(stored.items);
              setProblems(stored.problems);
              setWordsNewer(stored.newer);
            }
          }
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
          const before = (await loadKnownWords()).items.length;
          const after = (await addKnownWords(read.items)).length;
          const problems = read.newer === undefined ? read.problems : [newerListMessage('known words', read.newer), ...read.problems];
          return { added: after - before, updated: 0, problems, known: true };
        }
        let result = { added: 0, updated: 0, problems: [] as string[] };
        await updateWordList((current) => {
          const merged = mergeJsonImport(current, text);
          result = merged;
          return merged.words;
        });
        return result;
      },
      addKnown: (list) => addKnownWords(list).then(() => undefined),
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
