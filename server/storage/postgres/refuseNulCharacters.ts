import { UnstorableTextError } from './UnstorableTextError';

const NUL = '\u0000';

/**
 * Throws {@link UnstorableTextError} when a string anywhere in `fields` (also an object key) holds
 * U+0000, before anything is sent to the database. `fields` maps a name to each value to store.
 */
export function refuseNulCharacters(fields: Readonly<Record<string, unknown>>): void {
  const field = nulCharacterAt(fields, '');
  if (field !== undefined) throw new UnstorableTextError(field);
}

/** Where in `value` a NUL is, as a dotted path below `path`; undefined when there is none. */
function nulCharacterAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const name = key.replaceAll(NUL, '\\u0000');
    const itemPath = path === '' ? name : `${path}.${name}`;
    if (key.includes(NUL)) return itemPath;
    const found = nulCharacterAt(item, itemPath);
    if (found !== undefined) return found;
  }
  return undefined;
}
