/**
 * Drives one of the framework test apps (tests/frameworks) in a browser, with or without the
 * extension, and checks after every update what issue 12 asks: the app root shows exactly what
 * the app's state says, no page error or hydration warning, the app still responds, and with
 * furigana on, readings appear for the new text and none remains for text that is gone.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, setOptionsSwitch, type ExtensionBrowser } from './extension-browser';
import type { FixtureServer } from './fixture-server';
import { drawnReadingBases, LEGACY_RUBY_PROBE, missingReadings, staleReadings, visibleText } from './reading-layer';
import { buildApp, type BuiltApp, type Framework } from '../../frameworks/build-apps';
import { appPageHtml } from '../../frameworks/app-page';
import { APP_ROOT_ID, expectedLines, type AppConfig, type FrontPageState } from '../../frameworks/front-page';

/** Generous: the engine's first load on a busy machine, then a frame or two per update. */
export const READINGS_TIMEOUT_MS = 60_000;

export interface AppSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** The options page of the extension; undefined in the control run (no extension). */
  options?: Page;
}

export type Hydration = 'none' | 'before' | 'during' | 'after';

/** Builds an app once and serves its bundle; returns the built app. */
export async function serveApp(server: FixtureServer, framework: Framework): Promise<BuiltApp> {
  const app = await buildApp(framework);
  server.serve(`/frameworks/${framework}.js`, app.clientJs, 'text/javascript; charset=utf-8');
  return app;
}

