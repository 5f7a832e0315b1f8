/**
 * A problem with one answer, as a value: the wizard shows it at the question, the intake service
 * sends it back in a 422. `field` is the question id, or `questionId.part` for a part of an
 * address. `code` is looked up as `validation.<code>` in the catalogues (see `errorMessageKeys`).
 */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
