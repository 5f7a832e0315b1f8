import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * How long a client that keeps sending past the limit still has to read the answer before the
 * connection is cut (ms); cutting it at once would lose the answer the same way.
 */
export const LINGER_AFTER_LIMIT_MS = 5_000;

/**
 * After refusing a request whose body has not all been read (a 401, 400, 413, 415 or 429 decided
 * from the headers alone, or a limit passed mid-upload), makes sure the client gets to read the
 * refusal. Closing a connection while the client is still sending makes the kernel answer its next
 * bytes with a reset, and a reset throws away whatever the client had not read yet: the client then
 * sees a broken connection instead of the status, and retries for ever.
 *
 * So the connection is closed in stages, as RFC 9112 §9.6 describes: the answer goes out with
 * `Connection: close`, then only our sending side is shut, and what the client still sends is read
 * and dropped until it stops. After `maxBytes` the service stops reading, so the client cannot
 * send more (TCP flow control) but can read the answer; the connection is cut
 * `LINGER_AFTER_LIMIT_MS` later, or earlier by the server's request or idle timeout. Memory stays
 * flat. A body that had fully arrived is only read off, and the connection stays open for the
 * next request.
 */
export function discardUnreadBody(request: FastifyRequest, reply: FastifyReply, maxBytes: number): void {
  const raw = request.raw;
  if (raw.readableEnded || raw.destroyed) return;
  if (!raw.complete) {
    reply.header('connection', 'close');
    closeOnlySendingSide(raw.socket);
  }
  let discarded = 0;
  raw.unpipe();
  raw.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded <= maxBytes) return;
    raw.pause();
    setTimeout(() => raw.socket.destroy(), LINGER_AFTER_LIMIT_MS).unref();
  });
  raw.resume();
}

/**
 * Node ends a connection right after an answer with `Connection: close` by calling the socket's
 * `destroySoon`, which closes it as soon as the answer is written, unread bytes or not
 * (https://github.com/nodejs/node/blob/v20.x/lib/_http_server.js, `resOnFinish`). For this one
 * socket it only shuts the sending side; the socket closes itself once the client has closed its
 * side too (the server's sockets allow half-open connections, and end when both sides have ended).
 */
function closeOnlySendingSide(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
  };
}
