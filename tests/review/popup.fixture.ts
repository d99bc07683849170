/**
 * The hover popup in the states a reader meets, as the engine would answer (words.fixture.ts,
 * and the bundled glossary for the card): a word with its glossary card, an
 * inflected word, the kanji view, a proper name with no dictionary entry, and a saved and known word.
 */
import type { WordPopupProps } from '../../components/WordPopup';
import type { GlossaryCardInfo, WordInfo } from '../../core/lookup/word-info';
import type { BlockWords } from '../../core/lookup/block-words';
import { bundledGlossary } from '../../dict/glossary/glossary';
import { KANJI_VIEW_KEYS, POPUP_KEYS } from '../../entrypoints/content/hover/popup-keys';
import { KIZUKARE, SAI, SEI, sense, YOMIURI } from './words.fixture';

/** A glossary term as the card shows it, from the bundled glossary. */
function glossaryCard(id: string): GlossaryCardInfo {
  const terms = new Map(bundledGlossary().map((t) => [t.id, t]));
  const term = terms.get(id)!;
  return {
    id,
    en: term.en,
    category: term.category,
    form: term.forms[0]!.text,
    ...(term.forms[0]!.reading ? { reading: term.forms[0]!.reading } : {}),
    explanation: term.explanation,
    related: term.related.flatMap((r) => {
      const other = terms.get(r);
      return other ? [{ id: r, en: other.en, form: other.forms[0]!.text }] : [];
    }),
  };
}

export const SEISAI: WordInfo = {
  start: 0,
  end: 2,
  surface: '制裁',
  reading: 'せいさい',
  romaji: 'seisai',
  inflections: [],
  entries: [
    {
      headwords: ['制裁'],
      readings: ['せいさい'],
      common: true,
      senses: [sense(['n', 'vs'], [], ['sanctions', 'punishment'])],
    },
  ],
  glossary: glossaryCard('sanctions'),
};

/** A stand-in engine's words of `text`: 制裁 (SEISAI) wherever it is, no other word. */
export function seisaiWordsOf(text: string): BlockWords {
  const at = text.indexOf('制裁');
  if (at < 0) return { words: [], spans: [[0, text.length, -1]] };
  const spans: [number, number, number][] = [];
  if (at > 0) spans.push([0, at, -1]);
  spans.push([at, at + 2, 0]);
  if (at + 2 < text.length) spans.push([at + 2, text.length, -1]);
  return { words: [{ ...SEISAI, start: at, end: at + 2 }], spans };
}

const noop = () => {};
const study = (over: Partial<NonNullable<WordPopupProps['study']>> = {}): NonNullable<WordPopupProps['study']> => ({
  saved: false,
  known: false,
  view: 'words',
  kanjiIndex: 0,
  onSave: noop,
  onKnown: noop,
  onView: noop,
  ...over,
});

export interface PopupFixture {
  name: string;
  /** The word as the page writes it (the popup is placed beside it). */
  word: string;
  props: WordPopupProps;
}

export const POPUP_FIXTURES: PopupFixture[] = [
  { name: 'word with glossary card', word: '制裁', props: { info: SEISAI, selected: 0, keys: POPUP_KEYS, study: study() } },
  { name: 'inflected word', word: '築かれ', props: { info: KIZUKARE, selected: 0, keys: POPUP_KEYS, study: study({ saved: true }) } },
  {
    name: 'kanji view',
    word: '制裁',
    props: { info: SEISAI, selected: 0, keys: KANJI_VIEW_KEYS, study: study({ view: 'kanji', kanji: [SEI, SAI], kanjiIndex: 1 }) },
  },
  { name: 'name view', word: '読売新聞', props: { info: YOMIURI, selected: 0, keys: POPUP_KEYS, study: study({ known: true }) } },
  {
    name: 'dictionary loading',
    word: '制',
    props: {
      info: { start: 0, end: 1, surface: '制', reading: '', romaji: '', inflections: [], entries: [] },
      selected: 0,
      keys: [],
      loading: true,
    },
  },
];
