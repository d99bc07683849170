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
import { rubyOverhangs } from '../core/furigana/ruby-overhang';

export interface ReadingSheetProps {
  article: SheetArticle;
  /** Segments per block (same order as article.blocks); empty lists without furigana. */
  segments: RubySegment[][];
  format: (reading: string) => string;
  terms: GlossaryCardInfo[];
  words: SavedWord[];
  onSaveHtml?: () => void;
}

/** The readings' size over the base text's (`.yomu-sheet rt` in reading-sheet.css). */
export const SHEET_RUBY_SCALE = 0.5;

/**
 * A block's text with its readings as ruby. A reading wider than its base is centred over it,
 * the base's letters kept together (reading-sheet.css: ruby-align: center), and hangs over kana
 * and punctuation beside it as JLReq §3.3.8 allows (core/furigana/ruby-overhang.ts): a negative
 * inline margin, so the base does not stand apart from its neighbours. Inline styles, so that
 * "Save as HTML" keeps the placement with no script.
 */
function Ruby({ text, segments, format }: { text: string; segments: RubySegment[]; format: (r: string) => string }) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  const shown = segments.filter((s) => s.start >= 0 && s.end <= text.length).map((s) => ({ ...s, reading: format(s.reading) }));
  const kept: typeof shown = [];
  for (const s of shown) if (s.start >= (kept.at(-1)?.end ?? 0)) kept.push(s);
  const overhangs = rubyOverhangs(text, kept, SHEET_RUBY_SCALE);
  kept.forEach((s, i) => {
    parts.push(text.slice(at, s.start));
    const { before, after } = overhangs[i]!;
    const style = before > 0 || after > 0 ? { marginInlineStart: `${-before}em`, marginInlineEnd: `${-after}em` } : undefined;
    parts.push(
      // Marked as our furigana is in pages (data-yomu ruby / rt), so the hover reads through it.
      <ruby key={i} data-yomu="ruby" style={style}>
        {text.slice(s.start, s.end)}
        <rt data-yomu="rt">{s.reading}</rt>
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
