import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Headers that belong to one connection, not to the request, and so are not passed on
 * (https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1). Node frames the bodies again itself.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export interface RunningProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A reverse proxy on loopback for the bench: each request goes to the next of `upstreams` in turn
 * (per request, not per connection, so autocannon's kept-alive connections still spread), bodies
 * streamed both ways, never buffered. An upstream that fails before it answers is a 502.
 */
export async function startRoundRobinProxy(upstreams: readonly string[]): Promise<RunningProxy> {
  if (upstreams.length === 0) throw new Error('The proxy needs at least one upstream');
  // Kept-alive connections to the services, as a real proxy keeps them; a new TCP connection per request is not what we measure.
  const agent = new Agent({ keepAlive: true });
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const upstream = new URL(upstreams[next % upstreams.length] ?? '');
    next += 1;
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: endToEnd(incoming.headers), agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (outgoing.headersSent) outgoing.destroy();
      else outgoing.writeHead(502).end();
    });
    // A client that goes away takes its forwarded request with it.
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) forwarded.destroy();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}
