import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../server/ConfigError';
import { readZgwConfig } from '../../server/forwarding/zgw/readZgwConfig';

const dir = mkdtempSync(path.join(tmpdir(), 'zgw-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'een-geheim-dat-lang-genoeg-is-0123456789';
/** The README's example. */
const example = {
  zakenApi: 'https://zaken.example/zaken/api/v1',
  documentenApi: 'https://documenten.example/documenten/api/v1',
  catalogiApi: 'https://catalogi.example/catalogi/api/v1',
  clientId: 'hulploket',
  secret: SECRET,
  rsin: '002220647',
  catalogus: { domein: 'HULPL', rsin: '002220647' },
  permits: {
    gehandicaptenparkeerkaart: {
      zaaktype: 'GPK-AANVRAAG',
      applicationDocumentType: 'Aanvraag',
      attachmentDocumentType: 'Bijlage',
      employeeRoleDescription: 'Medewerker hulploket',
    },
  },
};

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

describe('ZGW_CONFIG', () => {
  it('is off without the variable', () => {
    expect(readZgwConfig({})).toBeUndefined();
  });

  it('reads the example with the defaults for what it leaves out', () => {
    expect(readZgwConfig({ ZGW_CONFIG: file('ok.json', example) })).toEqual({
      ...example,
      desk: 'Hulploket Vergunningen',
      requestTimeoutSeconds: 20,
      catalogueCacheMinutes: 60,
      statusPollSeconds: 300,
      retry: { maxAttempts: 12, giveUpAfterHours: 72, firstDelaySeconds: 30, maxDelayMinutes: 60, leaseSeconds: 600 },
    });
  });

  it.each([
    ['a file that is not there', () => path.join(dir, 'missing.json'), /cannot be read/],
    ['a file that is not JSON', () => file('broken.json', '{ "zakenApi": '), /not valid JSON/],
    ['a missing field', () => file('missing-field.json', { ...example, rsin: undefined }), /"rsin"/],
    ['an RSIN of eight digits', () => file('rsin.json', { ...example, rsin: '00222064' }), /rsin/],
    ['a field it does not know', () => file('extra.json', { ...example, zakenAPI: 'x' }), /zakenAPI/],
    ['a permit without its zaaktype', () => file('permit.json', { ...example, permits: { gehandicaptenparkeerkaart: { ...example.permits.gehandicaptenparkeerkaart, zaaktype: undefined } } }), /zaaktype/],
    ['a secret shorter than 32 characters', () => file('short-secret.json', { ...example, secret: 'kort-geheim' }), /secret/],
    ['an API root that is not a URL', () => file('url.json', { ...example, catalogiApi: 'catalogi.example' }), /catalogiApi/],
  ])('refuses %s with a plain message naming ZGW_CONFIG and never the secret', (_name, make, message) => {
    const env = { ZGW_CONFIG: make() };
    expect(() => readZgwConfig(env)).toThrow(ConfigError);
    expect(() => readZgwConfig(env)).toThrow(message);
    expect(() => readZgwConfig(env)).toThrow(/^ZGW_CONFIG/);
    try {
      readZgwConfig(env);
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
  });
});
