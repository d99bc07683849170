/**
 * Chrome's offscreen document: home of the one reading engine. Answers only requests the
 * background forwarded. The engine's code (kuromoji's tokenizer, the reading layer, the glossary:
 * most of the document's script) is imported apart, after the dictionary's index has started to
 * be read: the two loads overlap instead of one waiting for the other (issue 14). Requests that
 * come meanwhile wait for the engine's code.
 */
import { browser } from 'wxt/browser';
import { isForwardedEngineRequest } from '../../utils/engine/engine-messages';
import { readDictionaryIndexEarly } from '../../utils/engine/extension-file-reader';

readDictionaryIndexEarly();
const host = import('../../utils/engine/engine-host');

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isForwardedEngineRequest(message) || sender.id !== browser.runtime.id) return false;
  host
    .then((h) => h.answerEngineRequest(message.request))
    .then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, error: `The reading engine could not start: ${err instanceof Error ? err.message : String(err)}` }),
    );
  return true;
});
