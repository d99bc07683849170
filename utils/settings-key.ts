/**
 * Where the settings are stored (storage.sync, under one key), with nothing else, so that the
 * content script's loader can start their read without the storage library (issue 14).
 */
import { browser } from 'wxt/browser';

/** The settings' key in storage.sync. */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * Starts reading the stored settings' raw value (undefined when none are stored), for
 * `loadSettings` to parse. Rejects as storage.sync.get does.
 */
export function readStoredSettings(): Promise<unknown> {
  return browser.storage.sync.get(SETTINGS_STORAGE_KEY).then((items) => (items as Record<string, unknown>)[SETTINGS_STORAGE_KEY]);
}
