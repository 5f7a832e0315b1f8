/** Every operation the provider serves, as `METHOD /path-template` of its official document. */
export const ZGW_OPERATION_KEYS = [
  'GET /catalogussen',
  'GET /catalogussen/{uuid}',
  'GET /zaaktypen',
  'GET /zaaktypen/{uuid}',
  'GET /roltypen',
  'GET /roltypen/{uuid}',
  'GET /statustypen',
  'GET /statustypen/{uuid}',
  'GET /informatieobjecttypen',
  'GET /informatieobjecttypen/{uuid}',
  'POST /zaken',
  'GET /zaken',
  'GET /zaken/{uuid}',
  'POST /rollen',
  'GET /rollen',
  'GET /rollen/{uuid}',
  'POST /statussen',
  'GET /statussen',
  'GET /statussen/{uuid}',
  'POST /zaakinformatieobjecten',
  'GET /zaakinformatieobjecten',
  'GET /zaakinformatieobjecten/{uuid}',
  'POST /enkelvoudiginformatieobjecten',
  'GET /enkelvoudiginformatieobjecten',
  'GET /enkelvoudiginformatieobjecten/{uuid}',
  'GET /enkelvoudiginformatieobjecten/{uuid}/download',
] as const;

/** One operation the provider serves, e.g. `'POST /zaken'`. */
export type ZgwOperationKey = (typeof ZGW_OPERATION_KEYS)[number];
