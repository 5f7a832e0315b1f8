// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../server/contract/apiTypes';
import { fileBytes, sha256 } from './support/files';
import { announcedFiles, applicationWithFiles, deskApplication, submissionForm, type TestFile } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';

const auth = { authorization: `Bearer ${TOKEN}` };

/** The desk application made on a written authorisation, with the authorisation as a file. */
function withWrittenAuthorisation(): { application: Application; authorisation: TestFile } {
  const authorisation = { field: 'writtenAuthorisation', name: 'machtiging.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 3000) };
  const application = deskApplication();
  return {
    application: {
      ...application,
      onBehalf: {
        ...application.onBehalf,
        onBehalfOf: 'someoneElse',
        representationBasis: 'writtenAuthorisation',
        writtenAuthorisation: [{ name: authorisation.name, type: authorisation.type, size: authorisation.bytes.length }],
      },
    },
    authorisation,
  };
}

describe('on whose behalf, the identity check and the payment, as the service receives them', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function send(application: unknown, files?: readonly TestFile[]) {
    server ??= await startTestServer();
    return server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(application, files) });
  }

  async function refusal(application: unknown, files?: readonly TestFile[]) {
    const answer = await send(application, files);
    expect(answer.status).toBe(422);
    return (answer.body as { errors: Array<{ field: string; code: string; message: string }> }).errors;
  }

  it('keeps a written authorisation as a file of the application and returns every recorded fact with the status', async () => {
    const { application, authorisation } = withWrittenAuthorisation();
    const created = await send(application, [...announcedFiles(application), authorisation]);
    expect(created.status).toBe(201);
    const { reference } = created.body as { reference: string };

    const status = await server?.fetch(`/api/v1/applications/${reference}`, { headers: auth });
    expect(status?.body).toMatchObject({
      onBehalf: { onBehalfOf: 'someoneElse', representationBasis: 'writtenAuthorisation', representativeName: 'Pieter de Vries' },
      desk: {
        identityCheck: { applicantIdentity: 'identityCard', representativeIdentity: 'drivingLicence', identityDocumentsValid: true, recordedBy: { staffId: 'm.jansen' } },
        payment: { paymentMethod: 'pin', pinReceiptNumber: '004711', amountCents: 15895, recordedAt: '2026-11-03T09:30:30+01:00' },
      },
    });
    const files = (await server?.store.findFiles(reference)) ?? [];
    expect(files.filter((file) => file.questionId === 'writtenAuthorisation').map(({ name, size, sha256: digest }) => ({ name, size, digest }))).toStrictEqual([
      { name: 'machtiging.pdf', size: 3000, digest: sha256(authorisation.bytes) },
    ]);
  });

  it('refuses a written authorisation announced without its file, and a file part for it when the basis is another', async () => {
    const { application, authorisation } = withWrittenAuthorisation();
    expect(await refusal(application)).toContainEqual(expect.objectContaining({ field: 'writtenAuthorisation', code: 'file.missing' }));
    expect(await refusal(deskApplication(), [...announcedFiles(application), authorisation])).toContainEqual(expect.objectContaining({ field: 'writtenAuthorisation', code: 'file.unexpected' }));
  });

  it('checks "for whom" with the wizard\'s own rules: a representative needs a name and a basis, and one for oneself has neither', async () => {
    const application = deskApplication();
    const { representativeName: _name, ...nameless } = application.onBehalf ?? { onBehalfOf: 'self' };
    expect(await refusal({ ...application, onBehalf: nameless })).toContainEqual(expect.objectContaining({ field: 'representativeName', code: 'required' }));
    expect(await refusal({ ...application, onBehalf: { ...application.onBehalf, representationBasis: 'neighbour' } })).toContainEqual(
      expect.objectContaining({ field: 'onBehalf.representationBasis' }),
    );
    // For oneself there is no representative: an answer about one is refused, and so is their identity.
    const forSelf = { ...application, onBehalf: { onBehalfOf: 'self', representativeName: 'Pieter de Vries' } };
    expect(await refusal(forSelf)).toContainEqual(expect.objectContaining({ field: 'representativeName', code: 'answer.hidden' }));
    expect(await refusal({ ...application, onBehalf: { onBehalfOf: 'self' } })).toContainEqual(expect.objectContaining({ field: 'representativeIdentity', code: 'answer.hidden' }));
  });

  it('takes a desk record only from the desk, for the fees due and their total, and never a document number', async () => {
    const application = deskApplication();
    const { desk } = application;
    if (!desk?.identityCheck || !desk.payment) throw new Error('the fixture records both desk steps');

    const alone = await refusal({ ...application, assistance: { assisted: false } });
    expect(alone).toStrictEqual([{ field: 'desk', code: 'desk.notAssisted', message: 'Alleen een medewerker aan de balie kan dit vastleggen.' }]);
    expect(await refusal({ ...application, desk: { ...desk, payment: { ...desk.payment, amountCents: 4895 } } })).toStrictEqual([
      expect.objectContaining({ field: 'desk.payment.amountCents', code: 'desk.payment.amount' }),
    ]);
    expect(await refusal({ ...application, desk: { identityCheck: desk.identityCheck } })).toStrictEqual([expect.objectContaining({ field: 'desk.payment', code: 'desk.payment.missing' })]);
    expect(await refusal({ ...application, desk: { payment: desk.payment } })).toStrictEqual([expect.objectContaining({ field: 'desk.identityCheck', code: 'desk.identityCheck.missing' })]);
    expect(await refusal({ ...application, desk: { ...desk, payment: { ...desk.payment, paymentMethod: 'cash' } } })).toContainEqual(
      expect.objectContaining({ field: 'desk.payment.paymentMethod' }),
    );
    // A receipt number belongs to a PIN payment only.
    expect(await refusal({ ...application, desk: { ...desk, payment: { ...desk.payment, paymentMethod: 'invoice' } } })).toContainEqual(
      expect.objectContaining({ field: 'pinReceiptNumber', code: 'answer.hidden' }),
    );
    // Data minimisation: the contract has no place for a document's number, so one is refused.
    expect(await refusal({ ...application, desk: { ...desk, identityCheck: { ...desk.identityCheck, documentNumber: 'NW3K28L91' } } })).toContainEqual(
      expect.objectContaining({ field: expect.stringContaining('desk.identityCheck') }),
    );
    // A form without fees has nothing to pay.
    const noFees = applicationWithFiles([], { assistance: application.assistance.assisted ? { ...application.assistance, typedBy: {} } : application.assistance, desk });
    expect(await refusal(noFees)).toStrictEqual([expect.objectContaining({ field: 'desk.payment', code: 'desk.payment.unexpected' })]);
    // Nothing refused was stored: the first application accepted takes the first number.
    const accepted = await send(application);
    expect((accepted.body as { reference: string }).reference).toMatch(/-000001$/);
  });
});
