import { describe, expect, it } from 'vitest';
import { intakePermits } from '../../../server/applications/intakePermits';
import { REPRESENTATION_BASES, actsInTheirName, onBehalfForm, onBehalfStep } from '../../../src/definitions';
import { catalogues } from '../../../src/i18n/catalogues';
import { checkDefinition, textKeys, validateApplication, visiblePlan, type Answers } from '../../../src/wizard';
import { TODAY } from '../../fixtures/testPermit';

const shown = (answers: Answers) => (visiblePlan(onBehalfForm, answers, TODAY)[0]?.questions ?? []).map((question) => question.id);
const representative = { onBehalfOf: 'someoneElse', representativeName: 'Pieter van den Berg', representativePhone: '0612345678' };
const authorisation = [{ name: 'machtiging.pdf', type: 'application/pdf', size: 1234 }];

describe('"on whose behalf", asked before every permit', () => {
  it('is a sound form with every text in every language (it is no permit: no title, description or next steps of its own)', () => {
    const permitOnly = [textKeys.permitTitle(onBehalfForm), textKeys.permitDescription(onBehalfForm), textKeys.permitNextSteps(onBehalfForm)];
    expect(checkDefinition(onBehalfForm, catalogues).filter((problem) => !permitOnly.some((key) => problem.includes(`"${key}"`)))).toEqual([]);
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const basis of REPRESENTATION_BASES) expect(catalogue[`permit.on-behalf.q.representationBasis.option.${basis}.hint`], `${language}: ${basis} is explained`).toBeTruthy();
    }
  });

  it('shares no question or step id with any permit, in any version the service accepts (its answers are kept beside theirs)', () => {
    const own = [onBehalfStep.id, ...onBehalfStep.questions.map((question) => question.id)];
    for (const { definition } of intakePermits) {
      const theirs = new Set(definition.steps.flatMap((step) => [step.id, ...step.questions.flatMap((question) => [question.id, ...(question.type === 'group' ? question.items.map((item) => item.id) : [])])]));
      expect(own.filter((id) => theirs.has(id)), `${definition.id}@${definition.version}`).toEqual([]);
    }
  });

  it('asks nothing more of a person applying for themselves', () => {
    expect(shown({ onBehalfOf: 'self' })).toEqual(['onBehalfOf']);
    expect(validateApplication(onBehalfForm, { onBehalfOf: 'self' }, TODAY)).toEqual({ ok: true, answers: { onBehalfOf: 'self' } });
    // Details typed before changing one's mind do not go along (data minimisation).
    expect(validateApplication(onBehalfForm, { ...representative, onBehalfOf: 'self' }, TODAY)).toMatchObject({ ok: false });
  });

  it('asks someone applying for another person the basis, their name and how to reach them', () => {
    expect(shown({ onBehalfOf: 'someoneElse' })).toEqual(['onBehalfOf', 'representationBasis', 'representativeName', 'representativePhone', 'representativeEmail']);
    const check = validateApplication(onBehalfForm, { onBehalfOf: 'someoneElse' }, TODAY);
    expect(check.ok ? [] : check.errors).toEqual([
      { field: 'representationBasis', code: 'required' },
      { field: 'representativeName', code: 'required' },
      { field: 'representativePhone', code: 'required' },
    ]);
    expect(validateApplication(onBehalfForm, { ...representative, representationBasis: 'curator', representativePhone: '12' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'representativePhone' }] });
    expect(validateApplication(onBehalfForm, { ...representative, representationBasis: 'pilot' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'representationBasis' }] });
  });

  it('asks the written authorisation itself only on that basis, and then requires it', () => {
    for (const basis of REPRESENTATION_BASES) expect(shown({ onBehalfOf: 'someoneElse', representationBasis: basis }).includes('writtenAuthorisation'), basis).toBe(basis === 'writtenAuthorisation');
    const written = { ...representative, representationBasis: 'writtenAuthorisation' };
    expect(validateApplication(onBehalfForm, written, TODAY)).toEqual({ ok: false, errors: [{ field: 'writtenAuthorisation', code: 'required' }] });
    expect(validateApplication(onBehalfForm, { ...written, writtenAuthorisation: authorisation }, TODAY)).toMatchObject({ ok: true });
  });

  it('gives every basis but a helping family member the right to act in the person’s name', () => {
    expect(REPRESENTATION_BASES.filter(actsInTheirName)).toEqual(['legalRepresentative', 'curator', 'administrator', 'mentor', 'writtenAuthorisation']);
    expect(validateApplication(onBehalfForm, { ...representative, representationBasis: 'familyHelper' }, TODAY)).toMatchObject({ ok: true });
  });
});
