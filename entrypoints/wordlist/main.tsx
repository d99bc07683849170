import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WordListPage } from '../../components/WordListPage';
import { usePageTheme } from '../../components/page-theme';
import type { Theme } from '../../core/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import type { KnownWord } from '../../core/study/known-word';
import type { SavedWord } from '../../core/study/saved-word';
import { mergeJsonImport } from '../../core/study/json-export';
import {
  addKnownWords,
  loadKnownWords,
  loadWordList,
  removeKnownWord,
  updateWordList,
  watchKnownWords,
  watchWordList,
} from '../../utils/study-store';
import '../../components/yomu-pages.css';
import '../../components/word-list-page.css';

/** The word list page: the stored lists, kept in step with every tab, in the reader's theme. */
function WordListApp() {
  const [theme, setTheme] = useState<Theme>();
  const [words, setWords] = useState<SavedWord[]>();
  const [known, setKnown] = useState<KnownWord[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    void loadSettings().then((p) => setTheme(p.settings.theme));
    void loadWordList().then((r) => {
      setWords(r.items);
      setProblems(r.problems);
    });
    void loadKnownWords().then((r) => setKnown(r.items));
    const stops = [
      watchSettings((p) => setTheme(p.settings.theme)),
      watchWordList((r) => {
        setWords(r.items);
        setProblems(r.problems);
      }),
      watchKnownWords((r) => setKnown(r.items)),
    ];
    return () => stops.forEach((s) => s());
  }, []);
  usePageTheme(theme);
  return (
    <WordListPage
      words={words}
      known={known}
      problems={problems}
      actions={{
        update: (change) => updateWordList(change).then(() => undefined),
        importJson: async (text) => {
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
      }}
    />
  );
}

render(<WordListApp />, document.getElementById('app')!);
