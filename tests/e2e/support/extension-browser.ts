/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core (never a
 * downloaded browser). The extension must have been built first (`npm run build`).
 */
import type { FixtureServer } from './fixture-server';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built extension: `.output/chrome-mv3`, or the folder named by YOMU_EXTENSION_DIR (another worktree's build). */
export const EXTENSION_DIR = process.env.YOMU_EXTENSION_DIR
  ? resolve(process.env.YOMU_EXTENSION_DIR)
  : fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/** Flags that keep Chromium quiet on a machine without network (no background calls home). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens one of the extension's pages (options.html, popup.html...). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { withExtension?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const withExtension = options.withExtension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'yomu-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...QUIET_FLAGS,
      '--js-flags=--expose-gc',
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ],
  });
  let serviceWorker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker: serviceWorker!,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under tests/artifacts/ (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** What each real-browser suite starts with: the fixture server, the browser with the extension, its options page. */
export interface ExtensionSession {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** The options page, open in its own tab, for turning settings on and off as a reader does. */
  options: Page;
}

export async function openExtensionSession(): Promise<ExtensionSession> {
  const { startFixtureServer } = await import('./fixture-server');
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  const options = await browser.openExtensionPage('options.html');
  await options.getByRole('switch', { name: 'Show furigana' }).waitFor();
  return { server, browser, options };
}

export async function closeExtensionSession(session: Partial<ExtensionSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}

/** Sets a switch of the options page by its accessible name, and waits until it shows the state. */
export async function setOptionsSwitch(options: Page, name: string, on: boolean): Promise<void> {
  const toggle = options.getByRole('switch', { name });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  for (let i = 0; i < 50 && (await toggle.isChecked()) !== on; i++) await options.waitForTimeout(50);
  if ((await toggle.isChecked()) !== on) throw new Error(`the switch "${name}" did not turn ${on ? 'on' : 'off'}`);
}

/** The browser's tab id of a page (brought to the front, then asked of the extension). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await browser.serviceWorker.evaluate(async () => {
    const tabs = await chrome.tabs.query({ active: true, currentWindow: true });
    return tabs.map((t) => t.id!);
  });
  if (ids.length !== 1) throw new Error(`expected one active tab, found ${ids.length}`);
  return ids[0]!;
}
