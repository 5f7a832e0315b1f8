import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One HTTP response, as far as the contract speaks about it. */
export interface ObservedResponse {
  readonly method: string;
  /** The URL path, e.g. `/api/v1/applications/HV-2026-000001` (a query string is ignored). */
  readonly path: string;
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body, or `undefined` for an empty one. */
  readonly body: unknown;
}

/** Checks requests parts and responses against the OpenAPI document. */
export interface OpenApiValidator {
  /** Errors of `value` against `#/components/schemas/<name>`; empty when it conforms. */
  validateSchema(name: string, value: unknown): readonly ErrorObject[];
  /** Whether the path and method are an operation of the document. */
  isDocumented(method: string, path: string): boolean;
  /** What is wrong with a response, in words; empty when it conforms to the operation's documented response. */
  checkResponse(response: ObservedResponse): string[];
}

type JsonObject = Readonly<Record<string, unknown>>;

const DOCUMENT_ID = 'urn:hulploket:openapi';

/**
 * Compiles the document's schemas with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and
 * answers from them. Schemas are compiled on first use and kept per pointer.
 */
export function createOpenApiValidator(document: JsonObject): OpenApiValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, validateSchema: false });
  addFormats(ajv);
  // The document itself is not a schema; its top-level fields are known words to Ajv, nothing more.
  ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'externalDocs']);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const basePath = serverBasePath(document);
  const operations = Object.entries(asObject(document.paths)).map(([template, item]) => ({
    pattern: new RegExp(`^${escapeRegExp(basePath + template).replace(/\\\{[^}]+\\\}/g, '[^/]+')}$`),
    template,
    item: asObject(item),
  }));

  // Ajv resolves a pointer into the document anew on every getSchema; the pointers are few and fixed.
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    const known = validators.get(pointer);
    if (known) return known;
    const validate = ajv.getSchema(`${DOCUMENT_ID}#${pointer}`);
    if (!validate) throw new Error(`No schema at ${pointer} in the OpenAPI document`);
    validators.set(pointer, validate);
    return validate;
  };

  const findOperation = (method: string, path: string) => {
    const pathname = path.split('?')[0] ?? path;
    const found = operations.find((operation) => operation.pattern.test(pathname) && operation.item[method.toLowerCase()] !== undefined);
    return found ? { ...found, operation: asObject(found.item[method.toLowerCase()]) } : undefined;
  };

  return {
    validateSchema(name, value) {
      const validate = validatorAt(`/components/schemas/${name}`);
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
    isDocumented: (method, path) => findOperation(method, path) !== undefined,
    checkResponse({ method, path, status, headers, body }) {
      const found = findOperation(method, path);
      if (!found) return [`${method} ${path} is not an operation of the OpenAPI document`];
      const where = `${method.toUpperCase()} ${found.template} → ${status}`;
      const responses = asObject(found.operation.responses);
      const declared = responses[String(status)];
      if (declared === undefined) return [`${where}: status ${status} is not documented`];
      const { response, pointer } = resolveResponse(document, declared, `/paths/${escapePointer(found.template)}/${method.toLowerCase()}/responses/${status}`);
      const problems: string[] = [];
      for (const [name, header] of Object.entries(asObject(response.headers))) {
        const resolved = resolveRef(document, header);
        if (resolved.required === true && headers[name.toLowerCase()] === undefined) problems.push(`${where}: header ${name} is missing`);
      }
      const content = asObject(response.content);
      const mediaType = (headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      if (Object.keys(content).length === 0) return problems;
      if (content[mediaType] === undefined) return [...problems, `${where}: content type "${mediaType}" is not documented (${Object.keys(content).join(', ')})`];
      const validate = validatorAt(`${pointer}/content/${escapePointer(mediaType)}/schema`);
      if (!validate(body)) problems.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors)}`);
      return problems;
    },
  };
}

function serverBasePath(document: JsonObject): string {
  const servers = document.servers;
  const first = Array.isArray(servers) ? asObject(servers[0]) : {};
  return typeof first.url === 'string' ? first.url.replace(/\/$/, '') : '';
}

/** Follows a `$ref` to `#/components/responses/<name>` and says where the response lives. */
function resolveResponse(document: JsonObject, declared: unknown, pointer: string): { response: JsonObject; pointer: string } {
  const object = asObject(declared);
  if (typeof object.$ref === 'string') return { response: resolveRef(document, object), pointer: object.$ref.slice(1) };
  return { response: object, pointer };
}

function resolveRef(document: JsonObject, value: unknown): JsonObject {
  const object = asObject(value);
  if (typeof object.$ref !== 'string') return object;
  return object.$ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<JsonObject>((node, key) => asObject(node[key]), document);
}

function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
