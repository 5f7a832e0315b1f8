import { expect, type Locator, type Page } from '@playwright/test';
import type { AddressAnswer, AnswerValue, Answers, DateTimeRangeAnswer, FileAnswer, GroupEntry, GroupItemAnswer, GroupQuestion, PermitDefinition, Question } from '../../src/wizard';
import { exampleFilePath } from '../fixtures/exampleFiles';
import { deskForm, deskSteps } from '../../src/definitions';
import { stepPosition, todayIso, visibleEntryItems, visiblePlan } from '../../src/wizard';

/**
 * Presses Tab until `target` has focus: proves it can be reached with the keyboard alone, in the
 * page's own order. Fails after `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with Tab in ${limit} presses`);
}

export async function typeInto(page: Page, id: string, value: string): Promise<void> {
  const box = page.locator(`[id="${id}"]`);
  await tabTo(page, box);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  if (value !== '') await page.keyboard.type(value);
  await expect(box).toHaveValue(value);
}

/** Chooses a radio button as a keyboard user does: Tab into the group, arrows to the option. */
export async function chooseRadio(page: Page, questionId: string, value: string): Promise<void> {
  const group = page.locator(`input[name="${questionId}"]`);
  const target = page.locator(`input[name="${questionId}"][value="${value}"]`);
  // Tab lands on the checked radio, or on the first when none is checked.
  for (let i = 0; i < 60; i++) {
    const focusedName = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    if (focusedName === questionId) break;
    await page.keyboard.press('Tab');
  }
  const count = await group.count();
  for (let i = 0; i <= count && !(await target.isChecked()); i++) {
    if (await target.evaluate((element) => element === document.activeElement)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeChecked();
}

async function tickBoxes(page: Page, questionId: string, values: readonly string[]): Promise<void> {
  for (const value of values) {
    const box = page.locator(`input[name="${questionId}"][value="${value}"]`);
    await tabTo(page, box);
    if (!(await box.isChecked())) await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
}

/**
 * The consent screen with the keyboard alone: the contact channel by arrows, then "Ja, ik ga
 * akkoord"; then, unless `onBehalf` is false, "Voor mijzelf" on the page that asks for whom the
 * application is, so the walk stands on the permit's first question.
 */
export async function consentWithKeyboard(page: Page, channel: 'post' | 'email' | 'phone' = 'post', { onBehalf = true }: { onBehalf?: boolean } = {}): Promise<void> {
  await expect(page).toHaveTitle(/^Voordat u begint – /);
  // The title is set as the page renders, focus moves to its heading just after: wait for that, or a
  // Tab pressed in between is undone by the move (and the test types into the wrong place).
  await expect(page.locator('h1')).toBeFocused();
  await chooseRadio(page, 'consentContactChannel', channel);
  await tabTo(page, page.getByRole('button', { name: 'Ja, ik ga akkoord' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stap\/onBehalf$/);
  await expect(page.locator('h1')).toBeFocused();
  if (onBehalf) await forMyselfWithKeyboard(page);
}

/** "Voor wie is deze aanvraag?" with the keyboard alone: "Voor mijzelf", then "Volgende" to the permit's first question. */
export async function forMyselfWithKeyboard(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/^Voor wie is deze aanvraag\? – /);
  await expect(page.locator('h1')).toBeFocused();
  await chooseRadio(page, 'onBehalfOf', 'self');
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stap\/[^/]+$/);
  await expect(page).not.toHaveURL(/\/stap\/onBehalf$/);
  await expect(page.locator('h1')).toBeFocused();
}

/**
 * Adds files as a keyboard user does: Tab to the file input (shown as "Kies een bestand"), Space
 * opens the chooser, the files come from `tests/fixtures/files`; then waits until each is listed.
 *
 * In pages a service worker controls, Chromium at times opens the chooser without Playwright
 * hearing of it (CDP `Page.fileChooserOpened` missing; compare
 * https://github.com/microsoft/playwright/issues/28023). Unless `requireChooser` is set, the files
 * then go into the focused input directly, as the chooser would put them: the walk-throughs prove
 * the field is reached and used by keyboard; `tests/browser/attachments.browser.test.ts` proves,
 * with `requireChooser`, that Space opens the chooser.
 */
export async function addFilesWithKeyboard(page: Page, questionId: string, files: readonly Pick<FileAnswer, 'name'>[], options: { requireChooser?: boolean } = {}): Promise<void> {
  for (const file of files) {
    const input = page.locator(`[id="q-${questionId}"]`);
    await tabTo(page, input);
    const chooser = page.waitForEvent('filechooser', options.requireChooser ? {} : { timeout: 5_000 });
    await page.keyboard.press('Space');
    const opened = await chooser.catch(() => undefined);
    if (opened) await opened.setFiles(exampleFilePath(file));
    else await input.setInputFiles(exampleFilePath(file));
    await expect(page.getByRole('status').filter({ hasText: `${file.name} is toegevoegd` })).toBeVisible();
  }
}

/**
 * Answers one question with the keyboard alone, by its type. `name` is where the answer sits in the
 * form: the question's id, or `groupId.index.itemId` for an item of a repeating group's entry.
 */
export async function answerWithKeyboard(page: Page, question: Question, value: AnswerValue | undefined, name = question.id): Promise<void> {
  if (value === undefined) return;
  const id = `q-${name.replaceAll('.', '-')}`;
  switch (question.type) {
    case 'choice':
      return chooseRadio(page, name, String(value));
    case 'yesNo':
      return chooseRadio(page, name, value === true || value === 'yes' ? 'yes' : 'no');
    case 'multiChoice':
      return tickBoxes(page, name, value as readonly string[]);
    case 'address':
    case 'dateTimeRange': {
      // Each part in its own box, in the order the answer names them.
      for (const [part, text] of Object.entries(value as AddressAnswer | DateTimeRangeAnswer)) await typeInto(page, `${id}-${part}`, text);
      return;
    }
    case 'file':
      return addFilesWithKeyboard(page, question.id, value as readonly FileAnswer[]);
    case 'group':
      return fillEntriesWithKeyboard(page, question, value as readonly GroupEntry[]);
    default:
      return typeInto(page, id, String(value));
  }
}

/**
 * A repeating group with the keyboard alone: the entries the step starts with are filled in; for
 * each further one, Tab to "Nog een … toevoegen" and Enter, which puts focus in the new entry's
 * first box. Items are answered in order, each shown or not by the entry's answers before it.
 */
async function fillEntriesWithKeyboard(page: Page, group: GroupQuestion, entries: readonly GroupEntry[]): Promise<void> {
  const today = todayIso();
  const shown = await page.locator(`.hv-group__entry:has([name^="${group.id}."])`).count();
  for (const [index, entry] of entries.entries()) {
    if (index >= shown) {
      await tabTo(page, page.locator(`[id="q-${group.id}-add"]`));
      await page.keyboard.press('Enter');
      await expect(page.locator(`[name^="${group.id}.${index}."]`).first()).toBeFocused();
    }
    const typed: Record<string, GroupItemAnswer> = {};
    for (const item of group.items) {
      if (!visibleEntryItems(group, typed, today).includes(item)) continue;
      const answer = entry[item.id];
      await answerWithKeyboard(page, item, answer, `${group.id}.${index}.${item.id}`);
      if (answer !== undefined) typed[item.id] = answer;
    }
  }
}

/**
 * Walks a whole permit with the keyboard alone, filling in `answers`, and checks on every step
 * that focus is on the `<h1>` and the title says "Stap n van N" (WCAG 2.4.3, 2.4.2). `afterAnswers`
 * runs on each step after its answers, before "Volgende" (staff mode records who typed there).
 */
export async function completeWithKeyboard(
  page: Page,
  permit: PermitDefinition,
  answers: Answers,
  afterAnswers?: (stepId: string) => Promise<void>,
  atDesk?: Answers,
): Promise<void> {
  const today = todayIso();
  const plan = visiblePlan(permit, answers, today);
  const answered: Record<string, Answers[string]> = {};
  for (const [index, { step, questions }] of plan.entries()) {
    await expect(page).toHaveURL(new RegExp(`/stap/${step.id}$`));
    const position = stepPosition(permit, step.id, answered, today);
    expect(position?.number).toBe(index + 1);
    await expect(page).toHaveTitle(new RegExp(`^Stap ${index + 1} van ${position?.total}: `));
    // The count is honest: the last step says how many there really were.
    if (index === plan.length - 1) expect(position?.total).toBe(plan.length);
    for (const question of questions) answered[question.id] = answers[question.id];
    if (index > 0) await expect(page.locator('h1')).toBeFocused();
    for (const question of questions) await answerWithKeyboard(page, question, answers[question.id]);
    await afterAnswers?.(step.id);
    await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
    await page.keyboard.press('Enter');
  }
  if (atDesk) await recordAtDeskWithKeyboard(page, atDesk);
  await expect(page).toHaveURL(/\/controleren$/);
  await expect(page.locator('h1')).toBeFocused();
}

/**
 * In staff mode, after the permit's last step: the identity check and, when a fee is due, the
 * payment, each answered with the keyboard alone from `answers` (the desk form's question ids;
 * "on whose behalf" as answered before). Leaves the page on the check page.
 */
export async function recordAtDeskWithKeyboard(page: Page, answers: Answers): Promise<void> {
  for (const step of deskSteps) {
    const url = page.url();
    if (!url.endsWith(`/stap/${step.id}`)) continue;
    await expect(page.locator('h1')).toBeFocused();
    const questions = visiblePlan(deskForm, answers, todayIso()).find((visible) => visible.step.id === step.id)?.questions ?? [];
    for (const question of questions) await answerWithKeyboard(page, question, answers[question.id]);
    await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(new RegExp(`/stap/${step.id}$`));
  }
}
