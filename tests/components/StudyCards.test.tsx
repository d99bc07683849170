// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { KanjiCard } from '../../components/KanjiCard';
import { NameCard } from '../../components/NameCard';
import { WordPopup, type PopupStudy } from '../../components/WordPopup';
import { SAI, YOMIURI } from '../review/words.fixture';

function study(overrides: Partial<PopupStudy> = {}): PopupStudy {
  return { saved: false, known: false, view: 'words', kanjiIndex: 0, onSave: () => {}, onKnown: () => {}, onView: () => {}, ...overrides };
}

afterEach(() => render(null, document.body));

describe('the kanji card', () => {
  test('shows meanings, readings with okurigana set apart, the reading used, and the facts', () => {
    render(<KanjiCard kanji={SAI} word="制裁" />, document.body);
    const card = document.querySelector('[data-yomu-card="kanji"]')!;
    expect(card.textContent).toContain('tailor, judge');
    expect([...card.querySelectorAll('.yomu-okurigana')].map((e) => e.textContent)).toEqual(['つ', 'く']);
    expect(card.querySelector('.yomu-used')!.textContent).toBe('サイ');
    expect(card.textContent).toContain('制裁 reads it サイ (on)');
    expect(card.textContent).toContain('12 strokes · radical 145 · grade 6 · JLPT 1 (old levels)');
    expect(card.textContent).not.toContain('frequency');
  });
});

describe('the popup with study tools', () => {
  test('a name instead of "No dictionary entry", and the save state', () => {
    render(<WordPopup info={YOMIURI} selected={0} keys={[]} study={study({ saved: true })} />, document.body);
    expect(document.body.textContent).not.toContain('No dictionary entry');
    const name = document.querySelector('[data-yomu-card="name"]')!;
    expect(name.textContent).toContain('よみうりしんぶん');
    expect(name.textContent).toContain('product');
    expect(document.querySelector('[data-yomu-action="save"]')!.textContent).toContain('Saved ✓');
    expect(document.querySelector('[data-yomu-action="known"]')!.getAttribute('aria-pressed')).toBe('false');
  });

  test('the kanji view replaces the entries with the chosen kanji', () => {
    render(
      <WordPopup info={{ ...YOMIURI, names: [] }} selected={0} keys={[]} study={study({ view: 'kanji', kanji: [SAI] })} />,
      document.body,
    );
    expect(document.querySelector('[data-yomu-card="kanji"]')).not.toBeNull();
    expect(document.querySelector('[data-yomu-card="name"]')).toBeNull();
    expect(document.body.textContent).not.toContain('No dictionary entry');
  });

  test('a name card lists every entry given', () => {
    render(
      <NameCard names={[YOMIURI.names![0]!, { surface: '森', reading: 'もり', kinds: ['place', 'family name'], english: '' }]} />,
      document.body,
    );
    expect(document.querySelectorAll('.yomu-name-list li')).toHaveLength(2);
  });
});
