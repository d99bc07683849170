/** Chrome's offscreen document: home of the one reading engine. Answers only requests the background forwarded. */
import { browser } from 'wxt/browser';
import { isForwardedEngineRequest } from '../../utils/engine/engine-messages';
import { answerEngineRequest } from '../../utils/engine/engine-host';

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isForwardedEngineRequest(message) || sender.id !== browser.runtime.id) return false;
  answerEngineRequest(message.request).then(sendResponse);
  return true;
});
