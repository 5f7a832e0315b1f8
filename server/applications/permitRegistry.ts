import type { PermitDefinition } from '../../src/wizard';

/**
 * The forms the service accepts: one entry per form id and version, the current definitions and
 * the earlier versions it still takes (`intakePermits`); `permits` from `src/definitions` fits
 * too, tests pass their own.
 */
export type PermitRegistry = ReadonlyArray<{ readonly definition: PermitDefinition }>;

/** The definition for a form id and version, or which of the two is unknown. */
export function findPermit(
  registry: PermitRegistry,
  formId: string,
  formVersion: number,
): { readonly permit: PermitDefinition } | { readonly unknown: 'formId' | 'formVersion' } {
  const versions = registry.filter(({ definition }) => definition.id === formId);
  if (versions.length === 0) return { unknown: 'formId' };
  const entry = versions.find(({ definition }) => definition.version === formVersion);
  return entry ? { permit: entry.definition } : { unknown: 'formVersion' };
}
