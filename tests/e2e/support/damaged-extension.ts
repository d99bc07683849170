/**
 * A damaged install, as a reader could meet one: the built extension copied to a temporary
 * folder, broken there by the test, and launched with furigana on (the setting stored from the
 * options page), beside a fixture server. `close` stops both and removes the copy.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface DamagedExtension {
  browser: ExtensionBrowser;
  server: FixtureServer;
  close(): Promise<void>;
}

/** Copies the built extension, lets `damage` break the copy (its folder given), and launches it. */
export async function launchDamagedCopy(damage: (dir: string) => void): Promise<DamagedExtension> {
  const dir = mkdtempSync(join(tmpdir(), 'yomu-damaged-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  damage(dir);
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ extensionDir: dir });
  const options = await browser.openExtensionPage('options.html');
  await options.evaluate(() => chrome.storage.sync.set({ settings: { showFurigana: true } }));
  await options.close();
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
