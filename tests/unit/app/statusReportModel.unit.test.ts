import { describe, expect, it } from 'vitest';
import { statusReportModel } from '../../../src/app/statusReportModel';
import { createTranslator } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';
import type { StatusReport } from '../../../src/intake';

const dutch = createTranslator('nl', catalogues.nl ?? {});
const received: StatusReport = {
  reference: 'HV-2026-000123',
  permitId: 'gehandicaptenparkeerkaart',
  receivedAt: '2026-11-29T10:15:00.000Z',
  history: [{ status: 'received', at: '2026-11-29T10:15:00.000Z' }],
  expectedDecisionBy: '2027-01-25',
  silenceMeansConsent: true,
};

describe('the status page’s reading of a status report', () => {
  it('from the intake service alone: our words, the legal date with what silence means, the desk, the permit’s next steps, no "last checked"', () => {
    const model = statusReportModel(dutch, received);
    expect(model.permit).toBe('Gehandicaptenparkeerkaart');
    expect(model.history).toEqual([{ at: received.receivedAt, date: '29 november 2026 om 11:15', text: 'De gemeente heeft uw aanvraag ontvangen.' }]);
    expect(model.decision).toEqual(['De gemeente beslist uiterlijk op 25 januari 2027.', 'Hoort u niets vóór 25 januari 2027? Dan mag u ervan uitgaan dat het goed is.']);
    expect(model.handler).toBeUndefined();
    expect(model.deskContact).toContain('Hulploket Vergunningen');
    expect(model.next).toEqual([dutch.t('permit.gehandicaptenparkeerkaart.nextSteps')]);
    expect(model.freshness).toEqual([]);
  });

  it('uses the case system’s due date, and after an extension the later day with the reason, also for silence', () => {
    const model = statusReportModel(dutch, { ...received, decisionDueBy: '2027-01-20', extension: { dueBy: '2027-03-08' }, silenceMeansConsent: false });
    expect(model.decision).toEqual(['De gemeente heeft meer tijd genomen. Zij beslist nu uiterlijk op 8 maart 2027.', 'Hoort u niets vóór 8 maart 2027? Neem dan contact met ons op.']);
    expect(statusReportModel(dutch, { ...received, decisionDueBy: '2027-01-20' }).decision[0]).toBe('De gemeente beslist uiterlijk op 20 januari 2027.');
  });

  it('a closed zaak: the result with its explanation, what comes after a decision, and how fresh the case system’s part is', () => {
    const model = statusReportModel(dutch, {
      ...received,
      history: [...received.history, { status: 'case', at: '2027-01-10T09:00:00.000Z', text: '  ', final: true }],
      closedOn: '2027-01-10',
      result: { description: 'Verleend', explanation: 'De kaart komt per post.' },
      contact: { phone: '14 030' },
      lastCheckedAt: '2027-01-11T08:00:00.000Z',
      lastFailedAt: '2027-01-11T09:00:00.000Z',
    });
    // A status without a text of the case system's own gets ours.
    expect(model.history[1]?.text).toBe('De gemeente werkt aan uw aanvraag.');
    expect(model.decision).toEqual(['De gemeente heeft op 10 januari 2027 besloten: Verleend. De kaart komt per post.']);
    expect(model.next).toEqual([dutch.t('status.next.closed'), dutch.t('sent.objection')]);
    expect(model.handler).toEqual({ text: 'U kunt uw contactpersoon zo bereiken:', phone: '14 030' });
    expect(model.freshness).toEqual(['Het systeem van de gemeente is voor het laatst bekeken op 11 januari 2027 om 09:00.', dutch.t('status.lastFailed')]);
    expect(statusReportModel(dutch, { ...received, closedOn: '2027-01-10' }).decision).toEqual(['De gemeente heeft uw aanvraag op 10 januari 2027 afgehandeld.']);
  });

  it('says nothing about silence for a form the service no longer knows', () => {
    const { silenceMeansConsent: _unknown, ...withoutRule } = received;
    expect(statusReportModel(dutch, withoutRule).decision).toEqual(['De gemeente beslist uiterlijk op 25 januari 2027.']);
  });
});
