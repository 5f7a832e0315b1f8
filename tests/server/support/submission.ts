import { randomUUID } from 'node:crypto';
import document from '../../../api/openapi.json';
import type { Application } from '../../../server/contract/apiTypes';
import { findDefinition } from '../../../src/definitions';
import type { Answers } from '../../../src/wizard';
import { exampleFileAnswers, exampleFileBytes } from '../../fixtures/exampleFiles';

/** The valid parking-card application from the OpenAPI document's example. */
export function exampleApplication(): Application {
  return structuredClone(document.components.examples.GehandicaptenparkeerkaartSubmission.value.application) as Application;
}

/**
 * The OpenAPI example made for someone else at the desk: a bewindvoerder applies for the person,
 * both identities checked, the fees due for these answers (card and assessment) paid by PIN.
 */
export function deskApplication(): Application {
  const recordedBy = { staffId: 'm.jansen', staffName: 'Mila Jansen' };
  return {
    ...exampleApplication(),
    onBehalf: { onBehalfOf: 'someoneElse', representationBasis: 'administrator', representativeName: 'Pieter de Vries', representativePhone: '+31612345678' },
    desk: {
      identityCheck: { applicantIdentity: 'identityCard', representativeIdentity: 'drivingLicence', identityDocumentsValid: true, recordedBy, recordedAt: '2026-11-03T09:29:40+01:00' },
      payment: { paymentMethod: 'pin', pinReceiptNumber: '004711', amountCents: 4895 + 11000, recordedBy, recordedAt: '2026-11-03T09:30:30+01:00' },
    },
  };
}

/** An attachment as a test sends it: part name (question id), file name, declared type, bytes. */
export interface TestFile {
  readonly field: string;
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** An application for the test form with files, the answers announcing exactly these files. */
export function applicationWithFiles(files: readonly TestFile[], overrides: Partial<Application> = {}): Application {
  const answers: Record<string, Array<{ name: string; type: string; size: number }>> = {};
  for (const file of files) (answers[file.field] ??= []).push({ name: file.name, type: file.type, size: file.bytes.length });
  return {
    formId: 'test-bijlagen',
    formVersion: 1,
    locale: 'nl',
    answers: { fullName: 'Test Persoon', ...answers },
    assistance: { assisted: false },
    client: { draftId: randomUUID(), startedAt: '2026-11-03T09:00:00Z', submittedAt: '2026-11-03T09:10:00Z' },
    ...overrides,
  };
}

/**
 * The files a product permit's application announces, with their bytes from `tests/fixtures/files`
 * (the OpenAPI example and the permit examples name files there).
 */
export function announcedFiles(application: unknown): TestFile[] {
  let value: unknown = application;
  if (typeof application === 'string') {
    try {
      value = JSON.parse(application);
    } catch {
      return [];
    }
  }
  const { formId, answers } = (typeof value === 'object' && value !== null ? value : {}) as { formId?: unknown; answers?: unknown };
  const permit = typeof formId === 'string' ? findDefinition(formId) : undefined;
  if (!permit || typeof answers !== 'object' || answers === null) return [];
  return exampleFileAnswers(permit, answers as Answers).map(({ questionId, file }) => ({
    field: questionId,
    name: file.name,
    type: file.type,
    bytes: new Uint8Array(exampleFileBytes(file)),
  }));
}

/**
 * A multipart body: the `application` part first, then the files in order; by default the files a
 * product permit's answers announce (see `announcedFiles`).
 */
export function submissionForm(application: unknown, files: readonly TestFile[] = announcedFiles(application)): FormData {
  const form = new FormData();
  form.append('application', new Blob([typeof application === 'string' ? application : JSON.stringify(application)], { type: 'application/json' }), 'application.json');
  for (const file of files) form.append(file.field, new Blob([file.bytes], { type: file.type }), file.name);
  return form;
}
