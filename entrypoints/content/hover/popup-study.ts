/**
 * The popup's study tools in a page: which words are saved and known (kept in step with storage,
 * so every tab and the word-list page agree), saving a word with its sentence, page title and
 * URL, marking it known, and asking the engine for its kanji.
 */
import type { WordInfo } from '../../../core/lookup/word-info';
import { knownWordKey } from '../../../core/study/known-word';
import { savedWordKey, type SavedWord } from '../../../core/study/saved-word';
import { sentenceAround } from '../../../core/study/sentence-around';
import { askEngine } from '../../../utils/engine/engine-client';
import {
  addKnownWords,
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
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());
  void loadWordList().then((r) => {
    saved = new Set(r.items.map(savedWordKey));
    changed();
  });
  void loadKnownWords().then((r) => {
    known = new Set(r.items.map(knownWordKey));
    changed();
  });
  watchWordList((r) => {
    saved = new Set(r.items.map(savedWordKey));
    changed();
  });
  watchKnownWords((r) => {
    known = new Set(r.items.map(knownWordKey));
    changed();
  });

  return {
    isSaved: (lemma, reading) => saved.has(savedWordKey({ lemma, reading })),
    isKnown: (lemma, reading) => known.has(knownWordKey({ lemma, reading })) || known.has(knownWordKey({ lemma, reading: '' })),
    async toggleSaved(info: WordInfo, selected, block) {
      const { lemma, reading } = lemmaOf(info);
      if (saved.has(savedWordKey({ lemma, reading }))) {
        saved.delete(savedWordKey({ lemma, reading }));
        changed();
        await removeWord({ lemma, reading });
        return;
      }
      const entry = info.entries[selected] ?? info.entries[0];
      const glosses = entry ? entry.senses.flatMap((s) => s.glosses) : info.glossary ? [info.glossary.en] : [];
      const word: SavedWord = {
        lemma,
        reading,
        glosses,
        meaning: glosses.slice(0, 3).join('; '),
        sentence: sentenceAround(block.text, block.start, block.end),
        source: source(),
        savedAt: new Date().toISOString(),
      };
      saved.add(savedWordKey(word));
      changed();
      await saveWord(word);
    },
    async toggleKnown(info: WordInfo) {
      const { lemma, reading } = lemmaOf(info);
      const key = knownWordKey({ lemma, reading });
      if (known.has(key)) {
        known.delete(key);
        changed();
        await removeKnownWord({ lemma, reading });
      } else {
        known.add(key);
        changed();
        await addKnownWords([{ lemma, reading }]);
      }
    },
    async kanji(word, reading) {
      const response = await askEngine({ type: 'yomu:kanji', word: word.slice(0, 32), reading: reading.slice(0, 64) });
      if (!response.ok) throw new Error(response.error);
      return response.kanji;
    },
    onChange: (callback) => listeners.push(callback),
  };
}
