/**
 * The framework test suite of issue 12, the same for each framework: each case is run in a
 * browser with the built extension (furigana on) and in one without it, as a control that proves
 * the test right. The cases and what is checked after every update are in framework-app.ts and
 * tests/frameworks/front-page.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchWithExtension } from './extension-browser';
import { startFixtureServer } from './fixture-server';
import { FrontPageDriver, serveApp, type AppSession, type Hydration } from './framework-app';
import { warmEngine, WARM_UP_PAGE } from './reading-layer';
import { enterPopup, hoverWord } from './page-hover';
import { wordPointInPage } from './word-point';
import { setOptionsSwitch } from './extension-browser';
import type { BuiltApp, Framework } from '../../frameworks/build-apps';
import { HEADLINES, initialState, type Headline } from '../../frameworks/front-page';

/** The reference article's paragraphs twice: enough text that the extension's first pass takes several frames. */
function articleParagraphs(): string[] {
  const text = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [...paragraphs, ...paragraphs];
}

const item = (id: number, title: string): Headline => ({ id, title });

/** A case waits up to READINGS_TIMEOUT_MS for readings after each of several updates: room for a busy machine. */
const CASE_TIMEOUT_MS = 180_000;

export function frameworkSuite(framework: Framework): void {
  for (const run of ['control (no extension)', 'with the extension'] as const) {
    describe(`${framework}: ${run}`, () => {
      const withExtension = run === 'with the extension';
      let session: AppSession;
      let app: BuiltApp;
      const shot = (driver: FrontPageDriver, name: string) =>
        withExtension ? driver.screenshot(`${framework}-${name}`) : Promise.resolve();

      beforeAll(async () => {
        const server = await startFixtureServer();
        const browser = await launchWithExtension({ withExtension });
        session = { server, browser };
        if (withExtension) {
          session.options = await browser.openExtensionPage('options.html');
          await session.options.getByRole('switch', { name: 'Show furigana' }).waitFor();
          await setOptionsSwitch(session.options, 'Show furigana', true);
          await warmEngine(browser.context, server.page('/warm-up.html', WARM_UP_PAGE));
        }
        app = await serveApp(server, framework);
      }, 240_000);

      afterAll(async () => {
        await session?.browser.close();
        await session?.server.close();
      });

      async function open(hydration: Hydration = 'none', articles: string[] = []): Promise<FrontPageDriver> {
        if (session.options) await setOptionsSwitch(session.options, 'Show furigana', true);
        const driver = await FrontPageDriver.open(session, app, initialState(articles), hydration);
        await driver.check(['政府', '人口', '記者']);
        return driver;
      }

      test(
        'a headline beside a prefix element is swapped',
        async () => {
          const d = await open();
          await d.update({ title: '地震で新幹線が運休' }, ['地震', '運休']);
          await d.update({ title: '首相が辞任を表明' }, ['辞任']);
          await d.update({ title: '為替介入を財務省が示唆' }, ['為替', '財務省']);
          await shot(d, 'headline');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      test(
        'a clock ticks across 午前 → 午後',
        async () => {
          const d = await open();
          await d.update({ minute: 59 }, ['午前']);
          await d.update({ hour: 12, minute: 0 }, ['午後']);
          await d.update({ minute: 1 }, ['午後']);
          await d.update({ hour: 13, minute: 30 }, ['午後']);
          await shot(d, 'clock');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      test(
        'a counter counts down',
        async () => {
          const d = await open();
          for (const remaining of [11, 10, 9, 3, 0, 25]) await d.update({ remaining }, ['記事']);
          await shot(d, 'counter');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      test(
        'keyed and unkeyed lists: reorder, insert, remove',
        async () => {
          const d = await open();
          for (const list of ['keyed', 'unkeyed'] as const) {
            const now = () => d.state[list];
            await d.update({ [list]: [...now()].reverse() }, ['国会']);
            await d.update({ [list]: [now()[0]!, item(10, HEADLINES[4]!), ...now().slice(1)] }, ['株価', '最高値']);
            await d.update({ [list]: now().slice(1) }, ['株価']);
            await d.update({ [list]: [...now().slice(0, 2), item(11, HEADLINES[5]!), item(12, HEADLINES[6]!), ...now().slice(2)] }, [
              '外務',
              '河川',
            ]);
            await d.update({ [list]: now().filter((_, i) => i % 2 === 0) }, []);
            await d.update({ [list]: [item(13, HEADLINES[7]!), ...[...now()].reverse()] }, ['投票率']);
          }
          await shot(d, 'lists');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      test(
        'conditional text next to other text, toggled many times',
        async () => {
          const d = await open();
          for (let i = 0; i < 8; i++) await d.update({ urgent: i % 2 === 0 }, ['速報', '記者']);
          await d.update({ title: '国会で予算案が成立' }, ['予算案']); // still responds
          await shot(d, 'conditional');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      test(
        'text split across interpolations',
        async () => {
          const d = await open();
          for (const population of [14000001, 13999000, 9, 140000000]) await d.update({ population }, ['人口']);
          await shot(d, 'interpolations');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      for (const hydration of ['before', 'during', 'after'] as const) {
        test(
          `server-rendered markup hydrated ${hydration} the extension's first pass`,
          async () => {
            const d = await open(hydration, articleParagraphs());
            await d.update({ title: '地震で新幹線が運休' }, ['地震']);
            await d.update({ urgent: true }, ['速報']);
            await d.update({ urgent: false, hour: 12, minute: 0 }, ['午後']);
            await d.update({ keyed: d.state.keyed.slice(1), unkeyed: [...d.state.unkeyed].reverse() }, ['国会']);
            await d.update({ population: 13999000, remaining: 3 }, ['人口']);
            await shot(d, `hydration-${hydration}`);
            await d.close();
          },
          CASE_TIMEOUT_MS,
        );
      }

      test(
        'a keyed list the page shows as a popover: the hover popup inside it while the list changes, then out of it',
        async () => {
          const d = await open();
          // The page puts the app's keyed list into the top layer (a manual popover of its own): the
          // popup of a word in it, once the pointer is in it, goes inside the list, after the
          // framework's items, until the pointer leaves it.
          await d.page.evaluate(() => {
            const list = document.querySelector<HTMLElement>('#app ul.keyed')!;
            list.setAttribute('popover', 'manual');
            list.showPopover();
          });
          /** The name of the element holding the shown popup's host ('' while the popup is hidden). */
          const popupParent = () =>
            d.page.evaluate(() => document.querySelector('[data-yomu="popup"]:not([hidden])')?.parentElement?.localName ?? '');
          if (withExtension) {
            const word = (await d.page.evaluate(wordPointInPage, { word: '円相場', charIndex: 0, nth: 0 }))!;
            await hoverWord(d.page, '円相場', () => Promise.resolve());
            // Hovered: the popup shows, its host under <html>; into it, the host goes into the list.
            await expect.poll(popupParent, { timeout: 45_000 }).toBe('html');
            await enterPopup(d.page, word, '.yomu-popup');
            await expect.poll(popupParent).toBe('ul');
          }
          const now = () => d.state.keyed;
          // Reordered, grown at the end and at the start, cut: the framework's list around our host.
          await d.setState({ keyed: [...now()].reverse() });
          await d.setState({ keyed: [...now(), item(10, HEADLINES[4]!)] });
          await d.setState({ keyed: [item(11, HEADLINES[5]!), ...now().slice(1)] });
          await d.setState({ keyed: now().filter((_, i) => i % 2 === 0) });
          await d.setState({ keyed: [...now(), item(12, HEADLINES[6]!)] });
          if (withExtension) expect(await popupParent(), 'the popup still shown, inside the list').toBe('ul');
          await shot(d, 'popover-list-popup');
          // The popup hidden, its host leaves the list: the list is the framework's alone again.
          if (withExtension) {
            await d.page.mouse.move(2, 2);
            await expect.poll(popupParent).toBe('');
          }
          await d.setState({ keyed: [item(13, HEADLINES[7]!), ...[...now()].reverse()] });
          // (Not d.check: its one furigana host no longer holds with the page's popover open, which
          // has the layer's top-layer host beside it.)
          expect(await d.page.evaluate(() => document.querySelectorAll('#app [data-yomu]').length), 'elements of ours inside the app').toBe(
            0,
          );
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );

      test(
        'furigana off and on between updates, also after the app removed a text node',
        async () => {
          const d = await open();
          await d.update({ urgent: true }, ['速報']);
          await d.setFurigana(false, []);
          await d.check([]);
          await d.update({ urgent: false, title: '地震で新幹線が運休' }, []); // removes 【速報】's text node while off
          await d.setFurigana(true, ['地震', '記者']);
          await d.check(['地震']);
          await d.update({ urgent: true, keyed: d.state.keyed.slice(1) }, ['速報']);
          await d.update({ urgent: false, unkeyed: d.state.unkeyed.slice(0, 2) }, ['記者']); // removes text nodes while on
          await d.setFurigana(false, []);
          await d.check([]);
          await d.update({ hour: 12, minute: 0, population: 9 }, []);
          await d.setFurigana(true, ['午後', '人口']);
          await d.update({ title: '首相が辞任を表明', urgent: true }, ['辞任', '速報']);
          await shot(d, 'off-and-on');
          await d.close();
        },
        CASE_TIMEOUT_MS,
      );
    });
  }
}
