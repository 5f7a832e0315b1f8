import { ProblemError } from '../problems/ProblemError';

/** Largest `application` part (bytes): a full application is a few kB, so this leaves ample room. */
export const MAX_APPLICATION_BYTES = 256 * 1024;
/** Deepest nesting of objects and arrays; a real application needs four levels (answers → files → file). */
export const MAX_JSON_DEPTH = 8;
/** Most values (objects, arrays, scalars) in one application, counted before any validator looks at it. */
export const MAX_JSON_VALUES = 5000;

/**
 * Parses the `application` part and refuses, before schema or engine see it, JSON that is nested
 * too deep or holds too many values: those cost time and stack in every later step. The walk uses
 * its own stack, so hostile nesting cannot overflow ours.
 *
 * @throws ProblemError 400 when the text is not JSON, 422 when it is too deep or too big.
 */
export function parseApplicationJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError('application-not-json');
  }
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let count = 0;
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop() as { value: unknown; depth: number };
    count += 1;
    if (count > MAX_JSON_VALUES) throw structureProblem('application.tooManyValues', MAX_JSON_VALUES);
    if (typeof next !== 'object' || next === null) continue;
    if (depth + 1 > MAX_JSON_DEPTH) throw structureProblem('application.tooDeep', MAX_JSON_DEPTH);
    for (const child of Object.values(next)) pending.push({ value: child, depth: depth + 1 });
  }
  return value;
}

function structureProblem(code: string, max: number): ProblemError {
  return new ProblemError('validation', { fieldErrors: [{ field: 'application', code, params: { max } }] });
}
