import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SealedDraft } from '../../../server/contract/apiTypes';
import type { NewApplication, NewFileFacts } from '../../../server/applications/ApplicationStore';
import type { AnswerValue } from '../../../src/wizard';
import { sha256 } from './files';
import { exampleApplication } from './submission';

/** A file as a test hands it to a store: its bytes, written to a temporary file in `dir`. */
export function temporaryFile(dir: string, questionId: string, position: number, bytes: Uint8Array): NewFileFacts & { readonly path: string } {
  const file = path.join(dir, randomUUID());
  writeFileSync(file, bytes);
  return { questionId, position, name: `bijlage-${position}.pdf`, mediaType: 'application/pdf', size: bytes.length, sha256: sha256(bytes), path: file };
}

/**
 * What the routes hand a store for the OpenAPI example (an assisted parking-card application with
 * consent): a new key and digest each time unless given, received at a fixed moment in `referenceYear`.
 */
export function newApplication(overrides: Partial<NewApplication> = {}): NewApplication {
  const application = exampleApplication();
  const referenceYear = overrides.referenceYear ?? 2026;
  return {
    idempotencyKey: randomUUID(),
    contentDigest: randomUUID().replaceAll('-', ''),
    application,
    answers: application.answers as Record<string, AnswerValue>,
    receivedAt: new Date(`${referenceYear}-11-03T09:15:27.123Z`),
    expectedDecisionBy: `${referenceYear}-12-29`,
    referenceYear,
    deviceId: 'tablet-1',
    files: [],
    ...overrides,
  };
}

/** A sealed draft as the wizard parks it (the store never opens it). */
export function sealedDraft(ciphertext = 'QmVzdGFhdCBuaWV0IGVjaHQsIGFsbGVlbiB2b29yIGRlIHRlc3Q='): SealedDraft {
  return { v: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iv: 'aXZpdml2aXZpdml2', iterations: 600_000, ciphertext };
}
