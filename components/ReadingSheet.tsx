/**
 * The reading sheet (sheet.html): a page's article with furigana as the reader's settings say,
 * the geopolitical terms it mentions with their cards, and the words the reader saved from it.
 * Everything is rendered as text by Preact (ruby elements built from the engine's segments);
 * "Save as HTML" writes this rendered sheet with its style sheet into one file, no scripts.
 */
import type { RubySegment } from '../core/furigana/ruby-segment';
import type { GlossaryCardInfo } from '../core/lookup/word-info';
import type { SavedWord } from '../core/study/saved-word';
import type { SheetArticle } from '../core/study/sheet-article';
import { GlossaryCard } from './GlossaryCard';

export interface ReadingSheetProps {
  article: SheetArticle;
  /** Segments per block (same order as article.blocks); empty lists without furigana. */
  segments: RubySegment[][];
  format: (reading: string) => string;
  terms: GlossaryCardInfo[];
  words: SavedWord[];
  onSaveHtml?: () => void;
}

function Ruby({ text, segments, format }: { text: string; segments: RubySegment[]; format: (r: string) => string }) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  segments.forEach((s, i) => {
    if (s.start < at || s.end > text.length) return;
    parts.push(text.slice(at, s.start));
    parts.push(
      // Marked as our furigana is in pages (data-yomu ruby / rt), so the hover reads through it.
      <ruby key={i} data-yomu="ruby">
        {text.slice(s.start, s.end)}
        <rt data-yomu="rt">{format(s.reading)}</rt>
      </ruby>,
    );
    at = s.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function ReadingSheet({ article, segments, format, terms, words, onSaveHtml }: ReadingSheetProps) {
  return (
    <article class="yomu-sheet" lang="ja">
      <div class="yomu-sheet-tools" lang="en">
        <button type="button" class="yomu-button" onClick={() => window.print()}>
          Print
        </button>
        {onSaveHtml ? (
          <button type="button" class="yomu-button" onClick={onSaveHtml}>
            Save as HTML
          </button>
        ) : null}
      </div>
      <h1>
        <Ruby text={article.title} segments={segments[0] ?? []} format={format} />
      </h1>
      <p class="yomu-sheet-source" lang="en">
        {article.byline ? `${article.byline} · ` : ''}
        <a href={article.url}>{article.url}</a>
      </p>
      {article.blocks.map((b, i) =>
        b.kind === 'heading' ? (
          <h2 key={i}>
            <Ruby text={b.text} segments={segments[i + 1] ?? []} format={format} />
          </h2>
        ) : (
          <p key={i}>
            <Ruby text={b.text} segments={segments[i + 1] ?? []} format={format} />
          </p>
        ),
      )}
      {terms.length ? (
        <section class="yomu-sheet-section" aria-label="Glossary" data-sheet-section="glossary" lang="en">
          <h2>Glossary: terms in this article</h2>
          <div class="yomu-sheet-terms">
            {terms.map((t) => (
              <GlossaryCard key={t.id} card={t} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}
      <section class="yomu-sheet-section" aria-label="Saved words" data-sheet-section="words" lang="en">
        <h2>Words saved from this page</h2>
        {words.length ? (
          <ul class="yomu-sheet-words">
            {words.map((w, i) => (
              <li key={i}>
                <span class="yomu-sheet-word" lang="ja">
                  {w.lemma}
                </span>{' '}
                <span lang="ja">{w.reading}</span> — {w.meaning}
                <div class="yomu-sheet-muted" lang="ja">
                  {w.sentence.text.slice(0, w.sentence.start)}
                  <b>{w.sentence.text.slice(w.sentence.start, w.sentence.end)}</b>
                  {w.sentence.text.slice(w.sentence.end)}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p class="yomu-sheet-muted">None yet: press S over a word on the page to save it.</p>
        )}
      </section>
    </article>
  );
}
