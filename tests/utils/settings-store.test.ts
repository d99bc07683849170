/**
 * The settings' read started ahead (utils/settings-key.ts, by the content script's loader) and
 * parsed by loadSettings (utils/settings-store.ts) over a fake storage.sync (WXT's testing kit):
 * the same settings and problems as a read made by loadSettings itself, and a failed read gives
 * the defaults with the problem said.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';

async function modules() {
  vi.resetModules();
  const g = globalThis as unknown as { chrome: unknown; browser: unknown };
  g.chrome = fakeBrowser;
  g.browser = fakeBrowser;
  return { ...(await import('../../utils/settings-key')), ...(await import('../../utils/settings-store')) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings read ahead by the loader', () => {
  it.each([
    ['nothing stored', undefined],
    ['valid settings', { hoverTrigger: 'shift', popupFontSize: 18, showFurigana: true }],
    ['an invalid value beside a valid one', { hoverTrigger: 'ctrl', theme: 'dark' }],
    ['not an object', 'garbage'],
  ])('%s: the same as loadSettings reads itself', async (_name, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.sync.set({ settings: stored });
    const { readStoredSettings, loadSettings, SETTINGS_STORAGE_KEY } = await modules();
    expect(SETTINGS_STORAGE_KEY).toBe('settings');
    expect(await loadSettings(readStoredSettings())).toEqual(await loadSettings());
  });

  it('stored settings are read from storage.sync under the settings key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hoverTrigger: 'alt' } });
    const { readStoredSettings, loadSettings } = await modules();
    expect((await loadSettings(readStoredSettings())).settings).toEqual({ ...DEFAULT_SETTINGS, siteFurigana: {}, hoverTrigger: 'alt' });
  });

  it('a failed read: the defaults, and the problem said', async () => {
    const { loadSettings } = await modules();
    const parsed = await loadSettings(Promise.reject(new Error('storage is gone')));
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, siteFurigana: {} });
    expect(parsed.problems).toEqual(['The settings could not be read (storage is gone); defaults are in use.']);
  });
});
