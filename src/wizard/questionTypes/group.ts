import { isGroupEntry } from '../conditions';
import type { AnswerValue, GroupEntry, GroupItemAnswer, GroupItemQuestion, GroupQuestion, PermitDefinition } from '../definition';
import type { NormalizedAnswer } from '../NormalizedAnswer';
import { textKeys } from '../textKeys';
import { TYPE_CHANGED } from './fitByShape';
import { minEntries, normalizeGroup, strayEntryAnswers } from './normalizeGroup';
import type { AnswerLanguage, FittedAnswer, QuestionTypeBehaviour } from './QuestionTypeBehaviour';

/**
 * What a group asks of the engine for its items, which are questions of the other types: handed
 * in by the registry, so this module need not import the registry that lists it.
 */
export interface GroupItemEngine {
  normalize(question: GroupItemQuestion, raw: AnswerValue | undefined, today: string): NormalizedAnswer;
  fit(question: GroupItemQuestion, answer: AnswerValue): FittedAnswer;
  /** Every text key of the item: its label and why, and those of its type. */
  textKeys(permit: PermitDefinition, question: GroupItemQuestion): string[];
  show(permit: PermitDefinition, question: GroupItemQuestion, value: AnswerValue | undefined, language: AnswerLanguage): string;
  /** What the item holds in a new, blank entry. */
  blank(question: GroupItemQuestion): GroupItemAnswer | undefined;
}

/**
 * A repeating group: the same few items asked once per thing (see `GroupQuestion`). Its answer is
 * the list of entries; each item's answer in an entry is handled as a question of the item's type.
 */
export function groupType(items: GroupItemEngine): QuestionTypeBehaviour<GroupQuestion> {
  return {
    typedText: 'line',
    normalize: (question, raw, today) => normalizeGroup(question, raw, today, items.normalize),
    strayParts: (question, raw, today) => strayEntryAnswers(question, raw, today, items.normalize),
    fit: (question, answer) => fitEntries(question, answer, items.fit),
    canHold: () => false,
    definitionProblems(question, at) {
      const problems: string[] = [];
      if (question.items.length === 0) problems.push(`${at}: a group needs at least one item`);
      if (!Number.isInteger(question.maxEntries) || question.maxEntries < 1) problems.push(`${at}: maxEntries must be a whole number from 1`);
      const min = minEntries(question);
      if (!Number.isInteger(min) || min < 0 || min > question.maxEntries) problems.push(`${at}: minEntries must be a whole number from 0 to maxEntries`);
      return problems;
    },
    textKeys: (permit, question) => [
      textKeys.groupEntry(permit, question),
      textKeys.groupAdd(permit, question),
      textKeys.groupRemove(permit, question),
      ...question.items.flatMap((item) => items.textKeys(permit, item)),
    ],
    show: (value, { permit, question, t, tag }) =>
      Array.isArray(value) ? value.filter(isGroupEntry).map((entry, index) => showEntry(permit, question, entry, index, { t, tag }, items.show)).join('\n') : '',
    // The entries it needs (at least one, so its questions show at once).
    blank: (question) => Array.from({ length: Math.max(minEntries(question), 1) }, () => blankEntryWith(question, items.blank)),
    inGroups: false,
  };
}

/** A new, blank entry: with what each item holds before it is touched. */
export function blankEntryWith(group: GroupQuestion, blankItem: GroupItemEngine['blank']): GroupEntry {
  return Object.fromEntries(
    group.items.flatMap((item) => {
      const blank = blankItem(item);
      return blank === undefined ? [] : [[item.id, blank] as const];
    }),
  );
}

/** A group's entries with only the item answers that still fit; an entry left with none is dropped. */
function fitEntries(group: GroupQuestion, answer: AnswerValue, fitItem: GroupItemEngine['fit']): FittedAnswer {
  if (!Array.isArray(answer) || !(answer as readonly unknown[]).every(isGroupEntry)) return TYPE_CHANGED;
  const byId = new Map(group.items.map((item) => [item.id, item]));
  const removed: string[] = [];
  const entries = (answer as readonly GroupEntry[]).map((entry) => {
    const fittedEntry: Record<string, GroupItemAnswer> = {};
    for (const [itemId, value] of Object.entries(entry)) {
      const item = byId.get(itemId);
      const fitted = item ? fitItem(item, value) : undefined;
      // An item's type is one an entry can ask, so what still fits it is one an entry can hold.
      if (fitted && fitted.kind !== 'removed') fittedEntry[itemId] = fitted.value as GroupItemAnswer;
      else removed.push(itemId);
    }
    return fittedEntry;
  });
  const kept = entries.filter((entry) => Object.keys(entry).length > 0);
  if (kept.length === 0 && entries.length > 0) return TYPE_CHANGED;
  return removed.length === 0 ? { kind: 'kept', value: kept } : { kind: 'trimmed', value: kept, removed: [...new Set(removed)] };
}

/** "Kenteken 2: Buitenland, B-123-XY": the entry's title, then its answers in the order asked. */
function showEntry(permit: PermitDefinition, group: GroupQuestion, entry: GroupEntry, index: number, language: AnswerLanguage, showItem: GroupItemEngine['show']): string {
  const answers = group.items.filter((item) => entry[item.id] !== undefined).map((item) => showItem(permit, item, entry[item.id], language));
  return `${language.t(textKeys.groupEntry(permit, group), { number: index + 1 })}: ${answers.join(', ')}`;
}
