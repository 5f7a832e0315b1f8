import { waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applications, saveAnswers, saveApplicationNow, sendApplication } from '../../src/application';
import { parseStatusCode, STATUS_CODE_PATTERN } from '../../src/crypto';
import { findDefinition } from '../../src/definitions';
import type { ApplicationSubmission, Receipt } from '../../src/intake';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { recordingClient, renderApp } from './renderApp';
import { draftStore, tablet } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';
const example = permitExample(GPK, 'firstApplicationDriver').answers(todayIso());
const receipt: Receipt = { reference: 'HV-2026-000078', receivedAt: '2026-11-29T10:15:00.000Z', expectedDecisionBy: '2027-01-25', status: 'received' };

describe('the status code for the receipt', () => {
  it('is made once per application, sent with every try, also with changed answers, and kept with the receipt on the tablet', async () => {
    const permit = findDefinition(GPK);
    if (!permit) throw new Error('The parking card definition is missing');
    const client = recordingClient({ kind: 'unreachable' });
    renderApp(`/aanvraag/${GPK}/controleren`, { permitId: GPK, answers: example }, client);
    const application = applications.get()[GPK];
    if (application) await saveApplicationNow(tablet, application);

    await sendApplication(tablet, permit, 'nl');
    await sendApplication(tablet, permit, 'nl');
    saveAnswers(GPK, { familyName: 'Anders' });
    client.answerWith({ kind: 'sent', receipt });
    await sendApplication(tablet, permit, 'nl');

    const sent = client.sent as Array<{ submission: ApplicationSubmission; key: string }>;
    expect(sent.length).toBeGreaterThanOrEqual(3);
    const [first] = sent;
    const code = first?.submission.statusCode ?? '';
    expect(code).toMatch(STATUS_CODE_PATTERN);
    expect(parseStatusCode(code)).toEqual({ ok: true, code });
    for (const attempt of sent) expect(attempt.submission.statusCode).toBe(code);
    // Changed answers are a new key, with the same code: the service had none of the earlier tries.
    expect(sent.at(-1)?.key).not.toBe(first?.key);
    await waitFor(async () => expect((await draftStore.listReceipts()).find((stored) => stored.reference === receipt.reference)).toMatchObject({ statusCode: code }));
  });
});
