/**
 * Element ids of a question's parts, in one place: the error summary links to `inputId`, hints and
 * errors are tied to inputs with `aria-describedby`. `field` is a question id or `questionId.part`.
 */
export const fieldIds = {
  input: (field: string) => `q-${field.replace(/\./g, '-')}`,
  hint: (field: string) => `q-${field.replace(/\./g, '-')}-hint`,
  error: (field: string) => `q-${field.replace(/\./g, '-')}-error`,
  why: (field: string) => `q-${field.replace(/\./g, '-')}-why`,
  option: (field: string, value: string) => `q-${field.replace(/\./g, '-')}-${value}`,
};

/** `aria-describedby` from the ids that are present, or undefined when none is. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
