/**
 * The in-page glossary panel: the terms of the page the reader is on, docked at the side. It
 * is rendered into an open shadow root (entrypoints/content/glossary/glossary-panel-host.ts),
 * so the page's CSS cannot reach it; it only shows what it is given.
 */
import type { Theme } from '../core/settings/settings';
import { byCountThenAppearance, type GlossaryListItem, type PageTerm } from '../core/glossary/page-terms';
import { GlossaryTermList } from './GlossaryTermList';

export interface GlossaryPanelProps {
  /** The page's terms; undefined while the page is still being read. */
  terms: readonly PageTerm[] | undefined;
  /** Set when the engine could not answer. */
  error?: string;
  theme: Theme;
  /** The shortcut that toggles the panel, to tell the reader. */
  shortcut: string;
  onSelect: (termId: string) => void;
  onClose: () => void;
}

function summary(terms: readonly PageTerm[]): string {
  const occurrences = terms.reduce((n, t) => n + t.count, 0);
  const t = terms.length === 1 ? '1 term' : `${terms.length} terms`;
  const o = occurrences === 1 ? '1 occurrence' : `${occurrences} occurrences`;
  return `${t} · ${o}`;
}

export function GlossaryPanel({ terms, error, theme, shortcut, onSelect, onClose }: GlossaryPanelProps) {
  return (
    <aside class="yomu-panel" data-yomu-theme={theme} aria-label="Yomu glossary: terms on this page">
      <header class="yomu-panel-header">
        <h2 class="yomu-panel-title">Glossary terms on this page</h2>
        <button
          type="button"
          class="yomu-panel-close"
          aria-label="Close the glossary panel"
          title={`Close (Esc or ${shortcut})`}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div class="yomu-panel-body">
        {error ? (
          <p role="alert" class="yomu-panel-note">
            {error}
          </p>
        ) : terms === undefined ? (
          <p class="yomu-panel-note" aria-live="polite">
            Reading the page…
          </p>
        ) : terms.length === 0 ? (
          <p class="yomu-panel-note" aria-live="polite">
            No glossary terms on this page yet.
          </p>
        ) : (
          <>
            <p class="yomu-panel-note" aria-live="polite">
              {summary(terms)}. Click a term to go to its next occurrence.
            </p>
            <GlossaryTermList
              label="Glossary terms on this page"
              items={terms}
              compare={byCountThenAppearance as (a: GlossaryListItem, b: GlossaryListItem) => number}
              onSelect={(item) => onSelect(item.id)}
            />
          </>
        )}
      </div>
      <footer class="yomu-panel-footer">
        <kbd>{shortcut}</kbd> opens and closes this panel · <kbd>Esc</kbd> closes it
      </footer>
    </aside>
  );
}
