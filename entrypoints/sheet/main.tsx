/**
 * The reading sheet page: `sheet.html?tabId=N` asks that tab's content script for its article
 * (Readability, in the tab), asks the engine for its furigana (the reader's level and known
 * words) and glossary terms, and shows them with the words saved from that page. Hover works
 * here as on any page. The sheet follows the reader live: a word marked known (M, here or in any
 * tab) or a furigana setting changed redraws its furigana; a word saved from the page joins its
 * "saved words" at once.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReadingSheet } from '../../components/ReadingSheet';
import { usePageTheme } from '../../components/page-theme';
import sheetCss from '../../components/reading-sheet.css?inline';
import { GLOSSARY_CARD_CSS } from '../../components/GlossaryCard';
import type { RubySegment } from '../../core/furigana/ruby-segment';
import type { GlossaryCardInfo } from '../../core/lookup/word-info';
import { glossaryCard } from '../../core/lookup/word-at-point';
import type { Settings } from '../../core/settings/settings';
import type { SavedWord } from '../../core/study/saved-word';
import { encodeKnownWords } from '../../core/study/known-words-filter';
import { parseSheetArticle, type SheetArticle } from '../../core/study/sheet-article';
import { bundledGlossary } from '../../dict/glossary/glossary';
import { askEngine } from '../../utils/engine/engine-client';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { loadKnownWords, loadWordList, watchKnownWords, watchWordList } from '../../utils/study-store';
import { parsePageSnapshot, SHEET_ARTICLE_MESSAGE } from '../../utils/tab-messages';
import { extractSheetArticle } from './article-extract';
import { readingFormatter } from '../content/reading-format';
import { startHoverPopup } from '../content/hover/start-hover';
import '../../components/yomu-pages.css';
import '../../components/reading-sheet.css';

interface Sheet {
  article: SheetArticle;
  segments: RubySegment[][];
  terms: GlossaryCardInfo[];
  words: SavedWord[];
  settings: Settings;
  /** The article's page, as words saved from it are stored (and as its words are saved from the sheet). */
  source: { title: string; url: string };
}

/** The sheet was opened without a tab to read (a bookmark, a reload of a saved address, typed in). */
class NoTabError extends Error {
  constructor() {
    super('No page to read: open the reading sheet from the toolbar popup.');
  }
}

/** What the sheet is and how to open it, for a sheet opened without a tab. */
function NoTab() {
  return (
    <main class="yomu-sheet" lang="en">
      <h1>Yomu reading sheet</h1>
      <p role="alert">This sheet was opened without a page to read.</p>
      <p>
        A reading sheet shows a Japanese article from one of your tabs as plain text with furigana, the geopolitical terms it mentions with
        their explanations, and the words you saved from it; you can print it (A4) or save it as one HTML file.
      </p>
      <p>
        To open one: go to the tab with the article, click Yomu's button in the browser's toolbar, and choose <strong>Reading sheet</strong>
        .
      </p>
    </main>
  );
}

function cardsOf(ids: readonly string[]): GlossaryCardInfo[] {
  const byId = new Map(bundledGlossary().map((t) => [t.id, t]));
  return ids.flatMap((id) => {
    const term = byId.get(id);
    return term ? [glossaryCard(term, (r) => byId.get(r))] : [];
  });
}

/** The furigana of the sheet's texts (title first, then each block) as `settings` and the known words say. */
async function annotateSheet(article: SheetArticle, settings: Settings): Promise<RubySegment[][]> {
  const texts = [article.title, ...article.blocks.map((b) => b.text)];
  if (!settings.showFurigana) return texts.map(() => []);
  const known = encodeKnownWords((await loadKnownWords()).items);
  const annotated = await askEngine({ type: 'yomu:annotate', texts, level: settings.furiganaLevel, ...(known.length ? { known } : {}) });
  if (!annotated.ok) throw new Error(annotated.error);
  return annotated.segments;
}

