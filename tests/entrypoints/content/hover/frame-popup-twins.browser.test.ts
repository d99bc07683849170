/**
 * The top page finding which of twin frames (the same URL and size) a frame's popup comes from,
 * as in Chromium, which has no `runtime.getFrameId` (frame-popup.ts, TopFramePopups): by where
 * the frame says the pointer is on the screen, seen from the top's own place there. `:hover` does
 * not tell here (no real pointer), as in Chromium it may not for a frame of another origin.
 *
 * The extension API is stood in for by a `chrome` global without getFrameId, set before
 * frame-popup.ts is imported; the popup's host by a recorder of the boxes it was asked to draw by.
 */
import { beforeAll, beforeEach, expect, test } from 'vitest';
import type { PopupHost } from '../../../../entrypoints/content/hover/popup-host';
import type { FrameHover, TopFramePopups } from '../../../../entrypoints/content/hover/frame-popup';
import type { Box } from '../../../../entrypoints/content/hover/popup-position';
import { FRAME_POPUP_SHOW, type FramePopupShow } from '../../../../utils/frame-popup-messages';
import { SEISAI } from '../../../review/popup.fixture';

(globalThis as { chrome?: unknown }).chrome = {
  runtime: {
    id: 'yomu-test',
    onMessage: { addListener() {}, removeListener() {} },
    sendMessage: async () => undefined,
  },
};

let Top: typeof TopFramePopups;
beforeAll(async () => {
  ({ TopFramePopups: Top } = await import('../../../../entrypoints/content/hover/frame-popup'));
});

/** Where the top's viewport lies on the screen (as its hover learnt from a pointer move). */
const TOP_ON_SCREEN = { x: 40, y: 90 };
/** The pointer in the frame, its client px. */
const POINTER = { x: 120, y: 18 };
/** The word's box in the frame, its client px. */
const WORD: Box = { left: 100, top: 8, right: 160, bottom: 28 };

let twins: HTMLIFrameElement[];
/** The word boxes the top's host was last asked to draw beside. */
let drawnBeside: Box[] | undefined;

async function openTwins(zoom: number): Promise<TopFramePopups> {
  document.documentElement.style.zoom = zoom === 1 ? '' : String(zoom);
  document.body.innerHTML = '<div style="display:flex;gap:16px;margin:30px 10px"></div>';
  twins = [0, 1].map(() => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'display:block;width:300px;height:36px;border:1px solid #888';
    frame.srcdoc = '<!doctype html><p>速報：政府は制裁を決めた。</p>';
    return frame;
  });
  const loaded = twins.map((f) => new Promise((resolve) => f.addEventListener('load', resolve, { once: true })));
  document.body.firstElementChild!.append(...twins);
  await Promise.all(loaded);
  drawnBeside = undefined;
  let showings = 0;
  const host = {
    get showings() {
      return showings;
    },
    show(_props: unknown, word: Box[]) {
      drawnBeside = word;
      showings++;
    },
    update() {},
    hide() {},
  } as unknown as PopupHost;
  const hover: FrameHover = { popupHost: host, screenOrigin: TOP_ON_SCREEN, drawInTop() {}, fromTop() {}, hide() {} };
  return new Top(document, hover);
}

beforeEach(() => {
  document.documentElement.style.zoom = '';
});

/** The content box's origin of twin `k` in the top's client px, and the zoom it is drawn at. */
function placeOf(k: number): { x: number; y: number; zoom: number } {
  const frame = twins[k]!;
  const zoom = (frame as HTMLIFrameElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  const r = frame.getBoundingClientRect();
  const s = getComputedStyle(frame);
  return { x: r.left + parseFloat(s.borderLeftWidth) * zoom, y: r.top + parseFloat(s.borderTopWidth) * zoom, zoom };
}

/**
 * What twin `k`'s hover sends: its screen origin as its pointer event gives it, screen minus client
 * px (the frame's px drawn times the zoom around it, so the pointer's screen place is the top's
 * origin plus the frame's plus the pointer times the zoom).
 */
function showFrom(k: number): FramePopupShow & { frameId: number } {
  const place = placeOf(k);
  const screenX = TOP_ON_SCREEN.x + place.x + POINTER.x * place.zoom;
  const screenY = TOP_ON_SCREEN.y + place.y + POINTER.y * place.zoom;
  return {
    type: FRAME_POPUP_SHOW,
    frameId: 3 + k,
    content: { info: SEISAI, selected: 0, keys: [] },
    word: [WORD],
    pointer: POINTER,
    writing: 'horizontal',
    look: { theme: 'light', fontSize: 16 },
    frame: { url: 'about:srcdoc', width: 300, height: 36, screenOrigin: { x: screenX - POINTER.x, y: screenY - POINTER.y } },
    showing: 0,
  };
}

test.each([1, 1.1, 1.25])(
  'twins side by side, page zoom %s: the popup is drawn beside the word in the frame it came from',
  async (zoom) => {
    for (const k of [1, 0]) {
      const top = await openTwins(zoom);
      expect(top.receive(showFrom(k))).toEqual({ shown: true });
      const place = placeOf(k);
      const expected = {
        left: place.x + WORD.left * place.zoom,
        top: place.y + WORD.top * place.zoom,
        right: place.x + WORD.right * place.zoom,
        bottom: place.y + WORD.bottom * place.zoom,
      };
      const [drawn] = drawnBeside!;
      for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(drawn![side]).toBeCloseTo(expected[side], 0);
    }
  },
);

test('with no place on the screen from the frame, twins are not told apart: the frame keeps its popup', async () => {
  const top = await openTwins(1);
  const { screenOrigin: _, ...frame } = showFrom(1).frame;
  expect(top.receive({ ...showFrom(1), frame })).toEqual({ shown: false });
});
