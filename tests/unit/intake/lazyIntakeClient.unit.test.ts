import { describe, expect, it } from 'vitest';
import { lazyIntakeClient, type IntakeClient } from '../../../src/intake';

const receipt = { reference: 'HV-2026-000001', receivedAt: '2026-11-29T10:00:00.000Z', expectedDecisionBy: '2026-12-27', status: 'received' } as const;

const standIn: IntakeClient = {
  send: async () => ({ kind: 'sent', receipt }),
  parkDraft: async () => 'parked',
  fetchParkedDraft: async () => ({ kind: 'notFound' }),
  lookUpAddress: async () => ({ kind: 'notFound' }),
  lookUpStatus: async () => ({ kind: 'notFound' }),
};

describe('an intake client that loads on first use', () => {
  it('loads once, on the first call, and passes every call on', async () => {
    let loads = 0;
    const client = lazyIntakeClient(async () => {
      loads++;
      return standIn;
    });
    expect(loads).toBe(0);
    expect(await client.send({} as never, 'key', [])).toEqual({ kind: 'sent', receipt });
    expect(await client.parkDraft('id', {})).toBe('parked');
    expect(await client.fetchParkedDraft('id')).toEqual({ kind: 'notFound' });
    expect(await client.lookUpAddress('3511AB', '1', new AbortController().signal)).toEqual({ kind: 'notFound' });
    expect(await client.lookUpStatus('HV-2026-000001', 'code')).toEqual({ kind: 'notFound' });
    expect(loads).toBe(1);
  });

  it('keeps each call’s contract when its code cannot be loaded, and tries again on the next call', async () => {
    let fail = true;
    const client = lazyIntakeClient(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return standIn;
    });
    expect(await client.send({} as never, 'key', [])).toEqual({ kind: 'unreachable' });
    expect(await client.parkDraft('id', {})).toBe('failed');
    await expect(client.fetchParkedDraft('id')).rejects.toThrow();
    expect(await client.lookUpAddress('3511AB', '1', new AbortController().signal)).toEqual({ kind: 'unavailable' });
    expect(await client.lookUpStatus('HV-2026-000001', 'code')).toEqual({ kind: 'unreachable' });
    fail = false;
    expect(await client.send({} as never, 'key', [])).toEqual({ kind: 'sent', receipt });
  });
});
