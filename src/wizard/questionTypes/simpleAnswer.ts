import type { FieldError } from '../FieldError';

/*
 * What most kinds of question share: an answer of one value, with no parts to stray, no texts of
 * its own, and nothing before the person answers.
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

/** For a type that holds nothing before the person answers. */
export function startsEmpty(): undefined {
  return undefined;
}
