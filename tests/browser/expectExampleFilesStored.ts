import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';
import type { Answers, PermitDefinition } from '../../src/wizard';
import { exampleFileAnswers, exampleFileBytes } from '../fixtures/exampleFiles';
import type { StoredRows } from '../server/support/storedRows';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The files an example attaches arrived with application `reference` byte for byte, read straight
 * from the service's store (`stored`, its SQLite file or its PostgreSQL database): each under its question, in the answer's order, with its name, type
 * and size, and with the SHA-256 of its fixture in `tests/fixtures/files/`, both as the service
 * recorded it on receipt and over the bytes put back together from what it stored. No file more.
 */
export async function expectExampleFilesStored(stored: StoredRows, reference: string, permit: PermitDefinition, answers: Answers): Promise<void> {
  // The store lists files by question id, then position; the answer's order within a question stays.
  const expected = exampleFileAnswers(permit, answers)
    .map(({ questionId, file }) => {
      const fixture = sha256(exampleFileBytes(file));
      return { questionId, name: file.name, mediaType: file.type, size: file.size, recordedSha256: fixture, storedBytesSha256: fixture };
    })
    .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
  const files = (await stored.files(reference)).map(({ questionId, name, mediaType, size, sha256: recorded, bytes }) => ({
    questionId,
    name,
    mediaType,
    size,
    recordedSha256: recorded,
    storedBytesSha256: sha256(bytes),
  }));
  expect(files).toEqual(expected);
}
