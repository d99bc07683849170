/** The page's colour scheme as the popup's "system" theme reads it, in a real page. */
import { afterEach, describe, expect, test } from 'vitest';
import { opaqueLuminance, pageColourScheme } from '../../../../entrypoints/content/hover/page-colour-scheme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe("the page's colour scheme", () => {
  test('a dark or light background painted by the body or the root decides', () => {
    document.body.style.background = '#111318';
    expect(pageColourScheme(document)).toBe('dark');
    document.body.style.background = '#fdfdf8';
    expect(pageColourScheme(document)).toBe('light');
    document.body.style.background = 'transparent';
    document.documentElement.style.background = 'rgb(20, 20, 30)';
    expect(pageColourScheme(document)).toBe('dark');
  });

  test('no background: the canvas, light unless the page allows a dark scheme (then the system decides)', () => {
    expect(pageColourScheme(document)).toBe('light');
    document.documentElement.style.colorScheme = 'light dark';
    expect(pageColourScheme(document)).toBe('system');
  });

  test('luminance of CSS colours; transparent ones have none', () => {
    expect(opaqueLuminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(opaqueLuminance('rgb(0, 0, 0)')).toBe(0);
    expect(opaqueLuminance('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(opaqueLuminance('rgba(0, 0, 0, 0.2)')).toBeUndefined();
    expect(opaqueLuminance('rgb(0 0 0 / 80%)')).toBe(0);
    expect(opaqueLuminance('nonsense')).toBeUndefined();
  });
});
