import { conditionQuestions } from './conditions';
import type { AnswerScalar, Condition, PermitDefinition, Question } from './definition';
import { requiredTextKeys } from './textKeys';

const ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
const PERMIT_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Everything that can be wrong with a definition, in plain words for the developer. Run by a
 * unit test over every definition, so a broken definition fails the build and never a citizen.
 *
 * @param catalogues every language's messages; each must hold every text the definition needs.
 */
export function checkDefinition(permit: PermitDefinition, catalogues: Readonly<Record<string, Readonly<Record<string, string>>>>): string[] {
  const problems: string[] = [];
  const where = `${permit.id}@${permit.version}`;
  if (!PERMIT_ID_PATTERN.test(permit.id)) problems.push(`${where}: id must be lower-case letters, digits and dashes`);
  if (!Number.isInteger(permit.version) || permit.version < 1) problems.push(`${where}: version must be a whole number from 1`);
  if (!(permit.decisionTerm.weeks > 0)) problems.push(`${where}: the decision term must be at least one week`);
  if (permit.steps.length === 0) problems.push(`${where}: a permit needs at least one step`);

  const stepIds = new Set<string>();
  const earlier = new Map<string, Question>();
  for (const step of permit.steps) {
    if (stepIds.has(step.id)) problems.push(`${where}: step id "${step.id}" is used twice`);
    if (!ID_PATTERN.test(step.id)) problems.push(`${where}: step id "${step.id}" must be a camelCase word`);
    stepIds.add(step.id);
    if (step.questions.length === 0) problems.push(`${where}: step "${step.id}" has no questions`);
    if (step.showIf) problems.push(...checkCondition(step.showIf, earlier, `${where} step "${step.id}"`));
    for (const question of step.questions) {
      const at = `${where} question "${question.id}"`;
      if (earlier.has(question.id)) problems.push(`${at}: id is used twice`);
      if (!ID_PATTERN.test(question.id)) problems.push(`${at}: id must be a camelCase word`);
      if (question.showIf) problems.push(...checkCondition(question.showIf, earlier, at));
      if (question.prefillFrom !== undefined) {
        const source = earlier.get(question.prefillFrom);
        if (!source) problems.push(`${at}: prefillFrom "${question.prefillFrom}" must be an earlier question`);
        else if (source.type !== question.type) problems.push(`${at}: prefillFrom "${question.prefillFrom}" has another type`);
      }
      if ((question.type === 'choice' || question.type === 'multiChoice') && (question.options.length < 2 || new Set(question.options).size !== question.options.length)) {
        problems.push(`${at}: needs at least two different options`);
      }
      if ((question.type === 'text' || question.type === 'longText') && question.maxLength !== undefined && !(question.maxLength > 0)) {
        problems.push(`${at}: maxLength must be positive`);
      }
      earlier.set(question.id, question);
    }
  }

  for (const fee of permit.fees ?? []) {
    if (!Number.isInteger(fee.amountCents) || fee.amountCents < 0) problems.push(`${where} fee "${fee.id}": amount must be whole cents`);
    if (fee.showIf) problems.push(...checkCondition(fee.showIf, earlier, `${where} fee "${fee.id}"`));
  }

  for (const [language, catalogue] of Object.entries(catalogues)) {
    for (const key of requiredTextKeys(permit)) {
      if (!catalogue[key]?.trim()) problems.push(`${where}: text "${key}" is missing in "${language}"`);
    }
  }
  return problems;
}

/** A condition may only read questions asked before it, with values those questions can have. */
function checkCondition(condition: Condition, earlier: ReadonlyMap<string, Question>, at: string): string[] {
  const problems = conditionQuestions(condition)
    .filter((id) => !earlier.has(id))
    .map((id) => `${at}: condition reads "${id}", which is not an earlier question`);
  const values = comparedValues(condition);
  for (const [id, value] of values) {
    const question = earlier.get(id);
    if (question && !canHold(question, value)) problems.push(`${at}: condition compares "${id}" with ${JSON.stringify(value)}, which it can never be`);
  }
  return problems;
}

function comparedValues(condition: Condition): Array<[string, AnswerScalar]> {
  if ('all' in condition) return condition.all.flatMap(comparedValues);
  if ('any' in condition) return condition.any.flatMap(comparedValues);
  if ('not' in condition) return comparedValues(condition.not);
  if ('equals' in condition) return [[condition.question, condition.equals]];
  if ('oneOf' in condition) return condition.oneOf.map((value): [string, AnswerScalar] => [condition.question, value]);
  if ('includes' in condition) return [[condition.question, condition.includes]];
  return [];
}

function canHold(question: Question, value: AnswerScalar): boolean {
  switch (question.type) {
    case 'choice':
    case 'multiChoice':
      return typeof value === 'string' && question.options.includes(value);
    case 'yesNo':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'address':
    case 'file':
      return false;
    default:
      return typeof value === 'string';
  }
}
