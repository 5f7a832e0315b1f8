import { describe, expect, it } from 'vitest';
import { firstUnfinishedStepId, nextStepId, previousStepId, stepPosition, visiblePlan } from '../../../src/wizard';
import { TODAY, driverAnswers, testPermit } from '../../fixtures/testPermit';

const stepIds = (answers: Parameters<typeof visiblePlan>[1]) => visiblePlan(testPermit, answers, TODAY).map(({ step }) => step.id);

describe('navigation through the steps', () => {
  it('skips a step whose condition does not hold, and counts only the steps shown', () => {
    expect(stepIds({ kind: 'passenger' })).toEqual(['kind', 'person', 'home', 'extra']);
    expect(stepIds({ kind: 'driver' })).toEqual(['kind', 'car', 'person', 'home', 'extra']);
    expect(stepPosition(testPermit, 'person', { kind: 'passenger' }, TODAY)).toEqual({ number: 2, total: 4 });
    expect(stepPosition(testPermit, 'person', { kind: 'driver' }, TODAY)).toEqual({ number: 3, total: 5 });
  });

  it('counts a step that may still come, so the total never grows while the person answers', () => {
    // On the first step nobody knows yet whether the car step comes: count it.
    expect(stepPosition(testPermit, 'kind', {}, TODAY)).toEqual({ number: 1, total: 5 });
    expect(stepPosition(testPermit, 'kind', { kind: 'passenger' }, TODAY)).toEqual({ number: 1, total: 4 });
    // Once past the first step, its answer is settled.
    expect(stepPosition(testPermit, 'home', { kind: 'passenger' }, TODAY)).toEqual({ number: 3, total: 4 });
  });

  it('goes to the step the last answer switched on, and back again', () => {
    expect(nextStepId(testPermit, 'kind', { kind: 'driver' }, TODAY)).toBe('car');
    expect(nextStepId(testPermit, 'kind', { kind: 'passenger' }, TODAY)).toBe('person');
    expect(previousStepId(testPermit, 'person', { kind: 'driver' }, TODAY)).toBe('car');
    expect(previousStepId(testPermit, 'person', { kind: 'passenger' }, TODAY)).toBe('kind');
    expect(previousStepId(testPermit, 'kind', {}, TODAY)).toBeUndefined();
  });

  it('ends at the check page after the last step', () => {
    expect(nextStepId(testPermit, 'extra', driverAnswers, TODAY)).toBeUndefined();
  });

  it('shows a follow-up question only while its trigger says so, on the same step', () => {
    const car = (answers: Parameters<typeof visiblePlan>[1]) =>
      visiblePlan(testPermit, answers, TODAY).find(({ step }) => step.id === 'car')?.questions.map((question) => question.id);
    expect(car({ kind: 'driver' })).toEqual(['ownCar']);
    expect(car({ kind: 'driver', ownCar: 'yes' })).toEqual(['ownCar', 'plate']);
    expect(car({ kind: 'driver', ownCar: 'no' })).toEqual(['ownCar']);
  });

  it('does not let an answer on a hidden step switch on later questions', () => {
    // The person first chose driver + own car, then changed to passenger: the car step is hidden,
    // so its answers must not count any more.
    const plan = visiblePlan(testPermit, { ...driverAnswers, kind: 'passenger' }, TODAY);
    expect(plan.flatMap(({ questions }) => questions.map((question) => question.id))).not.toContain('plate');
  });

  it('resumes at the first step that is not complete, or none when all is done', () => {
    expect(firstUnfinishedStepId(testPermit, {}, TODAY)).toBe('kind');
    expect(firstUnfinishedStepId(testPermit, { ...driverAnswers, bsn: '123' }, TODAY)).toBe('person');
    expect(firstUnfinishedStepId(testPermit, driverAnswers, TODAY)).toBeUndefined();
  });
});
