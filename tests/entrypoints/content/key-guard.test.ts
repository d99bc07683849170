// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { installKeyGuard, listenKeysFirst, stopKeyUpOf } from '../../../entrypoints/content/key-guard';

describe('the key guard', () => {
  test('before the guard, handlers are ordinary listeners: the page’s earlier capture listener hears first', () => {
    const heard: string[] = [];
    const page = () => heard.push('page');
    window.addEventListener('keydown', page, true);
    const stop = listenKeysFirst(window, 'keydown', (e) => {
      heard.push('ours');
      e.stopImmediatePropagation();
    });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(heard).toEqual(['page', 'ours']);
    stop();
    window.removeEventListener('keydown', page, true);
  });

  test('installed first, its handlers hear keys before the page’s capture listeners, in order, and may stop them', () => {
    installKeyGuard(window);
    installKeyGuard(window); // once only
    const heard: string[] = [];
    window.addEventListener('keydown', () => heard.push('page keydown'), true);
    window.addEventListener('keyup', () => heard.push('page keyup'), true);
    const first = listenKeysFirst(window, 'keydown', (e) => {
      heard.push(`first ${e.key}`);
      if (e.key === 'Escape') {
        // Both, as the DOM standard's stopImmediatePropagation does (happy-dom's sets only the immediate flag).
        e.stopPropagation();
        e.stopImmediatePropagation();
      }
    });
    const second = listenKeysFirst(window, 'keydown', (e) => heard.push(`second ${e.key}`));
    const up = listenKeysFirst(window, 'keyup', (e) => heard.push(`up ${e.key}`));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape' }));
    expect(heard).toEqual(['first j', 'second j', 'page keydown', 'first Escape', 'up Escape', 'page keyup']);
    heard.length = 0;
    first();
    second();
    up();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(heard).toEqual(['page keydown']);
  });

  test('the keyup of a key of ours is stopped once: until it comes, or another key is pressed', () => {
    const heard: string[] = [];
    const page = (e: Event) => heard.push(`${e.type} ${(e as KeyboardEvent).key}`);
    window.addEventListener('keyup', page, true);
    const key = (type: string, k: string) => window.dispatchEvent(new KeyboardEvent(type, { key: k }));
    stopKeyUpOf(window, 'Escape');
    key('keyup', 'j');
    key('keyup', 'Escape');
    key('keyup', 'Escape');
    expect(heard).toEqual(['keyup j', 'keyup Escape']);
    heard.length = 0;
    // Its keyup lost (focus gone): the next key press ends the wait, and the page hears the next Escape.
    stopKeyUpOf(window, 'Escape');
    key('keydown', 'a');
    key('keyup', 'Escape');
    expect(heard).toEqual(['keyup Escape']);
    window.removeEventListener('keyup', page, true);
  });
});
