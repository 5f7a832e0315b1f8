/**
 * Text the database cannot hold: PostgreSQL refuses U+0000 (NUL) in `text` and `jsonb`
 * (https://www.postgresql.org/docs/current/datatype-character.html). Nothing was stored. The
 * routes refuse such input earlier with a 422; this error keeps a slip there from turning into
 * an unexplained database error. `field` names where the character was (a field path such as
 * `application.answers.fullName`, never the text itself, which may be personal data).
 */
export class UnstorableTextError extends Error {
  override readonly name = 'UnstorableTextError';

  constructor(
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(`Text with a NUL character (U+0000) cannot be stored in PostgreSQL: ${field}`, options);
  }
}
