/** Messages between our pages (toolbar popup) and a tab's content script. */
import type { PageTerm } from '../core/glossary/page-terms';

export const TAB_INFO_MESSAGE = 'yomu-tab:info';

export interface TabInfo {
  /** Host name of the page, for per-site settings. */
  host: string;
  /** Whether furigana shows in the tab now. */
  furigana: boolean;
  /** What went wrong the last time furigana was asked of the engine, if anything. */
  problem?: string;
}

/** Sent by the background to a tab's content script when the keyboard command is pressed. */
export const TOGGLE_TAB_MESSAGE = 'yomu-tab:toggle-furigana';

/** Popup → tab: the glossary terms of the page (answered by the top frame with GlossaryTermsReply). */
export const GLOSSARY_TERMS_MESSAGE = 'yomu-tab:glossary-terms';

export interface GlossaryTermsReply {
  terms: PageTerm[];
  panelOpen: boolean;
  /** Set when the engine could not find the terms. */
  error?: string;
}

/** Popup → tab: scroll to the next occurrence of a term and flash it (`{ type, termId }`). */
export const REVEAL_TERM_MESSAGE = 'yomu-tab:reveal-term';

export interface RevealTermReply {
  found: boolean;
}

/** Popup → tab: open or close the in-page glossary panel (`{ type, open }`), answered with GlossaryPanelReply. */
export const GLOSSARY_PANEL_MESSAGE = 'yomu-tab:glossary-panel';

export interface GlossaryPanelReply {
  panelOpen: boolean;
}

/** The reading sheet asks the tab for its page (answered by the top frame: a PageSnapshot). */
export const SHEET_ARTICLE_MESSAGE = 'yomu-tab:sheet-article';

/** A tab's page for the reading sheet: the document's HTML without our nodes, its URL and title. */
export interface PageSnapshot {
  html: string;
  url: string;
  title: string;
}

/** A PageSnapshot from a message, or undefined when it is not one. */
export function parsePageSnapshot(value: unknown): PageSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.html !== 'string' || typeof v.url !== 'string' || typeof v.title !== 'string') return undefined;
  return { html: v.html, url: v.url, title: v.title };
}
