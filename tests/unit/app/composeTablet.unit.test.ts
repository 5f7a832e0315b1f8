import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { composeTablet } from '../../../src/app/composeTablet';
import { useFreshIndexedDb } from '../drafts/draftFixtures';

beforeEach(useFreshIndexedDb);

describe('the tablet composed for a page', () => {
  it('loads the device (database, drafts, outbox) only once it is wanted, and then serves what was asked before', async () => {
    let want: () => void = () => undefined;
    const tablet = composeTablet(new Promise<void>((resolve) => (want = resolve)));
    let ready: string | undefined;
    void tablet.draftStore.ready.then((backend) => (ready = backend));
    const listed = tablet.draftStore.list();
    // Long enough for a dynamic import and an IndexedDB open, had they started.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ready).toBeUndefined();

    want();
    expect(await tablet.draftStore.ready).toBe('indexedDB');
    expect(await listed).toEqual([]);
  });

  it('loads the device at once when nothing is said', async () => {
    const tablet = composeTablet();
    expect(await tablet.draftStore.ready).toBe('indexedDB');
  });
});
