/** How engine requests travel: the background forwards them to the offscreen document under this target. */
export const OFFSCREEN_TARGET = 'yomu-offscreen';

export interface ForwardedEngineRequest {
  target: typeof OFFSCREEN_TARGET;
  request: unknown;
}

export function isForwardedEngineRequest(message: unknown): message is ForwardedEngineRequest {
  return typeof message === 'object' && message !== null && (message as { target?: unknown }).target === OFFSCREEN_TARGET;
}

/** Messages for the engine carry a `type` starting with this prefix. */
export function isEngineMessage(message: unknown): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith('yomu:');
}
