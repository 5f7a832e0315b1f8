import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  getApplication,
  giveConsent,
  keepApplicationsSaved,
  noteHelpOnStep,
  saveAnswers,
  sendApplication,
  setInternalNote,
  setTypedBy,
  startApplication,
  assistanceToSend,
  recordAtDesk,
} from '../../../src/application';
import { findDefinition } from '../../../src/definitions';
import type { ApplicationSubmission, IntakeClient } from '../../../src/intake';
import { todayIso, visiblePlan } from '../../../src/wizard';
import { examples } from '../../../src/definitions/gehandicaptenparkeerkaart/examples';
import { composeTablet } from '../../../src/app/composeTablet';

/** The tablet as `main.tsx` composes it (`src/app/composeTablet.ts`). */
const tablet = composeTablet();
const { autosaver, draftStore, outbox } = tablet;

const permit = findDefinition('gehandicaptenparkeerkaart')!;
const mila = { staffId: 'm.jansen', staffName: 'Mila Jansen' };

/** The intake service as far as these tests need it: it takes everything and remembers what it got. */
function acceptingClient(): IntakeClient & { sent: ApplicationSubmission[] } {
  const sent: ApplicationSubmission[] = [];
  return {
    sent,
    send: async (submission) => {
      sent.push(submission);
      return { kind: 'sent', receipt: { reference: 'HV-2026-000001', receivedAt: new Date().toISOString(), expectedDecisionBy: '2027-01-24', status: 'received' } };
    },
    parkDraft: async () => 'failed',
    fetchParkedDraft: async () => ({ kind: 'notFound' }),
    lookUpAddress: async () => ({ kind: 'unavailable' }),
    lookUpStatus: async () => ({ kind: 'unreachable' }),
  };
}

