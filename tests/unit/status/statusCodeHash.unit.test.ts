import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_COST, RANDOM_CODE_COST, verifyPassword } from '../../../server/security/passwordHash';
import { hashStatusCode, verifyStatusCode } from '../../../server/status/statusCodeHash';
import { createStatusCode } from '../../../src/crypto';

describe('the status code as the service keeps it', () => {
  it('is a salted scrypt hash at the cost for random codes, never the code', async () => {
    const code = createStatusCode();
    const [first, second] = await Promise.all([hashStatusCode(code), hashStatusCode(code)]);
    expect(first).toMatch(new RegExp(`^scrypt\\$${RANDOM_CODE_COST.N}\\$${RANDOM_CODE_COST.r}\\$${RANDOM_CODE_COST.p}\\$`));
    expect(first).not.toContain(code);
    expect(first).not.toBe(second);
    expect(await verifyStatusCode(code, first)).toBe(true);
    expect(await verifyStatusCode(createStatusCode(), first)).toBe(false);
  });

  it('is cheaper than a password hash, which people choose and can guess', () => {
    expect(RANDOM_CODE_COST.N).toBeLessThan(PASSWORD_COST.N);
  });

  it('still checks a code hashed at the earlier, password cost (the cost travels with the hash)', async () => {
    const code = createStatusCode();
    const old = await hashPassword(code, PASSWORD_COST);
    expect(await verifyPassword(code, old)).toBe(true);
    expect(await verifyStatusCode(code, old)).toBe(true);
  });
});
