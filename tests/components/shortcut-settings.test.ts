import { describe, expect, test } from 'vitest';
import {
  CHROMIUM_SHORTCUTS_URL,
  openShortcutSettings,
  shortcutSettingsWay,
  type ShortcutSettingsApi,
} from '../../components/shortcut-settings';

function fakeApi(options: { withApi?: boolean; createThrows?: boolean } = {}) {
  const calls: string[] = [];
  const api: ShortcutSettingsApi = {
    tabs: {
      create: async ({ url }) => {
        calls.push(`tab ${url}`);
        if (options.createThrows) throw new Error(`Illegal URL: ${url}`);
      },
    },
    ...(options.withApi ? { commands: { openShortcutSettings: async () => void calls.push('api') } } : { commands: {} }),
  };
  return { api, calls };
}

describe('opening the browser shortcut settings', () => {
  test('Firefox with commands.openShortcutSettings: the API, no tab (about:addons is refused)', async () => {
    const { api, calls } = fakeApi({ withApi: true });
    expect(shortcutSettingsWay(api, true)).toBe('api');
    await expect(openShortcutSettings(api, true)).resolves.toBe(true);
    expect(calls).toEqual(['api']);
  });

  test('Firefox without it: written instructions, and no tab is tried', async () => {
    const { api, calls } = fakeApi();
    expect(shortcutSettingsWay(api, true)).toBe('instructions');
    await expect(openShortcutSettings(api, true)).resolves.toBe(false);
    expect(calls).toEqual([]);
  });

  test('Chromium: the shortcuts page in a tab; a refusal falls back to the instructions', async () => {
    const { api, calls } = fakeApi();
    await expect(openShortcutSettings(api, false)).resolves.toBe(true);
    expect(calls).toEqual([`tab ${CHROMIUM_SHORTCUTS_URL}`]);
    const refused = fakeApi({ createThrows: true });
    await expect(openShortcutSettings(refused.api, false)).resolves.toBe(false);
  });
});
