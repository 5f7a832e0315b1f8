import { conditionQuestions } from './conditions';
import { CONTACT_CHANNELS, type AnswerScalar, type Condition, type GroupQuestion, type Outcome, type PermitDefinition, type Question } from './definition';
import { canAskInGroups, canHold, typeDefinitionProblems } from './questionTypes';
import { requiredTextKeys } from './requiredTextKeys';

const ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
const PERMIT_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Everything that can be wrong with a definition, in plain words for the developer. Run by a
 * unit test over every definition, so a broken definition fails the build and never a citizen.
 *
 * @param catalogues every language's messages; each must hold every text the definition needs.
 * @param permitIds the ids of every permit the product offers, to check that an outcome hands over
 *   to one that exists; leave out to skip that check.
 */
export function checkDefinition(
  permit: PermitDefinition,
  catalogues: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  permitIds?: readonly string[],
): string[] {
  const problems: string[] = [];
  const where = `${permit.id}@${permit.version}`;
  if (!PERMIT_ID_PATTERN.test(permit.id)) problems.push(`${where}: id must be lower-case letters, digits and dashes`);
  if (!Number.isInteger(permit.version) || permit.version < 1) problems.push(`${where}: version must be a whole number from 1`);
  if (!(permit.decisionTerm.weeks > 0)) problems.push(`${where}: the decision term must be at least one week`);
  if (permit.steps.length === 0) problems.push(`${where}: a permit needs at least one step`);

  const stepIds = new Set<string>();
  const earlier = new Map<string, Question | Outcome>();
  // Items of repeating groups share the question ids' namespace: their texts live under the same keys.
  const itemIds = new Set<string>();
  for (const step of permit.steps) {
    if (stepIds.has(step.id)) problems.push(`${where}: step id "${step.id}" is used twice`);
    if (!ID_PATTERN.test(step.id)) problems.push(`${where}: step id "${step.id}" must be a camelCase word`);
    stepIds.add(step.id);
    if (step.questions.length === 0 && !step.outcome) problems.push(`${where}: step "${step.id}" has no questions and no outcome`);
    if (step.showIf) problems.push(...checkCondition(step.showIf, earlier, `${where} step "${step.id}"`));
    for (const question of step.questions) {
      const at = `${where} question "${question.id}"`;
      if (earlier.has(question.id) || itemIds.has(question.id)) problems.push(`${at}: id is used twice`);
      if (!ID_PATTERN.test(question.id)) problems.push(`${at}: id must be a camelCase word`);
      if (question.showIf) problems.push(...checkCondition(question.showIf, earlier, at));
      if (question.prefillFrom !== undefined) {
        const source = earlier.get(question.prefillFrom);
        if (!source || !('type' in source)) problems.push(`${at}: prefillFrom "${question.prefillFrom}" must be an earlier question`);
        else if (source.type !== question.type) problems.push(`${at}: prefillFrom "${question.prefillFrom}" has another type`);
      }
      problems.push(...typeDefinitionProblems(question, at));
      // A group's items share the definition's id namespace and read each other: only a group has them.
      if (question.type === 'group') problems.push(...checkGroupItems(question, itemIds, at));
      earlier.set(question.id, question);
    }
    if (step.outcome) {
      problems.push(...checkOutcome(step.outcome, permit.id, earlier, permitIds, `${where} outcome "${step.outcome.id}"`));
      earlier.set(step.outcome.id, step.outcome);
    }
  }

  if (permit.contactChannelQuestion !== undefined) {
    const found = earlier.get(permit.contactChannelQuestion);
    const channel = found && 'type' in found ? found : undefined;
    if (channel?.type !== 'choice' || CONTACT_CHANNELS.some((value) => !channel.options.includes(value)) || channel.options.length !== CONTACT_CHANNELS.length) {
      problems.push(`${where}: contactChannelQuestion "${permit.contactChannelQuestion}" must be a choice question with exactly the options ${CONTACT_CHANNELS.join(', ')}`);
    }
  }

  for (const fee of permit.fees ?? []) {
    if (!Number.isInteger(fee.amountCents) || fee.amountCents < 0) problems.push(`${where} fee "${fee.id}": amount must be whole cents`);
    // Checked here too for definitions built from data, which TypeScript does not see.
    if (typeof fee.keptWhenRefused !== 'boolean') problems.push(`${where} fee "${fee.id}": keptWhenRefused must say whether a refusal costs this too`);
    if (fee.showIf) problems.push(...checkCondition(fee.showIf, earlier, `${where} fee "${fee.id}"`));
  }

  for (const [language, catalogue] of Object.entries(catalogues)) {
    for (const key of requiredTextKeys(permit)) {
      if (typeof catalogue[key] === 'string' ? !catalogue[key].trim() : !catalogue[key]) problems.push(`${where}: text "${key}" is missing in "${language}"`);
    }
  }
  return problems;
}

/**
 * A group's items have ids of their own, are of types an entry can ask, and have conditions that
 * read earlier items of the same entry (the group's own settings are its type's definition problems).
 */
