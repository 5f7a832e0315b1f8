import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { Answers } from '../wizard';

/**
 * Every answer of the application with what the step's form holds now, for a step's screen to
 * render from. The screen renders again only when a change alters `shownBy` (what it shows of the
 * answers: which questions, the step counter, an outcome), not with every keystroke: a text box
 * shows what is typed in it by itself, and rendering the whole step per keystroke was most of a
 * keystroke's script on a slow tablet (bench/interaction.ts). Replaces react-hook-form's `watch()`
 * in render, which renders the form with every change (https://react-hook-form.com/docs/useform/watch).
 *
 * @param saved the application's answers as saved (the form's own overrule them).
 * @param shownBy a summary of what the screen shows for the given answers; compared with `===`.
 */
export function useFormAnswers(form: UseFormReturn<FieldValues>, saved: Answers, shownBy: (answers: Answers) => string): Answers {
  const latest = useRef({ saved, shownBy });
  latest.current = { saved, shownBy };
  const [, setShown] = useState(() => shownBy({ ...saved, ...(form.getValues() as Answers) }));
  useEffect(() => {
    const subscription = form.watch((values) => {
      const { saved: answers, shownBy: summary } = latest.current;
      setShown(summary({ ...answers, ...(values as Answers) }));
    });
    return () => subscription.unsubscribe();
  }, [form]);
  return { ...saved, ...(form.getValues() as Answers) };
}
