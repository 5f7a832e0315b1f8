import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDeviceDatabase } from '../../../src/deviceDatabase';
import { createStaffAccounts, PIN_ATTEMPT_LIMIT, PIN_ITERATIONS } from '../../../src/staff';

const NOW = Date.parse('2026-11-29T09:00:00.000Z');
let databases = 0;

/** Accounts in a fresh database of their own, with a clock the test moves. */
function accounts(iterations = 1_000) {
  const clock = { now: NOW };
  const database = createDeviceDatabase({ name: `staff-test-${++databases}` });
  return { clock, database, staff: createStaffAccounts({ database, iterations, now: () => clock.now }) };
}

const mila = { staffId: 'M.Jansen ', name: 'Mila Jansen', pin: '40917', pinAgain: '40917' };

describe('staff sign-in with an id and a PIN on the tablet', () => {
  it('keeps only a slow hash of the PIN, never the PIN, and signs in with the right one', async () => {
    const { staff, database } = accounts(PIN_ITERATIONS);
    expect(await staff.hasAccounts()).toBe(false);
    expect(await staff.add(mila, undefined)).toEqual({ kind: 'added', member: { staffId: 'm.jansen', name: 'Mila Jansen' } });

    const stored = await database.run((db) => db.getAll('staffAccounts'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ staffId: 'm.jansen', iterations: 600_000, failures: [] });
    expect(JSON.stringify(stored)).not.toContain('40917');
    expect(stored[0]?.salt).not.toBe('');

    // The id as people type it: any case, spaces around it.
    expect(await staff.signIn(' m.JANSEN', '40917')).toEqual({ kind: 'signedIn', member: { staffId: 'm.jansen', name: 'Mila Jansen' } });
  });

  it('answers a wrong PIN and an unknown id alike, so trying ids reveals nobody', async () => {
    const { staff } = accounts();
    await staff.add(mila, undefined);
    expect(await staff.signIn('m.jansen', '40918')).toEqual({ kind: 'wrong' });
    expect(await staff.signIn('p.de.boer', '40917')).toEqual({ kind: 'wrong' });
    expect(await staff.signIn('', '40917')).toEqual({ kind: 'wrong' });
  });

  it(`locks an account after ${PIN_ATTEMPT_LIMIT.maxFailures} wrong PINs for ${PIN_ATTEMPT_LIMIT.windowMinutes} minutes, also for the right PIN, then lets it in again`, async () => {
    const { staff, clock } = accounts();
    await staff.add(mila, undefined);
    for (let i = 1; i < PIN_ATTEMPT_LIMIT.maxFailures; i++) expect(await staff.signIn('m.jansen', '00000')).toEqual({ kind: 'wrong' });
    expect(await staff.signIn('m.jansen', '00000')).toEqual({ kind: 'locked', retryAfterMinutes: 15 });
    expect(await staff.signIn('m.jansen', '40917')).toEqual({ kind: 'locked', retryAfterMinutes: 15 });

    clock.now += 10 * 60_000;
    expect(await staff.signIn('m.jansen', '40917')).toEqual({ kind: 'locked', retryAfterMinutes: 5 });
    clock.now += 5 * 60_000 + 1;
    expect((await staff.signIn('m.jansen', '40917')).kind).toBe('signedIn');
    // A right PIN forgives earlier mistakes: the next typo does not lock at once.
    expect(await staff.signIn('m.jansen', '00000')).toEqual({ kind: 'wrong' });
  });

  it('adds the first employee freely; after that only a signed-in employee adds a colleague', async () => {
    const { staff } = accounts();
    await staff.add(mila, undefined);
    const sam = { staffId: 's.bakker', name: 'Sam Bakker', pin: '123456', pinAgain: '123456' };
    expect(await staff.add(sam, undefined)).toEqual({ kind: 'notAllowed' });
    expect(await staff.add(sam, { staffId: 'm.jansen', name: 'Mila Jansen' })).toMatchObject({ kind: 'added' });
    expect(await staff.add({ ...sam, name: 'Another Sam' }, { staffId: 'm.jansen', name: 'Mila Jansen' })).toEqual({ kind: 'exists' });
    expect((await staff.signIn('s.bakker', '123456')).kind).toBe('signedIn');
  });

  it('says plainly what is wrong with new details, per field, and stores nothing', async () => {
    const { staff } = accounts();
    expect(await staff.add({ staffId: 'm jansen!', name: ' ', pin: '12a4', pinAgain: '12a4' }, undefined)).toEqual({
      kind: 'invalid',
      problems: [
        { field: 'staffId', code: 'staffIdFormat' },
        { field: 'name', code: 'nameRequired' },
        { field: 'pin', code: 'pinFormat' },
      ],
    });
    expect(await staff.add({ ...mila, pinAgain: '40918' }, undefined)).toEqual({ kind: 'invalid', problems: [{ field: 'pinAgain', code: 'pinMismatch' }] });
    // The name goes with every application; the service would refuse one with a hidden character.
    expect(await staff.add({ ...mila, name: 'Mila\u202e Jansen' }, undefined)).toEqual({ kind: 'invalid', problems: [{ field: 'name', code: 'nameUnsafe' }] });
    expect(await staff.add({ ...mila, name: 'Mila\u0000' }, undefined)).toEqual({ kind: 'invalid', problems: [{ field: 'name', code: 'nameUnsafe' }] });
    expect(await staff.hasAccounts()).toBe(false);
  });
});
