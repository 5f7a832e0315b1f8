import { describe, expect, it, vi } from 'vitest';
import { createAppUpdate, type ServiceWorkerEvents } from '../../../src/app/serviceWorker/createAppUpdate';

type Listener = (event: { readonly isUpdate?: boolean }) => void;

/** workbox-window's `Workbox` as far as the update uses it: events to fire, SKIP_WAITING recorded. */
function fakeWorkbox() {
  const listeners: Record<string, Listener[]> = {};
  const worker: ServiceWorkerEvents & { skipWaitingSent: number } = {
    skipWaitingSent: 0,
    addEventListener: (type, listener) => void (listeners[type] ??= []).push(listener),
    messageSkipWaiting: () => void worker.skipWaitingSent++,
  };
  const fire = (type: 'waiting' | 'controlling', event: { isUpdate?: boolean } = {}) => listeners[type]?.forEach((listener) => listener(event));
  return { worker, fire };
}

function setUp(saved = true) {
  const order: string[] = [];
  const saveAnswers = vi.fn(async () => {
    order.push('save');
    return saved;
  });
  const reload = vi.fn(() => void order.push('reload'));
  const update = createAppUpdate({ saveAnswers, reload });
  const { worker, fire } = fakeWorkbox();
  update.watch(worker);
  return { update, worker, fire, saveAnswers, reload, order };
}

describe('an app update', () => {
  it('is offered when a new version waits, and nothing happens until the person agrees', () => {
    const { update, worker, fire, saveAnswers, reload } = setUp();
    expect(update.status.get()).toBe('current');
    fire('waiting');
    expect(update.status.get()).toBe('available');
    expect(worker.skipWaitingSent).toBe(0);
    expect(saveAnswers).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('saves the answers first, then lets the new version take over, and reloads only once it controls the page', async () => {
    const { update, worker, fire, reload, order } = setUp();
    fire('waiting');
    const applying = update.apply();
    expect(update.status.get()).toBe('applying');
    await applying;
    expect(order).toEqual(['save']);
    expect(worker.skipWaitingSent).toBe(1);
    expect(reload).not.toHaveBeenCalled();
    fire('controlling', { isUpdate: true });
    expect(order).toEqual(['save', 'reload']);
  });

  it('does not reload when the answers could not be saved, and says so', async () => {
    const { update, worker, fire, reload } = setUp(false);
    fire('waiting');
    await update.apply();
    expect(update.status.get()).toBe('notSaved');
    expect(worker.skipWaitingSent).toBe(0);
    fire('controlling', { isUpdate: true });
    expect(reload).not.toHaveBeenCalled();
  });

  it('treats a failing save as not saved', async () => {
    const reload = vi.fn();
    const update = createAppUpdate({ saveAnswers: () => Promise.reject(new Error('IndexedDB closed')), reload });
    const { worker, fire } = fakeWorkbox();
    update.watch(worker);
    fire('waiting');
    await update.apply();
    expect(update.status.get()).toBe('notSaved');
    expect(worker.skipWaitingSent).toBe(0);
  });

  it('does nothing when no new version is there', async () => {
    const { update, worker, saveAnswers } = setUp();
    await update.apply();
    expect(update.status.get()).toBe('current');
    expect(saveAnswers).not.toHaveBeenCalled();
    expect(worker.skipWaitingSent).toBe(0);
  });

  it('does not count the first visit’s service worker taking control as an update', () => {
    const { update, fire, reload } = setUp();
    fire('controlling', { isUpdate: false });
    expect(update.status.get()).toBe('current');
    expect(reload).not.toHaveBeenCalled();
  });

  it('never reloads a page when another tab applied the new version; it offers the reload instead', async () => {
    const { update, worker, fire, reload } = setUp();
    fire('waiting');
    fire('controlling', { isUpdate: true });
    expect(reload).not.toHaveBeenCalled();
    expect(update.status.get()).toBe('available');
    await update.apply();
    expect(worker.skipWaitingSent).toBe(0);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
