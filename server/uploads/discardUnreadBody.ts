import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * After refusing a request whose body was not read to the end (a limit passed mid-upload), reads
 * and drops the rest, so that
 * - a client still sending gets to read our answer instead of a reset connection, and
 * - Node sees the request end; until it does, the connection never counts as idle and a
 *   graceful shutdown waits for the keep-alive timeout.
 * Memory stays flat. A connection with bytes still on the way is closed after the answer, and cut
 * at once when more than `maxBytes` keep coming.
 */
export function discardUnreadBody(request: FastifyRequest, reply: FastifyReply, maxBytes: number): void {
  const raw = request.raw;
  if (raw.readableEnded || raw.destroyed) return;
  if (!raw.complete) reply.header('connection', 'close');
  let discarded = 0;
  raw.unpipe();
  raw.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > maxBytes) raw.socket.destroy();
  });
  raw.resume();
}
