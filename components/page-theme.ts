/** Our pages follow the reader's theme setting: system, light or dark (see glossary-list.css). */
import { useEffect } from 'preact/hooks';
import type { Theme } from '../core/settings/settings';

export function usePageTheme(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.setAttribute('data-yomu-theme', theme ?? 'system');
  }, [theme]);
}
