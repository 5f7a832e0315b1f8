import { findDefinition } from '../definitions';
import { isFileQuestion, type AnswerValue, type FileAnswer } from '../wizard';
import type { Application } from './Application';
import type { LostFile } from './LostFile';

/**
 * The application without the file answers `isKept` says are gone, each noted in `lostFiles` so
 * its question says plainly that it must be added again: a file never disappears without a word.
 */
export function withoutLostFiles(application: Application, isKept: (file: FileAnswer) => boolean): Application {
  const questionIds = fileQuestionIds(application.permitId);
  const lost: LostFile[] = [];
  const answers: Record<string, AnswerValue | undefined> = { ...application.answers };
  for (const questionId of questionIds) {
    const files = answers[questionId];
    if (!Array.isArray(files)) continue;
    const kept = (files as readonly FileAnswer[]).filter((file) => {
      if (isKept(file)) return true;
      lost.push({ questionId, name: file.name });
      return false;
    });
    answers[questionId] = kept;
  }
  if (lost.length === 0) return application;
  return { ...application, answers, lostFiles: [...(application.lostFiles ?? []), ...lost] };
}

/** The application's lost files minus those of questions that got a new file in `answers`. */
export function lostFilesAfterChange(application: Application, answers: Readonly<Record<string, AnswerValue | undefined>>): readonly LostFile[] | undefined {
  if (!application.lostFiles) return undefined;
  const addedTo = (questionId: string) => {
    const before = new Set(refsOf(application.answers[questionId]));
    return refsOf(answers[questionId]).some((ref) => !before.has(ref));
  };
  const left = application.lostFiles.filter((file) => !(file.questionId in answers && addedTo(file.questionId)));
  return left.length > 0 ? left : undefined;
}

export function fileQuestionIds(permitId: string): string[] {
  const permit = findDefinition(permitId);
  return permit?.steps.flatMap((step) => step.questions.filter(isFileQuestion).map((question) => question.id)) ?? [];
}

function refsOf(answer: AnswerValue | undefined): string[] {
  return Array.isArray(answer) ? (answer as readonly FileAnswer[]).flatMap((file) => (file.ref ? [file.ref] : [])) : [];
}
