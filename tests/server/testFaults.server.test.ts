// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../server/ConfigError';
import type { Application } from '../../server/contract/apiTypes';
import { readTestFaults } from '../../server/testFaults/readTestFaults';
import { storedCounts } from './support/storedRows';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders } from './support/testServer';

describe('test-only faults', () => {
  it('are all off unless their environment variable is set', () => {
    expect(readTestFaults({})).toEqual({});
    expect(readTestFaults({ INTAKE_TEST_DROP_AFTER_COMMIT: '0', INTAKE_TEST_FAIL_FIRST: '', INTAKE_TEST_CURRENT_VERSIONS_ONLY: '' })).toEqual({});
  });

  it('read the statuses to fail with, and refuse anything but 500 and 503', () => {
    expect(readTestFaults({ INTAKE_TEST_FAIL_FIRST: '500, 503', INTAKE_TEST_DROP_AFTER_COMMIT: '1' })).toEqual({
      failFirst: [500, 503],
      dropFirstResponseAfterCommit: true,
    });
    expect(() => readTestFaults({ INTAKE_TEST_FAIL_FIRST: '404' })).toThrow(ConfigError);
  });

  it('refuse the previous versions of a form on request, and only then', async () => {
    expect(readTestFaults({ INTAKE_TEST_CURRENT_VERSIONS_ONLY: '1' })).toEqual({ currentVersionsOnly: true });
    const version1 = { ...exampleApplication(), formVersion: 1, answers: withoutAttachments(exampleApplication().answers) };
    for (const [testFaults, status] of [[{}, 201], [{ currentVersionsOnly: true }, 422]] as const) {
      // The service's own registry, as `npm start` has it, with or without the fault.
      const server = await startTestServer({ permits: undefined, testFaults });
      try {
        const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(version1, []) });
        expect(response.status).toBe(status);
        if (status === 422) expect((response.body as { errors: Array<{ field: string; code: string }> }).errors).toMatchObject([{ field: 'formVersion', code: 'form.version' }]);
      } finally {
        await server.close();
      }
    }
  });

  it('fail the first applications as problems, store nothing for them, then work normally', async () => {
    const server = await startTestServer({ testFaults: { failFirst: [500, 503] } });
    try {
      const send = (key: string) => server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body: submissionForm(exampleApplication()) });
      const key = crypto.randomUUID();
      const first = await send(key);
      expect(first.status).toBe(500);
      expect(first.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await send(key)).status).toBe(503);
      expect(storedCounts(server.dataDir).applications).toBe(0);
      expect((await send(key)).status).toBe(201);
      expect(storedCounts(server.dataDir).applications).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('the whole request limit', () => {
  it('counts the application part too: a larger application than MAX_REQUEST_BYTES gets 413 and nothing is stored', async () => {
    const server = await startTestServer({ maxFileBytes: 512, maxRequestBytes: 1024 });
    try {
      const application = exampleApplication();
      expect(JSON.stringify(application).length).toBeGreaterThan(1024);
      const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(application) });
      expect(response.status).toBe(413);
      expect(storedCounts(server.dataDir).applications).toBe(0);
    } finally {
      await server.close();
    }
  });
});

/** The answers of the parking card as version 1 asked them: without the copy of an ID and the passport photo. */
function withoutAttachments(answers: Application['answers']): Application['answers'] {
  const { identityDocument: _id, passportPhoto: _photo, ...rest } = answers;
  return rest;
}