describe('the record of how help was given, on the sent application', () => {
  let client: ReturnType<typeof acceptingClient>;
  beforeAll(() => {
    client = acceptingClient();
    const stopSaving = keepApplicationsSaved(tablet);
    const stopOutbox = outbox.start(client);
    return () => {
      stopOutbox();
      stopSaving();
    };
  });
  afterEach(async () => {
    await autosaver.cancel();
    await draftStore.wipeAll();
    applications.set({});
    client.sent.length = 0;
  });

  /** A whole application as the wizard builds it, staff mode on for the steps in `helped`. */
  function fillIn(helped: (stepId: string) => boolean, typedBy: (stepId: string) => 'citizen' | 'staff') {
    const answers = examples.firstApplicationDriver();
    startApplication(permit.id);
    giveConsent(permit.id, 'post', permit.contactChannelQuestion, new Date('2026-11-29T09:00:00.000Z'));
    saveAnswers(permit.id, answers);
    const plan = visiblePlan(permit, getApplication(permit.id).answers, todayIso());
    for (const { step } of plan) {
      if (!helped(step.id)) continue;
      noteHelpOnStep(permit.id, step.id, mila, 'staff');
      setTypedBy(permit.id, step.id, typedBy(step.id));
    }
    return plan.map(({ step }) => step.id);
  }

  it('says who helped, at which desk, and per step who typed; a step shown without staff mode was typed by the citizen', async () => {
    const steps = fillIn((stepId) => stepId !== 'cardKind', (stepId) => (stepId === 'limitation' ? 'citizen' : 'staff'));
    setInternalNote(permit.id, '  Brief van de huisarts gezien.  ');

    expect((await sendApplication(tablet, permit, 'nl')).kind).toBe('sent');
    expect(client.sent).toHaveLength(1);
    const { assistance, consent } = client.sent[0]!;
    const expectedTyping = Object.fromEntries(steps.map((id) => [id, id === 'cardKind' || id === 'limitation' ? 'citizen' : 'staff']));
    expect(assistance).toEqual({
      assisted: true,
      staffId: 'm.jansen',
      staffName: 'Mila Jansen',
      // `npm test` builds and tests without DESK_LOCATION: the location below is the test's own.
      typedBy: expectedTyping,
      internalNote: 'Brief van de huisarts gezien.',
    });
    // "Per brief" on the consent screen, "per e-mail" later in the form: the form's answer is the last word.
    expect(consent).toEqual({ given: true, at: '2026-11-29T09:00:00.000Z', contactChannel: 'email' });
  });

  it('records the desk the help was given at', () => {
    fillIn(() => true, () => 'staff');
    expect(assistanceToSend(permit, getApplication(permit.id), todayIso(), 'Stadskantoor, balie 3')).toMatchObject({
      assisted: true,
      staffId: 'm.jansen',
      location: 'Stadskantoor, balie 3',
    });
  });

  it('says "not assisted" when no employee was signed in, and sends the consent all the same', async () => {
    fillIn(() => false, () => 'citizen');
    await sendApplication(tablet, permit, 'nl');
    expect(client.sent[0]?.assistance).toEqual({ assisted: false });
    expect(client.sent[0]?.consent).toMatchObject({ given: true, at: '2026-11-29T09:00:00.000Z' });
  });

  it('sends the channel the person chose last, in the form, rather than the one on the consent screen', async () => {
    fillIn(() => false, () => 'citizen');
    saveAnswers(permit.id, { contactChannel: 'phone' });
    await sendApplication(tablet, permit, 'nl');
    expect(client.sent[0]?.consent).toMatchObject({ contactChannel: 'phone', at: '2026-11-29T09:00:00.000Z' });
  });

  it('sends for whom it is, the identity check and the payment with the total shown, each with who recorded it and when', async () => {
    fillIn(() => true, () => 'staff');
    saveAnswers(permit.id, {
      onBehalfOf: 'someoneElse',
      representationBasis: 'administrator',
      representativeName: 'Pieter de Vries',
      representativePhone: '0612345678',
      applicantIdentity: 'identityCard',
      representativeIdentity: 'drivingLicence',
      identityDocumentsValid: 'yes',
      paymentMethod: 'pin',
      pinReceiptNumber: '004711',
    });
    recordAtDesk(permit.id, 'identityCheck', mila, new Date('2026-11-29T09:40:00.000Z'));
    recordAtDesk(permit.id, 'payment', mila, new Date('2026-11-29T09:41:00.000Z'));

    expect((await sendApplication(tablet, permit, 'nl')).kind).toBe('sent');
    const [sent] = client.sent;
    expect(sent?.onBehalf).toEqual({ onBehalfOf: 'someoneElse', representationBasis: 'administrator', representativeName: 'Pieter de Vries', representativePhone: '+31612345678' });
    expect(sent?.desk).toEqual({
      identityCheck: { applicantIdentity: 'identityCard', representativeIdentity: 'drivingLicence', identityDocumentsValid: true, recordedBy: mila, recordedAt: '2026-11-29T09:40:00.000Z' },
      // The first card with its medical assessment: both fees of the definition.
      payment: { paymentMethod: 'pin', pinReceiptNumber: '004711', amountCents: 4895 + 11000, recordedBy: mila, recordedAt: '2026-11-29T09:41:00.000Z' },
    });
    // The receipt says what was paid, from what was sent.
    expect(getApplication(permit.id).sentPayment).toEqual({ paymentMethod: 'pin', amountCents: 15895 });
  });

  it('sends no desk record without an employee, and for oneself no representative', async () => {
    fillIn(() => false, () => 'citizen');
    saveAnswers(permit.id, { onBehalfOf: 'self', representativeName: 'typed before changing the answer', applicantIdentity: 'passport' });
    recordAtDesk(permit.id, 'identityCheck', mila);
    await sendApplication(tablet, permit, 'nl');
    expect(client.sent[0]?.onBehalf).toEqual({ onBehalfOf: 'self' });
    expect(client.sent[0]).not.toHaveProperty('desk');
  });

  it('keeps the record in the draft, so a reload loses nothing of it', async () => {
    fillIn(() => true, (stepId) => (stepId === 'walking' ? 'citizen' : 'staff'));
    setInternalNote(permit.id, 'Notitie');
    await autosaver.flush();
    const stored = await draftStore.get(getApplication(permit.id).draftId);
    expect(stored).toMatchObject({ helper: mila, internalNote: 'Notitie', consent: { contactChannel: 'post' } });
    expect(stored?.typedBy?.walking).toBe('citizen');
    expect(stored?.typedBy?.personalDetails).toBe('staff');
  });
});
