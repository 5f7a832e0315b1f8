import { describe, expect, it } from 'vitest';
import { intakePermits } from '../../../server/applications/intakePermits';
import { findDefinition } from '../../../src/definitions';
import { feesDue, handoverAnswers, todayIso, validateApplication, visibleEntryItems, visiblePlan } from '../../../src/wizard';
import { walkPermitPaths } from './walkPermitPaths';

const today = todayIso();

/**
 * Every path through every permit's conditions, found by walking them (no permit by hand): each
 * ends in an application the intake service accepts, or in a handover whose answers the other
 * permit accepts; and every step, question, outcome result and fee is met on some path. The same for
 * every previous version the intake service still accepts (`previousVersions.ts`).
 */
describe.each(intakePermits.map(({ definition }) => [`${definition.id}@${definition.version}`, definition] as const))('every path through %s', (_id, permit) => {
  const paths = walkPermitPaths(permit, today);

  it('can be completed: sent as it is, or handed over to the permit it belongs to', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const answers of paths) {
      const handover = visiblePlan(permit, answers, today).find((visible) => visible.outcome?.result.handover)?.outcome?.result.handover;
      if (handover === undefined) {
        const check = validateApplication(permit, answers, today);
        expect(check.ok ? [] : check.errors, JSON.stringify(answers)).toEqual([]);
      } else {
        const target = findDefinition(handover);
        expect(target, handover).toBeDefined();
        if (target) expect(Object.keys(handoverAnswers(permit, target, answers, today)).length, JSON.stringify(answers)).toBeGreaterThan(0);
      }
    }
  });

  it('reaches every step, question and outcome result, and charges every fee on some path', () => {
    const plans = paths.map((answers) => visiblePlan(permit, answers, today));
    const seenSteps = new Set(plans.flatMap((plan) => plan.map((visible) => visible.step.id)));
    const seenQuestions = new Set(plans.flatMap((plan) => plan.flatMap((visible) => visible.questions.map((question) => question.id))));
    const seenResults = new Set(plans.flatMap((plan) => plan.flatMap((visible) => (visible.outcome ? [`${visible.step.id}:${visible.outcome.result.value}`] : []))));
    // Items of repeating groups count as met when some entry on some path asks them.
    const seenItems = new Set(
      plans.flatMap((plan, index) =>
        plan.flatMap((visible) =>
          visible.questions.flatMap((question) => {
            const entries = question.type === 'group' ? paths[index]?.[question.id] : undefined;
            return question.type === 'group' && Array.isArray(entries) ? entries.flatMap((entry) => visibleEntryItems(question, entry, today).map((item) => item.id)) : [];
          }),
        ),
      ),
    );
    const seenFees = new Set(paths.flatMap((answers) => feesDue(permit, answers, today).map((fee) => fee.id)));
    for (const step of permit.steps) {
      expect(seenSteps, `step ${step.id}`).toContain(step.id);
      for (const question of step.questions) {
        expect(seenQuestions, `question ${question.id}`).toContain(question.id);
        if (question.type === 'group') for (const item of question.items) expect(seenItems, `item ${item.id} of ${question.id}`).toContain(item.id);
      }
      for (const result of step.outcome?.results ?? []) expect(seenResults, `result ${result.value}`).toContain(`${step.id}:${result.value}`);
    }
    for (const fee of permit.fees ?? []) expect(seenFees, `fee ${fee.id}`).toContain(fee.id);
  });
});
