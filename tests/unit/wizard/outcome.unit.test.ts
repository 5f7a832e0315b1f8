import { describe, expect, it } from 'vitest';
import {
  checkDefinition,
  firstUnfinishedStepId,
  handoverAnswers,
  judgeOutcome,
  nextStepId,
  requiredTextKeys,
  stepPosition,
  validateApplication,
  validateStep,
  visiblePlan,
  type PermitDefinition,
} from '../../../src/wizard';
import { lightPermit, routedTestPermit } from '../../fixtures/routedTestPermit';
import { TODAY } from '../../fixtures/testPermit';

const routeStep = routedTestPermit.steps[2];
const route = routeStep.outcome;
const festival = {
  visitors: '2.000',
  closesRoad: 'yes',
  period: { startDate: '01-03-2027', startTime: '12:00', endDate: '01-03-2027', endTime: '23:00' },
  name: 'Zomerfestival',
};

describe('an outcome judged from earlier answers', () => {
  it('takes the first result with a reason that holds, with every reason that holds', () => {
    const judged = judgeOutcome(route, { visitors: 2000, closesRoad: true });
    expect(judged.result.value).toBe('permit');
    expect(judged.reasons.map((reason) => reason.id)).toEqual(['manyVisitors', 'roadClosed']);
  });

  it('falls back on the last result, without reasons, when none holds', () => {
    const judged = judgeOutcome(route, { visitors: 200, closesRoad: false });
    expect(judged).toEqual({ result: route.results[1], reasons: [] });
  });

  it('compares numbers with bounds included (atLeast, atMost)', () => {
    expect(judgeOutcome(route, { visitors: 201, closesRoad: false }).result.value).toBe('permit');
    expect(judgeOutcome(route, { visitors: 200, closesRoad: false }).result.value).toBe('light');
  });

  it('is read by later conditions like an answer, so the permit route shows its own steps', () => {
    const plan = visiblePlan(routedTestPermit, festival, TODAY);
    expect(plan.map((visible) => visible.step.id)).toEqual(['visitors', 'roads', 'route', 'period', 'name']);
    expect(plan[2]?.outcome?.reasons.map((reason) => reason.id)).toEqual(['manyVisitors', 'roadClosed']);
    const small = visiblePlan(routedTestPermit, { visitors: '80', closesRoad: 'no' }, TODAY);
    expect(small.map((visible) => visible.step.id)).toEqual(['visitors', 'roads', 'route']);
  });

  it('lets the permit route go on and a complete permit application pass', () => {
    expect(validateStep(routedTestPermit, routeStep, festival, TODAY)).toEqual([]);
    expect(nextStepId(routedTestPermit, 'route', festival, TODAY)).toBe('period');
    expect(validateApplication(routedTestPermit, festival, TODAY)).toMatchObject({ ok: true });
  });

  it('keeps a handed-over application from being sent as this permit, in the wizard and at the service', () => {
    const small = { visitors: '80', closesRoad: 'no' };
    expect(validateStep(routedTestPermit, routeStep, small, TODAY)).toEqual([{ field: 'route', code: 'outcome.handover' }]);
    expect(firstUnfinishedStepId(routedTestPermit, small, TODAY)).toBe('route');
    expect(validateApplication(routedTestPermit, small, TODAY)).toEqual({ ok: false, errors: [{ field: 'route', code: 'outcome.handover' }] });
  });

  it('refuses answers to steps the outcome hides (data minimisation)', () => {
    const check = validateApplication(routedTestPermit, { ...festival, visitors: '80', closesRoad: 'no' }, TODAY);
    expect(check.ok ? [] : check.errors).toEqual(
      expect.arrayContaining([
        { field: 'period', code: 'answer.hidden' },
        { field: 'name', code: 'answer.hidden' },
      ]),
    );
  });

  it('counts the steps after an undecided outcome as still to come, so "Stap n van N" never goes up', () => {
    expect(stepPosition(routedTestPermit, 'visitors', {}, TODAY)).toEqual({ number: 1, total: 5 });
    expect(stepPosition(routedTestPermit, 'route', { visitors: '80', closesRoad: 'no' }, TODAY)).toEqual({ number: 3, total: 3 });
    expect(stepPosition(routedTestPermit, 'route', { visitors: '80', closesRoad: 'yes' }, TODAY)).toEqual({ number: 3, total: 5 });
  });
});

