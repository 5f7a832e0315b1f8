import { expect, test } from '@playwright/test';
import { findDefinition } from '../../src/definitions';
import { examples as notificationExamples } from '../../src/definitions/melding-klein-evenement/examples';
import { neighbourhoodPartyThresholds } from '../../src/definitions/evenementenvergunning/examples';
import { todayIso, visiblePlan } from '../../src/wizard';
import { TEST_DEVICE_TOKEN } from './deviceToken';
import { answerWithKeyboard, completeWithKeyboard, consentWithKeyboard, tabTo } from './keyboard';
import { expectNoViolations } from './pageChecks';
import { startApplication } from './parkingCardStart';

const event = findDefinition('evenementenvergunning');
const notification = findDefinition('melding-klein-evenement');
if (!event || !notification) throw new Error('The event definitions are missing');

test.beforeEach(async ({ page }) => {
  await page.goto(`/koppelen#token=${TEST_DEVICE_TOKEN}`);
  await expect(page.getByText('Gelukt. Deze tablet is gekoppeld')).toBeVisible();
});

test('a small neighbourhood party is routed to the melding with the reason shown, and the melding is sent with the keyboard alone', async ({ page, request }) => {
  test.setTimeout(120_000);
  const today = todayIso();
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Evenement organiseren', exact: true }));
  await page.keyboard.press('Enter');
  await consentWithKeyboard(page);

  // The threshold questions come first.
  for (const { step, questions } of visiblePlan(event, neighbourhoodPartyThresholds, today).filter((visible) => visible.questions.length > 0)) {
    await expect(page).toHaveURL(new RegExp(`/stap/${step.id}$`));
    for (const question of questions) await answerWithKeyboard(page, question, neighbourhoodPartyThresholds[question.id as keyof typeof neighbourhoodPartyThresholds]);
    await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL(/\/stap\/route$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Een melding is genoeg' })).toBeFocused();
  await expect(page).toHaveTitle(/^Stap 4 van 4: Een melding is genoeg – /);
  await expect(page.getByText('Het blijft binnen alle regels voor een melding', { exact: false })).toBeVisible();
  await expectNoViolations(page, 'outcome');
  await tabTo(page, page.getByRole('button', { name: 'Verder met: Melding klein evenement' }));
  await page.keyboard.press('Enter');

  // The melding asks its own questions; what it shares with the event (the visitors) came along.
  const party = notificationExamples.neighbourhoodParty(today);
  await completeWithKeyboard(page, notification, party);
  await tabTo(page, page.getByRole('button', { name: 'Aanvraag versturen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeFocused();
  const reference = (await page.locator('.hv-reference__number').textContent()) ?? '';
  const stored = await request.get(`/api/v1/applications/${reference}`, { headers: { Authorization: `Bearer ${TEST_DEVICE_TOKEN}` } });
  expect(await stored.json()).toMatchObject({ reference, formId: 'melding-klein-evenement' });
});

test('a 2,000-visitor festival is routed to the permit, with the reason shown', async ({ page }) => {
  await page.goto('/');
  await startApplication(page, 'Evenement organiseren');
  await page.locator('#q-maxVisitors').fill('2000');
  await page.getByRole('button', { name: 'Volgende' }).click();
  for (const id of ['moreThanOneDay', 'earlyOrLate']) await page.locator(`#q-${id}-no`).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  for (const id of ['closesRoad', 'largeStructures']) await page.locator(`#q-${id}-no`).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'U hebt een evenementenvergunning nodig' })).toBeFocused();
  await expect(page.locator('.hv-outcome').getByRole('listitem')).toHaveText(['U verwacht 2.000 bezoekers tegelijk. Bij meer dan 200 bezoekers is een vergunning nodig.']);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page).toHaveURL(/\/stap\/organiser$/);
});
