import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { composeDevice } from '../../../src/app/composeDevice';
import { lazyDevice } from '../../../src/app/lazyDevice';
import type { Device } from '../../../src/application';
import type { DraftStatus } from '../../../src/drafts';
import { makeDraft, useFreshIndexedDb } from '../drafts/draftFixtures';

beforeEach(useFreshIndexedDb);

/** The device's code "loading": resolves when the test says so. */
function slowLoad() {
  let arrive: (device: Device) => void = () => undefined;
  const loaded = new Promise<Device>((resolve) => (arrive = resolve));
  return { load: () => loaded, arrive: () => arrive(composeDevice()) };
}

describe('the device while its code loads', () => {
  it('saves what was typed before its code arrived, the latest version last', async () => {
    const { load, arrive } = slowLoad();
    const device = lazyDevice(load);
    device.autosaver.schedule(makeDraft({ answers: { story: 'first' } }));
    device.autosaver.schedule(makeDraft({ answers: { story: 'latest' } }));
    const flushed = device.autosaver.flush();
    arrive();
    await flushed;
    expect((await device.draftStore.get(makeDraft().id))?.answers.story).toBe('latest');
  });

  it('shows the starting statuses until then, and follows the real ones after', async () => {
    const { load, arrive } = slowLoad();
    const device = lazyDevice(load);
    expect(device.draftStore.status.get()).toEqual({ kind: 'idle' });
    expect(device.outbox.status.get()).toEqual({ items: [], loaded: false });
    const seen: DraftStatus['kind'][] = [];
    device.draftStore.status.subscribe((status) => seen.push(status.kind));
    arrive();
    expect(await device.draftStore.ready).toBe('indexedDB');
    await device.draftStore.save(makeDraft());
    expect(device.draftStore.status.get().kind).toBe('saved');
    // The real store's own starting value replaces the stand-in's first: the same, so nothing shows a change.
    expect(seen).toEqual(['idle', 'saving', 'saved']);
    await device.outbox.refresh();
    expect(device.outbox.status.get()).toEqual({ items: [], loaded: true });
  });

  it('does not start the outbox when it was stopped before its code arrived', async () => {
    const { load, arrive } = slowLoad();
    const device = lazyDevice(load);
    let started = 0;
    const stop = device.outbox.start(
      {
        send: async () => ({ kind: 'unreachable' }),
        parkDraft: async () => 'failed',
        fetchParkedDraft: async () => ({ kind: 'notFound' }),
        lookUpAddress: async () => ({ kind: 'unavailable' }),
        lookUpStatus: async () => ({ kind: 'unreachable' }),
      },
      { addEventListener: () => void started++, removeEventListener: () => undefined },
    );
    stop();
    arrive();
    await device.draftStore.ready;
    expect(started).toBe(0);
  });
});
