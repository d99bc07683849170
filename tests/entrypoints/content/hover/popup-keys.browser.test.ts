import { expect, test } from 'vitest';
import { popupCommandFor } from '../../../../entrypoints/content/hover/popup-keys';

test('typing in a field inside a web component (an open shadow root) is left alone, as in any field', () => {
  const host = document.createElement('my-box');
  const root = host.attachShadow({ mode: 'open' });
  const field = document.createElement('input');
  root.append(field);
  document.body.append(host);
  const heard: (string | undefined)[] = [];
  const targets: string[] = [];
  const listen = (e: Event) => {
    targets.push((e.target as Element).localName);
    heard.push(popupCommandFor(e as KeyboardEvent));
  };
  window.addEventListener('keydown', listen, true);
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  host.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
  window.removeEventListener('keydown', listen, true);
  // At the window the field's keys are retargeted to the host: the field is found through the composed path.
  expect(targets).toEqual(['my-box', 'my-box', 'my-box']);
  expect(heard).toEqual([undefined, undefined, 'save']);
  host.remove();
});