/** Splits `innerText` into its non-blank lines. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export class FrontPageDriver {
  readonly problems: string[] = [];
  private furigana = true;

  private constructor(
    readonly page: Page,
    readonly session: AppSession,
    readonly app: BuiltApp,
    public state: FrontPageState,
  ) {}

  get withExtension(): boolean {
    return this.session.options !== undefined;
  }

  /**
   * Opens the app in a new tab: rendered on the client (`none`), or server-rendered and hydrated
   * before the extension's first pass, during it (once its first readings are drawn), or after it
   * (once the readings have settled). Resolves once `window.__app` is there.
   */
  static async open(session: AppSession, app: BuiltApp, state: FrontPageState, hydration: Hydration = 'none'): Promise<FrontPageDriver> {
    const config: AppConfig = {
      state,
      mode: hydration === 'none' ? 'render' : 'hydrate',
      delayHydration: hydration === 'during' || hydration === 'after',
    };
    const serverHtml = hydration === 'none' ? undefined : await app.renderToHtml(state);
    const path = `/frameworks/${app.framework}-${hydration}.html`;
    const url = session.server.page(
      path,
      appPageHtml({ title: `${app.framework} front page`, scriptUrl: `/frameworks/${app.framework}.js`, config, serverHtml }),
    );
    const page = await session.browser.context.newPage();
    const driver = new FrontPageDriver(page, session, app, structuredClone(state));
    page.on('pageerror', (err) => driver.problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') driver.problems.push(`console.${msg.type()}: ${msg.text()}`);
    });
    await page.goto(url);
    if (config.delayHydration) {
      if (driver.withExtension && hydration === 'during') {
        // As soon as the first reading is drawn: the first pass has begun and (on a page this long) not ended.
        await expect
          .poll(async () => (await drawnReadingBases(page)).length, { timeout: READINGS_TIMEOUT_MS, interval: 10 })
          .toBeGreaterThan(0);
      } else if (driver.withExtension) {
        await driver.waitForSettledReadings(['政府', '人口']);
      }
      await page.evaluate(() => (window as unknown as { __startHydration(): void }).__startHydration());
    }
    await page.waitForFunction(() => (window as unknown as { __app?: unknown }).__app !== undefined, null, { timeout: 20_000 });
    if (serverHtml !== undefined) {
      const dropped = await page.evaluate(
        () => (window as unknown as { __ssrElements: Element[] }).__ssrElements.filter((e) => !e.isConnected).length,
      );
      expect(dropped, 'server-rendered elements the framework dropped on hydration').toBe(0);
    }
    return driver;
  }

  /** Turns furigana on or off from the options page (a no-op in the control run), and waits until the readings show it. */
  async setFurigana(on: boolean, words: string[]): Promise<void> {
    this.furigana = on;
    if (!this.session.options) return;
    await setOptionsSwitch(this.session.options, 'Show furigana', on);
    if (on) await this.waitForReadings(words);
    else await expect.poll(async () => (await drawnReadingBases(this.page)).length, { timeout: READINGS_TIMEOUT_MS }).toBe(0);
  }

  /**
   * Sets part of the app's state, then checks: the app shows the new state at once; with furigana
   * on, `words` (kanji words of the new text) get their readings and no reading is left over from
   * text that is gone; the app still shows the state then; no error so far.
   */
  async update(patch: Partial<FrontPageState>, words: string[]): Promise<void> {
    await this.setState(patch);
    await this.check(words);
  }

  /**
   * Sets part of the app's state and checks only that the app shows the new state at once and no
   * error came (not the readings, nor that nothing of ours is inside the app: for a case that
   * has something of ours there on purpose, the popup of a word in the page's popover).
   */
  async setState(patch: Partial<FrontPageState>): Promise<void> {
    Object.assign(this.state, structuredClone(patch));
    await this.page.evaluate((p) => (window as unknown as { __app: { set(p: object): Promise<void> } }).__app.set(p), patch as object);
    expect(lines(await visibleText(this.page, `#${APP_ROOT_ID}`)), 'right after the update').toEqual(expectedLines(this.state));
    expect(this.problems, 'page errors, console errors and warnings').toEqual([]);
  }

  /** The checks of `update`, on the current state. */
  async check(words: string[]): Promise<void> {
    if (this.withExtension) {
      if (this.furigana) await this.waitForReadings(words);
      else expect(await drawnReadingBases(this.page), 'furigana is off: no reading drawn').toEqual([]);
    }
    expect(lines(await visibleText(this.page, `#${APP_ROOT_ID}`)), 'once the extension has caught up').toEqual(expectedLines(this.state));
    expect(this.problems, 'page errors, console errors and warnings').toEqual([]);
    if (this.withExtension && !LEGACY_RUBY_PROBE) {
      // The overlay contract: nothing of ours inside the page's own content, one layer host on <html>.
      const ours = await this.page.evaluate(() => ({
        inApp: document.querySelectorAll('#app [data-yomu]').length,
        hosts: Array.from(document.querySelectorAll('[data-yomu="furigana"]')).map((h) => h.parentElement === document.documentElement),
      }));
      expect(ours.inApp, 'elements of ours inside the app').toBe(0);
      expect(ours.hosts.every(Boolean) && ours.hosts.length <= 1, 'one layer host, on <html>').toBe(true);
    }
  }

  /** Polls until every occurrence of `words` has a reading and no reading is stale. */
  async waitForReadings(words: string[]): Promise<void> {
    await expect
      .poll(
        async () => {
          const bases = await drawnReadingBases(this.page);
          const text = await visibleText(this.page);
          return { missing: missingReadings(bases, text, words), stale: staleReadings(bases, text) };
        },
        { timeout: READINGS_TIMEOUT_MS, interval: 100 },
      )
      .toEqual({ missing: [], stale: [] });
  }

  /** waitForReadings, then until the number of readings stops changing (the first pass is over). */
  async waitForSettledReadings(words: string[]): Promise<void> {
    await this.waitForReadings(words);
    let last = -1;
    await expect
      .poll(
        async () => {
          const n = (await drawnReadingBases(this.page)).length;
          const same = n === last;
          last = n;
          return same;
        },
        { timeout: READINGS_TIMEOUT_MS, interval: 500 },
      )
      .toBe(true);
  }

  async screenshot(name: string): Promise<void> {
    const dir = join(ARTIFACTS_DIR, 'frameworks');
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: join(dir, `${name}.png`) });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
