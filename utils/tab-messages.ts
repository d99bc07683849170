/** Messages between our pages (toolbar popup) and a tab's content script. */
export const TAB_INFO_MESSAGE = 'yomu-tab:info';

export interface TabInfo {
  /** Host name of the page, for per-site settings. */
  host: string;
  /** Whether furigana shows in the tab now. */
  furigana: boolean;
}

/** Sent by the background to a tab's content script when the keyboard command is pressed. */
export const TOGGLE_TAB_MESSAGE = 'yomu-tab:toggle-furigana';
