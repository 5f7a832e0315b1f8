import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  getApplication,
  giveConsent,
  keepApplicationsSaved,
  saveAnswers,
  setInternalNote,
  setTypedBy,
  startApplication,
} from '../../../src/application';
import { composeTablet } from '../../../src/app/composeTablet';

/** The tablet as `main.tsx` composes it (`src/app/composeTablet.ts`). */
const tablet = composeTablet();
const { autosaver, draftStore } = tablet;

const PERMIT = 'gehandicaptenparkeerkaart';

describe('consent before the first question', () => {
  let stopSaving: () => void;
  beforeAll(() => {
    stopSaving = keepApplicationsSaved(tablet);
    return () => stopSaving();
  });
  afterEach(async () => {
    await autosaver.cancel();
    await draftStore.wipeAll();
    applications.set({});
  });

  it('keeps no answer, in memory or on the tablet, until the citizen said yes', async () => {
    startApplication(PERMIT);
    saveAnswers(PERMIT, { cardKind: 'driver', bsn: '111222333' });
    setTypedBy(PERMIT, 'cardKind', 'staff');
    setInternalNote(PERMIT, 'Brief gezien');
    await autosaver.flush();

    expect(getApplication(PERMIT).answers).toEqual({});
    expect(getApplication(PERMIT).typedBy).toEqual({});
    expect(getApplication(PERMIT).internalNote).toBeUndefined();
    expect(await draftStore.list()).toEqual([]);
  });

  it('records the yes with its time and contact channel, fills in the permit\'s own channel question, and then keeps the answers', async () => {
    const { draftId } = startApplication(PERMIT);
    giveConsent(PERMIT, 'email', 'contactChannel', new Date('2026-11-29T09:15:00.000Z'));
    saveAnswers(PERMIT, { cardKind: 'driver' });
    await autosaver.flush();

    const consent = { given: true, at: '2026-11-29T09:15:00.000Z', contactChannel: 'email' };
    expect(getApplication(PERMIT)).toMatchObject({ consent, answers: { cardKind: 'driver', contactChannel: 'email' } });
    const stored = await draftStore.get(draftId);
    expect(stored).toMatchObject({ consent, answers: { cardKind: 'driver', contactChannel: 'email' } });
  });

  it('never overwrites a channel the person already answered in the form', () => {
    startApplication(PERMIT);
    giveConsent(PERMIT, 'phone', 'contactChannel');
    saveAnswers(PERMIT, { contactChannel: 'post' });
    giveConsent(PERMIT, 'email', 'contactChannel');
    expect(getApplication(PERMIT).answers.contactChannel).toBe('post');
  });
});
