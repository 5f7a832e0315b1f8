import { addDays } from '../../../src/validation';
import {
  FILE_KIND_MIME,
  minEntries,
  normalizeAnswer,
  visibleEntryItems,
  visiblePlan,
  type AnswerScalar,
  type AnswerValue,
  type Answers,
  type Condition,
  type GroupEntry,
  type GroupItemAnswer,
  type GroupQuestion,
  type PermitDefinition,
  type Question,
  type TextFormat,
} from '../../../src/wizard';

/** A valid value per Dutch format, as a person would type it. */
const formatSamples: Record<TextFormat, string> = {
  bsn: '111222333',
  kvk: '12345678',
  vestigingsnummer: '000012345678',
  iban: 'NL91ABNA0417164300',
  kenteken: '12-ABC-3',
  postcode: '1234 AB',
};

/** Every value a condition, fee or outcome of the permit compares a question with. */
function comparedValues(permit: PermitDefinition): Map<string, AnswerScalar[]> {
  const values = new Map<string, AnswerScalar[]>();
  const add = (id: string, ...found: AnswerScalar[]): void => {
    values.set(id, [...(values.get(id) ?? []), ...found]);
  };
  const visit = (condition: Condition): void => {
    if ('all' in condition) return condition.all.forEach(visit);
    if ('any' in condition) return condition.any.forEach(visit);
    if ('not' in condition) return visit(condition.not);
    // What an entry condition compares belongs to the group's items (their ids are unique too).
    if ('someEntry' in condition) return visit(condition.someEntry);
    if ('equals' in condition) return add(condition.question, condition.equals);
    if ('oneOf' in condition) return add(condition.question, ...condition.oneOf);
    if ('includes' in condition) return add(condition.question, condition.includes);
    // Both sides of a bound, so the walk takes the route under and over a threshold.
    if ('atLeast' in condition) return add(condition.question, condition.atLeast, condition.atLeast - 1);
    if ('atMost' in condition) return add(condition.question, condition.atMost, condition.atMost + 1);
    add(condition.question);
  };
  for (const step of permit.steps) {
    if (step.showIf) visit(step.showIf);
    for (const question of step.questions) {
      if (question.showIf) visit(question.showIf);
      if (question.type === 'group') for (const item of question.items) if (item.showIf) visit(item.showIf);
    }
    for (const result of step.outcome?.results ?? []) for (const reason of result.reasons ?? []) visit(reason.when);
  }
  for (const fee of permit.fees ?? []) if (fee.showIf) visit(fee.showIf);
  return values;
}

/** A day that passes the date rules, as `dd-mm-jjjj`-free ISO (the engine accepts both). */
function sampleDate(rules: { notInFuture?: boolean; minDaysAhead?: number; maxDaysAhead?: number } | undefined, today: string): string {
  if (rules?.notInFuture) return '1960-05-01';
  return addDays(today, Math.min(Math.max(rules?.minDaysAhead ?? 0, 1) + 7, rules?.maxDaysAhead ?? Number.MAX_SAFE_INTEGER));
}

/** One answer that is valid for the question whatever the path. */
function sample(question: Question, today: string): AnswerValue {
  switch (question.type) {
    case 'text':
      return question.format ? formatSamples[question.format] : 'Voorbeeld';
    case 'longText':
      return 'Een korte uitleg in gewone woorden.';
    case 'number':
      return Math.max(question.min ?? 1, 1);
    case 'date':
      return sampleDate(question.rules, today);
    case 'dateTimeRange': {
      const day = sampleDate(question.rules, today);
      return { startDate: day, startTime: '10:00', endDate: day, endTime: '18:00' };
    }
    case 'choice':
    case 'multiChoice':
      return question.type === 'choice' ? (question.options[0] ?? '') : question.options.slice(0, 1);
    case 'yesNo':
      return 'no';
    case 'address':
      return { postcode: '1234 AB', houseNumber: '12', street: 'Dorpsstraat', city: 'Utrecht' };
    case 'email':
      return 'naam@example.nl';
    case 'phone':
      return '06 12345678';
    case 'file':
      return [{ name: 'bijlage.pdf', type: FILE_KIND_MIME[question.accept[0] ?? 'pdf'], size: 1000 }];
    case 'group':
      return [entryVariants(question, new Map(), today)[0] ?? {}];
  }
}

/** Every kind of entry a group can get: its items walked like questions, each answer that changes what the entry asks tried. */
function entryVariants(group: GroupQuestion, compared: Map<string, AnswerScalar[]>, today: string): GroupEntry[] {
  const variants: GroupEntry[] = [];
  const walk = (entry: GroupEntry, index: number): void => {
    const item = group.items[index];
    if (!item) {
      variants.push(entry);
      return;
    }
    if (!visibleEntryItems(group, entry, today).includes(item)) return walk(entry, index + 1);
    for (const value of candidates(item, compared, today)) walk(value === undefined ? entry : { ...entry, [item.id]: value as GroupItemAnswer }, index + 1);
  };
  walk({}, 0);
  return variants;
}

/**
 * The answers worth trying for a question: every option and yes and no when a condition reads it,
 * both sides of each threshold, and "left empty" for an optional question; else one valid sample.
 */
function candidates(question: Question, compared: Map<string, AnswerScalar[]>, today: string): Array<AnswerValue | undefined> {
  const read = compared.get(question.id);
  const values: Array<AnswerValue | undefined> = [];
  if (question.type === 'group') {
    // One entry of each kind, and (where more are allowed) all kinds together, so conditions on "some entry" go both ways.
    const variants = entryVariants(question, compared, today);
    const needed = Math.max(minEntries(question), 1);
    const atLeastNeeded = (entries: GroupEntry[]): GroupEntry[] => [...entries, ...Array.from({ length: needed - entries.length }, () => entries[0] ?? {})];
    values.push(...variants.map((entry) => atLeastNeeded([entry])));
    if (variants.length > 1 && question.maxEntries > 1) values.push(atLeastNeeded(variants.slice(0, question.maxEntries)));
    if (question.optional) values.push(undefined);
  } else if (read) {
    if (question.type === 'choice') values.push(...question.options);
    else if (question.type === 'multiChoice') values.push(...question.options.map((option) => [option]));
    else if (question.type === 'yesNo') values.push('yes', 'no');
    else values.push(...read);
    if (question.optional) values.push(undefined);
  }
  if (values.length === 0) values.push(sample(question, today));
  return values.filter((value) => value === undefined || normalizeAnswer(question, value, today).status === 'valid');
}

/**
 * Every path through a permit's conditions: walks its questions in order, trying each answer
 * that can change what is asked next, and returns the complete answer set of each path.
 */
export function walkPermitPaths(permit: PermitDefinition, today: string): Answers[] {
  const compared = comparedValues(permit);
  const questions = permit.steps.flatMap((step) => step.questions);
  const complete: Answers[] = [];
  const walk = (answers: Answers, index: number): void => {
    const question = questions[index];
    if (!question) {
      complete.push(answers);
      return;
    }
    const asked = visiblePlan(permit, answers, today).some((visible) => visible.questions.includes(question));
    if (!asked) return walk(answers, index + 1);
    for (const value of candidates(question, compared, today)) walk(value === undefined ? answers : { ...answers, [question.id]: value }, index + 1);
  };
  walk({}, 0);
  return complete;
}
