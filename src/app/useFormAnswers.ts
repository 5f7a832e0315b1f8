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
  const [, renderAgain] = useState(0);
  useEffect(() => {
    // Summed up after the step is shown, not while it is built: the step's first frame waits for nothing of this.
    const summary = (values: FieldValues) => latest.current.shownBy({ ...latest.current.saved, ...(values as Answers) });
    let shown = summary(form.getValues());
    const subscription = form.watch((values) => {
      const now = summary(values);
      if (now === shown) return;
      shown = now;
      renderAgain((count) => count + 1);
    });
    return () => subscription.unsubscribe();
  }, [form]);
  return { ...saved, ...(form.getValues() as Answers) };
}
