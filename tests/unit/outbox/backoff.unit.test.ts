import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../../src/outbox';

const options = { baseMs: 1_000, capMs: 60_000 };
const highest = () => 0.999_999;
const lowest = () => 0;

describe('the backoff between tries', () => {
  it('doubles its upper bound with every failed try, from the base', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, highest, options))).toEqual([999, 1_999, 3_999, 7_999, 15_999]);
  });

  it('never waits longer than the cap, however many tries failed', () => {
    expect(backoffDelayMs(7, highest, options)).toBe(59_999);
    expect(backoffDelayMs(10_000, highest, options)).toBe(59_999);
  });

  it('spreads tablets out between half the bound and the bound (equal jitter), never retrying at once', () => {
    expect(backoffDelayMs(4, lowest, options)).toBe(4_000);
    expect(backoffDelayMs(4, () => 0.5, options)).toBe(6_000);
    expect(backoffDelayMs(1, lowest)).toBe(2_500);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelayMs(3, Math.random, options);
      expect(delay).toBeGreaterThanOrEqual(2_000);
      expect(delay).toBeLessThan(4_000);
    }
  });

  it('waits at least as long as the service asked (Retry-After), even beyond the cap', () => {
    expect(backoffDelayMs(1, lowest, options, 30)).toBe(30_000);
    expect(backoffDelayMs(1, highest, options, 0.5)).toBe(999);
    expect(backoffDelayMs(1, lowest, options, 0.2)).toBe(500);
    expect(backoffDelayMs(1, lowest, options, 3_600)).toBe(3_600_000);
  });

  it('defaults to 5 seconds up to 15 minutes', () => {
    expect(backoffDelayMs(1, highest)).toBe(4_999);
    expect(backoffDelayMs(50, highest)).toBe(899_999);
  });
});
