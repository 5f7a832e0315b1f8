import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { FieldValues, UseFormSetValue } from 'react-hook-form';
import { discardAttachment, keepAttachment, readAttachments, type Application } from '../application';
import type { FileStorage } from '../fields';
import type { Step } from '../wizard';
import type { Tablet } from './Tablet';

/**
 * Where a step's file questions keep their files (the device database, through the application),
 * and the work they do on a chosen file (shrinking a photo, keeping it) that "Volgende" must wait
 * for: a photo still being shrunk is part of the answer. Its own hook so the step screen only asks
 * `whenIdle()` before it checks the answers.
 */
export function useFileStorage(tablet: Tablet, permitId: string, step: Step, application: Application, setValue: UseFormSetValue<FieldValues>): { files: FileStorage; whenIdle: () => Promise<void> } {
  const busy = useRef(new Set<Promise<unknown>>());
  const files = useMemo<FileStorage>(
    () => ({
      keep: (questionId, file) => keepAttachment(tablet, permitId, questionId, file),
      discard: (ref) => discardAttachment(tablet, ref),
      read: (refs) => readAttachments(tablet, permitId, refs),
      whileBusy(work) {
        const tracked = work.catch(() => undefined).finally(() => busy.current.delete(tracked));
        busy.current.add(tracked);
      },
      lostNames: (questionId) => (application.lostFiles ?? []).filter((file) => file.questionId === questionId).map((file) => file.name),
    }),
    [permitId, application.lostFiles],
  );
  // Files found gone left the answers (`forgetFilesThatAreGone`): the form on screen follows, or its next change would bring them back.
  useEffect(() => {
    for (const file of application.lostFiles ?? []) {
      if (step.questions.some((question) => question.id === file.questionId)) setValue(file.questionId, application.answers[file.questionId] ?? []);
    }
  }, [application.lostFiles]);
  const whenIdle = async () => {
    while (busy.current.size > 0) await Promise.all(busy.current);
  };
  return { files, whenIdle };
}
