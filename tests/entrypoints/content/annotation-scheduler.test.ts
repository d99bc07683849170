import { describe, expect, it } from 'vitest';
import { afterNextFrame, nodeSlices } from '../../../entrypoints/content/annotation-scheduler';

describe('nodeSlices', () => {
  it('cuts after the last sentence end in the second half of each slice, covering the text', () => {
    const text = 'あいうえお。'.repeat(10); // 60 code units, a sentence every 6
    const slices = nodeSlices(text, 20);
    expect(slices).toEqual([
      [0, 18],
      [18, 36],
      [36, 54],
      [54, 60],
    ]);
  });

  it('cuts at the slice’s end where no sentence ends, never inside a surrogate pair', () => {
    const text = 'か'.repeat(9) + '𠮟' + 'か'.repeat(10); // 𠮟 is code units 9 and 10
    const slices = nodeSlices(text, 10);
    expect(slices[0]).toEqual([0, 9]);
    expect(slices.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
    for (const [a, b] of slices) expect(b - a).toBeLessThanOrEqual(10);
  });

  it('leaves a text that fits whole', () => {
    expect(nodeSlices('漢字です。', 20)).toEqual([[0, 5]]);
  });
});

/** A window whose frames and timers the test runs by hand: nothing depends on the machine's load. */
function manualWindow() {
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const win = {
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
  } as unknown as Window;
  return { win, frames, timers };
}

describe('afterNextFrame', () => {
  it('waits for the next frame, then one task, before the next slice', async () => {
    const { win, frames, timers } = manualWindow();
    let done = false;
    const waited = afterNextFrame(win, 30).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(timers.map((t) => t.ms)).toEqual([30]);
    frames[0]!();
    await Promise.resolve();
    expect(done).toBe(false); // the frame is drawn; the slice runs in the task after it
    expect(timers.map((t) => t.ms)).toEqual([30, 0]);
    timers[1]!.run();
    await waited;
    expect(done).toBe(true);
    timers[0]!.run(); // the longest wait running later does nothing more
  });

  it('goes on after the longest wait in a tab that draws no frames', async () => {
    const { win, frames, timers } = manualWindow();
    let done = false;
    const waited = afterNextFrame(win, 30).then(() => (done = true));
    expect(frames).toHaveLength(1);
    await Promise.resolve();
    expect(done).toBe(false);
    timers.find((t) => t.ms === 30)!.run();
    await waited;
    expect(done).toBe(true);
  });
});
