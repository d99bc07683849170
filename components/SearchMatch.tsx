/**
 * Why a glossary search result matched, for a reader: the matched part of a text marked
 * (`Highlight`), and a short line naming what matched when the list line does not show it
 * (`MatchReason`: an alias, an alias's reading, the explanation).
 */
import type { GlossaryMatch } from '../core/glossary/glossary-search';

/** `text` with [start, end) in a <mark>; the text alone when no span is given or it does not fit. */
export function Highlight({ text, start, end }: { text: string; start?: number; end?: number }) {
  if (start === undefined || end === undefined || start < 0 || end > text.length || start >= end) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <mark class="yomu-hit">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}

/** Where a match lies in `text`, if the match is about that very text. */
export function spanIn(match: GlossaryMatch | undefined, text: string | undefined): { start?: number; end?: number } {
  if (!match || text === undefined || match.text.length !== text.length) return {};
  return { start: match.start, end: match.end };
}

const AROUND_BEFORE = 28;
const AROUND_AFTER = 44;

/** The words around [start, end) of a long text, cut at spaces, with ellipses where cut. */
export function excerpt(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = Math.max(0, start - AROUND_BEFORE);
  let to = Math.min(text.length, end + AROUND_AFTER);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return { text: head + text.slice(from, to) + tail, start: start - from + head.length, end: end - from + head.length };
}

const FIELD_NAMES: Record<GlossaryMatch['field'], string> = {
  form: 'form',
  reading: 'reading',
  english: 'English name',
  explanation: 'explanation',
};

/** A line saying what matched: "matched: explanation “…imposed sanctions…”". */
export function MatchReason({ match, forms }: { match: GlossaryMatch; forms?: readonly { text: string; reading?: string }[] }) {
  const form = match.formIndex !== undefined ? forms?.[match.formIndex] : undefined;
  let label = FIELD_NAMES[match.field];
  if (match.field === 'form' && match.formIndex) label = 'also written';
  if (match.field === 'reading') label = match.romaji ? 'reading (romaji)' : 'reading';
  const shown = match.field === 'explanation' ? excerpt(match.text, match.start, match.end) : match;
  return (
    <span class="yomu-term-why" data-match={match.field}>
      <span class="yomu-term-why-label">matched: {label}</span>{' '}
      <span lang={match.field === 'explanation' || match.field === 'english' ? 'en' : 'ja'}>
        <Highlight text={shown.text} start={shown.start} end={shown.end} />
      </span>
      {match.field === 'reading' && form && form.text !== match.text ? <span lang="ja"> ({form.text})</span> : null}
    </span>
  );
}
