import { describe, expect, it } from 'vitest';
import { intakePermits } from '../../../server/applications/intakePermits';
import { lookUpStatus, type StatusLookupSources } from '../../../server/status/lookUpStatus';
import { hashStatusCode } from '../../../server/status/statusCodeHash';
import type { StatusLookupApplication, StatusLookupMisses, StatusLookupStore } from '../../../server/status/StatusLookupStore';
import { createStatusCode, formatStatusCode } from '../../../src/crypto';

/** The store interface over two maps: the lookup's rules, without a database. */
function memoryStatusLookups(applications: readonly StatusLookupApplication[]): StatusLookupStore {
  const misses = new Map<string, StatusLookupMisses>();
  return {
    findApplication: async (reference) => applications.find((application) => application.reference === reference),
    findMisses: async (reference) => misses.get(reference),
    recordMiss: async (reference, next) => {
      const recorded = next(misses.get(reference));
      misses.set(reference, recorded);
      return recorded;
    },
    clearMisses: async (reference) => {
      misses.delete(reference);
    },
  };
}

const T0 = new Date('2026-12-03T10:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('looking up a status with reference and status code', async () => {
  const code = createStatusCode();
  const application: StatusLookupApplication = {
    reference: 'HV-2026-000007',
    formId: 'melding-klein-evenement',
    formVersion: 1,
    receivedAt: '2026-12-01T09:00:00.000Z',
    expectedDecisionBy: '2026-12-15',
    statusCodeHash: await hashStatusCode(code),
  };
  const sources = (): StatusLookupSources => ({ store: memoryStatusLookups([application]), permits: intakePermits, policy: { lockAfter: 3, windowMs: 15 * 60_000 } });

  it('finds the application with the code as typed, and says whether silence means consent', async () => {
    const result = await lookUpStatus(sources(), ' hv-2026-000007 ', formatStatusCode(code).toLowerCase(), T0);
    expect(result).toMatchObject({ kind: 'found', report: { reference: 'HV-2026-000007', permitId: 'melding-klein-evenement', silenceMeansConsent: true } });
  });

  it('answers a wrong code, an unknown reference and nonsense with the same miss', async () => {
    const lookups = sources();
    expect(await lookUpStatus(lookups, 'HV-2026-000007', createStatusCode(), T0)).toEqual({ kind: 'missing' });
    expect(await lookUpStatus(lookups, 'HV-2026-000008', code, T0)).toEqual({ kind: 'missing' });
    expect(await lookUpStatus(lookups, 'not a reference', code, T0)).toEqual({ kind: 'missing' });
  });

  it('locks a known and an unknown reference alike after the misses, the right code too, until the time is up', async () => {
    const lookups = sources();
    for (const reference of ['HV-2026-000007', 'HV-2026-000008']) {
      const kinds: string[] = [];
      for (let miss = 0; miss < 3; miss += 1) kinds.push((await lookUpStatus(lookups, reference, createStatusCode(), T0)).kind);
      expect(kinds).toEqual(['missing', 'missing', 'locked']);
      expect(await lookUpStatus(lookups, reference, code, later(14))).toEqual({ kind: 'locked', until: later(15) });
    }
    expect((await lookUpStatus(lookups, 'HV-2026-000007', code, later(15))).kind).toBe('found');
    expect((await lookUpStatus(lookups, 'HV-2026-000008', code, later(15))).kind).toBe('missing');
  });

  it('does not count a typo the check symbol catches', async () => {
    const lookups = sources();
    const typo = code.slice(0, 10) + (code[10] === '2' ? '3' : '2');
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await lookUpStatus(lookups, 'HV-2026-000007', typo, T0)).toEqual({ kind: 'missing' });
    expect((await lookUpStatus(lookups, 'HV-2026-000007', code, T0)).kind).toBe('found');
  });
});
