/** One step of the PostgreSQL schema; its version is its place in {@link postgresMigrations}, counted from 1. */
export interface PostgresMigration {
  /** What it does, recorded in `schema_migrations`. */
  readonly description: string;
  /** Statements run in one transaction. */
  readonly sql: string;
}

/**
 * The PostgreSQL schema of the intake service, in order; append only, never change one that has
 * run. `migratePostgres` runs what is missing at start. docs/postgres.md explains the tables.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    description: 'applications with their files in chunks, and the reference counters',
    sql: `
    CREATE TABLE applications (
      id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      -- Set by the saving transaction as its last write, from reference_counters; so every
      -- committed row has one (see PostgresApplicationStore).
      reference            text UNIQUE,
      idempotency_key      text NOT NULL UNIQUE,
      content_digest       text NOT NULL,
      form_id              text NOT NULL,
      form_version         integer NOT NULL,
      locale               text NOT NULL,
      received_at          timestamptz NOT NULL,
      expected_decision_by date NOT NULL,
      status               text NOT NULL,
      device_id            text NOT NULL,
      -- As sent, including assistance, consent and client: the record of how it was made.
      application          jsonb NOT NULL,
      -- The engine's normalised answers of the visible questions.
      answers              jsonb NOT NULL,
      -- How it was made, as columns of their own: the status is read without the answers.
      assistance           jsonb,
      consent              jsonb
    );
    CREATE TABLE files (
      id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      application_id bigint NOT NULL REFERENCES applications (id),
      question_id    text NOT NULL,
      position       integer NOT NULL,
      name           text NOT NULL,
      media_type     text NOT NULL,
      size           bigint NOT NULL,
      sha256         text NOT NULL,
      UNIQUE (application_id, question_id, position)
    );
    CREATE TABLE file_chunks (
      file_id  bigint NOT NULL REFERENCES files (id),
      sequence integer NOT NULL,
      data     bytea NOT NULL,
      PRIMARY KEY (file_id, sequence)
    );
    -- PDF, JPEG and PNG are compressed already: store the chunks out of line without trying again.
    ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
    CREATE TABLE reference_counters (
      year integer PRIMARY KEY,
      last integer NOT NULL
    );
    `,
  },
  {
    description: 'parked drafts, encrypted on the tablet',
    sql: `
    -- Nothing here can be read without the resume code, which the service never sees.
    CREATE TABLE parked_drafts (
      lookup_id  text PRIMARY KEY,
      sealed     jsonb NOT NULL,
      stored_at  timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX parked_drafts_by_expiry ON parked_drafts (expires_at);
    `,
  },
  {
    description: 'health probe row, written by the readiness check',
    sql: `
    CREATE TABLE health_probe (
      id         integer PRIMARY KEY CHECK (id = 1),
      checked_at timestamptz NOT NULL
    );
    `,
  },
  {
    description: 'parked drafts that became an application, one application per parked draft',
    sql: `
    -- The keys make a second application from the same parked draft impossible, also from several
    -- instances at once and under whichever code it was parked again (draft_id is the wizard's id,
    -- the same in every copy); the reference is read through the application.
    CREATE TABLE sent_parked_drafts (
      lookup_id      text PRIMARY KEY,
      draft_id       text NOT NULL UNIQUE,
      application_id bigint NOT NULL UNIQUE REFERENCES applications (id),
      sent_at        timestamptz NOT NULL,
      remember_until timestamptz NOT NULL
    );
    CREATE INDEX sent_parked_drafts_by_expiry ON sent_parked_drafts (remember_until);
    `,
  },
  {
    description: 'request budgets per device, shared by every instance',
    sql: `
    -- One token bucket per budget (send, read, ...) and device; at_ms is the database clock's epoch
    -- milliseconds, so instances with clocks apart still refill alike.
    CREATE TABLE rate_buckets (
      budget text NOT NULL,
      key    text NOT NULL,
      tokens double precision NOT NULL,
      at_ms  bigint NOT NULL,
      PRIMARY KEY (budget, key)
    );
    `,
  },
  {
    description: 'the forwarding outbox: one row per application on its way into the case system, and its history',
    sql: `
    -- Written by the saving transaction (server/forwarding/ForwardingStore.ts, docs/forwarding.md).
    -- 'registering' is not stored: it is a waiting row whose lease has not run out (lease_until > now),
    -- so a forwarder that dies leaves nothing to mend.
    CREATE TABLE forwarding (
      application_id     bigint PRIMARY KEY REFERENCES applications (id),
      state              text NOT NULL CHECK (state IN ('waiting', 'registered', 'needsAction')),
      -- Tries so far (claims), staff retries not counted.
      attempts           integer NOT NULL DEFAULT 0,
      -- While waiting: due from then on.
      next_attempt_at    timestamptz CHECK (state <> 'waiting' OR next_attempt_at IS NOT NULL),
      lease_id           text,
      lease_until        timestamptz CHECK ((lease_id IS NULL) = (lease_until IS NULL)),
      -- Step name to the URL of what it made in the case system.
      checkpoints        jsonb NOT NULL DEFAULT '{}',
      reason             text,
      zaak_url           text,
      zaak_identificatie text,
      registered_at      timestamptz,
      queued_at          timestamptz NOT NULL
    );
    -- The claim: waiting rows by due moment (the lease is checked on the few rows it finds).
    CREATE INDEX forwarding_due ON forwarding (next_attempt_at, application_id) WHERE state = 'waiting';
    -- The worklist: one state, newest first.
    CREATE INDEX forwarding_worklist ON forwarding (state, queued_at, application_id);
    CREATE TABLE forwarding_attempts (
      id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      application_id bigint NOT NULL REFERENCES forwarding (application_id),
      at             timestamptz NOT NULL,
      step           text NOT NULL,
      outcome        text NOT NULL CHECK (outcome IN ('failed', 'registered', 'needsAction', 'retryRequested')),
      message        text NOT NULL,
      detail         text,
      requested_by   text
    );
    CREATE INDEX forwarding_attempts_by_application ON forwarding_attempts (application_id, at, id);
    -- Applications received before this migration are forwarded too, oldest first.
    INSERT INTO forwarding (application_id, state, next_attempt_at, queued_at)
      SELECT id, 'waiting', received_at, received_at FROM applications;
    `,
  },
  {
    description: 'service settings shared by every instance (the generated device token)',
    sql: `
    -- What every instance must agree on and no instance may keep alone: the device token made at the
    -- first start when INTAKE_TOKENS is not set (a file in one instance's DATA_DIR would link tablets
    -- to that instance only).
    CREATE TABLE service_settings (
      name  text PRIMARY KEY,
      value text NOT NULL
    );
    `,
  },
  {
    description: 'back-office accounts, their sign-in failures and sessions',
    sql: `
    -- The municipality's functional administrators who read the worklist (server/backOffice/), apart
    -- from device tokens. Failures are keyed by user name without a reference to an account: a name
    -- nobody has is locked out like one that exists. Sessions keep only the SHA-256 of their id.
    CREATE TABLE backoffice_accounts (
      user_name         text PRIMARY KEY,
      display_name      text NOT NULL,
      password_hash     text NOT NULL,
      created_at        timestamptz NOT NULL,
      password_set_at   timestamptz NOT NULL,
      last_signed_in_at timestamptz
    );
    CREATE TABLE backoffice_sign_in_failures (
      user_name      text PRIMARY KEY,
      failures       integer NOT NULL,
      last_failed_at timestamptz NOT NULL,
      locked_until   timestamptz
    );
    CREATE TABLE backoffice_sessions (
      id_hash    text PRIMARY KEY,
      user_name  text NOT NULL REFERENCES backoffice_accounts (user_name) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX backoffice_sessions_by_expiry ON backoffice_sessions (expires_at);
    `,
  },
  {
    description: 'the last snapshot of each registered application\'s zaak, and its polling',
    sql: `
    -- For the status page (server/forwarding/CaseStatusPollStore.ts, docs/forwarding.md "Keeping the
    -- status of a zaak"). A row is added by the first poll claim after the registration;
    -- next_poll_at NULL: not polled again.
    CREATE TABLE case_status (
      application_id bigint PRIMARY KEY REFERENCES forwarding (application_id),
      -- A CaseStatusSnapshot, with when it was read; NULL until the first read succeeds.
      snapshot       jsonb,
      checked_at     timestamptz CHECK ((snapshot IS NULL) = (checked_at IS NULL)),
      -- The last failed read, if after checked_at.
      last_failed_at timestamptz,
      next_poll_at   timestamptz,
      lease_id       text,
      lease_until    timestamptz CHECK ((lease_id IS NULL) = (lease_until IS NULL))
    );
    CREATE INDEX case_status_due ON case_status (next_poll_at, application_id) WHERE next_poll_at IS NOT NULL;
    `,
  },
  {
    description: 'status lookups: the hash of the status code, and wrong codes per reference',
    sql: `
    -- The status lookup (server/status/): the slow hash of the status code on the receipt, never the
    -- code (NULL for applications from tablets that made none), and the wrong codes tried lately per
    -- reference. Misses are keyed by the reference as typed, without a reference to an application:
    -- a reference nobody has is locked like one that exists, so the lock tells nothing.
    ALTER TABLE applications ADD COLUMN status_code_hash text;
    CREATE TABLE status_lookup_misses (
      reference      text PRIMARY KEY,
      misses         integer NOT NULL,
      last_missed_at timestamptz NOT NULL,
      locked_until   timestamptz
    );
    CREATE INDEX status_lookup_misses_by_time ON status_lookup_misses (last_missed_at);
    `,
  },
  {
    description: 'on whose behalf and the desk record, as columns of their own',
    sql: `
    -- For whom the application is made and what the employee recorded at the desk (the identity
    -- check, the payment), beside the assistance: returned with the status and read by the
    -- forwarder without the answers. Applications stored before had neither.
    ALTER TABLE applications ADD COLUMN on_behalf jsonb;
    ALTER TABLE applications ADD COLUMN desk jsonb;
    `,
  },
];
