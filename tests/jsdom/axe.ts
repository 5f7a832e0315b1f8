import axe from 'axe-core';
import { expect } from 'vitest';

/** The WCAG 2.2 AA rule sets (the level the wizard promises), plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core over the whole document and fails with a readable list of violations. Colour
 * contrast and target size need real layout, so they are checked in Chromium instead.
 */
export async function expectNoAxeViolations(context: string): Promise<void> {
  const results = await axe.run(document, { runOnly: { type: 'tag', values: AXE_TAGS } });
  const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(violations, context).toEqual([]);
}
