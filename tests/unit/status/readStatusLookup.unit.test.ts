import { describe, expect, it } from 'vitest';
import { createStatusCode, formatStatusCode } from '../../../src/crypto';
import { readStatusLink, readStatusLookup, statusLink } from '../../../src/status';

describe('reading a status lookup as typed', () => {
  const code = createStatusCode();

  it('takes the reference in any case with spaces, and the code in any case with dashes', () => {
    expect(readStatusLookup(' hv-2026-000123 ', formatStatusCode(code).toLowerCase())).toEqual({ ok: true, reference: 'HV-2026-000123', statusCode: code });
  });

  it('names every empty box, and a reference that is not shaped as one', () => {
    expect(readStatusLookup('', ' ')).toEqual({
      ok: false,
      errors: [
        { field: 'reference', error: 'reference.required' },
        { field: 'statusCode', error: 'statusCode.required' },
      ],
    });
    expect(readStatusLookup('2026-123', code)).toEqual({ ok: false, errors: [{ field: 'reference', error: 'reference.format' }] });
  });

  it('catches a typo in the code by its check symbol, before anything is asked', () => {
    const last = code.at(-1) === '2' ? '3' : '2';
    expect(readStatusLookup('HV-2026-000123', `${code.slice(0, -1)}${last}`)).toEqual({ ok: false, errors: [{ field: 'statusCode', error: 'statusCode.checksum' }] });
    expect(readStatusLookup('HV-2026-000123', code.slice(1))).toEqual({ ok: false, errors: [{ field: 'statusCode', error: 'statusCode.length' }] });
    expect(readStatusLookup('HV-2026-000123', `0${code.slice(1)}`)).toEqual({ ok: false, errors: [{ field: 'statusCode', error: 'statusCode.characters' }] });
  });
});

describe('the status link in the receipt’s QR code', () => {
  it('carries reference and code in the fragment only, and reads them back', () => {
    const link = statusLink('https://loket.example.nl/status', 'HV-2026-000123', 'ABCDEFGHJKM');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://loket.example.nl/status');
    expect(url.search).toBe('');
    expect(readStatusLink(url.hash)).toEqual({ reference: 'HV-2026-000123', statusCode: 'ABCDEFGHJKM' });
  });

  it('reads an empty or foreign fragment as nothing', () => {
    expect(readStatusLink('')).toEqual({});
    expect(readStatusLink('#inhoud')).toEqual({});
  });
});
