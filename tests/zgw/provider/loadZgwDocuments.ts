import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { adaptOpenApi30ForAjv } from './adaptOpenApi30ForAjv';
import { isJsonObject, type JsonObject } from './JsonValue';

/** The three ZGW APIs the provider serves, by the name of their base path. */
export type ZgwApi = 'catalogi' | 'zaken' | 'documenten';

/** The official OpenAPI documents (see `tests/zgw/specs/SOURCE.txt`), adapted for Ajv by `adaptOpenApi30ForAjv`. */
export type ZgwDocuments = Readonly<Record<ZgwApi, JsonObject>>;

let loaded: ZgwDocuments | undefined;

/** Reads and adapts the documents once per process: parsing 1.6 MB of YAML takes about a second. */
export function loadZgwDocuments(): ZgwDocuments {
  loaded ??= { catalogi: load('catalogi'), zaken: load('zaken'), documenten: load('documenten') };
  return loaded;
}

// CORE_SCHEMA: YAML 1.2 core scalars only, so an unquoted example date stays a string as in the JSON form.
function load(api: ZgwApi): JsonObject {
  const file = fileURLToPath(new URL(`../specs/${api}-openapi.yaml`, import.meta.url));
  const document: unknown = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
  if (!isJsonObject(document)) throw new Error(`${file} is not an OpenAPI document`);
  return adaptOpenApi30ForAjv(document);
}
