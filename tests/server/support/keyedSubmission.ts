import { randomUUID } from 'node:crypto';
import { fileBytes } from './files';
import { applicationWithFiles, submissionForm, type TestFile } from './submission';
import { TOKEN } from './testServer';

/** An application of the test form as the outbox keeps it: its key, its files, and a fresh body per try. */
export interface KeyedSubmission {
  readonly key: string;
  readonly form: () => FormData;
  readonly files: readonly TestFile[];
  /** Set once the service answered 201 or 200. */
  reference?: string;
}

/** Files of one application, as [kind, bytes]: none, a small PDF, or a large PDF with a photo. */
export type FileMix = ReadonlyArray<readonly ['pdf' | 'png', number]>;
export const FILE_MIXES: readonly FileMix[] = [[], [['pdf', 40_000]], [['pdf', 1_500_000], ['png', 300_000]]];

/** A new application of the test form with a new Idempotency-Key and the files of `mix`. */
export function keyedSubmission(mix: FileMix): KeyedSubmission {
  const files: TestFile[] = mix.map(([kind, size], index) => ({
    field: 'idCopy',
    name: `bijlage-${index}.${kind}`,
    type: kind === 'pdf' ? 'application/pdf' : 'image/png',
    bytes: fileBytes(kind, size),
  }));
  const application = applicationWithFiles(files);
  return { key: randomUUID(), files, form: () => submissionForm(application, files) };
}

/** Sends it once to the service at `url`, with its key and the test token. */
export function sendKeyed(url: string, sent: KeyedSubmission): Promise<Response> {
  return fetch(`${url}/api/v1/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': sent.key },
    body: sent.form(),
  });
}
