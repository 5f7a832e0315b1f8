// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeviceVerifier } from '../../server/security/deviceTokens';
import { DATABASE_FILE } from '../../server/storage/sqlite/SqliteApplicationStore';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, TOKEN, type TestServer } from './support/testServer';

const auth = { authorization: `Bearer ${TOKEN}` };
const OTHER_TOKEN = 'another-tablet-token-0123456789abcdef';

describe('the record of how an application was made', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('stores who helped, where, who typed each step, the internal note and the consent, and returns them in the status without the note', async () => {
    server = await startTestServer();
    const application = exampleApplication();
    const created = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(application) });
    expect(created.status).toBe(201);
    const { reference } = created.body as { reference: string };

    const status = await server.fetch(`/api/v1/applications/${reference}`, { headers: auth });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      reference,
      assistance: {
        assisted: true,
        staffId: 'm.jansen',
        location: 'Stadskantoor, balie 3',
        typedBy: { cardKind: 'citizen', personalDetails: 'staff' },
      },
      consent: { given: true, at: '2026-11-03T09:12:00+01:00', contactChannel: 'post' },
    });
    // The note is for the back office: kept with the application, never given back to a device.
    expect(status.text).not.toContain('huisarts');
    const deviceId = createDeviceVerifier([TOKEN])(auth.authorization)?.id ?? '';
    expect((await server.store.findStatus(reference, deviceId))?.assistance).toMatchObject({ internalNote: 'Brief van de huisarts gezien (12 oktober 2026).' });
    // The status is the record of how, never the answers.
    expect(status.text).not.toContain('111222333');
    expect(status.text).not.toContain('Voorbeeldstraat');
  });

  it('answers a status read only to the tablet that sent the application: another linked tablet gets the 404 of an unknown reference', async () => {
    server = await startTestServer({ deviceTokens: [TOKEN, OTHER_TOKEN] });
    const created = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
    const { reference } = created.body as { reference: string };
    const other = { authorization: `Bearer ${OTHER_TOKEN}` };
    const fromOther = await server.fetch(`/api/v1/applications/${reference}`, { headers: other });
    const unknown = await server.fetch('/api/v1/applications/HV-2026-999999', { headers: other });
    expect(fromOther.status).toBe(404);
    expect(fromOther.text).toBe(unknown.text);
    expect(fromOther.text).not.toContain('Mila');
    expect((await server.fetch(`/api/v1/applications/${reference}`, { headers: auth })).status).toBe(200);
  });

  it('refuses (422) a consent without the contact channel, a step typed by someone else than citizen or staff, and a step the form does not have', async () => {
    server = await startTestServer();
    const withoutChannel = { ...exampleApplication(), consent: { given: true, at: '2026-11-03T09:12:00+01:00' } };
    expect((await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(withoutChannel) })).status).toBe(422);
    const application = exampleApplication();
    const oddTyping = { ...application, assistance: { ...application.assistance, typedBy: { cardKind: 'robot' } } };
    expect((await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(oddTyping) })).status).toBe(422);
    const unknownStep = { ...application, assistance: { ...application.assistance, typedBy: { cardKind: 'citizen', stepOfAnotherForm: 'staff' } } };
    const refused = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(unknownStep) });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ errors: [{ field: 'assistance.typedBy.stepOfAnotherForm', code: 'assistance.unknownStep', message: 'Deze stap hoort niet bij het formulier.' }] });
  });

  it('says "not assisted" for an application made without help', async () => {
    server = await startTestServer();
    const created = await server.fetch('/api/v1/applications', {
      method: 'POST',
      headers: submitHeaders(),
      body: submissionForm({ ...exampleApplication(), assistance: { assisted: false } }),
    });
    const status = await server.fetch(`/api/v1/applications/${(created.body as { reference: string }).reference}`, { headers: auth });
    expect(status.body).toMatchObject({ assistance: { assisted: false }, consent: { contactChannel: 'post' } });
  });

  it('opens a data directory of the previous version: its applications stay readable and get their record', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-old-'));
    writeVersion2Database(dataDir);

    server = await startTestServer({ dataDir });
    const old = await server.fetch('/api/v1/applications/HV-2026-000001', { headers: auth });
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ reference: 'HV-2026-000001', assistance: { assisted: true, staffId: 'm.jansen', location: 'Stadskantoor, balie 3' } });
    // A consent from before the contact channel was recorded does not meet today's contract: not returned.
    expect(old.body).not.toHaveProperty('consent');

    // The counter carries on from the old data: the next reference is the second of that year.
    const created = await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) });
    expect(created.status).toBe(201);
    expect((created.body as { reference: string }).reference).toMatch(/^HV-\d{4}-00000[12]$/);
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    // Upgraded past the version it was written with, to whatever the store's newest schema is.
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(2);
    db.close();
  });
});

/**
 * A data directory as the service left it before the assistance record had columns of its own: schema version 2, one application with
 * assistance and consent only inside `application_json`.
 */
function writeVersion2Database(dataDir: string): void {
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.exec(`
    CREATE TABLE applications (
      reference TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, content_digest TEXT NOT NULL,
      form_id TEXT NOT NULL, form_version INTEGER NOT NULL, locale TEXT NOT NULL, received_at TEXT NOT NULL,
      expected_decision_by TEXT NOT NULL, status TEXT NOT NULL, device_id TEXT NOT NULL,
      application_json TEXT NOT NULL, answers_json TEXT NOT NULL
    ) STRICT;
    CREATE TABLE files (
      id INTEGER PRIMARY KEY, reference TEXT NOT NULL REFERENCES applications (reference), question_id TEXT NOT NULL,
      position INTEGER NOT NULL, name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
      UNIQUE (reference, question_id, position)
    ) STRICT;
    CREATE TABLE file_chunks (file_id INTEGER NOT NULL REFERENCES files (id), sequence INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (file_id, sequence)) STRICT, WITHOUT ROWID;
    CREATE TABLE reference_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL) STRICT;
    CREATE TABLE parked_drafts (lookup_id TEXT PRIMARY KEY, sealed_json TEXT NOT NULL, stored_at TEXT NOT NULL, expires_at TEXT NOT NULL) STRICT;
    CREATE INDEX parked_drafts_by_expiry ON parked_drafts (expires_at);
    PRAGMA user_version = 2;
  `);
  const application = {
    formId: 'gehandicaptenparkeerkaart',
    formVersion: 1,
    locale: 'nl',
    answers: { bsn: '111222333' },
    assistance: { assisted: true, staffId: 'm.jansen', staffName: 'Mila Jansen', location: 'Stadskantoor, balie 3' },
    consent: { given: true, at: '2026-11-03T09:12:00+01:00' },
    client: { draftId: '0b6f1c2e-8a47-4d6b-9a5e-3f2c1d0e9b8a', startedAt: '2026-11-03T09:12:30+01:00', submittedAt: '2026-11-03T09:31:05+01:00' },
  };
  db.prepare(
    `INSERT INTO applications VALUES ('HV-2026-000001', '7d1d0c7e-4f55-4e8c-a3f3-1b2f0c9e6a10', 'digest', 'gehandicaptenparkeerkaart', 1, 'nl',
      '2026-11-03T08:31:06.000Z', '2026-12-29', 'received', ?, ?, '{}')`,
  ).run(createDeviceVerifier([TOKEN])(`Bearer ${TOKEN}`)?.id ?? '', JSON.stringify(application));
  db.prepare('INSERT INTO reference_counters VALUES (2026, 1)').run();
  db.close();
}
