import { afterEach, describe, expect, it } from 'vitest';
import { applications, enterStep, giveConsent, saveAnswers, startApplication, updateApplication } from '../../../src/application';

const PERMIT = 'gehandicaptenparkeerkaart';

describe('updateApplication', () => {
  afterEach(() => applications.set({}));

  it('tells no subscriber about a change that changed nothing', () => {
    startApplication(PERMIT);
    giveConsent(PERMIT, 'email', undefined);
    saveAnswers(PERMIT, { firstName: 'Fatima' });
    enterStep(PERMIT, 'personalDetails');
    const before = applications.get();
    let told = 0;
    const stop = applications.subscribe(() => (told += 1));
    // The same answer again (a step saving what it opened with), the same step entered again, and a change returning the application as it was.
    saveAnswers(PERMIT, { firstName: 'Fatima' });
    enterStep(PERMIT, 'personalDetails');
    updateApplication(PERMIT, (application) => application);
    expect(told).toBe(0);
    expect(applications.get()).toBe(before);
    saveAnswers(PERMIT, { firstName: 'Fatim' });
    expect(told).toBe(1);
    expect(applications.get()[PERMIT]?.answers.firstName).toBe('Fatim');
    stop();
  });

  it('notes the step entered and the answers its form starts with in one change', () => {
    startApplication(PERMIT);
    giveConsent(PERMIT, 'email', undefined);
    let told = 0;
    const stop = applications.subscribe(() => (told += 1));
    enterStep(PERMIT, 'personalDetails', { firstName: 'Fatima', lastName: '' });
    expect(told).toBe(1);
    expect(applications.get()[PERMIT]).toMatchObject({ stepId: 'personalDetails', answers: { firstName: 'Fatima', lastName: '' } });
    // Entered again with what it holds: nothing to tell.
    enterStep(PERMIT, 'personalDetails', { firstName: 'Fatima' });
    expect(told).toBe(1);
    stop();
  });

  it('still keeps a fresh application that the change left as it was', () => {
    updateApplication(PERMIT, (application) => application);
    expect(applications.get()[PERMIT]?.permitId).toBe(PERMIT);
  });
});
