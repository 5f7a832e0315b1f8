import type { FieldError } from '../FieldError';

/*
 * What most kinds of question share: an answer of one value, with no parts to stray, no texts of
 * its own, and nothing in a blank entry of a group.
 */

/** For a type whose `normalize` refuses every part it does not know itself. */
export function noStrayParts(): FieldError[] {
  return [];
}

/** For a type that needs no texts beyond its label and why. */
export function noTextKeys(): string[] {
  return [];
}

/** For a type whose settings a definition cannot get wrong beyond what TypeScript checks. */
export function noDefinitionProblems(): string[] {
  return [];
}

/** For a type that holds nothing in a new entry of a group (or that no entry asks). */
export function nothingInBlankEntry(): undefined {
  return undefined;
}