function checkGroupItems(group: GroupQuestion, itemIds: Set<string>, at: string): string[] {
  const problems: string[] = [];
  const earlierItems = new Map<string, Question>();
  for (const item of group.items) {
    const itemAt = `${at} item "${item.id}"`;
    if (itemIds.has(item.id) || item.id === group.id) problems.push(`${itemAt}: id is used twice`);
    if (!ID_PATTERN.test(item.id)) problems.push(`${itemAt}: id must be a camelCase word`);
    // Checked here too for definitions built from data, which TypeScript does not see.
    if (!canAskInGroups(item.type)) problems.push(`${itemAt}: a group cannot ask a question of type "${item.type}"`);
    if (item.prefillFrom !== undefined) problems.push(`${itemAt}: items are not prefilled`);
    if (item.showIf) problems.push(...checkCondition(item.showIf, earlierItems, itemAt));
    problems.push(...typeDefinitionProblems(item, itemAt));
    itemIds.add(item.id);
    earlierItems.set(item.id, item);
  }
  return problems;
}

/**
 * An outcome needs a fallback as its last result and reasons on every other; its reasons read
 * earlier questions only; a handover goes to another permit the product offers.
 */
function checkOutcome(outcome: Outcome, permitId: string, earlier: ReadonlyMap<string, Question | Outcome>, permitIds: readonly string[] | undefined, at: string): string[] {
  const problems: string[] = [];
  if (!ID_PATTERN.test(outcome.id)) problems.push(`${at}: id must be a camelCase word`);
  if (earlier.has(outcome.id)) problems.push(`${at}: id is already used by a question or outcome`);
  const values = outcome.results.map((result) => result.value);
  if (values.length < 2 || new Set(values).size !== values.length) problems.push(`${at}: needs at least two different results`);
  if (values.some((value) => !ID_PATTERN.test(value))) problems.push(`${at}: result values must be camelCase words`);
  outcome.results.forEach((result, index) => {
    const last = index === outcome.results.length - 1;
    if (last && result.reasons) problems.push(`${at}: the last result "${result.value}" is the fallback and has no reasons`);
    if (!last && !result.reasons?.length) problems.push(`${at}: result "${result.value}" needs at least one reason`);
    for (const reason of result.reasons ?? []) problems.push(...checkCondition(reason.when, earlier, `${at} reason "${reason.id}"`));
    if (result.handover !== undefined && (result.handover === permitId || (permitIds !== undefined && !permitIds.includes(result.handover)))) {
      problems.push(`${at}: result "${result.value}" hands over to "${result.handover}", which is not another permit`);
    }
  });
  const reasonIds = outcome.results.flatMap((result) => (result.reasons ?? []).map((reason) => reason.id));
  if (new Set(reasonIds).size !== reasonIds.length) problems.push(`${at}: reason ids must be unique`);
  return problems;
}

/** A condition may only read questions asked (or outcomes judged) before it, with values they can have. */
function checkCondition(condition: Condition, earlier: ReadonlyMap<string, Question | Outcome>, at: string): string[] {
  const problems = conditionQuestions(condition)
    .filter((id) => !earlier.has(id))
    .map((id) => `${at}: condition reads "${id}", which is not an earlier question`);
  for (const { question, someEntry } of entryConditions(condition)) {
    const group = earlier.get(question);
    if (!group || !('type' in group) || group.type !== 'group') problems.push(`${at}: someEntry reads "${question}", which is not a group`);
    else problems.push(...checkCondition(someEntry, new Map(group.items.map((item) => [item.id, item])), `${at} someEntry`));
  }
  const values = comparedValues(condition);
  for (const [id, value] of values) {
    const question = earlier.get(id);
    if (question && !canBe(question, value)) problems.push(`${at}: condition compares "${id}" with ${JSON.stringify(value)}, which it can never be`);
  }
  return problems;
}

function entryConditions(condition: Condition): Array<{ readonly question: string; readonly someEntry: Condition }> {
  if ('all' in condition) return condition.all.flatMap(entryConditions);
  if ('any' in condition) return condition.any.flatMap(entryConditions);
  if ('not' in condition) return entryConditions(condition.not);
  return 'someEntry' in condition ? [condition] : [];
}

/** The values a condition compares questions with; a `someEntry` condition's values are checked against the group's items. */
function comparedValues(condition: Condition): Array<[string, AnswerScalar]> {
  if ('all' in condition) return condition.all.flatMap(comparedValues);
  if ('any' in condition) return condition.any.flatMap(comparedValues);
  if ('not' in condition) return comparedValues(condition.not);
  if ('equals' in condition) return [[condition.question, condition.equals]];
  if ('oneOf' in condition) return condition.oneOf.map((value): [string, AnswerScalar] => [condition.question, value]);
  if ('includes' in condition) return [[condition.question, condition.includes]];
  if ('atLeast' in condition) return [[condition.question, condition.atLeast]];
  if ('atMost' in condition) return [[condition.question, condition.atMost]];
  return [];
}

/** Whether a question's answer, or an outcome's result, can ever be `value`. */
function canBe(question: Question | Outcome, value: AnswerScalar): boolean {
  return 'results' in question ? question.results.some((result) => result.value === value) : canHold(question, value);
}
