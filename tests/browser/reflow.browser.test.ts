import { expect, test, type Page } from '@playwright/test';
import { todayIso } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { choosePreference } from './displayPreferences';
import { completeWithKeyboard, consentWithKeyboard, tabTo } from './keyboard';
import { browserPermitExamples } from './permitExamples';

/*
 * Reflow (WCAG 1.4.10) with the largest text setting at 320 CSS px: every step of every permit's
 * example, filled in as the example has it (lists of files, group entries, found addresses), and
 * the check page. Nothing may make the page scroll sideways. Without a service worker, as in
 * permits.browser.test.ts (file choosers).
 */
test.use({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
});

/** What sticks out to the right of the page, deepest elements first, or nothing when all fits. */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const out = [...document.body.querySelectorAll<HTMLElement>('*')].filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5 && element.offsetParent !== null);
    const deepest = out.filter((element) => !out.some((other) => other !== element && element.contains(other)));
    return [`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`, ...deepest.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent?.trim().slice(0, 40)}"`)];
  });
}

/**
 * Words broken over two lines although they would fit on one: a word may break only when it is
 * wider than its box (`overflow-wrap: break-word`), never mid-word everywhere.
 */
async function needlesslyBroken(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = node.parentElement;
      if (!box || box.offsetParent === null || box.closest('.hv-visually-hidden')) continue;
      // A hyphen is a place to break ("e-mail", "ID-kaart"): the parts between are the words.
      // A hyphen is a place to break ("e-mail", "ID-kaart"): the parts between are the words.
      for (const word of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const tops = new Set(lines.map((rect) => Math.round(rect.top)));
        const width = lines.reduce((sum, rect) => sum + rect.width, 0);
        // Its block: the nearest ancestor that is not laid out inline.
        let block: HTMLElement | null = box;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        const room = block ? block.clientWidth - parseFloat(getComputedStyle(block).paddingInlineStart) - parseFloat(getComputedStyle(block).paddingInlineEnd) : Infinity;
        if (tops.size > 1 && width < room - 1) found.push(`"${word[0]}" (${Math.round(width)} px in ${Math.round(room)} px)`);
      }
    }
    return found;
  });
}

for (const example of await browserPermitExamples()) {
  test(`${example.permit.id} (${example.name}): at 320 px with the largest text no step scrolls sideways and no word breaks that fits`, async ({ page }) => {
    test.setTimeout(240_000);
    const answers = example.answers(todayIso());
    await page.goto('/');
    await choosePreference(page, 'textSize', 'Grootst');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    await tabTo(page, page.getByRole('link', { name: example.title, exact: true }));
    await page.keyboard.press('Enter');
    const wide: string[] = [];
    const look = async (where: string) => {
      const found = [...(await sticksOut(page)), ...(await needlesslyBroken(page))];
      if (found.length > 0) wide.push(`${where}: ${found.join('; ')}`);
    };
    await look('consent');
    await consentWithKeyboard(page);
    await completeWithKeyboard(page, example.permit, answers, (stepId) => look(stepId));
    await look('check answers');
    expect(wide).toEqual([]);
  });
}
