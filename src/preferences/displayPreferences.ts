import { createStore } from '../observable';

/** Text size steps; each enlarges every text and space of the page (all sizes are in rem). */
export const textSizes = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof textSizes)[number];

/** `system` follows the device's own "more contrast" setting (`prefers-contrast: more`). */
export const contrasts = ['system', 'standard', 'high'] as const;
export type Contrast = (typeof contrasts)[number];

export interface DisplayPreferences {
  readonly textSize: TextSize;
  readonly contrast: Contrast;
  /**
   * Side by side at the desk: in staff mode, every question, hint, "why we ask" and error also in
   * Dutch under the citizen's language, for the employee to read along. Off by default.
   */
  readonly dutchAlongside: boolean;
}

export const defaultDisplayPreferences: DisplayPreferences = { textSize: 'normal', contrast: 'system', dutchAlongside: false };

/** How this visit's reader wants the page to look; like the language, it lasts for the visit only. */
export const displayPreferences = createStore<DisplayPreferences>(defaultDisplayPreferences);
