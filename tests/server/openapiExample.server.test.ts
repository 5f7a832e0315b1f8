// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import document from '../../api/openapi.json';
import { findDefinition, permits } from '../../src/definitions';
import { todayIso, validateApplication, type Answers } from '../../src/wizard';
import { createOpenApiValidator } from '../../server/contract/openapiValidator';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

/** The OpenAPI document's example is a real, valid application for the parking card. */
describe('the example in the OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The real registry only: the example must pass the product's own definitions.
    server = await startTestServer({ permits });
  });
  afterAll(async () => {
    await server.close();
  });

  it('matches the Application schema', () => {
    expect(createOpenApiValidator(document).validateSchema('Application', exampleApplication())).toEqual([]);
  });

  it('passes the parking card definition with the wizard engine, answering every visible question', () => {
    const application = exampleApplication();
    const permit = findDefinition(application.formId, application.formVersion);
    expect(permit?.id).toBe('gehandicaptenparkeerkaart');
    if (!permit) return;
    const check = validateApplication(permit, application.answers as Answers, todayIso());
    expect(check).toMatchObject({ ok: true });
  });

  it('is accepted by the service (201), stored with its assistance and consent', async () => {
    const response = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
    expect(response.status).toBe(201);
  });
});

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

describe('the OpenAPI document', () => {
  it('has schemas that all compile as strict JSON Schema 2020-12', () => {
    const contract = createOpenApiValidator(document);
    for (const name of Object.keys(document.components.schemas)) expect(() => contract.validateSchema(name, {})).not.toThrow();
  });

  it('documents a problem+json body for every error response of every operation', () => {
    for (const [pathname, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses: Record<string, { $ref?: string }> }>)) {
        // A path item also holds what its operations share, such as `parameters`.
        if (!HTTP_METHODS.has(method)) continue;
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400 || pathname === '/health') continue;
          expect(response.$ref, `${method} ${pathname} ${status}`).toMatch(/^#\/components\/responses\//);
        }
      }
    }
    for (const [name, response] of Object.entries(document.components.responses)) {
      expect(Object.keys(response.content), name).toEqual(['application/problem+json']);
    }
  });
});
