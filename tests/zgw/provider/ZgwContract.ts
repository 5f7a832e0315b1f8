import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { invalidParamsFromAjv } from './invalidParamsFromAjv';
import { isJsonObject, type JsonObject } from './JsonValue';
import type { ZgwApi, ZgwDocuments } from './loadZgwDocuments';
import { zgwDocumentId } from './zgwDocumentId';
import { fout, validatieFout, type ZgwRefusal } from './zgwProblems';

/** A request as far as the contract speaks about it. Header names in lower case. */
export interface ContractRequest {
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly query: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly path: Readonly<Record<string, string>>;
  /** The raw body; undefined or empty when there is none. */
  readonly body: Buffer | undefined;
}

/** A request that conforms: its query with values typed as declared, and its parsed body. */
export interface AcceptedRequest {
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/** A response as the provider is about to send it. Header names in lower case. */
export interface ContractResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Parsed JSON, or a Buffer for a binary body. */
  readonly body: unknown;
}

/** One operation of an official document, with its request and response checks. */
export interface ContractOperation {
  /** Refusal for a request that does not conform, or the request typed. */
  checkRequest(request: ContractRequest, baseUrl: string): ZgwRefusal | AcceptedRequest;
  /** What is wrong with a response, in words; empty when it conforms. */
  checkResponse(response: ContractResponse): string[];
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: JsonObject;
  readonly validate: ValidateFunction;
}

/**
 * Compiles the official documents with Ajv and checks requests and responses per operation.
 *
 * Why Ajv and not openapi-backend: Ajv (pinned 8.20.0) is already the service's validator
 * (`server/contract/openapiValidator.ts`), so no second copy of it; Fastify does the routing, so the router of
 * openapi-backend would go unused; and the Open Zaak documents need rewrites (`adaptOpenApi30ForAjv`) that are
 * plainer on the schemas themselves than through another library's options. Draft-07 Ajv: OpenAPI 3.0's schema
 * dialect is a subset of it, plus `nullable`, which Ajv reads.
 */
export class ZgwContract {
  private readonly ajv: Ajv;
  private readonly documents: ZgwDocuments;

  constructor(documents: ZgwDocuments) {
    this.documents = documents;
    this.ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false });
    addFormats(this.ajv);
    // The documents are not schemas themselves: their top-level fields, and OpenAPI's own annotations inside
    // schemas, are known words to Ajv and nothing more.
    this.ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components', 'security', 'tags', 'externalDocs', 'example', 'xml']);
    for (const [api, document] of Object.entries(documents)) this.ajv.addSchema(document, zgwDocumentId(api));
  }

  /** The operation `method` `template` (e.g. `post`, `/zaken`) of `api`; throws when the document has none. */
  operation(api: ZgwApi, method: 'get' | 'post' | 'patch', template: string): ContractOperation {
    const paths = this.documents[api].paths;
    const item = isJsonObject(paths) ? paths[template] : undefined;
    const operation = isJsonObject(item) ? item[method] : undefined;
    if (!isJsonObject(operation)) throw new Error(`${api} has no operation ${method.toUpperCase()} ${template}`);
    const pointer = `${zgwDocumentId(api)}#/paths/${escapePointer(template)}/${method}`;
    const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map((parameter, index): Parameter => {
      if (!isJsonObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string' || !isJsonObject(parameter.schema)) {
        throw new Error(`${pointer}: parameter ${index} is not one the provider can read`);
      }
      return {
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true,
        schema: parameter.schema,
        validate: this.ajv.compile({ $ref: `${pointer}/parameters/${index}/schema` }),
      };
    });
    const body = isJsonObject(operation.requestBody) ? operation.requestBody : undefined;
    const bodyValidator = body ? this.ajv.compile({ $ref: `${pointer}/requestBody/content/application~1json/schema` }) : undefined;
    const queryValidator = this.ajv.compile({
      type: 'object',
      additionalProperties: false,
      required: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
      properties: Object.fromEntries(parameters.flatMap((p, index) => (p.in === 'query' ? [[p.name, { $ref: `${pointer}/parameters/${index}/schema` }]] : []))),
    });
    const responses = isJsonObject(operation.responses) ? operation.responses : {};
    const where = `${api} ${method.toUpperCase()} ${template}`;
    const responseChecks = new Map<string, ResponseCheck>();
    const responseCheck = (status: string): ResponseCheck | undefined => {
      const declared = responses[status];
      if (!isJsonObject(declared)) return undefined;
      let check = responseChecks.get(status);
      if (!check) {
        check = this.compileResponse(declared, `${pointer}/responses/${status}`);
        responseChecks.set(status, check);
      }
      return check;
    };

    return {
      checkRequest: (request, baseUrl) => {
        for (const parameter of parameters.filter((p) => p.in === 'path')) {
          // Django matches the URL before anything else: a path value of the wrong shape finds no object.
          if (!parameter.validate(request.path[parameter.name])) return fout(baseUrl, 404, 'not_found', 'Niet gevonden.');
        }
        for (const parameter of parameters.filter((p) => p.in === 'header')) {
          const refusal = checkHeader(parameter, request.headers[parameter.name.toLowerCase()], baseUrl);
          if (refusal) return refusal;
        }
        const query = typedQuery(request.query, parameters);
        if (!queryValidator(query)) return validatieFout(baseUrl, invalidParamsFromAjv(queryValidator.errors ?? []));
        if (!bodyValidator) return { query, body: undefined };
        let parsed: unknown = {};
        if (request.body && request.body.length > 0) {
          try {
            parsed = JSON.parse(request.body.toString('utf8'));
          } catch {
            return fout(baseUrl, 400, 'parse_error', 'JSON parse error.');
          }
        }
        if (!bodyValidator(parsed)) return validatieFout(baseUrl, invalidParamsFromAjv(bodyValidator.errors ?? []));
        return { query, body: parsed };
      },
      checkResponse: (response) => {
        const check = responseCheck(String(response.status));
        if (!check) return [`${where}: status ${response.status} is not in the document`];
        return check(response).map((problem) => `${where} → ${response.status}: ${problem}`);
      },
    };
  }

  private compileResponse(declared: JsonObject, pointer: string): ResponseCheck {
    const headers = Object.entries(isJsonObject(declared.headers) ? declared.headers : {}).map(([name, header]) => ({
      name: name.toLowerCase(),
      required: isJsonObject(header) && header.required === true,
      validate: this.ajv.compile({ $ref: `${pointer}/headers/${escapePointer(name)}/schema` }),
    }));
    const content = isJsonObject(declared.content) ? declared.content : {};
    const bodies = new Map(
      Object.keys(content).map((mediaType) => [mediaType, this.ajv.compile({ $ref: `${pointer}/content/${escapePointer(mediaType)}/schema` })]),
    );
    return (response) => {
      const problems: string[] = [];
      for (const header of headers) {
        const value = response.headers[header.name];
        if (value === undefined) {
          if (header.required) problems.push(`header ${header.name} is missing`);
        } else if (!header.validate(value)) {
          problems.push(`header ${header.name} "${value}": ${this.ajv.errorsText(header.validate.errors)}`);
        }
      }
      if (bodies.size === 0) return problems;
      const mediaType = (response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      const validate = bodies.get(mediaType);
      if (!validate) return [...problems, `content type "${mediaType}" is not documented (${[...bodies.keys()].join(', ')})`];
      // A binary body (`format: binary`, the download) is bytes: there is nothing in it for a schema to check.
      if (Buffer.isBuffer(response.body)) return mediaType === 'application/octet-stream' ? problems : [...problems, 'binary body for a JSON response'];
      if (!validate(response.body)) problems.push(`body: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`);
      return problems;
    };
  }
}

