/**
 * The popup of a word in a frame too short to show it, drawn in the top page (issue F24): the
 * messages between a frame's content script, the background and the top frame's content script.
 *
 * They travel only over the extension's own messaging (`runtime.sendMessage` to the background,
 * which adds the sender's frame id and forwards with `tabs.sendMessage` to frame 0 of the same tab,
 * or from frame 0 back to that frame), never `window.postMessage`: a page sees every `message`
 * event of its windows, so it could read the word shown (and the saved and known state sent with
 * it) and send a popup of its own making; runtime messages reach only our own scripts. The
 * background forwards only what our content scripts send (`isOwnSender`), and every message is
 * checked here before it is used. Nothing leaves the machine.
 */
import type { Box, WritingMode } from '../entrypoints/content/hover/popup-position';
import type { PopupCommand } from '../entrypoints/content/hover/popup-keys';
import type { PopupKey, PopupStudy, WordPopupProps } from '../components/WordPopup';
import type { WordInfo } from '../core/lookup/word-info';
import type { Theme } from '../core/settings/settings';

/** Every message of this protocol has a `type` starting with this (not `yomu:`, the engine's). */
const PREFIX = 'yomu-frame:';

/** Frame → top (through the background): show the popup for a word of the frame. Answered with FramePopupReply. */
export const FRAME_POPUP_SHOW = 'yomu-frame:show';
/** Frame → top: the shown popup's content changed (an entry selected, a notice, the kanji view). */
export const FRAME_POPUP_UPDATE = 'yomu-frame:update';
/** Frame → top: hide the popup. */
export const FRAME_POPUP_HIDE = 'yomu-frame:hide';
/**
 * Top → frame (through the background): the top hid the popup (its page scrolled, the pointer left
 * the frame, the frame went away). It names the frame's showing it hid (FramePopupShow.showing).
 */
export const FRAME_POPUP_HIDDEN = 'yomu-frame:hidden';
/** Top → frame: a key pressed in the top page (which has the focus) for the popup. */
export const FRAME_POPUP_COMMAND = 'yomu-frame:command';
/** Top → background: deliver `message` (FRAME_POPUP_HIDDEN or FRAME_POPUP_COMMAND) to frame `frameId` of the sender's tab. */
export const FRAME_POPUP_TO_FRAME = 'yomu-frame:to-frame';

/** The popup's content as data (WordPopupProps without the study actions, which stay in the frame). */
export type FramePopupContent = Omit<WordPopupProps, 'keys' | 'study'> & {
  keys: PopupKey[];
  study?: Omit<PopupStudy, 'onSave' | 'onKnown' | 'onView'>;
};

/** What the top needs to draw a frame's popup. Boxes and points in the frame's client px. */
export interface FramePopupShow {
  type: typeof FRAME_POPUP_SHOW;
  content: FramePopupContent;
  /** The word's client rects in the frame (one per line box piece). */
  word: Box[];
  /** The pointer in the frame (says which line of a word broken over two is pointed at). */
  pointer?: { x: number; y: number };
  writing: WritingMode;
  look: { theme: Theme; fontSize: number };
  /**
   * The frame's document: its URL and its viewport's size (CSS px), to find its element in the top
   * page; and, once the pointer has moved in it, where its viewport's origin lies on the screen
   * (the pointer's screen minus client px), which tells twin frames (same URL and size) apart.
   */
  frame: { url: string; width: number; height: number; screenOrigin?: { x: number; y: number } };
  /**
   * The frame's number for this showing (it counts up, an integer ≥ 0). The top's FRAME_POPUP_HIDDEN
   * names it: the frame's next popup may be on its way to the top while that notice is on its way
   * back (the two pass through the background on their own), and a notice of an earlier showing
   * must not take the next one down in the frame while the top shows it.
   */
  showing: number;
  /** Set by the background: the sender's frame id. */
  frameId?: number;
}

export interface FramePopupUpdate {
  type: typeof FRAME_POPUP_UPDATE;
  content: FramePopupContent;
  frameId?: number;
}

export interface FramePopupHide {
  type: typeof FRAME_POPUP_HIDE;
  frameId?: number;
}

/**
 * The top's answer to FRAME_POPUP_SHOW: false when it could not find the frame (the frame then
 * shows the popup itself). `unanswered` (set by the background, or by the frame when the message
 * failed): the top's content script did not answer at all (its frame popups not linked yet, the
 * page opening; or the background was away), so asking again later may succeed.
 */
export interface FramePopupReply {
  shown: boolean;
  unanswered?: true;
}

/**
 * The reply as the frame takes it, from whatever came back (`reply`: a FramePopupReply, or
 * anything else): shown only when the top said so; a missing or malformed reply is unanswered.
 */
export function frameReplyOf(reply: unknown): FramePopupReply {
  if (!isObject(reply) || typeof reply.shown !== 'boolean') return { shown: false, unanswered: true };
  return reply.shown ? { shown: true } : reply.unanswered === true ? { shown: false, unanswered: true } : { shown: false };
}

export type FrameToTop = FramePopupShow | FramePopupUpdate | FramePopupHide;

interface FramePopupHidden {
  type: typeof FRAME_POPUP_HIDDEN;
  /** The frame's showing the top hid (FramePopupShow.showing). */
  showing: number;
}

export type TopToFrame = FramePopupHidden | { type: typeof FRAME_POPUP_COMMAND; command: PopupCommand };