describe('handing over to another permit', () => {
  it('carries the valid answers to questions the other permit asks with the same type, as typed', () => {
    expect(handoverAnswers(routedTestPermit, lightPermit, { visitors: '80', closesRoad: 'no', name: 'verborgen' }, TODAY)).toEqual({ visitors: '80' });
  });

  it('leaves out answers the other permit would refuse', () => {
    expect(handoverAnswers(routedTestPermit, lightPermit, { visitors: 'veel', closesRoad: 'no' }, TODAY)).toEqual({});
  });
});

describe('the definition check on outcomes', () => {
  const textsFor = (permit: PermitDefinition) => Object.fromEntries(requiredTextKeys(permit).map((key) => [key, 'tekst']));
  const check = (permit: PermitDefinition, permitIds = ['routed-permit', 'light-permit']) =>
    checkDefinition(permit, { nl: textsFor(permit), en: textsFor(permit) }, permitIds);

  it('passes a sound routed permit and needs a title and text per result and a text per reason', () => {
    expect(check(routedTestPermit)).toEqual([]);
    expect(requiredTextKeys(routedTestPermit)).toEqual(
      expect.arrayContaining([
        'permit.routed-permit.outcome.route.permit.title',
        'permit.routed-permit.outcome.route.light.text',
        'permit.routed-permit.outcome.route.reason.manyVisitors',
      ]),
    );
  });

  it('finds a handover to a permit the product does not offer, or to itself', () => {
    expect(check(routedTestPermit, ['routed-permit'])).toEqual([expect.stringContaining('hands over to "light-permit"')]);
    const toItself = withOutcome({ ...route, results: [route.results[0], { value: 'light', handover: 'routed-permit' }] });
    expect(check(toItself)).toEqual([expect.stringContaining('hands over to "routed-permit"')]);
  });

  it('finds a missing fallback, a result without reasons before the last, and a reason on a later question', () => {
    expect(check(withOutcome({ ...route, results: [route.results[0]] }))).toEqual(
      expect.arrayContaining([expect.stringContaining('at least two different results'), expect.stringContaining('is the fallback')]),
    );
    expect(check(withOutcome({ ...route, results: [{ value: 'permit' }, route.results[1]] }))).toEqual([expect.stringContaining('needs at least one reason')]);
    const later = withOutcome({ ...route, results: [{ value: 'permit', reasons: [{ id: 'named', when: { question: 'name', answered: true } }] }, route.results[1]] });
    expect(check(later)).toEqual([expect.stringContaining('condition reads "name"')]);
  });

  it('finds a condition comparing an outcome with a result it does not have, or a number bound on a yes/no', () => {
    const wrongValue = { ...routedTestPermit, steps: routedTestPermit.steps.map((step) => (step.id === 'name' ? { ...step, showIf: { question: 'route', equals: 'festival' } } : step)) } as PermitDefinition;
    expect(check(wrongValue)).toEqual([expect.stringContaining('compares "route" with "festival"')]);
    const wrongBound = withOutcome({ ...route, results: [{ value: 'permit', reasons: [{ id: 'odd', when: { question: 'closesRoad', atLeast: 1 } }] }, route.results[1]] });
    expect(check(wrongBound)).toEqual([expect.stringContaining('compares "closesRoad" with 1')]);
  });
});

function withOutcome(outcome: NonNullable<PermitDefinition['steps'][number]['outcome']>): PermitDefinition {
  return { ...routedTestPermit, steps: routedTestPermit.steps.map((step) => (step.id === 'route' ? { ...step, outcome } : step)) } as PermitDefinition;
}
