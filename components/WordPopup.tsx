/**
 * The hover popup's view: the word as matched, its reading in hiragana and romaji, the
 * dictionary form and what was undone for an inflected word, up to five dictionary entries
 * (one of them selected for copying), a glossary card for a glossary term, and the keys that
 * work while it is open. Plain view: the content script owns the state and the keys.
 */
import type { WordEntry, WordInfo } from '../core/lookup/word-info';
import { GlossaryCard } from './GlossaryCard';
import type { KanjiCardInfo } from '../core/kanji/kanji-card';
import { KanjiCard } from './KanjiCard';
import { NameCard } from './NameCard';

export interface PopupKey {
  /** As shown, e.g. "J / K". */
  keys: string;
  /** What it does, e.g. "entries". */
  action: string;
}

export interface WordPopupProps {
  info: WordInfo;
  /** Index of the selected entry (what "copy entry" copies). */
  selected: number;
  /** A short message after an action ("Copied the reading"). */
  notice?: string;
  keys: readonly PopupKey[];
  /** Study state and actions (absent: no study buttons, e.g. in tests of the plain view). */
  study?: PopupStudy;
  /** The answer is on its way (the dictionary still loading): say so instead of "No dictionary entry". */
  loading?: boolean;
}

/** The popup's study side: saved/known state, the kanji view, and the actions behind its buttons. */
export interface PopupStudy {
  saved: boolean;
  known: boolean;
  /** Why the word list or the known words are read-only here (a newer Yomu wrote them). */
  readOnly?: { words?: string; known?: string };
  view: 'words' | 'kanji';
  /** The kanji of the word, an error message, or undefined while they load. */
  kanji?: KanjiCardInfo[] | string;
  /** The kanji shown in the kanji view. */
  kanjiIndex: number;
  onSave: () => void;
  onKnown: () => void;
  onView: (view: 'words' | 'kanji') => void;
}