export interface ToFrame {
  type: typeof FRAME_POPUP_TO_FRAME;
  frameId: number;
  message: TopToFrame;
}

/** The commands the top forwards to the frame (the copies it makes itself: it has the focus). */
const FORWARDED: readonly PopupCommand[] = ['next', 'previous', 'close', 'save', 'known', 'kanji'];

/** Whether `message` belongs to this protocol (its type has our prefix). */
export function isFrameMessage(message: unknown): message is { type: string } {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith(PREFIX);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
/** An integer ≥ 0: a frame id, a showing's number. */
const isWholeNumber = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function isBox(v: unknown): v is Box {
  return isObject(v) && isNumber(v.left) && isNumber(v.top) && isNumber(v.right) && isNumber(v.bottom);
}

/**
 * Whether `v` has the shape of WordInfo as far as the popup reads it: a surface, reading and
 * romaji (strings), inflections (strings), entries (objects with headword, reading and sense
 * arrays). The rest is drawn by Preact as text (never as HTML), and comes from our own frame.
 */
function isWordInfo(v: unknown): v is WordInfo {
  if (!isObject(v) || !isNumber(v.start) || !isNumber(v.end)) return false;
  if (!isString(v.surface) || !isString(v.reading) || !isString(v.romaji)) return false;
  if (!Array.isArray(v.inflections) || !v.inflections.every(isString)) return false;
  return (
    Array.isArray(v.entries) &&
    v.entries.every(
      (e) => isObject(e) && Array.isArray(e.headwords) && Array.isArray(e.readings) && Array.isArray(e.senses) && e.senses.every(isObject),
    )
  );
}

function isContent(v: unknown): v is FramePopupContent {
  if (!isObject(v) || !isWordInfo(v.info) || !Number.isInteger(v.selected)) return false;
  if (v.notice !== undefined && !isString(v.notice)) return false;
  if (v.loading !== undefined && typeof v.loading !== 'boolean') return false;
  if (!Array.isArray(v.keys) || !v.keys.every((k) => isObject(k) && isString(k.keys) && isString(k.action))) return false;
  if (v.study === undefined) return true;
  const s = v.study;
  return (
    isObject(s) &&
    typeof s.saved === 'boolean' &&
    typeof s.known === 'boolean' &&
    (s.view === 'words' || s.view === 'kanji') &&
    Number.isInteger(s.kanjiIndex) &&
    (s.kanji === undefined || isString(s.kanji) || Array.isArray(s.kanji)) &&
    (s.readOnly === undefined || isObject(s.readOnly))
  );
}

/**
 * A frame's message for the top, checked (the background has set `frameId`), or undefined when
 * `message` is not a well-formed one. Input: a message as received; output: the same object, typed.
 */
export function parseFrameToTop(message: unknown): FrameToTop | undefined {
  if (!isObject(message) || !isWholeNumber(message.frameId)) return undefined;
  switch (message.type) {
    case FRAME_POPUP_HIDE:
      return message as unknown as FramePopupHide;
    case FRAME_POPUP_UPDATE:
      return isContent(message.content) ? (message as unknown as FramePopupUpdate) : undefined;
    case FRAME_POPUP_SHOW: {
      const m = message;
      const frame = m.frame;
      const look = m.look;
      const pointer = m.pointer;
      const ok =
        isContent(m.content) &&
        Array.isArray(m.word) &&
        m.word.length > 0 &&
        m.word.every(isBox) &&
        (pointer === undefined || (isObject(pointer) && isNumber(pointer.x) && isNumber(pointer.y))) &&
        (m.writing === 'horizontal' || m.writing === 'vertical') &&
        isObject(look) &&
        (look.theme === 'light' || look.theme === 'dark' || look.theme === 'system') &&
        isNumber(look.fontSize) &&
        isObject(frame) &&
        isString(frame.url) &&
        isNumber(frame.width) &&
        isNumber(frame.height) &&
        (frame.screenOrigin === undefined ||
          (isObject(frame.screenOrigin) && isNumber(frame.screenOrigin.x) && isNumber(frame.screenOrigin.y))) &&
        isWholeNumber(m.showing);
      return ok ? (message as unknown as FramePopupShow) : undefined;
    }
    default:
      return undefined;
  }
}

/** The top's message for a frame, checked; undefined when `message` is not a well-formed one. */
export function parseTopToFrame(message: unknown): TopToFrame | undefined {
  if (!isObject(message)) return undefined;
  if (message.type === FRAME_POPUP_HIDDEN)
    return isWholeNumber(message.showing) ? { type: FRAME_POPUP_HIDDEN, showing: message.showing } : undefined;
  if (message.type === FRAME_POPUP_COMMAND && FORWARDED.includes(message.command as PopupCommand))
    return { type: FRAME_POPUP_COMMAND, command: message.command as PopupCommand };
  return undefined;
}

/** A top frame's request to deliver a message to one of its tab's frames, checked; undefined when malformed. */
export function parseToFrame(message: unknown): ToFrame | undefined {
  if (!isObject(message) || message.type !== FRAME_POPUP_TO_FRAME || !isWholeNumber(message.frameId)) return undefined;
  const inner = parseTopToFrame(message.message);
  return inner ? { type: FRAME_POPUP_TO_FRAME, frameId: message.frameId, message: inner } : undefined;
}

/** Whether the top forwards `command` to the frame (the copies it makes itself). */
export function forwardsCommand(command: PopupCommand): boolean {
  return FORWARDED.includes(command);
}
