import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), what).toEqual([]);
}

/** Every control is at least 44×44 CSS px (WCAG asks 24; a shared tablet asks more). */
export async function expectLargeTargets(page: Page, what: string): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
      .filter((element) => element.offsetParent !== null && !element.classList.contains('utrecht-skip-link'))
      .map((element) => {
        // A radio or check box counts with its label: the whole row is the target.
        const target = element.matches('input[type="radio"], input[type="checkbox"]') ? (element.closest('.hv-option') as HTMLElement) : element;
        const box = target.getBoundingClientRect();
        return { name: `${element.tagName} ${element.id || element.textContent?.trim().slice(0, 30)}`, width: box.width, height: box.height };
      })
      .filter((box) => box.width < 44 || box.height < 44),
  );
  expect(small, what).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
