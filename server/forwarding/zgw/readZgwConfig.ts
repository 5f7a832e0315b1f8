import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { ConfigError } from '../../ConfigError';
import type { ZgwConfig } from './ZgwConfig';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });
const httpUrl = { type: 'string', pattern: '^https?://[^\\s/]+(/[^\\s]*)?$', maxLength: 500 };
const rsin = { type: 'string', pattern: '^[0-9]{9}$' };
const whole = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum });

/** The file's shape; the lengths are those the ZGW APIs allow for the fields these names end up in. */
const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['zakenApi', 'documentenApi', 'catalogiApi', 'clientId', 'secret', 'rsin', 'catalogus', 'permits'],
  properties: {
    zakenApi: httpUrl,
    documentenApi: httpUrl,
    catalogiApi: httpUrl,
    clientId: text(200),
    // HS256 wants a key of at least the hash's size (RFC 7518 §3.2): 32 bytes.
    secret: { type: 'string', minLength: 32, maxLength: 500 },
    rsin,
    catalogus: { type: 'object', additionalProperties: false, required: ['domein', 'rsin'], properties: { domein: text(5), rsin } },
    permits: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z0-9-]{1,60}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['zaaktype', 'applicationDocumentType', 'attachmentDocumentType', 'employeeRoleDescription'],
        properties: {
          zaaktype: text(50),
          applicationDocumentType: text(80),
          attachmentDocumentType: text(80),
          dataDocumentType: text(80),
          employeeRoleDescription: text(100),
        },
      },
    },
    desk: text(200),
    requestTimeoutSeconds: whole(1, 300),
    catalogueCacheMinutes: whole(0, 24 * 60),
    statusPollSeconds: whole(10, 24 * 3600),
    retry: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxAttempts: whole(1, 1000),
        giveUpAfterHours: whole(1, 24 * 90),
        firstDelaySeconds: whole(1, 3600),
        maxDelayMinutes: whole(1, 24 * 60),
        leaseSeconds: whole(5, 24 * 3600),
      },
    },
  },
} as const;

type ZgwConfigFile = Omit<ZgwConfig, 'desk' | 'requestTimeoutSeconds' | 'catalogueCacheMinutes' | 'statusPollSeconds' | 'retry'> &
  Partial<Pick<ZgwConfig, 'desk' | 'requestTimeoutSeconds' | 'catalogueCacheMinutes' | 'statusPollSeconds'>> & { readonly retry?: Partial<ZgwConfig['retry']> };

const validate = new Ajv2020({ allErrors: false, strict: true }).compile<ZgwConfigFile>(SCHEMA);

/**
 * The case-system configuration from the JSON file named by `ZGW_CONFIG`, with its defaults;
 * `undefined` when `ZGW_CONFIG` is not set (then nothing is forwarded).
 *
 * @throws ConfigError naming `ZGW_CONFIG` and the first wrong field, never the secret.
 */
export function readZgwConfig(env: NodeJS.ProcessEnv = process.env): ZgwConfig | undefined {
  const file = env.ZGW_CONFIG?.trim();
  if (!file) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not valid JSON' : 'it cannot be read';
    throw new ConfigError(`ZGW_CONFIG names ${file}, but ${reason}.`);
  }
  if (!validate(raw)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : 'the file';
    const extra = first?.params && 'additionalProperty' in first.params ? ` ("${String(first.params.additionalProperty)}")` : '';
    const missing = first?.params && 'missingProperty' in first.params ? ` "${String(first.params.missingProperty)}"` : '';
    throw new ConfigError(`ZGW_CONFIG (${file}): ${where}${missing}${extra} ${first?.message ?? 'is not as described in the README'}.`);
  }
  return {
    ...raw,
    desk: raw.desk ?? 'Hulploket Vergunningen',
    requestTimeoutSeconds: raw.requestTimeoutSeconds ?? 20,
    catalogueCacheMinutes: raw.catalogueCacheMinutes ?? 60,
    statusPollSeconds: raw.statusPollSeconds ?? 300,
    retry: { maxAttempts: 12, giveUpAfterHours: 72, firstDelaySeconds: 30, maxDelayMinutes: 60, leaseSeconds: 600, ...raw.retry },
  };
}
