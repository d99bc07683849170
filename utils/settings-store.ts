/**
 * The settings as stored by the browser (storage.sync, so they follow the reader where the
 * browser syncs). Reading always goes through parseSettings: a corrupt stored value never
 * breaks a page, and it is not overwritten until the reader changes a setting.
 */
import { storage } from '@wxt-dev/storage';
import { parseSettings, type ParsedSettings, type Settings } from '../core/settings/settings';
import { SETTINGS_STORAGE_KEY } from './settings-key';

const settingsItem = storage.defineItem<unknown>(`sync:${SETTINGS_STORAGE_KEY}`);

/**
 * The stored settings, parsed (defaults and a problem said when they cannot be read). `stored`:
 * the raw value of storage.sync's settings key when its read was started already
 * (`readStoredSettings`, by the content script's loader); read now when absent.
 */
export async function loadSettings(stored?: Promise<unknown>): Promise<ParsedSettings> {
  try {
    return parseSettings(await (stored ?? settingsItem.getValue()));
  } catch (err) {
    const parsed = parseSettings(undefined);
    parsed.problems.push(`The settings could not be read (${err instanceof Error ? err.message : String(err)}); defaults are in use.`);
    return parsed;
  }
}

/** Applies a change on top of the current (valid) settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next: Settings = { ...settings, ...change(settings) };
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the parsed settings whenever they change, in any tab or page. */
export function watchSettings(callback: (parsed: ParsedSettings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
