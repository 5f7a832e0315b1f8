/** Where the API lives; the OpenAPI document's `servers` entry says the same. */
export const API_BASE = '/api/v1';
