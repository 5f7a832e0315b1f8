import { expect, test, type Locator, type Page } from '@playwright/test';
import { openParkingCardPersonalDetails } from './parkingCardStart';

/** What Chromium tells a screen reader about one element: its accessibility node's properties. */
async function accessibilityProperties(page: Page, element: Locator): Promise<Record<string, unknown>> {
  const session = await page.context().newCDPSession(page);
  await element.evaluate((node) => node.setAttribute('data-ax-probe', ''));
  const { root } = (await session.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
  const { nodeId } = (await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-ax-probe]' })) as { nodeId: number };
  const { nodes } = (await session.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
    nodes: Array<{ ignored: boolean; properties?: Array<{ name: string; value: { value: unknown } }> }>;
  };
  await element.evaluate((node) => node.removeAttribute('data-ax-probe'));
  await session.detach();
  return Object.fromEntries((nodes.find((node) => !node.ignored)?.properties ?? []).map((property) => [property.name, property.value.value]));
}

test('a required file question is not announced "invalid" until the person tried to go on', async ({ page }) => {
  await openParkingCardPersonalDetails(page);
  await page.goto('/aanvraag/gehandicaptenparkeerkaart/stap/passportPhoto');
  const chooser = page.locator('#q-passportPhoto');
  await expect(chooser).toBeAttached();
  expect(await accessibilityProperties(page, chooser)).toMatchObject({ invalid: 'false' });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('.hv-error-summary')).toBeFocused();
  expect(await accessibilityProperties(page, chooser)).toMatchObject({ invalid: 'true' });
});
