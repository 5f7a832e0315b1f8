import { isDeepStrictEqual } from 'node:util';

/**
 * Whether two JSON texts (or SQL NULLs) hold the same value. Not the same text: `jsonb` keeps
 * neither the order of keys nor the spaces (https://www.postgresql.org/docs/current/datatype-json.html),
 * and the PostgreSQL stores read it back parsed, so the value is what must survive.
 */
export function sameJson(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return isDeepStrictEqual(JSON.parse(a), JSON.parse(b));
}
