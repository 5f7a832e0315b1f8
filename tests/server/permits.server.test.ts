// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permitExample } from '../fixtures/permitExamples';
import { neighbourhoodPartyThresholds } from '../../src/definitions/evenementenvergunning/examples';
import { findDefinition } from '../../src/definitions';
import { answersToSend, todayIso, type Answers, type DateTimeRangeAnswer, type GroupEntry } from '../../src/wizard';
import type { Application } from '../../server/contract/apiTypes';
import { submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

/** An application as the wizard sends it: the normalised answers of the visible questions. */
function applicationFor(formId: string, answers: Answers): Application {
  return {
    formId,
    formVersion: findDefinition(formId)?.version ?? 1,
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

  it('accepts a festival with its days as a repeating group of date-time ranges, as the wizard sends them (the contract knows the shape)', async () => {
    const sent = festivalAnswers();
    expect(sent.eventDays).toEqual([{ eventDay: expect.objectContaining({ startTime: '12:00', endTime: '00:30' }) }, { eventDay: expect.objectContaining({ startTime: '12:00', endTime: '23:30' }) }]);
    expect((await post(applicationFor('evenementenvergunning', sent))).status).toBe(201);
  });

  it("refuses a day that ends before it starts, at that entry's part", async () => {
    const sent = festivalAnswers();
    const days = sent.eventDays as readonly GroupEntry[];
    const second = days[1]?.eventDay as DateTimeRangeAnswer;
    const response = await post(applicationFor('evenementenvergunning', { ...sent, eventDays: [days[0] as GroupEntry, { eventDay: { ...second, endTime: '11:00' } }] }));
    expect(response.status).toBe(422);
    expect(codes(response.body)).toEqual(['eventDays.1.eventDay.endTime:dateTimeRange.endBeforeStart']);
  });

  it('refuses a group with too few entries, or an entry with an item the group does not ask', async () => {
    const sent = festivalAnswers();
    const days = sent.eventDays as readonly GroupEntry[];
    const oneDay = await post(applicationFor('evenementenvergunning', { ...sent, eventDays: days.slice(0, 1) }));
    expect(oneDay.status).toBe(422);
    expect(codes(oneDay.body)).toEqual(['eventDays:group.tooFew']);
    const extra = await post(applicationFor('evenementenvergunning', { ...sent, eventDays: [days[0] as GroupEntry, { ...days[1], visitors: 500 }] }));
    expect(extra.status).toBe(422);
    expect(codes(extra.body)).toEqual(['eventDays.1.visitors:answer.unknown']);
    // A file description inside an entry does not fit the contract's entry shape at all.
    const file = await post(applicationFor('evenementenvergunning', { ...sent, eventDays: [days[0] as GroupEntry, { ...days[1], sketch: { name: 'a.pdf', type: 'application/pdf', size: 10 } as never }] }));
    expect(file.status).toBe(422);
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
