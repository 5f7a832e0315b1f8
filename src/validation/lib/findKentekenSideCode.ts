/**
 * The RDW side codes (sidecodes) 1–14 for Dutch number plates, in RDW notation: `X` = letter, `9` = digit,
 * `-` = where the plate shows a dash. Side code n is at index n − 1. Source: RDW, "Uitleg over de cijfers en
 * letters op de kentekenplaat". Side codes 12–14 are planned but, at the time of writing, not yet issued;
 * they are accepted so the form keeps working the day the RDW starts them.
 *
 * Without dashes every side code has a different letter/digit pattern, so a plate typed without dashes still
 * has exactly one side code, and the dashes can be put back for display.
 */
const sideCodes = [
  'XX-99-99',
  '99-99-XX',
  '99-XX-99',
  'XX-99-XX',
  'XX-XX-99',
  '99-XX-XX',
  '99-XXX-9',
  '9-XXX-99',
  'XX-999-X',
  'X-999-XX',
  'XXX-99-X',
  'X-99-XXX',
  '9-XX-999',
  '999-XX-9',
] as const;

/** A side code in RDW notation, e.g. `"XX-999-X"`. */
export type KentekenSideCode = (typeof sideCodes)[number];

/**
 * Finds the side code of a plate given as 6 upper-case letters and digits without dashes, e.g. `"AB123C"` →
 * `"XX-999-X"`. Returns `undefined` if the letters and digits are in an order no Dutch plate uses.
 */
export function findKentekenSideCode(compact: string): KentekenSideCode | undefined {
  const shape = compact.replace(/[A-Z]/g, 'X').replace(/\d/g, '9');
  return sideCodes.find((sideCode) => sideCode.replace(/-/g, '') === shape);
}
