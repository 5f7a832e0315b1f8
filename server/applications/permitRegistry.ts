import type { PermitDefinition } from '../../src/wizard';

/** The forms the service accepts; `permits` from `src/definitions` fits, tests pass their own. */
export type PermitRegistry = ReadonlyArray<{ readonly definition: PermitDefinition }>;

/** The definition for a form id and version, or which of the two is unknown. */
export function findPermit(
  registry: PermitRegistry,
  formId: string,
  formVersion: number,
): { readonly permit: PermitDefinition } | { readonly unknown: 'formId' | 'formVersion' } {
  const entry = registry.find(({ definition }) => definition.id === formId);
  if (!entry) return { unknown: 'formId' };
  return entry.definition.version === formVersion ? { permit: entry.definition } : { unknown: 'formVersion' };
}
