// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../server/contract/apiTypes';
import { openPostgresStores, type PostgresStores } from '../../server/storage/postgres';
import messagesNl from '../../src/i18n/messages/nl.json';
import validationNl from '../../src/validation/messages.nl.json';
import { todayIso } from '../../src/wizard';
import { permitExample } from '../fixtures/permitExamples';
import { fileBytes } from './support/files';
import { reachTestPostgres, type TestDatabase } from './support/postgres';
import { storedAnswers, storedCounts, temporaryFiles } from './support/storedRows';
import { applicationWithFiles, exampleApplication, submissionForm, type TestFile } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';
import { createDeviceVerifier } from '../../server/security/deviceTokens';

type FieldProblem = { field: string; code: string; message: string };
const problems = (body: unknown) => (body as { errors?: FieldProblem[] }).errors ?? [];
const codes = (body: unknown) => problems(body).map(({ field, code }) => `${field}:${code}`);
const UNSAFE_MESSAGE = validationNl['validation.text.unsafe'];
const FILE_NAME_MESSAGE = messagesNl['validation.file.name'];

/** The example application with some answers replaced. */
const withAnswers = (answers: Record<string, unknown>): Application => {
  const application = exampleApplication();
  return { ...application, answers: { ...application.answers, ...answers } as Application['answers'] };
};
/** The example application with some of the employee's record replaced. */
const withAssistance = (assistance: Record<string, unknown>): Application => {
  const application = exampleApplication();
  return { ...application, assistance: { ...application.assistance, ...assistance } as Application['assistance'] };
};
const address = exampleApplication().answers.homeAddress as Record<string, string>;

/**
 * Text with characters nobody means to type (controls, bidirectional overrides, invisible
 * characters, lone surrogates): the service refuses it with 422 at the field it is in, with the
 * wizard's own message, and stores nothing; the same characters the wizard refuses, no more.
 */
