import type { FieldError } from '../wizard';

/**
 * The errors shown on a step after the person changed `changed` (a question id or a path in it,
 * `homeAddress.postcode`), given the problems the step has now (`current`). An error about what
 * changed goes as soon as its answer is right; with `update` (the person left the box) one that is
 * still wrong gets its current message. Errors are never added here, and errors about other
 * answers stay: new problems are told on "Volgende", not while typing (docs/accessibility.md, point 5).
 * Returns `shown` itself when nothing changed.
 */
export function settleErrors(shown: readonly FieldError[], current: readonly FieldError[], changed: string, update: boolean): readonly FieldError[] {
  const about = (field: string) => field === changed || field.startsWith(`${changed}.`) || changed.startsWith(`${field}.`);
  const settled = shown.flatMap((error) => {
    if (!about(error.field)) return [error];
    const still = current.find((problem) => problem.field === error.field);
    if (!still) return [];
    return [update ? still : error];
  });
  const same = settled.length === shown.length && settled.every((error, index) => sameError(error, shown[index]));
  return same ? shown : settled;
}

function sameError(a: FieldError, b: FieldError | undefined): boolean {
  return b !== undefined && a.field === b.field && a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);
}
