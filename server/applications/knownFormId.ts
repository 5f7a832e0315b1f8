import type { PermitRegistry } from './permitRegistry';

/**
 * The `formId` a parsed but unchecked submission names, when it is a form the service accepts;
 * otherwise `unknown`. For metric labels, which must stay a small known set whatever a client sends.
 */
export function knownFormId(value: unknown, registry: PermitRegistry): string {
  const formId = typeof value === 'object' && value !== null ? (value as { formId?: unknown }).formId : undefined;
  return registry.some(({ definition }) => definition.id === formId) ? (formId as string) : 'unknown';
}
