import document from '../../api/openapi.json';

/**
 * The intake API's OpenAPI 3.1 document (`api/openapi.json`): the one contract the service
 * validates against, serves at `/api/v1/openapi.json`, and the wizard's types are generated from.
 */
export const openapiDocument: Readonly<Record<string, unknown>> = document;
