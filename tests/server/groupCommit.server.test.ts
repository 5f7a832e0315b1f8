// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupCommit, type BatchResult } from '../../server/storage/sqlite/groupCommit';

/** A batch runner that records each batch it was given and doubles each number, failing on negatives alone. */
function recordingRunner() {
  const batches: number[][] = [];
  const run = (inputs: readonly number[]): ReadonlyArray<BatchResult<number>> => {
    batches.push([...inputs]);
    return inputs.map((input) => (input < 0 ? { error: new Error(`refused ${input}`) } : { ok: input * 2 }));
  };
  return { batches, run };
}

describe('group commit', () => {
  it('writes every call made in one turn of the event loop in one batch, and each gets its own result', async () => {
    const runner = recordingRunner();
    const save = groupCommit(runner.run, { maxBatch: 10 });
    const results = await Promise.all([1, 2, 3].map(save));
    expect(results).toEqual([2, 4, 6]);
    expect(runner.batches).toEqual([[1, 2, 3]]);
  });

  it('resolves no call before its batch has run', async () => {
    const runner = recordingRunner();
    const save = groupCommit(runner.run, { maxBatch: 10 });
    let resolved = false;
    const pending = save(5).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    expect(runner.batches).toEqual([]);
    await pending;
    expect(runner.batches).toEqual([[5]]);
  });

  it('puts calls that come while a batch waits or runs into the next one, at most maxBatch at a time', async () => {
    const runner = recordingRunner();
    const save = groupCommit(runner.run, { maxBatch: 2 });
    const first = Promise.all([1, 2, 3].map(save));
    const later = new Promise<number>((resolve) => setImmediate(() => resolve(save(4))));
    expect(await first).toEqual([2, 4, 6]);
    expect(await later).toBe(8);
    expect(runner.batches.flat()).toEqual([1, 2, 3, 4]);
    expect(runner.batches.every((batch) => batch.length <= 2)).toBe(true);
  });

  it('fails only the call whose part failed', async () => {
    const runner = recordingRunner();
    const save = groupCommit(runner.run, { maxBatch: 10 });
    const settled = await Promise.allSettled([1, -1, 3].map(save));
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(runner.batches).toEqual([[1, -1, 3]]);
  });

  it('fails every call of a batch that could not be committed, and the next batch still runs', async () => {
    let failing = true;
    const batches: number[][] = [];
    const save = groupCommit(
      (inputs: readonly number[]) => {
        batches.push([...inputs]);
        if (failing) throw new Error('disk full');
        return inputs.map((input) => ({ ok: input }));
      },
      { maxBatch: 10 },
    );
    const settled = await Promise.allSettled([1, 2].map(save));
    expect(settled.map((result) => result.status === 'rejected' && (result.reason as Error).message)).toEqual(['disk full', 'disk full']);
    failing = false;
    expect(await save(3)).toBe(3);
    expect(batches).toEqual([[1, 2], [3]]);
  });
});