describe('the intake service and characters nobody means to type', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (body: BodyInit) => server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body });

  describe('refused, nothing stored', () => {
    afterEach(() => {
      expect(storedCounts(server.dataDir)).toEqual({ applications: 0, files: 0, chunks: 0 });
      expect(temporaryFiles(server.dataDir)).toEqual([]);
    });

    it.each([
      ['a NUL in a name', withAnswers({ familyName: 'de\u0000Vries' }), 'familyName'],
      ['a right-to-left override in a name', withAnswers({ givenNames: 'Johanna\u202eairaM' }), 'givenNames'],
      ['a terminal escape in a multi-line answer', withAnswers({ limitationDescription: 'Artrose\u001b[2J' }), 'limitationDescription'],
      ['a zero-width space in a part of the address', withAnswers({ homeAddress: { ...address, street: 'Voorbeeld\u200bstraat' } }), 'homeAddress.street'],
      ['a lone surrogate in a part of the address', withAnswers({ homeAddress: { ...address, city: 'Utrecht\ud83d' } }), 'homeAddress.city'],
      ['a C1 control in the doctor’s name', withAnswers({ doctorName: 'Huisarts\u0085De Linde' }), 'doctorName'],
      ['a vertical tab as a blank answer to a hidden question', withAnswers({ currentCardNumber: '\u000b' }), 'currentCardNumber'],
      ['a NUL in the internal note', withAssistance({ internalNote: 'Brief gezien\u0000' }), 'assistance.internalNote'],
      ['a bidirectional isolate in the internal note', withAssistance({ internalNote: 'Brief \u2066gezien\u2069' }), 'assistance.internalNote'],
      ['a line break in the employee’s name', withAssistance({ staffName: 'Mila\nJansen' }), 'assistance.staffName'],
      ['an escape in the desk', withAssistance({ location: 'Balie\u001b[31m 3' }), 'assistance.location'],
    ])('refuses %s with 422 at that field, in plain Dutch', async (_what, application, field) => {
      const response = await post(submissionForm(application));
      expect(response.status).toBe(422);
      expect(problems(response.body)).toEqual([{ field, code: 'text.unsafe', message: UNSAFE_MESSAGE }]);
    });

    it('refuses a right-to-left override in an answer of a group entry at that entry', async () => {
      const { permit, answers } = permitExample('bewonersparkeervergunning', 'firstPermitOwnCar');
      const typed = { ...answers(todayIso()), vehicles: [{ plateCountry: 'abroad', foreignPlate: '1-\u202eABC', vehicleHolder: 'self' }] };
      const application = { ...exampleApplication(), formId: permit.id, formVersion: permit.version, answers: typed as Application['answers'], assistance: { assisted: false as const } };
      const response = await post(submissionForm(application));
      expect(response.status).toBe(422);
      expect(problems(response.body)).toEqual([{ field: 'vehicles.0.foreignPlate', code: 'text.unsafe', message: UNSAFE_MESSAGE }]);
    });

    const pdf = (name: string): TestFile => ({ field: 'idCopy', name, type: 'application/pdf', bytes: fileBytes('pdf', 2000) });
    it.each([
      ['a right-to-left override', 'scan\u202efdp.exe'],
      ['a NUL', 'scan\u0000.pdf'],
      ['a zero-width joiner', 'scan\u200d.pdf'],
      ['a right-to-left mark', 'scan\u200f.pdf'],
    ])('refuses a file named with %s, announced in the answers and sent as the part’s file name', async (_what, name) => {
      const response = await post(submissionForm(applicationWithFiles([pdf(name)]), [pdf(name)]));
      expect(response.status).toBe(422);
      expect(problems(response.body)).toEqual([{ field: 'idCopy', code: 'file.name', message: FILE_NAME_MESSAGE }]);
    });

    it('refuses a part whose file name has a right-to-left override, also when the answers announce a plain name', async () => {
      const response = await post(submissionForm(applicationWithFiles([pdf('scanfdp.pdf')]), [pdf('scan\u202efdp.pdf')]));
      expect(response.status).toBe(422);
      expect(problems(response.body)).toEqual([{ field: 'idCopy', code: 'file.name', message: FILE_NAME_MESSAGE }]);
    });
  });

  it('stores Dutch, Turkish, Persian and Arabic text with its joiners and marks, emoji, and line breaks in a note', async () => {
    const application = {
      ...withAnswers({
        givenNames: 'Zoë İpek',
        familyName: 'می\u200cخواهم 👨\u200d👩\u200d👧',
        limitationDescription: 'Eerste regel\nTweede\tregel',
        homeAddress: { ...address, street: 'شارع\u200f السلام' },
      }),
      assistance: { ...exampleApplication().assistance, internalNote: 'Brief gezien.\r\nBelt terug.' } as Application['assistance'],
    };
    const response = await post(submissionForm(application));
    expect(response.status).toBe(201);
    const { reference } = response.body as { reference: string };
    const deviceId = createDeviceVerifier([TOKEN])(`Bearer ${TOKEN}`)?.id ?? '';
    expect((await server.store.findStatus(reference, deviceId))?.assistance).toMatchObject({ internalNote: 'Brief gezien.\r\nBelt terug.' });
    expect(storedAnswers(server.dataDir, reference)).toMatchObject({ givenNames: 'Zoë İpek', familyName: 'می\u200cخواهم 👨\u200d👩\u200d👧', limitationDescription: 'Eerste regel\nTweede\tregel' });
  });
});

const postgres = await reachTestPostgres();

describe('on PostgreSQL, which cannot store NUL', { skip: postgres === undefined }, () => {
  let database: TestDatabase | undefined;
  let stores: PostgresStores | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    database = await postgres?.createDatabase();
    stores = await openPostgresStores({ databaseUrl: database?.url ?? '', poolSize: 2 });
    server = await startTestServer({ store: stores.store, parkedDrafts: stores.parkedDrafts });
  });
  afterAll(async () => {
    await server?.close();
    await stores?.store.close();
    await database?.drop();
    await postgres?.close();
  });

  it('answers a NUL in an answer, the note or a file name with 422 at its field, before the database sees it', async () => {
    const keys: string[] = [];
    const post = async (body: BodyInit) => {
      const key = crypto.randomUUID();
      keys.push(key);
      return codes((await server?.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(key), body }))?.body);
    };
    const pdf: TestFile = { field: 'idCopy', name: 'scan\u0000.pdf', type: 'application/pdf', bytes: fileBytes('pdf', 2000) };
    expect(await post(submissionForm(withAnswers({ familyName: 'de\u0000Vries' })))).toEqual(['familyName:text.unsafe']);
    expect(await post(submissionForm(withAssistance({ internalNote: 'gezien\u0000' })))).toEqual(['assistance.internalNote:text.unsafe']);
    expect(await post(submissionForm(applicationWithFiles([pdf]), [pdf]))).toEqual(['idCopy:file.name']);
    for (const key of keys) expect(await stores?.store.findByIdempotencyKey(key)).toBeUndefined();
  });
});
