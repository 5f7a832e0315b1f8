import type { AnswerValue, Answers, Condition, GroupEntry } from './definition';

/**
 * Whether a condition holds for the given *normalised* answers. An unanswered question never
 * equals anything, so a follow-up question stays hidden until its trigger is answered.
 */
export function isConditionMet(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => isConditionMet(part, answers));
  if ('any' in condition) return condition.any.some((part) => isConditionMet(part, answers));
  if ('not' in condition) return !isConditionMet(condition.not, answers);
  const answer = answers[condition.question];
  if ('someEntry' in condition) {
    return Array.isArray(answer) && (answer as readonly unknown[]).some((entry) => isGroupEntry(entry) && isConditionMet(condition.someEntry, entry));
  }
  if ('answered' in condition) return isAnswered(answer) === condition.answered;
  if ('equals' in condition) return answer === condition.equals;
  if ('oneOf' in condition) return condition.oneOf.some((value) => value === answer);
  if ('atLeast' in condition) return typeof answer === 'number' && answer >= condition.atLeast;
  if ('atMost' in condition) return typeof answer === 'number' && answer <= condition.atMost;
  return Array.isArray(answer) && (answer as readonly unknown[]).includes(condition.includes);
}

/**
 * Empty strings, empty lists, all-empty addresses, groups without a filled-in entry and absent
 * values count as "not answered".
 */
export function isAnswered(answer: AnswerValue | undefined): boolean {
  // Form libraries report an untouched radio group as null, whatever the types say.
  if (answer === undefined || answer === null) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  // A list of options or files counts when it has any; a group's list only with a filled-in entry.
  if (Array.isArray(answer)) return (answer as readonly unknown[]).some((item) => !isGroupEntry(item) || isEntryFilled(item));
  if (typeof answer === 'object') return Object.values(answer).some((part) => typeof part === 'string' && part.trim() !== '');
  return true;
}

/** A plain record: one entry of a repeating group (or a file's description, which counts as filled). */
export function isGroupEntry(value: unknown): value is GroupEntry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the person typed or chose anything in a group's entry; a blank entry is not sent. */
export function isEntryFilled(entry: GroupEntry): boolean {
  return Object.values(entry).some((answer) => isAnswered(answer));
}

/**
 * The question ids a condition reads, for the definition check. A `someEntry` condition reads the
 * group; what it reads inside the entries is checked against the group's items.
 */
export function conditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  if ('not' in condition) return conditionQuestions(condition.not);
  return [condition.question];
}
