/**
 * JSON with object keys in sorted order and no spaces, so the same content always gives the same
 * text (and so the same digest), however the sender ordered its keys or spaced its JSON.
 *
 * Built as one string in one walk (every application's digest is made from it): no arrays of
 * entries and parts per object. The text must stay exactly what it was, since digests of stored
 * applications are compared with it; `Array.prototype.sort` without a comparator orders keys by
 * UTF-16 code units, as `<` does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) text += (index === 0 ? '' : ',') + canonicalJson(value[index]);
    return `${text}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    let text = '{';
    for (const key of Object.keys(record).sort()) {
      const child = record[key];
      if (child === undefined) continue;
      text += `${text === '{' ? '' : ','}${JSON.stringify(key)}:${canonicalJson(child)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