type ResponseCheck = (response: ContractResponse) => string[];

/**
 * A header that is missing or wrong gets the status Open Zaak gives (vng-api-common): `Content-Type` 415,
 * a missing `Content-Crs` 412, a CRS that is not EPSG:4326 406; any other header 400.
 */
function checkHeader(parameter: Parameter, raw: string | undefined, baseUrl: string): ZgwRefusal | undefined {
  const name = parameter.name;
  const value = name === 'Content-Type' ? raw?.split(';')[0]?.trim() : raw;
  if (value === undefined) {
    if (!parameter.required) return undefined;
    if (name === 'Content-Type') return fout(baseUrl, 415, 'unsupported_media_type', 'Unsupported Media Type.', 'Content-Type ontbreekt');
    if (name.endsWith('-Crs')) return fout(baseUrl, 412, 'precondition_failed', 'Precondition Failed.', `'${name}' header ontbreekt`);
    return validatieFout(baseUrl, [{ name, code: 'required', reason: `header ${name} ontbreekt` }]);
  }
  if (parameter.validate(value)) return undefined;
  if (name === 'Content-Type') return fout(baseUrl, 415, 'unsupported_media_type', 'Unsupported Media Type.', `Content-Type "${value}" wordt niet ondersteund`);
  if (name.endsWith('-Crs')) return fout(baseUrl, 406, 'not_acceptable', 'Not Acceptable.', `CRS '${value}' is niet ondersteund`);
  return validatieFout(baseUrl, invalidParamsFromAjv(parameter.validate.errors ?? [], name));
}

/** Query values typed as the parameter's schema declares: integer, boolean, array (comma-separated or repeated). */
function typedQuery(raw: ContractRequest['query'], parameters: readonly Parameter[]): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : [...value];
    const declared = parameters.find((p) => p.in === 'query' && p.name === name)?.schema;
    if (declared?.type === 'array') typed[name] = values.flatMap((v) => v.split(','));
    else typed[name] = values.length === 1 ? scalar(values[0] ?? '', declared?.type) : values;
  }
  return typed;
}

function scalar(value: string, type: unknown): unknown {
  if (type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
