import type { FastifyInstance, FastifyReply, onRequestAsyncHookHandler, onResponseAsyncHookHandler } from 'fastify';
import type { ApplicationStatus, Receipt, Registration } from '../contract/apiTypes';
import type { ForwardingStore } from '../forwarding/ForwardingStore';
import { expectedDecisionDate, todayIso } from '../../src/wizard';
import { checkSubmission } from './checkSubmission';
import { contentDigest } from './contentDigest';
import { knownFormId } from './knownFormId';
import { MAX_APPLICATION_BYTES, parseApplicationJson } from './parseApplicationJson';
import type { PermitRegistry } from './permitRegistry';
import type { OpenApiValidator } from '../contract/openapiValidator';
import { lookupIdLogTag } from '../parkedDrafts/lookupId';
import type { IntakeMetrics } from '../metrics';
import { API_BASE } from '../contract/apiBase';
import { ProblemError } from '../problems/ProblemError';
import type { ApplicationStore } from './ApplicationStore';
import { REFERENCE_PATTERN } from './referenceNumbers';
import { hashStatusCode } from '../status/statusCodeHash';
import { readStatusCode } from './readStatusCode';
import { receiveMultipart, removeTemporaryFile, type UploadLimits } from '../uploads/receiveMultipart';


/** Room for multipart boundaries and part headers on top of the content limit (bytes). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const DAY_MS = 24 * 60 * 60 * 1000;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ApplicationRoutesOptions {
  readonly store: ApplicationStore;
  readonly permits: PermitRegistry;
  readonly contract: OpenApiValidator;
  /** Sending: spends the device's sending budget. */
  readonly guard: onRequestAsyncHookHandler;
  /** Status reads: spend a budget of their own. */
  readonly readGuard: onRequestAsyncHookHandler;
  readonly limits: Omit<UploadLimits, 'maxApplicationBytes'>;
  /** Directory for uploads in progress. */
  readonly tmpDir: string;
  /** Days to remember which application a parked draft became (`SENT_PARKED_DRAFT_DAYS`). */
  readonly sentParkedDraftDays: number;
  readonly now: () => Date;
  /**
   * The forwarding outbox, when applications are registered in the case system (`ZGW_CONFIG`):
   * a status then says whether its zaak exists yet.
   */
  readonly forwarding?: Pick<ForwardingStore, 'findForwarding'>;
  /** Counts what was received and refused. */
  readonly metrics: Pick<IntakeMetrics, 'applicationReceived' | 'applicationRefused'>;
}

