import { isAnswered, isConditionMet, isEntryFilled, isGroupEntry } from '../conditions';
import type { AnswerValue, GroupEntry, GroupItemAnswer, GroupItemQuestion, GroupQuestion } from '../definition';
import type { FieldError } from '../FieldError';
import type { NormalizedAnswer } from '../NormalizedAnswer';

/** How one item is checked: exactly like a question of its type (passed in, so this module stays below the registry that lists the group). */
export type NormalizeItem = (question: GroupItemQuestion, raw: AnswerValue | undefined, today: string) => NormalizedAnswer;

/** One item an entry asks, with its answer checked. */
export interface JudgedItem {
  readonly item: GroupItemQuestion;
  readonly normalized: NormalizedAnswer;
}

/**
 * The items an entry asks, in order, each judged on the valid answers before it in the same
 * entry, as questions on a step are: a foreign plate's entry asks for the country's plate, not the
 * Dutch one.
 */
export function judgeEntry(group: GroupQuestion, entry: GroupEntry, today: string, normalizeItem: NormalizeItem): JudgedItem[] {
  const valid: Record<string, AnswerValue> = {};
  const judged: JudgedItem[] = [];
  for (const item of group.items) {
    if (item.showIf && !isConditionMet(item.showIf, valid)) continue;
    const normalized = normalizeItem(item, entry[item.id], today);
    if (normalized.status === 'valid') valid[item.id] = normalized.value;
    judged.push({ item, normalized });
  }
  return judged;
}

/** Fewest entries a group needs: `minEntries`, else one, or none when the question is optional. */
export function minEntries(group: GroupQuestion): number {
  return group.minEntries ?? (group.optional ? 0 : 1);
}

/**
 * Checks a repeating group's entries and returns the filled-in ones as they are sent: each with
 * the normalised answers of the items it asks. A blank entry (added, then left empty) is left out
 * rather than refused. Errors name the entry by its place in the list the person sees, e.g.
 * `vehicles.1.kenteken`, so the error summary can take them to that box.
 */
export function normalizeGroup(group: GroupQuestion, raw: AnswerValue, today: string, normalizeItem: NormalizeItem): NormalizedAnswer {
  const entries: readonly unknown[] = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw) || !entries.every(isGroupEntry)) return { status: 'invalid', errors: [{ field: group.id, code: 'answer.wrongType' }] };
  const errors: FieldError[] = [];
  const value: GroupEntry[] = [];
  (entries as readonly GroupEntry[]).forEach((entry, index) => {
    if (!isEntryFilled(entry)) return;
    const at = `${group.id}.${index}.`;
    const normalizedEntry: Record<string, GroupItemAnswer> = {};
    for (const { item, normalized } of judgeEntry(group, entry, today, normalizeItem)) {
      // An item's type is one an entry can ask, so its normalised answer is one an entry can hold.
      if (normalized.status === 'valid') normalizedEntry[item.id] = normalized.value as GroupItemAnswer;
      else if (normalized.status === 'invalid') errors.push(...normalized.errors.map((error) => ({ ...error, field: at + error.field })));
      else if (!item.optional) errors.push({ field: at + item.id, code: 'required' });
    }
    value.push(normalizedEntry);
  });
  if (value.length === 0) return { status: 'empty' };
  if (value.length < minEntries(group)) errors.push({ field: group.id, code: 'group.tooFew', params: { min: minEntries(group) } });
  if (value.length > group.maxEntries) errors.push({ field: group.id, code: 'group.tooMany', params: { max: group.maxEntries } });
  return errors.length > 0 ? { status: 'invalid', errors } : { status: 'valid', value };
}

/**
 * Answers in a group's entries that no item asks: an unknown item, or an item the entry's own
 * answers hide. The intake service refuses them (data minimisation), as it does at the top level;
 * the wizard keeps them in the draft and simply does not send them.
 */
export function strayEntryAnswers(group: GroupQuestion, raw: AnswerValue | undefined, today: string, normalizeItem: NormalizeItem): FieldError[] {
  if (!Array.isArray(raw)) return [];
  const known = new Set(group.items.map((item) => item.id));
  return (raw as readonly unknown[]).flatMap((entry, index) => {
    if (!isGroupEntry(entry)) return [];
    const asked = new Set(judgeEntry(group, entry, today, normalizeItem).map(({ item }) => item.id));
    return Object.entries(entry).flatMap(([itemId, answer]): FieldError[] => {
      const field = `${group.id}.${index}.${itemId}`;
      if (!known.has(itemId)) return [{ field, code: 'answer.unknown' }];
      return !asked.has(itemId) && isAnswered(answer) ? [{ field, code: 'answer.hidden' }] : [];
    });
  });
}
