// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileBytes } from './support/files';
import { storedCounts, temporaryFiles } from './support/storedRows';
import { applicationWithFiles, exampleApplication, submissionForm, type TestFile } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

/**
 * Hostile and broken requests: each gets the right 4xx as problem+json, nothing is stored, no
 * upload is left on disk, and the service keeps answering.
 */
describe('bad input', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(async () => {
    expect(storedCounts(server.dataDir)).toEqual({ applications: 0, files: 0, chunks: 0 });
    expect(temporaryFiles(server.dataDir)).toEqual([]);
    const health = await server.fetch('/api/v1/health');
    expect(health.status).toBe(200);
  });

  const post = (body: BodyInit, headers: Record<string, string> = submitHeaders()) =>
    server.fetch('/api/v1/applications', { method: 'POST', headers, body });
  const codes = (body: unknown) => ((body as { errors?: Array<{ field: string; code: string }> }).errors ?? []).map(({ field, code }) => `${field}:${code}`);

  it('refuses a request without a token, or with a wrong one, with 401', async () => {
    const { authorization: _omitted, ...withoutToken } = submitHeaders();
    expect((await post(submissionForm(exampleApplication()), withoutToken)).status).toBe(401);
    const wrong = await post(submissionForm(exampleApplication()), { ...submitHeaders(), authorization: 'Bearer not-the-token-but-long-enough' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a request without a UUID Idempotency-Key with 400', async () => {
    expect((await post(submissionForm(exampleApplication()), submitHeaders('not-a-uuid'))).status).toBe(400);
  });

  it('refuses JSON sent as the whole body with 415', async () => {
    const response = await post(JSON.stringify(exampleApplication()), { ...submitHeaders(), 'content-type': 'application/json' });
    expect(response.status).toBe(415);
  });

  it('refuses an application part that is not JSON with 400', async () => {
    expect((await post(submissionForm('{"formId": "gehandicaptenparkeerkaart", '))).status).toBe(400);
  });

  describe('a malformed multipart body gets a 4xx problem, never a 5xx the outbox would retry for ever', () => {
    const boundary = 'grens-0123456789';
    const pdf = `%PDF-1.7\n${' '.repeat(1991)}`;
    const file = { field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: new TextEncoder().encode(pdf) };
    const applicationPart = `Content-Disposition: form-data; name="application"; filename="application.json"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(applicationWithFiles([file]))}`;
    const body = (...parts: string[]) => `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`;
    const cases: Array<[string, string, number, string]> = [
      ['a file part without a filename', body(applicationPart, `Content-Disposition: form-data; name="idCopy"\r\nContent-Type: application/pdf\r\n\r\n${pdf}`), 400, 'multipart-malformed'],
      ['a file part with an empty filename', body(applicationPart, `Content-Disposition: form-data; name="idCopy"; filename=""\r\n\r\n${pdf}`), 400, 'multipart-malformed'],
      ['a file part without a name', body(applicationPart, `Content-Disposition: form-data; filename="id.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}`), 400, 'multipart-malformed'],
      ['a second application part', body(applicationPart, applicationPart), 400, 'multipart-malformed'],
      ['an application part without a name', body(`Content-Disposition: form-data; filename="application.json"\r\n\r\n{}`), 400, 'application-part-missing'],
      ['part headers that are garbage', body(`\u0001\u0002 nonsense ::: \u007f\r\n${'x'.repeat(300)}\r\n\r\n{}`), 400, 'application-part-missing'],
      ['a file part with garbage headers', body(applicationPart, `\u0001\u0002 nonsense\r\n\r\n${pdf}`), 422, 'validation'],
      ['a body cut off inside a file', body(applicationPart, `Content-Disposition: form-data; name="idCopy"; filename="id.pdf"\r\n\r\n${pdf}`).slice(0, -400), 400, 'multipart-malformed'],
      ['a body without its closing boundary', `--${boundary}\r\n${applicationPart}\r\n`, 400, 'multipart-malformed'],
      ['a body without any boundary', 'geen formulier', 400, 'multipart-malformed'],
    ];
    it.each(cases)('%s', async (_name, text, status, type) => {
      const response = await post(text, { ...submitHeaders(), 'content-type': `multipart/form-data; boundary=${boundary}` });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((response.body as { type: string }).type).toBe(`urn:hulploket:problem:${type}`);
    });
  });

  it('refuses a request whose first part is a file with 400', async () => {
    const form = new FormData();
    form.append('idCopy', new Blob([fileBytes('pdf', 100)], { type: 'application/pdf' }), 'a.pdf');
    form.append('application', JSON.stringify(applicationWithFiles([])));
    expect((await post(form)).status).toBe(400);
  });

  it('refuses an unknown form and an unknown version with 422 at formId / formVersion', async () => {
    const unknown = await post(submissionForm({ ...exampleApplication(), formId: 'bouwvergunning' }));
    expect(unknown.status).toBe(422);
    expect(codes(unknown.body)).toEqual(['formId:form.unknown']);
    const version = await post(submissionForm({ ...exampleApplication(), formVersion: 99 }));
    expect(codes(version.body)).toEqual(['formVersion:form.version']);
  });

  it('refuses unknown fields at every level of the application with 422', async () => {
    const extraTop = await post(submissionForm({ ...exampleApplication(), isAdmin: true }));
    expect(extraTop.status).toBe(422);
    expect(codes(extraTop.body)).toContain('isAdmin:application.structure');
    const extraClient = await post(submissionForm({ ...exampleApplication(), client: { ...exampleApplication().client, extra: 1 } }));
    expect(codes(extraClient.body)).toContain('client.extra:application.structure');
    const unknownAnswer = await post(submissionForm({ ...exampleApplication(), answers: { ...exampleApplication().answers, shoeSize: '44' } }));
    expect(codes(unknownAnswer.body)).toEqual(['shoeSize:answer.unknown']);
  });

  it('refuses unknown fields inside a file answer and an address with 422, and stores nothing of them', async () => {
    const file = { field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 2000) };
    const announced = applicationWithFiles([file]);
    const [answer] = announced.answers.idCopy as Array<Record<string, unknown>>;
    const withPath = { ...announced, answers: { ...announced.answers, idCopy: [{ ...answer, path: '/etc/passwd', note: 'x'.repeat(5000) }] } };
    const refusedFile = await post(submissionForm(withPath, [file]));
    expect(refusedFile.status).toBe(422);
    expect(codes(refusedFile.body)).toEqual(['idCopy.path:answer.unknown', 'idCopy.note:answer.unknown']);

    const address = { postcode: '1234AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Ons Dorp' };
    const extraAddress = await post(
      submissionForm({ ...exampleApplication(), answers: { ...exampleApplication().answers, homeAddress: { ...address, path: '/etc/passwd' } } }),
    );
    expect(extraAddress.status).toBe(422);
    expect(codes(extraAddress.body)).toEqual(['homeAddress.path:answer.unknown']);
  });

  it('refuses missing required answers, hidden answers and invalid BSN and postcode with 422 at the question', async () => {
    const { bsn: _bsn, ...withoutBsn } = exampleApplication().answers;
    expect(codes((await post(submissionForm({ ...exampleApplication(), answers: withoutBsn }))).body)).toEqual(['bsn:required']);
    // currentCardNumber is asked only for a renewal; this is a first application.
    const hidden = await post(submissionForm({ ...exampleApplication(), answers: { ...exampleApplication().answers, currentCardNumber: '12345' } }));
    expect(codes(hidden.body)).toEqual(['currentCardNumber:answer.hidden']);
    const invalid = await post(
      submissionForm({
        ...exampleApplication(),
        answers: { ...exampleApplication().answers, bsn: '123456789', homeAddress: { postcode: '0123 AB', houseNumber: '1', street: 'Straat', city: 'Stad' } },
      }),
    );
    expect(invalid.status).toBe(422);
    expect(codes(invalid.body)).toEqual(['bsn:bsn.checksum', 'homeAddress.postcode:postcode.leadingZero']);
    for (const error of (invalid.body as { errors: Array<{ message: string }> }).errors) expect(error.message).not.toMatch(/^validation\./);
  });

  it('refuses oversized text with 422, and a huge application part with 413', async () => {
    const longText = await post(submissionForm({ ...exampleApplication(), answers: { ...exampleApplication().answers, limitationDescription: 'x'.repeat(5000) } }));
    expect(codes(longText.body)).toEqual(['limitationDescription:text.tooLong']);
    const huge = await post(submissionForm({ ...exampleApplication(), answers: { ...exampleApplication().answers, limitationDescription: 'x'.repeat(300_000) } }));
    expect(huge.status).toBe(413);
  });

  it('refuses 10,000 answer keys and deeply nested JSON with 422 before validating them', async () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`q${index}`, 'x']));
    const tooMany = await post(submissionForm({ ...exampleApplication(), answers: many }));
    expect(tooMany.status).toBe(422);
    expect(codes(tooMany.body)).toEqual(['application:application.tooManyValues']);
    const deep = `{"formId":"gehandicaptenparkeerkaart","answers":{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`;
    const tooDeep = await post(submissionForm(deep));
    expect(tooDeep.status).toBe(422);
    expect(codes(tooDeep.body)).toEqual(['application:application.tooDeep']);
  });

  it('refuses 10,000 multipart parts with 413', async () => {
    const form = submissionForm(exampleApplication());
    for (let index = 0; index < 10_000; index += 1) form.append(`f${index}`, new Blob(['x']), 'x.pdf');
    expect((await post(form)).status).toBe(413);
  });

  const fileCases: Array<[string, TestFile, number, string]> = [
    ['HTML named .pdf', { field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('html', 2000) }, 415, 'idCopy:file.type'],
    ['an SVG with a script', { field: 'idCopy', name: 'id.svg', type: 'application/pdf', bytes: fileBytes('svg', 2000) }, 415, 'idCopy:file.type'],
    ['a Windows executable named .pdf', { field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('exe', 2000) }, 415, 'idCopy:file.type'],
    ['a Linux executable named .png', { field: 'idCopy', name: 'id.png', type: 'image/png', bytes: fileBytes('elf', 2000) }, 415, 'idCopy:file.type'],
    ['a PDF for a question that accepts only photos', { field: 'photo', name: 'pasfoto.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 2000) }, 422, 'photo:file.type'],
    ['a path-traversal file name', { field: 'idCopy', name: '../../etc/passwd', type: 'application/pdf', bytes: fileBytes('pdf', 2000) }, 422, 'idCopy:file.name'],
    ['a Windows path as file name', { field: 'idCopy', name: 'C:\\Windows\\id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 2000) }, 422, 'idCopy:file.name'],
  ];
  it.each(fileCases)('refuses %s', async (_name, file, status, code) => {
    const response = await post(submissionForm(applicationWithFiles([file]), [file]));
    expect(response.status).toBe(status);
    expect(codes(response.body)).toContain(code);
  });

  it('refuses a zero-byte file with 422', async () => {
    const file = { field: 'idCopy', name: 'leeg.pdf', type: 'application/pdf', bytes: new Uint8Array(0) };
    const response = await post(submissionForm(applicationWithFiles([file]), [file]));
    expect(response.status).toBe(422);
    expect(codes(response.body)).toEqual(['idCopy:file.empty']);
  });

  it('refuses a file whose content differs from what the answers announce, a missing file and an extra one', async () => {
    const pdf = { field: 'idCopy', name: 'id.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 2000) };
    const announcedPng = applicationWithFiles([{ ...pdf, type: 'image/png' }]);
    expect(codes((await post(submissionForm(announcedPng, [pdf]))).body)).toEqual(['idCopy:file.mismatch']);
    expect(codes((await post(submissionForm(applicationWithFiles([pdf]), []))).body)).toEqual(['idCopy:file.missing']);
    const extra = { ...pdf, field: 'fullName' };
    expect(codes((await post(submissionForm(applicationWithFiles([pdf]), [pdf, extra]))).body)).toEqual(['fullName:file.unexpected']);
  });

  it('answers in English when Accept-Language prefers it, in Dutch otherwise', async () => {
    const english = await post(submissionForm({ ...exampleApplication(), formId: 'x' }), { ...submitHeaders(), 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' });
    expect((english.body as { title: string }).title).toBe('Not all answers are right');
    expect(english.headers.get('content-language')).toBe('en');
    const dutch = await post(submissionForm({ ...exampleApplication(), formId: 'x' }));
    expect((dutch.body as { title: string }).title).toBe('Niet alle antwoorden kloppen');
  });
});
