// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../server/contract/apiTypes';
import { examples } from '../../src/definitions/gehandicaptenparkeerkaart/examples';
import { gehandicaptenparkeerkaart } from '../../src/definitions/gehandicaptenparkeerkaart/definition';
import { previousVersions } from '../../src/definitions/gehandicaptenparkeerkaart/previousVersions';
import { answersToSend, expectedDecisionDate, todayIso, type PermitDefinition } from '../../src/wizard';
import { submissionForm } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';

const codes = (body: unknown) => ((body as { errors?: Array<{ field: string; code: string }> }).errors ?? []).map(({ field, code }) => `${field}:${code}`);

function applicationFor(permit: PermitDefinition, answers: Application['answers']): Application {
  return {
    formId: permit.id,
    formVersion: permit.version,
    locale: 'nl',
    answers,
    assistance: { assisted: false },
    client: { draftId: randomUUID(), startedAt: '2026-11-03T09:00:00Z', submittedAt: '2026-11-03T09:10:00Z' },
  };
}

/**
 * An application filled in with an earlier version of a form (queued on a tablet before the app was
 * updated) is checked against that version and accepted while the service still keeps it.
 */
describe('the intake service accepts the previous versions a permit keeps', () => {
  let server: TestServer;
  const today = todayIso();
  const version1 = previousVersions.find((definition) => definition.version === 1) as PermitDefinition;
  // The parking card as version 1 asked it: no copy of an ID, no passport photo.
  const { identityDocument: _id, passportPhoto: _photo, ...version1Answers } = examples.firstApplicationDriver();
  const post = (application: Application) => server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(application) });
  const statusOf = (reference: string) => server.fetch(`/api/v1/applications/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('accepts a version-1 parking card without the attachments version 2 asks, and stores it as version 1', async () => {
    expect(gehandicaptenparkeerkaart.version).toBe(2);
    const response = await post(applicationFor(version1, answersToSend(version1, version1Answers, today) as Application['answers']));
    expect(response.status).toBe(201);
    const { reference } = response.body as { reference: string };
    expect((await statusOf(reference)).body).toMatchObject({ formId: 'gehandicaptenparkeerkaart', formVersion: 1 });
  });

  it('still checks a version-1 application against version 1: a missing answer is refused at its question', async () => {
    const { walkingDistance: _missing, ...incomplete } = version1Answers;
    const response = await post(applicationFor(version1, answersToSend(version1, incomplete, today) as Application['answers']));
    expect(response.status).toBe(422);
    expect(codes(response.body)).toEqual(['walkingDistance:required']);
  });

  it('accepts version 2 with its attachments, and refuses version 2 without them', async () => {
    const complete = examples.firstApplicationDriver();
    const response = await post(applicationFor(gehandicaptenparkeerkaart, answersToSend(gehandicaptenparkeerkaart, complete, today) as Application['answers']));
    expect(response.status).toBe(201);
    expect((await statusOf((response.body as { reference: string }).reference)).body).toMatchObject({ formVersion: 2 });
    const withoutFiles = await post(applicationFor(gehandicaptenparkeerkaart, answersToSend(gehandicaptenparkeerkaart, version1Answers, today) as Application['answers']));
    expect(withoutFiles.status).toBe(422);
    expect(codes(withoutFiles.body)).toEqual(['identityDocument:required', 'passportPhoto:required']);
  });

  it('refuses a version it does not keep with 422 at formVersion (form.version)', async () => {
    const response = await post({ ...applicationFor(version1, answersToSend(version1, version1Answers, today) as Application['answers']), formVersion: 3 });
    expect(response.status).toBe(422);
    expect(codes(response.body)).toEqual(['formVersion:form.version']);
  });
});

describe('an application of a previous version gets the decision term of that version', () => {
  const steps = [{ id: 'name', questions: [{ id: 'fullName', type: 'text' }] }] as const;
  const earlier = { id: 'test-termijn', version: 1, decisionTerm: { weeks: 2, silenceIsConsent: true }, steps } as const satisfies PermitDefinition;
  const current = { ...earlier, version: 2, decisionTerm: { weeks: 8, silenceIsConsent: false } } as const satisfies PermitDefinition;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ permits: [{ definition: current }, { definition: earlier }] });
  });
  afterAll(async () => {
    await server.close();
  });

  it('expects the decision by the term of the version the person filled in', async () => {
    const today = todayIso();
    for (const permit of [earlier, current]) {
      const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(applicationFor(permit, { fullName: 'Test Persoon' })) });
      expect(response.status).toBe(201);
      expect((response.body as { expectedDecisionBy: string }).expectedDecisionBy).toBe(expectedDecisionDate(permit.decisionTerm, today));
    }
    expect(expectedDecisionDate(earlier.decisionTerm, today)).not.toBe(expectedDecisionDate(current.decisionTerm, today));
  });
});
