/** Rows per table, in SQLite or in PostgreSQL: what the move copies, and what its check compares first. */
export interface TableCounts {
  readonly applications: number;
  readonly files: number;
  /** Rows of `file_chunks`: pieces of at most `FILE_CHUNK_BYTES`. */
  readonly chunks: number;
  readonly parkedDrafts: number;
  readonly sentParkedDrafts: number;
  /** One per year in which references were given. */
  readonly referenceCounters: number;
  /** One per application: where it stands on its way into the case system. */
  readonly forwarding: number;
  /** Lines of the forwarding history. */
  readonly forwardingAttempts: number;
  /** One per registered application whose zaak the case-status poller has taken up. */
  readonly caseStatus: number;
}
