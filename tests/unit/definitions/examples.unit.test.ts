import { describe, expect, it } from 'vitest';
import { permits } from '../../../src/definitions';
import { todayIso, validateApplication, type ApplicationCheck } from '../../../src/wizard';
import { permitExamples } from '../../fixtures/permitExamples';

/** The errors of a check, so a failing example shows which answers the engine refused. */
const errorsOf = (check: ApplicationCheck) => (check.ok ? [] : check.errors);

// A fixed day and the real day: the examples must pass on whatever day the tests run.
describe.each(['2026-11-16', todayIso()])('permit examples on %s', (today) => {
  it.each(permitExamples.map((example) => [`${example.permit.id}/${example.name}`, example] as const))('%s is a valid application', (_name, example) => {
    expect(errorsOf(validateApplication(example.permit, example.answers(today), today))).toEqual([]);
  });
});

it('every permit has at least one example', () => {
  for (const { definition } of permits) expect(permitExamples.some((example) => example.permit.id === definition.id), definition.id).toBe(true);
});
