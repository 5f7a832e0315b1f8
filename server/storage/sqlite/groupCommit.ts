/** What one input of a batch came to: its outcome, or the error that undid its part alone. */
export type BatchResult<Output> = { readonly ok: Output } | { readonly error: unknown };

/**
 * Group commit: every call made while the event loop is busy waits for the next turn, and then all
 * of them are written in one transaction, so one `fsync` makes many applications durable instead
 * of one (https://www.sqlite.org/faq.html#q19: "a transaction ... requires two complete rotations
 * of the disk platter"; the same holds for a flash disk's flush). Each call still resolves only
 * after that commit, so an acknowledgement still means "on disk" (docs/intake.md, "Durable before
 * acknowledged"). Waiting for the next turn adds no delay of its own: calls that arrive while a
 * commit runs are simply the next batch.
 *
 * `runBatch` runs the whole batch in one transaction and gives one result per input, in order; an
 * input that failed must have undone only its own part (a savepoint). When `runBatch` itself
 * throws, nothing of the batch was committed and every call of it fails with that error.
 *
 * @param maxBatch at most this many inputs in one transaction, so one commit never holds the
 *   write lock for long (other processes on the same file wait for it).
 */
export function groupCommit<Input, Output>(
  runBatch: (inputs: readonly Input[]) => ReadonlyArray<BatchResult<Output>>,
  { maxBatch }: { readonly maxBatch: number },
): (input: Input) => Promise<Output> {
  let waiting: Array<{ readonly input: Input; readonly resolve: (output: Output) => void; readonly reject: (error: unknown) => void }> = [];
  let scheduled = false;

  const commit = () => {
    scheduled = false;
    const batch = waiting.slice(0, maxBatch);
    waiting = waiting.slice(maxBatch);
    if (waiting.length > 0) schedule();
    let results: ReadonlyArray<BatchResult<Output>>;
    try {
      results = runBatch(batch.map((call) => call.input));
    } catch (error) {
      for (const call of batch) call.reject(error);
      return;
    }
    batch.forEach((call, index) => {
      const result = results[index];
      if (result === undefined) call.reject(new Error('The batch gave no result for this input.'));
      else if ('ok' in result) call.resolve(result.ok);
      else call.reject(result.error);
    });
  };
  const schedule = () => {
    scheduled = true;
    setImmediate(commit);
  };

  return (input) =>
    new Promise<Output>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!scheduled) schedule();
    });
}
