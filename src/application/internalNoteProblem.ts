import { validatePlainText } from '../validation';
import type { Application } from './Application';

/**
 * Why the employee's internal note cannot go as it is, or `undefined` when it can: the intake
 * service holds it to the same rule as a multi-line answer (`validatePlainText`, several lines), so
 * a note with a control or invisible character pasted into it is caught on the check page, where
 * it can be fixed, instead of being refused once it has left the desk.
 *
 * @returns the code `text.unsafe`, or `undefined`.
 */
export function internalNoteProblem(application: Application): 'text.unsafe' | undefined {
  // Judged as it is sent: trimmed (`assistanceToSend`).
  const note = application.internalNote?.trim();
  if (!note) return undefined;
  const checked = validatePlainText(note, 'lines');
  return checked.ok ? undefined : checked.code;
}
