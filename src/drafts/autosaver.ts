import type { Draft } from '../deviceDatabase';
import type { DraftStore } from './DraftStore';

export interface AutosaverOptions {
  /** Milliseconds from the first unsaved change to its write at the latest; default 500. */
  readonly delayMs?: number;
}

/** Saves drafts while the person types (docs/offline.md, guarantee 1). */
export interface Autosaver {
  /**
   * Notes the latest version of a draft. It is written at most `delayMs` after the first change not
   * yet written, also while typing goes on: a deadline, not a debounce that keeps moving. Changes
   * in between are coalesced into the latest. Returns at once.
   */
  schedule(draft: Draft): void;
  /** Writes every pending draft now and resolves when all writes are done (page hidden, before sealing). */
  flush(): Promise<void>;
  /** Drops pending drafts without writing and waits for writes under way ("Stoppen en wissen"). */
  cancel(): Promise<void>;
}

interface Slot {
  pending?: Draft;
  timer?: ReturnType<typeof setTimeout>;
  /** The writes of this draft, one after the other, so an older version never lands after a newer one. */
  writes: Promise<void>;
}

export function createAutosaver(store: Pick<DraftStore, 'save'>, options: AutosaverOptions = {}): Autosaver {
  const delayMs = options.delayMs ?? 500;
  const slots = new Map<string, Slot>();

  const stopTimer = (slot: Slot) => {
    if (slot.timer !== undefined) clearTimeout(slot.timer);
    slot.timer = undefined;
  };

  /** Queues a write of whatever is pending when its turn comes; a turn with nothing pending does nothing. */
  function write(slot: Slot): Promise<void> {
    stopTimer(slot);
    slot.writes = slot.writes.then(async () => {
      const draft = slot.pending;
      if (!draft) return;
      slot.pending = undefined;
      stopTimer(slot);
      // `save` reports problems through the store's status; a rejection must not stop later writes.
      await store.save(draft).catch(() => undefined);
    });
    return slot.writes;
  }

  return {
    schedule(draft) {
      let slot = slots.get(draft.id);
      if (!slot) {
        slot = { writes: Promise.resolve() };
        slots.set(draft.id, slot);
      }
      slot.pending = draft;
      const due = slot;
      due.timer ??= setTimeout(() => void write(due), delayMs);
    },
    async flush() {
      await Promise.all([...slots.values()].map(write));
    },
    async cancel() {
      for (const slot of slots.values()) {
        stopTimer(slot);
        slot.pending = undefined;
      }
      await Promise.all([...slots.values()].map((slot) => slot.writes));
      slots.clear();
    },
  };
}
