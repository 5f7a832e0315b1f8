import { deskForm } from '../definitions';
import { fitAnswer, type AnswerValue, type Answers, type GroupItemAnswer, type PermitDefinition } from '../wizard';
import type { Draft } from '../deviceDatabase';

/** Something the person should be told after their draft moved to a newer form (shown as "what changed"). */
export type DraftChange =
  /**
   * An answer was dropped: its question is gone, asks for another kind of answer now, or the chosen
   * option no longer exists.
   */
  | { readonly kind: 'answerRemoved'; readonly questionId: string; readonly reason: 'questionRemoved' | 'typeChanged' | 'optionRemoved' }
  /** Some choices of a multiple-choice answer, or some items of a group's entries, no longer exist; the others are kept. */
  | { readonly kind: 'optionsRemoved'; readonly questionId: string; readonly values: readonly string[] }
  /** The step the person was on is gone; the wizard resumes at the first unfinished step. */
  | { readonly kind: 'stepRemoved'; readonly stepId: string };

export interface MigratedDraft {
  readonly draft: Draft;
  readonly changes: readonly DraftChange[];
}

/**
 * Makes a draft fit the definition it is opened with (docs/offline.md, guarantee 9: a form update
 * never makes a draft unopenable). With the same version nothing changes. Otherwise answers to
 * questions that still exist and still take that shape of answer are kept (each question type says
 * which: `fitAnswer`); the rest are dropped and reported, and the draft gets the definition's version. Old definitions are not kept, so "the type
 * changed" is judged by whether the raw answer has a shape the question's type takes now (a text
 * answer stays valid for a long-text question). Never throws.
 *
 * @param definition the definition of the draft's permit, as the app has it now.
 */
export function openDraftWithDefinition(draft: Draft, definition: PermitDefinition): MigratedDraft {
  if (draft.permitVersion === definition.version) return { draft, changes: [] };
  // "On whose behalf" and the desk's record are kept with the permit's answers (`deskForm`, which starts with `onBehalfForm`'s step).
  const questions = new Map([...deskForm.steps, ...definition.steps].flatMap((step) => step.questions.map((question) => [question.id, question] as const)));
  const answers: Record<string, AnswerValue> = {};
  const changes: DraftChange[] = [];

  // A question that became an item of a repeating group (one licence plate → several) takes its
  // answer into the group's first entry, unless the draft already has entries.
  const groupOfItem = new Map(
    [...questions.values()].flatMap((question) => (question.type === 'group' ? question.items.map((item) => [item.id, question] as const) : [])),
  );
  const firstEntries = new Map<string, Record<string, GroupItemAnswer>>();

  for (const [questionId, answer] of Object.entries(draft.answers as Answers)) {
    if (answer === undefined) continue;
    const group = questions.has(questionId) ? undefined : groupOfItem.get(questionId);
    const item = group?.items.find((candidate) => candidate.id === questionId);
    if (group && item && draft.answers[group.id] === undefined) {
      const fitted = fitAnswer(item, answer);
      if (fitted.kind === 'removed') changes.push({ kind: 'answerRemoved', questionId, reason: fitted.reason });
      else firstEntries.set(group.id, { ...firstEntries.get(group.id), [questionId]: fitted.value as GroupItemAnswer });
      continue;
    }
    const question = questions.get(questionId);
    const fitted = question ? fitAnswer(question, answer) : { kind: 'removed', reason: 'questionRemoved' } as const;
    if (fitted.kind === 'removed') {
      changes.push({ kind: 'answerRemoved', questionId, reason: fitted.reason });
      continue;
    }
    answers[questionId] = fitted.value;
    if (fitted.kind === 'trimmed') changes.push({ kind: 'optionsRemoved', questionId, values: fitted.removed });
  }

  for (const [groupId, entry] of firstEntries) answers[groupId] = [entry];

  const stepExists = draft.stepId === undefined || definition.steps.some((step) => step.id === draft.stepId);
  if (!stepExists && draft.stepId !== undefined) changes.push({ kind: 'stepRemoved', stepId: draft.stepId });
  const { stepId: _dropped, ...withoutStep } = draft;
  return {
    draft: { ...(stepExists ? draft : withoutStep), permitVersion: definition.version, answers },
    changes,
  };
}