async function loadSheet(): Promise<Sheet> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tabId = param === null || param.trim() === '' ? NaN : Number(param);
  if (!Number.isInteger(tabId) || tabId < 0) throw new NoTabError();
  const raw = await browser.tabs.sendMessage(tabId, { type: SHEET_ARTICLE_MESSAGE }, { frameId: 0 }).catch(() => undefined);
  const snapshot = parsePageSnapshot(raw);
  if (!snapshot) throw new Error('That page did not answer: reload it, then open the reading sheet again.');
  const extracted = extractSheetArticle(new DOMParser().parseFromString(snapshot.html, 'text/html'), snapshot.url);
  const article = parseSheetArticle(extracted && { ...extracted, title: extracted.title || snapshot.title });
  if (!article) throw new Error('No article was found on that page.');
  const { settings } = await loadSettings();
  const texts = [article.title, ...article.blocks.map((b) => b.text)];
  const [segments, found, list] = await Promise.all([
    annotateSheet(article, settings),
    askEngine({ type: 'yomu:find-terms', texts }),
    loadWordList(),
  ]);
  const ids: string[] = [];
  if (found.ok) for (const spans of found.occurrences) for (const s of spans) if (!ids.includes(s.termId)) ids.push(s.termId);
  document.title = `${article.title} — Yomu reading sheet`;
  return {
    article,
    segments,
    terms: cardsOf(ids),
    words: list.items.filter((w) => w.source.url === article.url),
    settings,
    // The page's own title, as its content script saves words from it (the sheet's heading may be Readability's).
    source: { title: snapshot.title || article.title, url: article.url },
  };
}

/** The rendered sheet as one self-contained HTML file: its text and style sheet, no scripts. */
function sheetHtml(article: SheetArticle): string {
  const sheet = document.querySelector('.yomu-sheet')!.cloneNode(true) as HTMLElement;
  sheet.querySelector('.yomu-sheet-tools')?.remove();
  const doc = document.implementation.createHTMLDocument(article.title);
  doc.documentElement.lang = 'ja';
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = `:root { color-scheme: light; }\nbody { margin: 0; }\n${sheetCss}\n${GLOSSARY_CARD_CSS}`;
  doc.head.prepend(meta);
  doc.head.append(style);
  doc.body.append(doc.importNode(sheet, true));
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

function SheetApp() {
  const [sheet, setSheet] = useState<Sheet>();
  const [error, setError] = useState<string>();
  const [noTab, setNoTab] = useState(false);
  /** The settings in force now (the hover popup reads them on every hover). */
  const settingsNow = useRef<Settings>();
  useEffect(() => {
    let stops: (() => void)[] = [];
    loadSheet().then(
      (s) => {
        settingsNow.current = s.settings;
        setSheet(s);
        // Words saved on the sheet are the article's: its page's title and URL, not the sheet's.
        startHoverPopup(
          document,
          () => settingsNow.current ?? s.settings,
          () => s.source,
        );
        stops = followChanges(s);
      },
      (e: unknown) => (e instanceof NoTabError ? setNoTab(true) : setError(e instanceof Error ? e.message : String(e))),
    );
    /** Keeps the sheet in step with the known words, the settings and the saved words, in any tab. */
    function followChanges(s: Sheet): (() => void)[] {
      // Answers can come back out of order: only the latest asked is drawn.
      let asked = 0;
      const redraw = async () => {
        const turn = ++asked;
        const { settings } = await loadSettings();
        const segments = await annotateSheet(s.article, settings).catch((e: unknown) => {
          console.warn(`[Yomu] ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        });
        if (turn !== asked || !segments) return;
        settingsNow.current = settings;
        setSheet((now) => (now ? { ...now, settings, segments } : now));
      };
      return [
        watchKnownWords(() => void redraw()),
        watchSettings(() => void redraw()),
        watchWordList((read) =>
          setSheet((now) => (now ? { ...now, words: read.items.filter((w) => w.source.url === now.article.url) } : now)),
        ),
      ];
    }
    return () => stops.forEach((stop) => stop());
  }, []);
  usePageTheme(sheet?.settings.theme);
  if (noTab) return <NoTab />;
  if (error)
    return (
      <main class="yomu-sheet">
        <p role="alert">{error}</p>
      </main>
    );
  if (!sheet)
    return (
      <main class="yomu-sheet">
        <p>Preparing the reading sheet…</p>
      </main>
    );
  return (
    <ReadingSheet
      article={sheet.article}
      segments={sheet.segments}
      format={readingFormatter(sheet.settings.readingScript)}
      terms={sheet.terms}
      words={sheet.words}
      onSaveHtml={() => {
        const url = URL.createObjectURL(new Blob([sheetHtml(sheet.article)], { type: 'text/html;charset=utf-8' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `${sheet.article.title.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 80) || 'reading-sheet'}.html`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }}
    />
  );
}

render(<SheetApp />, document.getElementById('app')!);
