import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { hasNavigatedInApp } from './router';

/**
 * Sets `document.title` and, after a navigation inside the app, moves focus to the page's `<h1>`,
 * so a screen reader announces the new page like a real page load (WCAG 2.4.2, 2.4.3). On the
 * first load focus stays where the browser puts it.
 */
export function usePageTitleAndFocus(title: string, headingRef: RefObject<HTMLElement>, pageKey: string): void {
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (hasNavigatedInApp()) headingRef.current?.focus();
  }, [pageKey]);
}
