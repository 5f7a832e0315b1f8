import type { Page } from '@playwright/test';

/** Latin letters to Arabic ones, so the browser lays the text out right-to-left as it would real Arabic. */
const arabic = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const pseudoText = (text: string) =>
  // Placeholders stay as they are: the app fills them in.
  text.replace(/\{\w+\}|[a-z]/gi, (part) => (part.length > 1 ? part : (arabic[(part.toLowerCase().charCodeAt(0) - 97) % arabic.length] ?? part)));
/** A text, or each plural form of one (`_count` names a placeholder and stays). */
const pseudo = (text: string | Record<string, string>) =>
  typeof text === 'string' ? pseudoText(text) : Object.fromEntries(Object.entries(text).map(([form, words]) => [form, form === '_count' ? words : pseudoText(words)]));

/**
 * A right-to-left test catalogue, in tests only: every English catalogue file the built app
 * loads is served as a pseudo-Arabic one whose `language.direction` says `rtl`. Only data
 * changes, as when a translator adds Arabic; the app's code decides the layout from it. Needs
 * `serviceWorkers: 'block'`, or the service worker serves the real files from its cache.
 */
export async function serveEnglishAsPseudoRtl(page: Page): Promise<void> {
  await page.route(/\/assets\/(?:messages\.|fields\.)?en-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    // Each catalogue file is a module that exports its texts; read it as the browser would.
    const module = (await import(`data:text/javascript;base64,${Buffer.from(await response.text()).toString('base64')}`)) as { default: Record<string, string | Record<string, string>> };
    const texts = Object.fromEntries(Object.entries(module.default).map(([key, text]) => [key, pseudo(text)]));
    if ('language.direction' in texts) Object.assign(texts, { 'language.direction': 'rtl', 'language.tag': 'ar' });
    await route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(texts)};` });
  });
}
