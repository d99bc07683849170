// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { WordPopup, type PopupKey } from '../../components/WordPopup';
import { GlossaryCard } from '../../components/GlossaryCard';
import type { GlossaryCardInfo, WordInfo } from '../../core/lookup/word-info';
import { KIZUKARE } from '../review/words.fixture';

const KEYS: PopupKey[] = [
  { keys: 'J / K', action: 'entries' },
  { keys: 'C', action: 'copy word' },
];

const NATO_CARD: GlossaryCardInfo = {
  id: 'nato',
  en: 'North Atlantic Treaty Organization',
  category: 'organisation',
  form: '北大西洋条約機構',
  reading: 'きたたいせいようじょうやくきこう',
  explanation: 'A military alliance of North American and European countries.',
  related: [{ id: 'sanctions', en: 'Sanctions', form: '制裁' }],
};

let root: HTMLElement;
function show(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('WordPopup', () => {
  test('an entry not stepped to shows its first two senses and counts the rest; stepped to, all of them', () => {
    const sense = (gloss: string) => ({ partsOfSpeech: [], labels: [], glosses: [gloss] });
    const entry = (headword: string, count: number) => ({
      headwords: [headword],
      readings: ['おく'],
      common: true,
      senses: Array.from({ length: count }, (_, i) => sense(`${headword} sense ${i + 1}`)),
    });
    const info = {
      ...KIZUKARE,
      entries: [entry('置く', 6), entry('起きる', 5), entry('熾きる', 3)],
    } as WordInfo;
    const sensesOf = (el: HTMLElement) =>
      Array.from(el.querySelectorAll('.yomu-entries > li')).map((li) => [
        li.querySelectorAll('.yomu-sense').length,
        li.querySelector('.yomu-more-senses')?.textContent ?? null,
      ]);
    const first = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    // The first entry whole; the second cut to two with the rest counted; three senses are too few to cut.
    expect(sensesOf(first)).toEqual([
      [6, null],
      [2, '3 more senses'],
      [3, null],
    ]);
    render(<WordPopup info={info} selected={1} keys={KEYS} />, root);
    expect(sensesOf(root)).toEqual([
      [2, '4 more senses'],
      [5, null],
      [3, null],
    ]);
  });

  test('an inflected word: surface, reading, romaji, dictionary form and what was undone, entries with parts of speech', () => {
    const el = show(<WordPopup info={KIZUKARE} selected={0} keys={KEYS} />);
    expect(el.querySelector('.yomu-surface')!.textContent).toBe('築かれ');
    expect(el.querySelector('.yomu-reading')!.textContent).toBe('きずかれ');
    expect(el.querySelector('.yomu-romaji')!.textContent).toBe('kizukare');
    expect(el.querySelector('.yomu-dictionary-form')!.textContent).toBe('築く');
    expect(el.querySelector('.yomu-dictionary-reading')!.textContent).toBe('きずく');
    expect(el.querySelector('.yomu-inflections')!.textContent).toBe('passive');
    const entries = el.querySelectorAll('.yomu-entries > li');
    expect(entries).toHaveLength(2);
    expect(entries[0]!.querySelector('.yomu-headword')!.textContent).toBe('築く');
    expect(entries[0]!.querySelector('.yomu-common')).not.toBeNull();
    expect(entries[0]!.querySelector('.yomu-pos')!.textContent).toBe('godan verb ending in く, transitive');
    expect(entries[0]!.textContent).toContain('to build; to construct');
    expect(
      Array.from(entries[0]!.querySelectorAll('.yomu-sense')).map((s) => s.querySelector('.yomu-labels')?.textContent ?? null),
    ).toEqual([null, null]);
    // A kana-only entry is headed by its reading; a sense's labels are shown before its glosses.
    expect(entries[1]!.querySelector('.yomu-headword')!.textContent).toBe('きずく');
    expect(entries[1]!.querySelector('.yomu-labels')!.textContent).toBe('usually written in kana, archaic');
    expect(entries[1]!.querySelector('.yomu-common')).toBeNull();
    // No glossary card for a word that is no term.
    expect(el.querySelector('[data-yomu-card="glossary"]')).toBeNull();
  });

  test("an entry's head is marked as repeating the header only when it names the same word (a cut popup hides only that one)", () => {
    const entry = KIZUKARE.entries[0]!;
    const info = (surface: string, headword: string, dictionaryForm?: string): WordInfo => ({
      ...KIZUKARE,
      surface,
      ...(dictionaryForm ? { dictionaryForm: { text: dictionaryForm, reading: '' } } : { dictionaryForm: undefined }),
      entries: [{ ...entry, headwords: [headword] }],
    });
    const repeats = (i: WordInfo) => {
      const el = show(<WordPopup info={i} selected={0} keys={KEYS} />);
      const head = el.querySelector('.yomu-entry-head')!;
      const value = head.hasAttribute('data-yomu-repeats');
      render(null, root);
      root.remove();
      return { value, headword: head.querySelector('.yomu-headword')!.textContent };
    };
    // The word itself, or the dictionary form the header shows for an inflected word.
    expect(repeats(info('制裁', '制裁'))).toEqual({ value: true, headword: '制裁' });
    expect(repeats(info('築かれ', '築く', '築く'))).toEqual({ value: true, headword: '築く' });
    // Another word: a compound's part (ミサイル for ミサイル発射), a variant spelling.
    expect(repeats(info('ミサイル発射', 'ミサイル'))).toEqual({ value: false, headword: 'ミサイル' });
    expect(repeats(info('きずく', '築く'))).toEqual({ value: false, headword: '築く' });
  });

  test('the selected entry is marked, and the keys are shown', () => {
    const el = show(<WordPopup info={KIZUKARE} selected={1} keys={KEYS} notice="Copied the reading" />);
    const entries = el.querySelectorAll('.yomu-entries > li');
    expect(entries[0]!.getAttribute('aria-current')).toBeNull();
    expect(entries[1]!.getAttribute('aria-current')).toBe('true');
    expect(entries[1]!.classList.contains('yomu-selected')).toBe(true);
    expect(Array.from(el.querySelectorAll('kbd')).map((k) => k.textContent)).toEqual(['J / K', 'C']);
    expect(el.querySelector('.yomu-keys')!.textContent).toContain('copy word');
    expect(el.querySelector('.yomu-notice')!.textContent).toBe('Copied the reading');
  });

  test('a single entry is not marked as selected (there is nothing to step through)', () => {
    const el = show(<WordPopup info={{ ...KIZUKARE, entries: KIZUKARE.entries.slice(0, 1) }} selected={0} keys={KEYS} />);
    expect(el.querySelector('.yomu-selected')).toBeNull();
    expect(el.querySelector('[aria-current]')).toBeNull();
  });

  test('screen readers: a live tooltip region; Japanese text marked as such', () => {
    const el = show(<WordPopup info={KIZUKARE} selected={0} keys={KEYS} />);
    const popup = el.querySelector('.yomu-popup')!;
    expect(popup.getAttribute('role')).toBe('tooltip');
    expect(popup.getAttribute('aria-live')).toBe('polite');
    expect(el.querySelector('.yomu-surface')!.getAttribute('lang')).toBe('ja');
  });

  test('a glossary term: the card with English name, category, explanation and related terms', () => {
    const info: WordInfo = {
      ...KIZUKARE,
      surface: 'NATO',
      reading: 'なとー',
      romaji: 'natoo',
      dictionaryForm: undefined,
      inflections: [],
      glossary: NATO_CARD,
    };
    const el = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    const card = el.querySelector('[data-yomu-card="glossary"]')!;
    expect(card).not.toBeNull();
    expect(card.querySelector('.yomu-gc-name')!.textContent).toBe('North Atlantic Treaty Organization');
    expect(card.querySelector('.yomu-gc-category')!.textContent).toBe('Organisation');
    expect(card.querySelector('.yomu-gc-form')!.textContent).toBe('北大西洋条約機構（きたたいせいようじょうやくきこう）');
    expect(card.querySelector('.yomu-gc-explanation')!.textContent).toContain('military alliance');
    expect(card.querySelector('.yomu-gc-related')!.textContent).toContain('Sanctions');
    expect(el.querySelector('.yomu-deinflection')).toBeNull();
  });

  test('an unknown word still shows its reading; no entries is said plainly', () => {
    const info: WordInfo = { start: 0, end: 3, surface: 'ゲート', reading: 'げーと', romaji: 'geeto', inflections: [], entries: [] };
    const el = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    expect(el.querySelector('.yomu-reading')!.textContent).toBe('げーと');
    expect(el.querySelector('.yomu-romaji')!.textContent).toBe('geeto');
    expect(el.querySelector('.yomu-no-entry')!.textContent).toBe('No dictionary entry.');
    expect(el.querySelector('.yomu-entries')).toBeNull();
  });

  test('when the reading layer is unsure, the popup says so and shows the other readings', () => {
    const info: WordInfo = {
      start: 0,
      end: 1,
      surface: '方',
      reading: 'ほう',
      romaji: 'hou',
      readingAlternatives: ['かた'],
      inflections: [],
      entries: [],
    };
    const el = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    expect(el.querySelector('.yomu-alternatives')!.textContent).toBe('also read かた');
    const sure = show(<WordPopup info={{ ...info, readingAlternatives: undefined }} selected={0} keys={KEYS} />);
    expect(sure.querySelector('.yomu-alternatives')).toBeNull();
  });

  test('a kana word does not repeat itself as its reading', () => {
    const info: WordInfo = { start: 0, end: 3, surface: 'すでに', reading: 'すでに', romaji: 'sudeni', inflections: [], entries: [] };
    const el = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    expect(el.querySelector('.yomu-reading')).toBeNull();
    expect(el.querySelector('.yomu-romaji')!.textContent).toBe('sudeni');
  });

  test('the dictionary error is shown, and readings still are', () => {
    const info: WordInfo = { ...KIZUKARE, entries: [], dictionaryError: 'The Japanese–English dictionary file is damaged.' };
    const el = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    expect(el.querySelector('.yomu-error')!.textContent).toBe('The Japanese–English dictionary file is damaged.');
    expect(el.querySelector('.yomu-no-entry')).toBeNull();
    expect(el.querySelector('.yomu-reading')!.textContent).toBe('きずかれ');
  });

  test('page or dictionary text is never parsed as markup', () => {
    const info: WordInfo = {
      ...KIZUKARE,
      surface: '<img src=x onerror=alert(1)>',
      entries: [
        {
          headwords: ['<b>x</b>'],
          readings: ['x'],
          common: false,
          senses: [{ partsOfSpeech: [], labels: [], glosses: ['<script>1</script>'] }],
        },
      ],
    };
    const el = show(<WordPopup info={info} selected={0} keys={KEYS} />);
    expect(el.querySelector('img, b, script')).toBeNull();
    expect(el.querySelector('.yomu-surface')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('GlossaryCard on its own', () => {
  test('carries its own styles and the stable hook; no related line when there are none', () => {
    const el = show(<GlossaryCard card={{ ...NATO_CARD, related: [], reading: undefined }} headingLevel={2} />);
    const card = el.firstElementChild!;
    expect(card.getAttribute('data-yomu-card')).toBe('glossary');
    expect(card.querySelector('style')!.textContent).toContain('.yomu-gc');
    expect(card.querySelector('h2')!.textContent).toBe('North Atlantic Treaty Organization');
    expect(card.querySelector('.yomu-gc-form')!.textContent).toBe('北大西洋条約機構');
    expect(card.querySelector('.yomu-gc-related')).toBeNull();
  });
});
