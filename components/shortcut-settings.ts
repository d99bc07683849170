/**
 * Where the reader changes the browser's keyboard shortcuts (the furigana toggle is a browser
 * command). Firefox refuses to open `about:addons` from an extension (tabs.create throws), but
 * Firefox 137+ has `commands.openShortcutSettings()`; Chromium opens
 * `chrome://extensions/shortcuts` in a tab. Where neither works, the options page says in words
 * where to go.
 */

/** The parts of the extension API this needs (so tests can pass fakes). */
export interface ShortcutSettingsApi {
  commands?: { openShortcutSettings?: () => Promise<void> };
  tabs: { create(options: { url: string }): Promise<unknown> };
}

/** How the page offers it: a button that opens the settings, or instructions in words. */
export type ShortcutSettingsWay = 'api' | 'chromium-page' | 'instructions';

export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** Written instructions, for a browser where no button can open the settings. */
export function shortcutInstructions(firefox: boolean): string {
  return firefox
    ? 'In Firefox, open Add-ons and themes (Ctrl+Shift+A), click the gear button and choose “Manage Extension Shortcuts”.'
    : `Open ${CHROMIUM_SHORTCUTS_URL} in a new tab.`;
}

export function shortcutSettingsWay(api: ShortcutSettingsApi, firefox: boolean): ShortcutSettingsWay {
  if (typeof api.commands?.openShortcutSettings === 'function') return 'api';
  return firefox ? 'instructions' : 'chromium-page';
}

/**
 * Opens the browser's shortcut settings; resolves true when it did, false when the reader
 * needs the written instructions instead (no way, or the browser refused).
 */
export async function openShortcutSettings(api: ShortcutSettingsApi, firefox: boolean): Promise<boolean> {
  try {
    switch (shortcutSettingsWay(api, firefox)) {
      case 'api':
        await api.commands!.openShortcutSettings!();
        return true;
      case 'chromium-page':
        await api.tabs.create({ url: CHROMIUM_SHORTCUTS_URL });
        return true;
      default:
        return false;
    }
  } catch {
    return false;
  }
}
