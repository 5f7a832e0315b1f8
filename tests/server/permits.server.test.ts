// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permitExample } from '../fixtures/permitExamples';
import { neighbourhoodPartyThresholds } from '../../src/definitions/evenementenvergunning/examples';
import { answersToSend, todayIso, type Answers, type DateTimeRangeAnswer } from '../../src/wizard';
import type { Application } from '../../server/contract/apiTypes';
import { submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

/** An application as the wizard sends it: the normalised answers of the visible questions. */
function applicationFor(formId: string, answers: Answers): Application {
  return {
    formId,
    formVersion: 1,
    locale: 'nl',
    answers: answers as Application['answers'],
    assistance: { assisted: false },
    client: { draftId: randomUUID(), startedAt: '2026-11-03T09:00:00Z', submittedAt: '2026-11-03T09:10:00Z' },
  };
}

const codes = (body: unknown) => ((body as { errors?: Array<{ field: string; code: string }> }).errors ?? []).map(({ field, code }) => `${field}:${code}`);

describe('the intake service checks the new answer shapes and routes itself', () => {
  let server: TestServer;
  const today = todayIso();
  const festival = permitExample('evenementenvergunning', 'festival');
  const festivalAnswers = () => answersToSend(festival.permit, festival.answers(today), today);
  const post = (application: unknown) => server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(application) });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('accepts a festival with date-time ranges as the wizard sends them (the contract knows the shape)', async () => {
    const sent = festivalAnswers();
    expect(sent.eventPeriod).toMatchObject({ startTime: '12:00', endTime: '23:30' });
    expect((await post(applicationFor('evenementenvergunning', sent))).status).toBe(201);
  });

  it('refuses a period that ends before it starts, at the part that is wrong', async () => {
    const sent = festivalAnswers();
    const period = sent.eventPeriod as DateTimeRangeAnswer;
    const response = await post(applicationFor('evenementenvergunning', { ...sent, eventPeriod: { ...period, endDate: period.startDate, endTime: '11:00' } }));
    expect(response.status).toBe(422);
    expect(codes(response.body)).toEqual(['eventPeriod.endTime:dateTimeRange.endBeforeStart']);
  });

  it('refuses a period with a part it does not know', async () => {
    const sent = festivalAnswers();
    const response = await post(applicationFor('evenementenvergunning', { ...sent, buildUp: { ...(sent.buildUp as object), timeZone: 'UTC' } as never }));
    expect(response.status).toBe(422);
    expect(codes(response.body)).toContain('buildUp.timeZone:answer.unknown');
  });

  it('refuses a small party sent as an event permit: its outcome hands it over to the melding', async () => {
    const response = await post(applicationFor('evenementenvergunning', { ...neighbourhoodPartyThresholds, maxVisitors: 80 }));
    expect(response.status).toBe(422);
    expect(codes(response.body)).toEqual(['route:outcome.handover']);
    expect((response.body as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/^Met deze antwoorden hoort uw aanvraag bij een ander formulier\./);
  });
});
