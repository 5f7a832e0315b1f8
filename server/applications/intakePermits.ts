import { permits } from '../../src/definitions';
import type { PermitDefinition } from '../../src/wizard';
import type { PermitRegistry } from './permitRegistry';

/**
 * Each permit folder's earlier versions that the service still accepts
 * (`src/definitions/<id>/previousVersions.ts`, exporting `previousVersions`). Found by file name, so
 * keeping a version is adding that data file; gathered here, in the service only, so the app bundle
 * never carries old forms.
 */
const previous = import.meta.glob<readonly PermitDefinition[]>('../../src/definitions/*/previousVersions.ts', { eager: true, import: 'previousVersions' });

/**
 * Every form the service accepts: each permit's current definition and its previous versions. An
 * application is checked against the exact version it was filled in with (docs/offline.md,
 * guarantee 9: an application queued before an app update still goes).
 */
export const intakePermits: PermitRegistry = [
  ...permits,
  ...Object.values(previous)
    .flat()
    .map((definition) => ({ definition })),
];
