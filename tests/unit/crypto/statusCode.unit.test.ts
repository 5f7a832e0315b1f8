import { describe, expect, it } from 'vitest';
import {
  createStatusCode,
  formatStatusCode,
  parseStatusCode,
  STATUS_CODE_ENTROPY_BITS,
  STATUS_CODE_LENGTH,
  STATUS_CODE_PATTERN,
  TYPEABLE_ALPHABET,
  type StatusCode,
} from '../../../src/crypto';
import { createResumeCode, normalizeResumeCode } from '../../../src/drafts';

const valid = (input: string): StatusCode => {
  const result = parseStatusCode(input);
  if (!result.ok) throw new Error(`${input}: ${result.error}`);
  return result.code;
};

describe('status codes', () => {
  it('carry about 49.5 bits of chance from the 31 symbols without look-alikes', () => {
    expect(TYPEABLE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(STATUS_CODE_ENTROPY_BITS).toBeCloseTo(49.5, 1);
  });

  it('are 11 symbols in canonical form, shown as ABCD-EFGH-JKM, and read back as made', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = createStatusCode();
      expect(code).toHaveLength(STATUS_CODE_LENGTH);
      expect(code).toMatch(STATUS_CODE_PATTERN);
      expect(formatStatusCode(code)).toMatch(/^\w{4}-\w{4}-\w{3}$/);
      expect(parseStatusCode(code)).toEqual({ ok: true, code });
    }
  });

  it('are read as a person types them: any case, spaces, dashes of every kind', () => {
    const code = createStatusCode();
    const shown = formatStatusCode(code);
    for (const typed of [shown, shown.toLowerCase(), ` ${shown.replaceAll('-', ' ')} `, shown.replaceAll('-', ' - '), shown.replaceAll('-', '\u2013'), code.toLowerCase()]) {
      expect(parseStatusCode(typed)).toEqual({ ok: true, code });
    }
  });

  it('refuse look-alikes, the wrong length and a check symbol that does not match, each by name', () => {
    const code = valid(createStatusCode());
    expect(parseStatusCode(`O${code.slice(1)}`)).toEqual({ ok: false, error: 'statusCode.characters' });
    expect(parseStatusCode(code.slice(0, 10))).toEqual({ ok: false, error: 'statusCode.length' });
    expect(parseStatusCode(`${code}2`)).toEqual({ ok: false, error: 'statusCode.length' });
    expect(parseStatusCode('')).toEqual({ ok: false, error: 'statusCode.length' });
  });

  it('catch every single wrong symbol and every swap of neighbours with the check symbol', () => {
    const code = valid(createStatusCode());
    for (let position = 0; position < STATUS_CODE_LENGTH; position += 1) {
      for (const symbol of TYPEABLE_ALPHABET) {
        if (symbol === code[position]) continue;
        expect(parseStatusCode(code.slice(0, position) + symbol + code.slice(position + 1))).toEqual({ ok: false, error: 'statusCode.checksum' });
      }
      const next = code[position + 1];
      if (next !== undefined && next !== code[position]) {
        expect(parseStatusCode(code.slice(0, position) + next + code[position] + code.slice(position + 2))).toEqual({ ok: false, error: 'statusCode.checksum' });
      }
    }
  });

  it('are not taken for a resume code, nor a resume code for them', () => {
    expect(parseStatusCode(createResumeCode())).toEqual({ ok: false, error: 'statusCode.length' });
    expect(normalizeResumeCode(createStatusCode())).toEqual({ ok: false, error: 'resumeCode.length' });
  });
});
