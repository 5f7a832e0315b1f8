import { isGroupEntry } from './conditions';
import type { GroupEntry, GroupItemQuestion, GroupQuestion, Question } from './definition';
import { judgeEntry, normalizeAnswer } from './questionTypes';

/*
 * What the screens need to show a repeating group: which items an entry asks now, and which
 * question a field path such as `vehicles.1.kenteken` belongs to.
 */

/** The items an entry asks with the answers typed in it so far (a foreign plate's entry asks for the country's plate). */
export function visibleEntryItems(group: GroupQuestion, entry: unknown, today: string): GroupItemQuestion[] {
  return judgeEntry(group, isGroupEntry(entry) ? entry : {}, today, normalizeAnswer).map(({ item }) => item);
}

/** Where an error's field path points: the question, and for an item of a group, which entry of which group (index from 0). */
export interface FieldLocation {
  readonly question: Question;
  readonly entry?: { readonly group: GroupQuestion; readonly index: number };
}

/**
 * The question a field path belongs to among `questions`: `homeAddress.postcode` → the address
 * question, `vehicles.1.kenteken` → the `kenteken` item in the second entry of `vehicles`.
 */
export function locateField(questions: readonly Question[], field: string): FieldLocation | undefined {
  const [rootId, index, itemId] = field.split('.');
  const question = questions.find((candidate) => candidate.id === rootId);
  if (question?.type !== 'group' || index === undefined || !/^\d+$/.test(index)) return question && { question };
  const item = question.items.find((candidate) => candidate.id === itemId);
  return item ? { question: item, entry: { group: question, index: Number(index) } } : { question };
}
