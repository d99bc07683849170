/**
 * The top page's side of a frame's popup (frame-popup.ts, TopFramePopups): a copy is made in the
 * top (the clipboard wants the focused document) and its notice shown on the popup the frame
 * sent. The clipboard may answer after the frame has drawn the same word again (its provisional
 * answer refined): the notice still shows on that word's popup, and never on another word's.
 *
 * The extension API is stood in for by a `chrome` global set before frame-popup.ts is imported
 * (wxt/browser reads it then), with `runtime.getFrameId` as Firefox has it; the popup's host by a
 * recorder of what it was asked to draw.
 */
import { beforeAll, beforeEach, expect, test } from 'vitest';
import type { PopupHost } from '../../../../entrypoints/content/hover/popup-host';
import type { FrameHover, TopFramePopups } from '../../../../entrypoints/content/hover/frame-popup';
import type { WordPopupProps } from '../../../../components/WordPopup';
import { FRAME_POPUP_SHOW, type FramePopupShow } from '../../../../utils/frame-popup-messages';
import { SEISAI } from '../../../review/popup.fixture';

const FRAME_ID = 7;
/** The frame's element, found by `getFrameId`. */
let frame: HTMLIFrameElement;

(globalThis as { chrome?: unknown }).chrome = {
  runtime: {
    id: 'yomu-test',
    onMessage: { addListener() {}, removeListener() {} },
    sendMessage: async () => undefined,
    getFrameId: (element: Element) => (element === frame ? FRAME_ID : -1),
  },
};

let Top: typeof TopFramePopups;
beforeAll(async () => {
  ({ TopFramePopups: Top } = await import('../../../../entrypoints/content/hover/frame-popup'));
});

/** What the top asked its popup host to draw: the props of the latest show or update. */
interface Drawn {
  props?: WordPopupProps;
  showings: number;
}

/** The clipboard's pending writes: the text and how to answer it. */
let writes: { text: string; answer: () => void }[];

let top: TopFramePopups;
let drawn: Drawn;

beforeEach(async () => {
  document.body.innerHTML = '';
  frame = document.createElement('iframe');
  frame.style.cssText = 'display:block;width:640px;height:36px;border:0';
  frame.srcdoc = '<!doctype html><p>速報：政府は制裁を決めた。</p>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  drawn = { showings: 0 };
  const host = {
    get showings() {
      return drawn.showings;
    },
    show(props: WordPopupProps) {
      drawn.showings++;
      drawn.props = props;
    },
    update(props: WordPopupProps) {
      drawn.props = props;
    },
    hide() {
      drawn.props = undefined;
    },
  } as unknown as PopupHost;
  const hover: FrameHover = { popupHost: host, screenOrigin: undefined, drawInTop() {}, fromTop() {}, hide() {} };
  top = new Top(document, hover);
  writes = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: (text: string) => new Promise<void>((answer) => writes.push({ text, answer: () => answer() })),
  });
});

/** The frame's show of `surface` (its `showing`-th), provisional or refined. */
function showOf(surface: string, showing: number, provisional: boolean): FramePopupShow & { frameId: number } {
  return {
    type: FRAME_POPUP_SHOW,
    frameId: FRAME_ID,
    content: { info: { ...SEISAI, surface, ...(provisional ? { provisional: true } : {}) }, selected: 0, keys: [] },
    word: [{ left: 100, top: 8, right: 140, bottom: 28 }],
    writing: 'horizontal',
    look: { theme: 'light', fontSize: 16 },
    frame: { url: 'about:srcdoc', width: 640, height: 36 },
    showing,
  };
}

/** Presses `key` with the focus in the top page. */
function press(key: string): void {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Lets the clipboard's answer reach its handlers. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

test('a copy answered after the frame drew the same word again shows its notice on that popup', async () => {
  expect(top.receive(showOf('制裁', 0, true))).toEqual({ shown: true });
  press('c');
  expect(writes.map((w) => w.text)).toEqual(['制裁']);
  // The frame's refined answer for the same word comes before the clipboard answers.
  expect(top.receive(showOf('制裁', 1, false))).toEqual({ shown: true });
  expect(drawn.props?.info.provisional).toBeUndefined();
  writes[0]!.answer();
  await settled();
  expect(drawn.props?.notice).toBe('Copied the word');
  expect(drawn.props?.info.surface).toBe('制裁');
});

test('a copy answered after the frame moved on to another word shows no notice on it', async () => {
  top.receive(showOf('制裁', 0, false));
  press('c');
  top.receive(showOf('政府', 1, false));
  writes[0]!.answer();
  await settled();
  expect(drawn.props?.info.surface).toBe('政府');
  expect(drawn.props?.notice).toBeUndefined();
});

test('a notice shown keeps showing when the frame draws the word again', async () => {
  top.receive(showOf('制裁', 0, true));
  press('r');
  writes[0]!.answer();
  await settled();
  expect(drawn.props?.notice).toBe('Copied the reading');
  top.receive(showOf('制裁', 1, false));
  expect(drawn.props?.notice).toBe('Copied the reading');
});
