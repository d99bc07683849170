// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { keepEarlyEvents } from '../../../entrypoints/content/early-events';

describe('keepEarlyEvents', () => {
  test('keeps keys and the last of each run of pointer moves, in order; stop forgets and stops', () => {
    const early = keepEarlyEvents(window);
    const move = (x: number) => window.dispatchEvent(new MouseEvent('mousemove', { clientX: x }));
    move(1);
    move(2);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
    move(3);
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    expect(early.events.map((e) => (e.type === 'mousemove' ? `move ${(e as MouseEvent).clientX}` : (e as KeyboardEvent).key))).toEqual([
      'move 2',
      'Shift',
      'move 3',
    ]);
    early.stop();
    move(4);
    expect(early.events).toEqual([]);
  });

  test('keeps at most 32 events', () => {
    const early = keepEarlyEvents(window);
    for (let i = 0; i < 50; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(early.events).toHaveLength(32);
    early.stop();
  });
});
