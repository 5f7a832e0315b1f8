import type { PermitDefinition } from '../../../src/wizard';
import { intakePermits } from '../../../server/applications/intakePermits';

/**
 * A form for tests only, with file questions, added to the service's own registry (the current
 * definitions and their previous versions). Texts are not needed: the service falls back to
 * general messages.
 */
export const testPermit = {
  id: 'test-bijlagen',
  version: 1,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    { id: 'name', questions: [{ id: 'fullName', type: 'text', maxLength: 100 }] },
    {
      id: 'documents',
      questions: [
        { id: 'idCopy', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 3, optional: true },
        { id: 'photo', type: 'file', accept: ['jpeg', 'png'], optional: true, maxBytes: 2 * 1024 * 1024 },
      ],
    },
  ],
} as const satisfies PermitDefinition;

export const testRegistry = [...intakePermits, { definition: testPermit }];