export function WordPopup({ info, selected, notice, keys, study, loading }: WordPopupProps) {
  const showReading = info.reading && info.reading !== info.surface;
  const kanjiView = study?.view === 'kanji';
  return (
    <div class="yomu-popup" role="tooltip" aria-live="polite" aria-atomic="true">
      {study ? <StudyTabs study={study} /> : null}
      <div class="yomu-word">
        <span class="yomu-surface" lang="ja">
          {info.surface}
        </span>
        {showReading ? (
          <span class="yomu-reading" lang="ja">
            {info.reading}
          </span>
        ) : null}
        {info.romaji ? <span class="yomu-romaji">{info.romaji}</span> : null}
      </div>
      {info.readingAlternatives?.length ? (
        <div class="yomu-alternatives">
          also read <span lang="ja">{info.readingAlternatives.join('、')}</span>
        </div>
      ) : null}
      {info.lookedUpAs ? (
        <div class="yomu-alternatives yomu-looked-up">
          looked up as <span lang="ja">{info.lookedUpAs}</span>
        </div>
      ) : null}
      {info.dictionaryForm ? (
        <div class="yomu-deinflection">
          <span aria-hidden="true">← </span>
          <span class="yomu-visually-hidden">dictionary form </span>
          <span class="yomu-dictionary-form" lang="ja">
            {info.dictionaryForm.text}
          </span>
          {info.dictionaryForm.reading && info.dictionaryForm.reading !== info.dictionaryForm.text ? (
            <span class="yomu-dictionary-reading" lang="ja">
              {info.dictionaryForm.reading}
            </span>
          ) : null}
          {info.inflections.length ? <span class="yomu-inflections">{info.inflections.join(' · ')}</span> : null}
        </div>
      ) : null}
      {kanjiView ? <KanjiView study={study!} word={info.dictionaryForm?.text ?? info.surface} /> : null}
      {!kanjiView && info.dictionaryError ? (
        <p class="yomu-error" role="status">
          {info.dictionaryError}
        </p>
      ) : null}
      {loading ? (
        <p class="yomu-no-entry yomu-loading" role="status">
          Loading the dictionary…
        </p>
      ) : kanjiView ? null : info.entries.length ? (
        <>
          {info.entriesOfParts ? <p class="yomu-no-entry yomu-parts-note">No entry for the whole word; its parts:</p> : null}
          <ol class="yomu-entries" aria-label={info.entriesOfParts ? 'Dictionary entries of its parts' : 'Dictionary entries'}>
            {info.entries.map((entry, i) => (
              <Entry
                key={i}
                entry={entry}
                selected={info.entries.length > 1 && i === selected}
                brief={i !== selected}
                repeats={repeatsWord(entry, info)}
              />
            ))}
          </ol>
        </>
      ) : info.dictionaryError || info.names?.length ? null : (
        <p class="yomu-no-entry">No dictionary entry.</p>
      )}
      {!kanjiView && info.names?.length ? <NameCard names={info.names} /> : null}
      {!kanjiView && info.namesError && !loading ? (
        <p class="yomu-error yomu-names-error" role="status">
          {info.namesError}
        </p>
      ) : null}
      {!kanjiView && info.glossary ? <GlossaryCard card={info.glossary} /> : null}
      {study ? <StudyActions study={study} /> : null}
      {notice || keys.length ? (
        <div class="yomu-footer">
          {notice ? (
            <span class="yomu-notice" role="status">
              {notice}
            </span>
          ) : null}
          <span class="yomu-keys">
            {keys.map((k, i) => (
              <span key={i} class="yomu-key">
                <kbd>{k.keys}</kbd> {k.action}
              </span>
            ))}
          </span>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Whether an entry's head only repeats the word the popup's header shows: its headword (or, with
 * none, its reading) is the word as matched or its dictionary form. A cut popup (word-popup.css,
 * data-cut) hides such a head; one naming another word (ミサイル in ミサイル発射) stays, so the
 * meaning under it is read as that word's, not the whole match's.
 */
function repeatsWord(entry: WordEntry, info: WordInfo): boolean {
  const head = entry.headwords[0] ?? entry.readings[0];
  return head !== undefined && (head === info.surface || head === info.dictionaryForm?.text);
}

/**
 * Senses an entry the reader has not stepped to shows at most, when it has more than
 * BRIEF_SENSES + 1: the rest are counted, and shown when J/K selects it. So a second word
 * (起きる after 置く in おきます) is not pushed below a long first one's every sense.
 */
const BRIEF_SENSES = 2;

function Entry({ entry, selected, brief, repeats }: { entry: WordEntry; selected: boolean; brief: boolean; repeats: boolean }) {
  const headword = entry.headwords[0];
  const shown = brief && entry.senses.length > BRIEF_SENSES + 1 ? entry.senses.slice(0, BRIEF_SENSES) : entry.senses;
  const more = entry.senses.length - shown.length;
  return (
    <li class={selected ? 'yomu-entry yomu-selected' : 'yomu-entry'} aria-current={selected ? 'true' : undefined}>
      <div class="yomu-entry-head" lang="ja" data-yomu-repeats={repeats ? '' : undefined}>
        <span class="yomu-headword">{headword ?? entry.readings[0]}</span>
        {headword ? <span class="yomu-entry-reading">【{entry.readings.slice(0, 3).join('・')}】</span> : null}
        {entry.headwords.length > 1 ? <span class="yomu-variants">{entry.headwords.slice(1, 4).join('・')}</span> : null}
        {entry.common ? <span class="yomu-common">common</span> : null}
      </div>
      <ol class="yomu-senses">
        {shown.map((sense, i) => (
          <li key={i} class="yomu-sense">
            {sense.partsOfSpeech.length ? <span class="yomu-pos">{sense.partsOfSpeech.join(', ')}</span> : null}
            {sense.labels.length ? <span class="yomu-labels">{sense.labels.join(', ')}</span> : null}
            <span class="yomu-glosses">{sense.glosses.join('; ')}</span>
          </li>
        ))}
      </ol>
      {more > 0 ? <p class="yomu-more-senses">{`${more} more senses`}</p> : null}
    </li>
  );
}

function StudyTabs({ study }: { study: PopupStudy }) {
  return (
    <div class="yomu-tabs" role="tablist">
      <button type="button" role="tab" class="yomu-tab" aria-selected={study.view === 'words'} onClick={() => study.onView('words')}>
        Words
      </button>
      <button type="button" role="tab" class="yomu-tab" aria-selected={study.view === 'kanji'} onClick={() => study.onView('kanji')}>
        Kanji <kbd>X</kbd>
      </button>
    </div>
  );
}

function KanjiView({ study, word }: { study: PopupStudy; word: string }) {
  if (study.kanji === undefined) return <p class="yomu-no-entry">Looking up the kanji…</p>;
  if (typeof study.kanji === 'string')
    return (
      <p class="yomu-error" role="status">
        {study.kanji}
      </p>
    );
  if (!study.kanji.length) return <p class="yomu-no-entry">No kanji in this word.</p>;
  const index = Math.min(study.kanjiIndex, study.kanji.length - 1);
  return (
    <div class="yomu-kanji-view">
      {study.kanji.length > 1 ? (
        <p class="yomu-kanji-facts">
          kanji {index + 1} of {study.kanji.length}
        </p>
      ) : null}
      <KanjiCard kanji={study.kanji[index]!} word={word} />
    </div>
  );
}

function StudyActions({ study }: { study: PopupStudy }) {
  const words = study.readOnly?.words;
  const known = study.readOnly?.known;
  return (
    <div class="yomu-actions">
      <button
        type="button"
        class="yomu-action"
        data-yomu-action="save"
        aria-pressed={study.saved}
        aria-disabled={words ? 'true' : undefined}
        title={words}
        onClick={study.onSave}
      >
        {study.saved ? 'Saved ✓' : 'Save'} <kbd>S</kbd>
      </button>
      <button
        type="button"
        class="yomu-action"
        data-yomu-action="known"
        aria-pressed={study.known}
        aria-disabled={known ? 'true' : undefined}
        title={known}
        onClick={study.onKnown}
      >
        {study.known ? 'Known ✓' : 'I know this'} <kbd>M</kbd>
      </button>
      {words || known ? (
        <p class="yomu-read-only" data-yomu-read-only="">
          {words && known
            ? 'Your word list and known words are from a newer Yomu: read-only here.'
            : words
              ? 'Your word list is from a newer Yomu: read-only here.'
              : 'Your known words are from a newer Yomu: read-only here.'}{' '}
          Update Yomu to change them.
        </p>
      ) : null}
    </div>
  );
}
