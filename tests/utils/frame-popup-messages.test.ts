/** The frame popup's messages are checked before use: malformed ones, or ones not routed by the background, are refused. */
import { describe, expect, test } from 'vitest';
import * as m from '../../utils/frame-popup-messages';
import { SEISAI as info } from '../review/popup.fixture';

const content = { info, selected: 0, keys: [{ keys: 'Esc', action: 'close' }] };
const show = {
  type: m.FRAME_POPUP_SHOW,
  content,
  word: [{ left: 10, top: 2, right: 50, bottom: 32 }],
  pointer: { x: 20, y: 16 },
  writing: 'horizontal',
  look: { theme: 'system', fontSize: 14 },
  frame: { url: 'http://127.0.0.1:1/ticker.html', width: 640, height: 36 },
  showing: 7,
  frameId: 3,
};

describe('parseFrameToTop', () => {
  test('takes a well-formed show, update and hide routed by the background (frame id set)', () => {
    expect(m.parseFrameToTop(show)).toEqual(show);
    expect(m.parseFrameToTop({ type: m.FRAME_POPUP_UPDATE, content: { ...content, notice: 'Saved ✓' }, frameId: 3 })?.type).toBe(
      m.FRAME_POPUP_UPDATE,
    );
    expect(m.parseFrameToTop({ type: m.FRAME_POPUP_HIDE, frameId: 3 })?.type).toBe(m.FRAME_POPUP_HIDE);
  });

  test('refuses a message the background did not route (no frame id, or not a frame id)', () => {
    const { frameId: _frameId, ...unrouted } = show;
    expect(m.parseFrameToTop(unrouted)).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, frameId: -1 })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, frameId: 1.5 })).toBeUndefined();
  });

  test('refuses malformed content, boxes, look and frame', () => {
    expect(m.parseFrameToTop({ ...show, word: [] })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, word: [{ left: 0, top: 0, right: NaN, bottom: 1 }] })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, look: { theme: 'neon', fontSize: 14 } })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, writing: 'diagonal' })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, frame: { url: 1, width: 640, height: 36 } })).toBeUndefined();
    const { showing: _showing, ...unnumbered } = show;
    expect(m.parseFrameToTop(unnumbered)).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, showing: '7' })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, content: { ...content, info: { ...info, surface: 5 } } })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, content: { ...content, info: { ...info, entries: [{ headwords: 'x' }] } } })).toBeUndefined();
    expect(m.parseFrameToTop({ ...show, content: { ...content, keys: [{ keys: 'J' }] } })).toBeUndefined();
    expect(
      m.parseFrameToTop({ ...show, content: { ...content, study: { saved: 'yes', known: false, view: 'words', kanjiIndex: 0 } } }),
    ).toBeUndefined();
    expect(m.parseFrameToTop({ type: 'yomu-frame:other', frameId: 3 })).toBeUndefined();
  });
});

describe('the top to a frame', () => {
  test('a hidden notice naming the showing and the forwarded commands pass; copies and unknown commands do not', () => {
    expect(m.parseTopToFrame({ type: m.FRAME_POPUP_HIDDEN, showing: 7 })).toEqual({ type: m.FRAME_POPUP_HIDDEN, showing: 7 });
    expect(m.parseTopToFrame({ type: m.FRAME_POPUP_HIDDEN })).toBeUndefined();
    expect(m.parseTopToFrame({ type: m.FRAME_POPUP_HIDDEN, showing: -1 })).toBeUndefined();
    expect(m.parseTopToFrame({ type: m.FRAME_POPUP_COMMAND, command: 'next' })).toEqual({ type: m.FRAME_POPUP_COMMAND, command: 'next' });
    expect(m.parseTopToFrame({ type: m.FRAME_POPUP_COMMAND, command: 'copy-word' })).toBeUndefined();
    expect(m.parseTopToFrame({ type: m.FRAME_POPUP_COMMAND, command: 'format-disk' })).toBeUndefined();
    expect(m.forwardsCommand('close')).toBe(true);
    expect(m.forwardsCommand('copy-entry')).toBe(false);
  });

  test('a request to deliver one names a frame id and a well-formed message', () => {
    const hidden = { type: m.FRAME_POPUP_HIDDEN, showing: 7 };
    expect(m.parseToFrame({ type: m.FRAME_POPUP_TO_FRAME, frameId: 4, message: hidden })).toEqual({
      type: m.FRAME_POPUP_TO_FRAME,
      frameId: 4,
      message: hidden,
    });
    expect(m.parseToFrame({ type: m.FRAME_POPUP_TO_FRAME, frameId: '4', message: hidden })).toBeUndefined();
    expect(m.parseToFrame({ type: m.FRAME_POPUP_TO_FRAME, frameId: 4, message: { type: m.FRAME_POPUP_SHOW } })).toBeUndefined();
  });

  test("the top's reply to a show as the frame takes it: no reply, or a malformed one, is unanswered", () => {
    expect(m.frameReplyOf({ shown: true })).toEqual({ shown: true });
    expect(m.frameReplyOf({ shown: false })).toEqual({ shown: false });
    expect(m.frameReplyOf({ shown: false, unanswered: true })).toEqual({ shown: false, unanswered: true });
    expect(m.frameReplyOf(undefined)).toEqual({ shown: false, unanswered: true });
    expect(m.frameReplyOf({ shown: 'yes' })).toEqual({ shown: false, unanswered: true });
  });

  test('only our prefix is a frame message (the engine has yomu:)', () => {
    expect(m.isFrameMessage({ type: m.FRAME_POPUP_HIDE })).toBe(true);
    expect(m.isFrameMessage({ type: 'yomu:lookup' })).toBe(false);
    expect(m.isFrameMessage('yomu-frame:hide')).toBe(false);
  });
});
