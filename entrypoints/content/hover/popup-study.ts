/**
 * The popup's study tools in a page: which words are saved and known (kept in step with storage,
 * so every tab and the word-list page agree), saving a word with its sentence, page title and
 * URL, marking it known, and asking the engine for its kanji.
 */
import type { WordInfo } from '../../../core/lookup/word-info';
import { knownWordKey, type KnownWord } from '../../../core/study/known-word';
import type { ReadList } from '../../../core/study/word-list-schema';
import { savedWordKey, type SavedWord } from '../../../core/study/saved-word';
import { sentenceAround } from '../../../core/study/sentence-around';
import { savedGlosses } from '../../../core/study/saved-glosses';
import { askEngine } from '../../../utils/engine/engine-client';
import { newerListMessage } from '../../../core/study/word-list-schema';
import {
  addKnownWords,
  NewerListError,
  loadKnownWords,
  loadWordList,
  removeKnownWord,
  removeWord,
  saveWord,
  watchKnownWords,
  watchWordList,
} from '../../../utils/study-store';
import { lemmaOf, type PopupStudyHooks } from './hover-popup';

/** Where a saved word was found: the page's title and URL. */
export interface WordSource {
  title: string;
  url: string;
}

/**
 * The study hooks of the popup in `doc`. `source` says where the words read there come from: by
 * default the document itself; a page of ours that shows another page's text (the reading
 * sheet) names that page instead.
 */
export function createPopupStudy(
  doc: Document,
  source: () => WordSource = () => ({ title: doc.title, url: doc.location?.href ?? '' }),
): PopupStudyHooks {
  let saved = new Set<string>();
  let known = new Set<string>();
  /** The list versions, when a newer Yomu wrote them (read-only here). */
  let wordsNewer: number | undefined;
  let knownNewer: number | undefined;
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());
  const onWords = (r: ReadList<SavedWord>) => {
    saved = new Set(r.items.map(savedWordKey));
    wordsNewer = r.newer;
    changed();
  };
  const onKnown = (r: ReadList<KnownWord>) => {
    known = new Set(r.items.map(knownWordKey));
    knownNewer = r.newer;
    changed();
  };
  // The saved words (thousands, for a keen reader) are read when a popup first needs them, not
  // by every frame of every page at load; the popup is redrawn when they come.
  let wordsRead: Promise<void> | undefined;
  const readWords = (): Promise<void> => {
    if (!wordsRead) {
      wordsRead = loadWordList().then(onWords);
      watchWordList(onWords);
    }
    return wordsRead;
  };
  void loadKnownWords().then(onKnown);
  watchKnownWords(onKnown);
  /**
   * Shows `key` in (or out of) `set` at once, stores the change, and on failure shows the stored
   * state again: the popup never claims a change that was not stored.
   */
  async function optimistic(set: Set<string>, key: string, add: boolean, store: () => Promise<unknown>): Promise<void> {
    if (add) set.add(key);
    else set.delete(key);
    changed();
    try {
      await store();
    } catch (err) {
      if (add) set.delete(key);
      else set.add(key);
      changed();
      throw err;
    }
  }

  return {
    isSaved: (lemma, reading) => {
      void readWords();
      return saved.has(savedWordKey({ lemma, reading }));
    },
    isKnown: (lemma, reading) => known.has(knownWordKey({ lemma, reading })) || known.has(knownWordKey({ lemma, reading: '' })),
    readOnly: () => ({
      ...(wordsNewer !== undefined ? { words: newerListMessage('word list', wordsNewer) } : {}),
      ...(knownNewer !== undefined ? { known: newerListMessage('known words', knownNewer) } : {}),
    }),
    async toggleSaved(info: WordInfo, selected, block) {
      const { lemma, reading } = lemmaOf(info, selected);
      await readWords();
      if (wordsNewer !== undefined) throw new NewerListError('word list', wordsNewer);
      if (saved.has(savedWordKey({ lemma, reading }))) {
        await optimistic(saved, savedWordKey({ lemma, reading }), false, () => removeWord({ lemma, reading }));
        return;
      }
      const glosses = savedGlosses(info, selected);
      const word: SavedWord = {
        lemma,
        reading,
        glosses,
        meaning: glosses.slice(0, 3).join('; '),
        sentence: sentenceAround(block.text, block.start, block.end),
        source: source(),
        savedAt: new Date().toISOString(),
      };
      await optimistic(saved, savedWordKey(word), true, () => saveWord(word));
    },
    async toggleKnown(info: WordInfo) {
      const { lemma, reading } = lemmaOf(info);
      const key = knownWordKey({ lemma, reading });
      if (knownNewer !== undefined) throw new NewerListError('known words', knownNewer);
      if (known.has(key)) await optimistic(known, key, false, () => removeKnownWord({ lemma, reading }));
      else await optimistic(known, key, true, () => addKnownWords([{ lemma, reading }]));
    },
    async kanji(word, reading) {
      const response = await askEngine({ type: 'yomu:kanji', word: word.slice(0, 32), reading: reading.slice(0, 64) });
      if (!response.ok) throw new Error(response.error);
      return response.kanji;
    },
    onChange: (callback) => listeners.push(callback),
  };
}
