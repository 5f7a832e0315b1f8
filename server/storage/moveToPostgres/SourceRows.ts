/** One application as the SQLite file holds it: every column, text as stored. */
export interface SourceApplication {
  readonly reference: string;
  readonly idempotency_key: string;
  readonly content_digest: string;
  readonly form_id: string;
  readonly form_version: number;
  readonly locale: string;
  /** ISO 8601 UTC (`Date.toISOString`). */
  readonly received_at: string;
  /** `YYYY-MM-DD`. */
  readonly expected_decision_by: string;
  readonly status: string;
  readonly device_id: string;
  readonly application_json: string;
  readonly answers_json: string;
  readonly assistance_json: string | null;
  readonly consent_json: string | null;
  /** The status code's scrypt hash, parameters and salt included; null when the tablet sent none. */
  readonly status_code_hash: string | null;
  readonly on_behalf_json: string | null;
  readonly desk_json: string | null;
}

/** One attached file's record; its bytes are in `file_chunks` under `id`. */
export interface SourceFile {
  readonly id: number;
  readonly question_id: string;
  readonly position: number;
  readonly name: string;
  readonly media_type: string;
  readonly size: number;
  readonly sha256: string;
}

/** One piece of a file, as stored. */
export interface SourceChunk {
  readonly sequence: number;
  readonly data: Buffer;
}

export interface SourceParkedDraft {
  readonly lookup_id: string;
  readonly sealed_json: string;
  readonly stored_at: string;
  readonly expires_at: string;
}

export interface SourceSentParkedDraft {
  readonly lookup_id: string;
  readonly draft_id: string;
  readonly reference: string;
  readonly sent_at: string;
  readonly remember_until: string;
}

export interface SourceReferenceCounter {
  readonly year: number;
  readonly last: number;
}

/**
 * One application's forwarding record (`forwarding`), as stored. Its lease is not read: the
 * service is stopped, so no forwarder holds it any more (see `copyToPostgres`).
 */
export interface SourceForwarding {
  readonly reference: string;
  readonly state: string;
  readonly attempts: number;
  /** ISO 8601 UTC, like every time below; set while waiting. */
  readonly next_attempt_at: string | null;
  readonly checkpoints_json: string;
  readonly reason: string | null;
  readonly zaak_url: string | null;
  readonly zaak_identificatie: string | null;
  readonly registered_at: string | null;
  readonly queued_at: string;
}

/**
 * One application's case-status row (`case_status`), as stored. Its lease is not read, as the
 * forwarding record's is not: the service is stopped, so no poller holds it any more.
 */
export interface SourceCaseStatus {
  readonly reference: string;
  /** A CaseStatusSnapshot as JSON; null until the first read succeeded. */
  readonly snapshot_json: string | null;
  /** ISO 8601 UTC, like every time below. */
  readonly checked_at: string | null;
  readonly last_failed_at: string | null;
  /** Null: not polled again. */
  readonly next_poll_at: string | null;
}

/** One line of an application's forwarding history (`forwarding_attempts`), as stored. */
export interface SourceForwardingAttempt {
  readonly reference: string;
  readonly at: string;
  readonly step: string;
  readonly outcome: string;
  readonly message: string;
  readonly detail: string | null;
  readonly requested_by: string | null;
}
