/**
 * The hover popup's view: the word as matched, its reading in hiragana and romaji, the
 * dictionary form and what was undone for an inflected word, up to five dictionary entries
 * (one of them selected for copying), a glossary card for a glossary term, and the keys that
 * work while it is open. Plain view: the content script owns the state and the keys.
 */
import type { WordEntry, WordInfo } from '../core/lookup/word-info';
import { GlossaryCard } from './GlossaryCard';

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
}

export function WordPopup({ info, selected, notice, keys }: WordPopupProps) {
  const showReading = info.reading && info.reading !== info.surface;
  return (
    <div class="yomu-popup" role="tooltip" aria-live="polite" aria-atomic="true">
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
      {info.dictionaryError ? (
        <p class="yomu-error" role="status">
          {info.dictionaryError}
        </p>
      ) : null}
      {info.entries.length ? (
        <ol class="yomu-entries" aria-label="Dictionary entries">
          {info.entries.map((entry, i) => (
            <Entry key={i} entry={entry} selected={info.entries.length > 1 && i === selected} />
          ))}
        </ol>
      ) : info.dictionaryError ? null : (
        <p class="yomu-no-entry">No dictionary entry.</p>
      )}
      {info.glossary ? <GlossaryCard card={info.glossary} /> : null}
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
    </div>
  );
}

function Entry({ entry, selected }: { entry: WordEntry; selected: boolean }) {
  const headword = entry.headwords[0];
  return (
    <li class={selected ? 'yomu-entry yomu-selected' : 'yomu-entry'} aria-current={selected ? 'true' : undefined}>
      <div class="yomu-entry-head" lang="ja">
        <span class="yomu-headword">{headword ?? entry.readings[0]}</span>
        {headword ? <span class="yomu-entry-reading">【{entry.readings.slice(0, 3).join('・')}】</span> : null}
        {entry.headwords.length > 1 ? <span class="yomu-variants">{entry.headwords.slice(1, 4).join('・')}</span> : null}
        {entry.common ? <span class="yomu-common">common</span> : null}
      </div>
      <ol class="yomu-senses">
        {entry.senses.map((sense, i) => (
          <li key={i} class="yomu-sense">
            {sense.partsOfSpeech.length ? <span class="yomu-pos">{sense.partsOfSpeech.join(', ')}</span> : null}
            {sense.labels.length ? <span class="yomu-labels">{sense.labels.join(', ')}</span> : null}
            <span class="yomu-glosses">{sense.glosses.join('; ')}</span>
          </li>
        ))}
      </ol>
    </li>
  );
}
