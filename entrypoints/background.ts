/**
 * The background wires the extension together: it routes engine requests from our content
 * scripts and pages to the one engine of the browser (offscreen document on Chrome, this page on
 * Firefox), refuses anything else, and turns the keyboard command into a message for the tab.
 * When Yomu is installed or updated it brings a word list and known words of an older schema to
 * the current one.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { isEngineMessage } from '../utils/engine/engine-messages';
import { TOGGLE_TAB_MESSAGE } from '../utils/tab-messages';
import { forwardToOffscreen } from '../utils/engine/offscreen-document';
import { answerEngineRequest } from '../utils/engine/engine-host';
import { migrateKnownWords, migrateWordList } from '../utils/study-store';
import { markOnce } from '../utils/engine/start-marks';
import { frameReplyOf, isFrameMessage, parseToFrame, type FramePopupReply } from '../utils/frame-popup-messages';

function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // Our content scripts run in tabs; our own pages have extension URLs.
  return sender.tab !== undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * The engine is started when the browser starts and when Yomu is installed or updated, not when
 * the first page asks (issue 14): on Chrome its offscreen document is created, in both browsers
 * the dictionary is opened while the reader opens a page, so the first hover is answered from a
 * dictionary already in memory. A failure here is left for the first request to meet again and say.
 */
function startEngine(): void {
  const prepare = { type: 'yomu:prepare' } as const;
  const started = import.meta.env.FIREFOX ? answerEngineRequest(prepare) : forwardToOffscreen(prepare);
  started.catch((err: unknown) => console.warn('Yomu: the reading engine could not be started', err));
}

export default defineBackground({
  // Firefox (Manifest V2, wxt.config.ts): a persistent background page, never suspended when idle,
  // so the engine it hosts stays loaded as Chrome's offscreen document does. (Chrome's Manifest V3
  // service worker ignores this; the engine is not in it.)
  persistent: { firefox: true },
  main,
});

function main(): void {
  browser.runtime.onStartup.addListener(startEngine);
  // Once per update, before a tab writes (every write migrates too, should one come first).
  browser.runtime.onInstalled.addListener(() => {
    startEngine();
    migrateWordList().catch((err: unknown) => console.error('Yomu: the word list could not be migrated', err));
    migrateKnownWords().catch((err: unknown) => console.error('Yomu: the known words could not be migrated', err));
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (isFrameMessage(message)) return routeFrameMessage(message, sender, sendResponse);
    if (!isEngineMessage(message)) return false;
    markOnce(`asked-${(message as { type: string }).type}`);
    if (!isOwnSender(sender)) {
      sendResponse({ ok: false, error: 'Request refused: unknown sender' });
      return false;
    }
    const answer = import.meta.env.FIREFOX ? answerEngineRequest(message) : forwardToOffscreen(message);
    answer.then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }));
    return true;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-furigana') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: TOGGLE_TAB_MESSAGE }).catch(() => {});
  });
}

/**
 * Routes the frame popup's messages (utils/frame-popup-messages.ts) between a tab's frames: a
 * frame's message to the tab's top frame (frame 0) with the sender's frame id added, answered
 * with the top's reply; the top frame's message to the frame it names. Only our own content
 * scripts' messages are routed, and only within the tab they came from; the contents are checked
 * by the frame that receives them.
 */
function routeFrameMessage(
  message: { type: string },
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: FramePopupReply) => void,
): boolean {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!isOwnSender(sender) || tabId === undefined || frameId === undefined) return false;
  const toFrame = parseToFrame(message);
  if (toFrame) {
    if (frameId === 0) void browser.tabs.sendMessage(tabId, toFrame.message, { frameId: toFrame.frameId }).catch(() => undefined);
    return false;
  }
  // From a frame to the top: never from the top itself (it draws its own popups).
  if (frameId === 0) return false;
  // No answer from the top (its frame popups not linked yet: no listener answers) says so: the
  // frame asks again on a later move for as long as it gets none, where a top that could not
  // find it is asked again only for a few seconds.
  browser.tabs.sendMessage(tabId, { ...message, frameId }, { frameId: 0 }).then(
    (reply: unknown) => sendResponse(frameReplyOf(reply)),
    () => sendResponse({ shown: false, unanswered: true }),
  );
  return true;
}
