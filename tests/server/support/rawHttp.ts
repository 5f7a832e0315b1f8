import { connect } from 'node:net';

/** An HTTP response as read off a raw connection. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The body as text; chunked bodies are put back together. */
  readonly text: string;
  /** As a fetch `Response`, for `expectConforms`. */
  readonly response: Response;
}

/**
 * Sends `request` byte for byte on a fresh TCP connection (so a test can send what no HTTP
 * client would) and resolves with everything the service sent until it closed the connection,
 * or until `waitMs` passed.
 */
export function sendRaw(url: string, request: string | Buffer, waitMs = 3000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    // A reset after the answer is the service closing; what it sent before counts.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.write(request);
  });
}

/** The first response in `raw`; throws when there is none. */
export function parseRawResponse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`No HTTP response: ${JSON.stringify(raw.slice(0, 200))}`);
  const [statusLine = '', ...headerLines] = raw.slice(0, end).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!Number.isInteger(status)) throw new Error(`No status line: ${JSON.stringify(statusLine)}`);
  const headers = new Headers(headerLines.map((line): [string, string] => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
  const rest = Buffer.from(raw.slice(end + 4), 'latin1');
  const length = headers.get('content-length');
  const bytes = headers.get('transfer-encoding')?.toLowerCase() === 'chunked' ? unchunk(rest) : length === null ? rest : rest.subarray(0, Number(length));
  const text = bytes.toString('utf8');
  return { status, headers, text, response: new Response(status === 204 || status === 304 ? null : text, { status, headers }) };
}

function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset);
    if (lineEnd < 0) break;
    const size = Number.parseInt(bytes.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
