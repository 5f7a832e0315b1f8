import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Translator } from '../i18n';
import { displayPreferences, type Contrast } from '../preferences';
import { useStore } from './useStore';

/** The device's "more contrast" setting; a browser without media queries (jsdom) never asks. */
const moreContrast = (): MediaQueryList | undefined => (typeof matchMedia === 'function' ? matchMedia('(prefers-contrast: more)') : undefined);

/** Whether the high-contrast theme is on: chosen, or asked for by the device and not switched off here. */
export function useHighContrast(): { readonly high: boolean; readonly contrast: Contrast } {
  const { contrast } = useStore(displayPreferences);
  const [systemAsks, setSystemAsks] = useState(() => moreContrast()?.matches ?? false);
  useEffect(() => {
    const query = moreContrast();
    const update = () => setSystemAsks(query?.matches ?? false);
    query?.addEventListener('change', update);
    return () => query?.removeEventListener('change', update);
  }, []);
  return { contrast, high: contrast === 'high' || (contrast === 'system' && systemAsks) };
}

/**
 * Puts the visit's choices on `<html>` together with the texts: its language as the catalogue
 * tags it (`language.tag`; WCAG 3.1.1: a screen reader never reads English with a Dutch voice), the direction the catalogue gives, the
 * text size and the contrast theme the CSS reads (`data-text-size`, `data-contrast`).
 */
export function useDisplayPreferences(translator: Translator): void {
  const { textSize } = useStore(displayPreferences);
  const { high } = useHighContrast();
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = translator.tag;
    root.dir = translator.direction;
    root.dataset.textSize = textSize;
    root.dataset.contrast = high ? 'high' : 'standard';
  }, [translator, textSize, high]);
}
