import type { FastifyInstance, FastifyRequest } from 'fastify';
import { permits as currentPermits } from '../../src/definitions';
import type { PermitRegistry } from '../applications/permitRegistry';
import { API_BASE } from '../contract/apiBase';
import { ProblemError } from '../problems/ProblemError';
import type { TestFaults } from './readTestFaults';

const NEW_APPLICATION_ROUTE = `${API_BASE}/applications`;

const isNewApplication = (request: FastifyRequest) => request.method === 'POST' && request.routeOptions.url === NEW_APPLICATION_ROUTE;

/**
 * Adds the faults that are on to `app` as hooks around the new-application route, so the route
 * itself has no test branches. Register it before the routes. Tests only (see `readTestFaults.ts`).
 */
export function registerTestFaults(app: FastifyInstance, faults: TestFaults): void {
  const failuresToMake = [...(faults.failFirst ?? [])];
  if (failuresToMake.length > 0) {
    // After the device and key checks of the route's own `onRequest`, before a byte of the body
    // is read or stored, and through the same error path as real faults.
    app.addHook('preValidation', async (request) => {
      if (!isNewApplication(request)) return;
      const failure = failuresToMake.shift();
      if (failure !== undefined) throw new ProblemError(failure === 500 ? 'internal' : 'storage-unavailable');
    });
  }

  let dropNextCreated = faults.dropFirstResponseAfterCommit === true;
  if (dropNextCreated) {
    // A 201 means the application is committed; the tablet must never hear it. Node writes
    // nothing to a destroyed socket, so the answer that follows is dropped with the connection.
    app.addHook('onSend', async (request, reply, payload) => {
      if (dropNextCreated && isNewApplication(request) && reply.statusCode === 201) {
        dropNextCreated = false;
        request.raw.socket.destroy();
      }
      return payload;
    });
  }
}

/**
 * The forms a service accepts when it has dropped the previous versions of each
 * (`INTAKE_TEST_CURRENT_VERSIONS_ONLY`); `undefined` when that fault is off.
 */
export function permitsUnderTest(faults: TestFaults | undefined): PermitRegistry | undefined {
  return faults?.currentVersionsOnly ? currentPermits : undefined;
}
