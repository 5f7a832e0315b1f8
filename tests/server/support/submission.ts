import { randomUUID } from 'node:crypto';
import document from '../../../api/openapi.json';
import type { Application } from '../../../server/contract/apiTypes';

/** The valid parking-card application from the OpenAPI document's example. */
export function exampleApplication(): Application {
  return structuredClone(document.components.examples.GehandicaptenparkeerkaartSubmission.value.application) as Application;
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

/** A multipart body: the `application` part first, then the files in order. */
export function submissionForm(application: unknown, files: readonly TestFile[] = []): FormData {
  const form = new FormData();
  form.append('application', new Blob([typeof application === 'string' ? application : JSON.stringify(application)], { type: 'application/json' }), 'application.json');
  for (const file of files) form.append(file.field, new Blob([file.bytes], { type: file.type }), file.name);
  return form;
}
