/**
 * Which blocks the glossary underlines: those near the screen (Vitest browser mode, Chromium).
 */
import { afterEach, expect, test } from 'vitest';
import { NearViewport } from '../../../../entrypoints/content/glossary/near-viewport';

let near: NearViewport | undefined;
afterEach(() => {
  near?.track([]);
  document.body.innerHTML = '';
  scrollTo(0, 0);
});

test('blocks on the screen are near, blocks far below are not until scrolled to; changes are reported', async () => {
  document.body.innerHTML = `<p id="top">上</p><div style="height:${innerHeight * 4}px"></div><p id="far">下</p><div style="height:${innerHeight}px"></div>`;
  const top = document.getElementById('top')!;
  const far = document.getElementById('far')!;
  let changes = 0;
  near = new NearViewport(document, () => changes++);
  near.track([top, far]);
  await expect.poll(() => near!.has(top)).toBe(true);
  expect(near.has(far)).toBe(false);
  const before = changes;
  far.scrollIntoView();
  await expect.poll(() => near!.has(far)).toBe(true);
  await expect.poll(() => near!.has(top)).toBe(false);
  await expect.poll(() => changes).toBeGreaterThan(before);
  // Untracked: forgotten.
  near.track([top]);
  expect(near.has(far)).toBe(false);
});
