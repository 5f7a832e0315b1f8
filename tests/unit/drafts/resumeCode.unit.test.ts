import { describe, expect, it, vi } from 'vitest';
import {
  RESUME_CODE_ALPHABET,
  RESUME_CODE_ENTROPY_BITS,
  RESUME_CODE_LENGTH,
  createResumeCode,
  formatResumeCode,
  normalizeResumeCode,
  type ResumeCode,
} from '../../../src/drafts';

const valid = (input: string): ResumeCode => {
  const result = normalizeResumeCode(input);
  if (!result.ok) throw new Error(`${input}: ${result.error}`);
  return result.code;
};

describe('resume codes', () => {
  it('use 31 symbols that cannot be mistaken for each other, and carry at least 50 bits', () => {
    expect(RESUME_CODE_ALPHABET).toHaveLength(31);
    expect(RESUME_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(RESUME_CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(50);
    expect(RESUME_CODE_ENTROPY_BITS).toBeCloseTo(54.5, 1);
  });

  it('are 12 symbols from the alphabet, shown as three groups of four', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = createResumeCode();
      expect(code).toMatch(new RegExp(`^[${RESUME_CODE_ALPHABET}]{${RESUME_CODE_LENGTH}}$`));
      expect(formatResumeCode(code)).toMatch(/^\w{4}-\w{4}-\w{4}$/);
      expect(normalizeResumeCode(code)).toEqual({ ok: true, code });
    }
  });

  it('are drawn without modulo bias: random bytes of 248 and above are thrown away', () => {
    // 248 % 31 = 0 would make "2" more likely if it were used; a byte of 30 gives the last symbol.
    const bytes = [248, 255, 30, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    vi.spyOn(crypto, 'getRandomValues').mockImplementationOnce((array: ArrayBufferView) => {
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
      return array;
    });
    const code = createResumeCode();
    vi.restoreAllMocks();
    expect(code.slice(0, 11)).toBe(`${RESUME_CODE_ALPHABET[30]}23456789AB`);
  });

  it('are spread evenly over the alphabet', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3_000; i += 1) for (const symbol of createResumeCode().slice(0, 11)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    const expected = (3_000 * 11) / 31;
    for (const symbol of RESUME_CODE_ALPHABET) expect(Math.abs((counts.get(symbol) ?? 0) - expected)).toBeLessThan(expected * 0.2);
  });

  it('accept lower case, spaces and dashes as typed or dictated', () => {
    const code = createResumeCode();
    const spaced = formatResumeCode(code).toLowerCase().replaceAll('-', ' - ');
    expect(normalizeResumeCode(` ${spaced} `)).toEqual({ ok: true, code });
    expect(normalizeResumeCode(formatResumeCode(code).replaceAll('-', '\u2013'))).toEqual({ ok: true, code });
  });

  it('reject symbols no code contains, rather than guess what was meant', () => {
    const code = formatResumeCode(createResumeCode());
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', 'o', 'l', '!']) {
      expect(normalizeResumeCode(lookAlike + code.slice(1))).toEqual({ ok: false, error: 'resumeCode.characters' });
    }
  });

  it('reject a code that is too short or too long', () => {
    const code = createResumeCode();
    expect(normalizeResumeCode(code.slice(0, 11))).toEqual({ ok: false, error: 'resumeCode.length' });
    expect(normalizeResumeCode(`${code}2`)).toEqual({ ok: false, error: 'resumeCode.length' });
    expect(normalizeResumeCode('')).toEqual({ ok: false, error: 'resumeCode.length' });
  });

  it('catch every single wrong symbol and every swap of neighbours with the check symbol', () => {
    const code = valid(createResumeCode());
    for (let position = 0; position < RESUME_CODE_LENGTH; position += 1) {
      for (const symbol of RESUME_CODE_ALPHABET) {
        if (symbol === code[position]) continue;
        const typo = code.slice(0, position) + symbol + code.slice(position + 1);
        expect(normalizeResumeCode(typo)).toEqual({ ok: false, error: 'resumeCode.checksum' });
      }
      const next = code[position + 1];
      if (next !== undefined && next !== code[position]) {
        const swapped = code.slice(0, position) + next + code[position] + code.slice(position + 2);
        expect(normalizeResumeCode(swapped)).toEqual({ ok: false, error: 'resumeCode.checksum' });
      }
    }
  });
});

describe('resume codes made before the typeable-code module was shared with status codes', () => {
  it('still check out, with the same check symbol', () => {
    // Made by the resume code's own implementation before it moved to src/crypto/typeableCode.ts.
    for (const code of ['YYH24HXE86RD', 'M6ENYJ7QJVYS', '26VXN57X8A4K', '6FTPCCF5E4N2', 'TJ2HWJQTD9RZ', 'KYET79QT33BG']) {
      expect(normalizeResumeCode(code)).toEqual({ ok: true, code });
    }
  });
});
