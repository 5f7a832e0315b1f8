/**
 * The status page's address with a receipt's reference and status code in its fragment, as the
 * receipt's QR code holds it. The fragment, never the query: browsers do not send it to the
 * service, so neither the code nor the reference reaches a server log or a proxy
 * (https://www.rfc-editor.org/rfc/rfc3986#section-3.5); the page clears it after reading.
 *
 * @param pageUrl the status page's absolute address, e.g. `https://loket.example.nl/status`.
 */
export function statusLink(pageUrl: string, reference: string, statusCode: string): string {
  return `${pageUrl}#${new URLSearchParams({ reference, code: statusCode })}`;
}

/** What a status link's fragment (`location.hash`, with or without its `#`) carries; empty parts are left out. */
export function readStatusLink(hash: string): { readonly reference?: string; readonly statusCode?: string } {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''));
  const reference = parameters.get('reference') ?? '';
  const statusCode = parameters.get('code') ?? '';
  return { ...(reference ? { reference } : {}), ...(statusCode ? { statusCode } : {}) };
}
