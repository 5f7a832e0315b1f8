import { describe, expect, it } from 'vitest';
import { intakePermits } from '../../../server/applications/intakePermits';
import { deskStepsDue, firstOpenStep } from '../../../src/application';
import { IDENTITY_DOCUMENTS, deskForm, deskSteps, findDefinition, onBehalfStep } from '../../../src/definitions';
import { catalogues } from '../../../src/i18n/catalogues';
import { checkDefinition, textKeys, validateApplication, visiblePlan, type Answers, type PermitDefinition, type Step } from '../../../src/wizard';
import { permitExample } from '../../fixtures/permitExamples';
import { TODAY } from '../../fixtures/testPermit';

const shown = (answers: Answers) => visiblePlan(deskForm, answers, TODAY).flatMap(({ questions }) => questions.map((question) => question.id));
const self = { onBehalfOf: 'self' };
const payment = { paymentMethod: 'invoice' };
const recorded = { staffId: 'm.jansen', staffName: 'Mila Jansen', at: '2026-11-29T10:30:00.000Z' };

describe('what the employee records at the desk', () => {
  it('is a sound form with every text of its own steps in every language', () => {
    // Its first step is "on whose behalf" with the texts of its own form; a form is no permit, so no title.
    const notOwn = [textKeys.permitTitle(deskForm), textKeys.permitDescription(deskForm), textKeys.permitNextSteps(deskForm), ...onBehalfStep.questions.map((question) => `permit.desk.q.${question.id}.`), 'permit.desk.step.onBehalf.'];
    expect(checkDefinition(deskForm, catalogues).filter((problem) => !notOwn.some((key) => problem.includes(`"${key}`)))).toEqual([]);
  });

  it('shares no question or step id with any permit the service accepts', () => {
    const own = deskSteps.flatMap((step) => [step.id, ...step.questions.map((question) => question.id)]);
    for (const { definition } of intakePermits) {
      const theirs = new Set(definition.steps.flatMap((step) => [step.id, ...step.questions.map((question) => question.id)]));
      expect(own.filter((id) => theirs.has(id)), `${definition.id}@${definition.version}`).toEqual([]);
    }
  });

  it('asks the kind of document only, never its number; the representative’s only when there is one; validity once a document was seen', () => {
    expect(shown(self)).toEqual(['onBehalfOf', 'applicantIdentity', 'paymentMethod']);
    expect(shown({ ...self, applicantIdentity: 'passport' })).toContain('identityDocumentsValid');
    expect(shown({ ...self, applicantIdentity: 'notChecked' })).not.toContain('identityDocumentsValid');
    expect(shown({ onBehalfOf: 'someoneElse' })).toContain('representativeIdentity');
    expect(IDENTITY_DOCUMENTS).toEqual(['passport', 'identityCard', 'drivingLicence', 'residenceDocument']);
    // Nothing in the form could hold a number or a copy of a document.
    expect((deskForm.steps as readonly Step[]).flatMap((step) => step.questions).filter((question) => question.type === 'file' && question.id !== 'writtenAuthorisation')).toEqual([]);
    expect(validateApplication(deskForm, { ...self, applicantIdentity: 'passport', identityDocumentsValid: 'yes', ...payment, documentNumber: 'NX1234567' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'documentNumber', code: 'answer.unknown' }] });
  });

  it('takes PIN with an optional receipt number, an invoice, or nothing due', () => {
    expect(shown({ ...self, paymentMethod: 'pin' })).toContain('pinReceiptNumber');
    expect(shown({ ...self, paymentMethod: 'invoice' })).not.toContain('pinReceiptNumber');
    const identity = { applicantIdentity: 'identityCard', identityDocumentsValid: 'yes' };
    expect(validateApplication(deskForm, { ...self, ...identity, paymentMethod: 'pin' }, TODAY)).toMatchObject({ ok: true });
    expect(validateApplication(deskForm, { ...self, ...identity, paymentMethod: 'pin', pinReceiptNumber: '004512' }, TODAY)).toMatchObject({ ok: true, answers: { pinReceiptNumber: '004512' } });
    expect(validateApplication(deskForm, { ...self, ...identity, paymentMethod: 'cash' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'paymentMethod' }] });
    expect(validateApplication(deskForm, { ...self, ...identity, paymentMethod: 'invoice', pinReceiptNumber: '004512' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'pinReceiptNumber', code: 'answer.hidden' }] });
  });

  it('asks the payment only when the answers bring a fee, and leads an employee to each desk step not yet recorded', () => {
    const card = findDefinition('gehandicaptenparkeerkaart') as PermitDefinition;
    const notification = findDefinition('melding-klein-evenement') as PermitDefinition;
    const cardAnswers = { ...self, ...permitExample(card.id, 'firstApplicationDriver').answers(TODAY) };
    expect(deskStepsDue(card, { answers: cardAnswers }, TODAY).map((step) => step.id)).toEqual(['identityCheck', 'payment']);
    expect(deskStepsDue(notification, { answers: self }, TODAY).map((step) => step.id)).toEqual(['identityCheck']);
    expect(firstOpenStep(card, { answers: cardAnswers }, TODAY, false)).toBeUndefined();
    expect(firstOpenStep(card, { answers: cardAnswers }, TODAY, true)).toBe('identityCheck');
    const identity = { applicantIdentity: 'passport', identityDocumentsValid: 'yes' };
    expect(firstOpenStep(card, { answers: { ...cardAnswers, ...identity }, recordedAtDesk: { identityCheck: recorded } }, TODAY, true)).toBe('payment');
    expect(firstOpenStep(card, { answers: { ...cardAnswers, ...identity, ...payment }, recordedAtDesk: { identityCheck: recorded, payment: recorded } }, TODAY, true)).toBeUndefined();
    // Answers alone are not a record: who recorded them and when is part of it.
    expect(firstOpenStep(card, { answers: { ...cardAnswers, ...identity, ...payment } }, TODAY, true)).toBe('identityCheck');
    // "On whose behalf" comes first of all.
    expect(firstOpenStep(card, { answers: permitExample(card.id, 'firstApplicationDriver').answers(TODAY) }, TODAY, false)).toBe('onBehalf');
  });
});
