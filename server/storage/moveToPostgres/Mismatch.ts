/** One difference between SQLite and PostgreSQL that the check after the copy found. */
export interface Mismatch {
  /** Which record: an application's reference, a table, a year; for a parked draft its time, never its lookup id. */
  readonly where: string;
  /** What differs, Dutch / English. */
  readonly what: string;
}

/** What a mismatch says of a record SQLite has and PostgreSQL does not. */
export const MISSING = 'ontbreekt in PostgreSQL / missing in PostgreSQL';