/** `POST /applications` and `GET /applications/{reference}` (see `api/openapi.json`). */
export function registerApplicationRoutes(app: FastifyInstance, options: ApplicationRoutesOptions): void {
  const { store, permits, contract, guard, readGuard, tmpDir, sentParkedDraftDays, now, metrics } = options;
  const limits: UploadLimits = { ...options.limits, maxApplicationBytes: MAX_APPLICATION_BYTES };

  const requireIdempotencyKey: onRequestAsyncHookHandler = async (request) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !UUID_PATTERN.test(key)) throw new ProblemError('idempotency-key-missing');
    // A request that announces more than we accept is refused before a byte is read.
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > limits.maxRequestBytes + MULTIPART_OVERHEAD_BYTES) {
      throw new ProblemError('request-too-large', { params: { maxMb: Math.floor(limits.maxRequestBytes / 1024 / 1024) } });
    }
  };

  // After the answer, so every refusal counts, also those of the hooks and the error handler.
  const countRefusal: onResponseAsyncHookHandler = async (request, reply) => {
    if (request.problem) metrics.applicationRefused(request.problem, reply.statusCode);
  };

  app.post(`${API_BASE}/applications`, { onRequest: [guard, requireIdempotencyKey], onResponse: countRefusal }, async (request, reply) => {
    const idempotencyKey = (request.headers['idempotency-key'] as string).toLowerCase();
    const temporaryFiles: string[] = [];
    try {
      const received = await receiveMultipart(request, limits, tmpDir, (file) => temporaryFiles.push(file));
      request.audit = { ...request.audit, bytes: received.bytes, files: received.files.length };
      const value = parseApplicationJson(received.applicationText);
      // Judged first, the same way for a first request and a repeat: a code the app cannot have made is a fault in the app.
      const statusCode = readStatusCode(value);
      // The code is part of the content: the same key with another code is a conflict, like other changed content.
      const digest = contentDigest(value, received.files);

      // A repeat is answered from the first request's record before anything is judged again:
      // a retry the next day must not fail a date rule that held when it was received.
      const earlier = await store.findByIdempotencyKey(idempotencyKey);
      if (earlier) {
        request.audit = { ...request.audit, reference: earlier.receipt.reference };
        if (earlier.contentDigest !== digest) throw new ProblemError('idempotency-conflict');
        metrics.applicationReceived(knownFormId(value, permits), 'repeat');
        return sendReceipt(reply, earlier.receipt, 200);
      }

      const receivedAt = now();
      const today = todayIso(receivedAt);
      const checked = checkSubmission(value, received.files, permits, contract, today);
      // The lookup id is a capability (api/openapi.json, `LookupId`): it decides which parked draft
      // goes, but is not kept in the application record the back office reads.
      const { parkedDraftLookupId, ...client } = checked.application.client;
      // The status code is a capability too: only its slow hash is kept, beside the record.
      const { statusCode: _hashedOnly, ...application } = checked.application;
      if (parkedDraftLookupId !== undefined) request.audit = { ...request.audit, parkedDraft: lookupIdLogTag(parkedDraftLookupId) };
      const outcome = await store.saveOnce({
        idempotencyKey,
        contentDigest: digest,
        application: { ...application, client },
        answers: checked.answers,
        receivedAt,
        expectedDecisionBy: expectedDecisionDate(checked.permit.decisionTerm, today),
        referenceYear: Number(today.slice(0, 4)),
        deviceId: request.device?.id ?? 'unknown',
        files: checked.files.map((file) => ({
          questionId: file.field,
          position: file.position,
          name: file.filename,
          mediaType: file.mediaType,
          size: file.size,
          sha256: file.sha256,
          ...(file.bytes ? { bytes: file.bytes } : { path: file.path }),
        })),
        ...(statusCode === undefined ? {} : { statusCodeHash: await hashStatusCode(statusCode) }),
        ...(parkedDraftLookupId === undefined
          ? {}
          : { fromParkedDraft: { lookupId: parkedDraftLookupId, rememberUntil: new Date(receivedAt.getTime() + sentParkedDraftDays * DAY_MS) } }),
      });
      // One draft, one application: the tablet is told which reference it already became, and stops.
      if (outcome.kind === 'draftAlreadySent') throw new ProblemError('draft-already-sent', { reference: outcome.reference });
      request.audit = { ...request.audit, reference: outcome.receipt.reference };
      if (outcome.kind === 'existing' && !outcome.sameContent) throw new ProblemError('idempotency-conflict');
      metrics.applicationReceived(checked.permit.id, outcome.kind === 'created' ? 'new' : 'repeat');
      return sendReceipt(reply, outcome.receipt, outcome.kind === 'created' ? 201 : 200);
    } finally {
      await Promise.all(temporaryFiles.map(removeTemporaryFile));
    }
  });

  app.get<{ Params: { reference: string } }>(`${API_BASE}/applications/:reference`, { onRequest: [readGuard] }, async (request, reply) => {
    const { reference } = request.params;
    const deviceId = request.device?.id;
    const status = REFERENCE_PATTERN.test(reference) && deviceId ? await store.findStatus(reference, deviceId) : undefined;
    if (!status) throw new ProblemError('not-found');
    request.audit = { ...request.audit, reference };
    const registration = options.forwarding ? await registrationOf(options.forwarding, reference, now()) : undefined;
    return reply.header('cache-control', 'no-store').send({ ...withoutInternalNote(status), ...(registration ? { registration } : {}) });
  });
}

/**
 * Registered, or not yet: a device does not need to know why not (a retry, or staff mending it);
 * the worklist tells staff.
 */
async function registrationOf(forwarding: Pick<ForwardingStore, 'findForwarding'>, reference: string, at: Date): Promise<Registration | undefined> {
  const found = await forwarding.findForwarding(reference, at);
  if (!found) return undefined;
  const { state, zaakIdentificatie, registeredAt } = found.summary;
  return state === 'registered' && zaakIdentificatie !== undefined
    ? { state: 'registered', zaakIdentificatie, ...(registeredAt ? { registeredAt: registeredAt.toISOString() } : {}) }
    : { state: 'pending' };
}

/**
 * The internal note is written by staff for the back office; a device never reads it back, so a
 * stolen or shared tablet does not reveal it.
 */
function withoutInternalNote(status: ApplicationStatus): ApplicationStatus {
  if (!status.assistance?.assisted || status.assistance.internalNote === undefined) return status;
  const { internalNote: _kept, ...assistance } = status.assistance;
  return { ...status, assistance };
}

/** 201 for a new application, 200 with the same body for a repeat (docs/intake.md). */
function sendReceipt(reply: FastifyReply, receipt: Receipt, status: 200 | 201): FastifyReply {
  return reply
    .code(status)
    .header('location', `${API_BASE}/applications/${receipt.reference}`)
    .header('cache-control', 'no-store')
    .send(receipt);
}
