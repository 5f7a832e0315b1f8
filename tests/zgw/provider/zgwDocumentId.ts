/** The `$id` under which Ajv knows each official document, e.g. `urn:zgw:zaken`. */
export function zgwDocumentId(api: string): string {
  return `urn:zgw:${api}`;
}
