import type { Application } from '../contract/apiTypes';
import type { FieldError } from '../../src/wizard';
import { validatePlainText, type TextKind } from '../../src/validation';

/** The texts outside the answers that may run over several lines. */
const MULTI_LINE_FIELDS: ReadonlySet<string> = new Set(['assistance.internalNote']);

/**
 * Every text of an application that holds a character `validatePlainText` refuses, as field errors
 * (`text.unsafe`), so nothing of the kind is stored and NUL never reaches PostgreSQL. The engine has
 * already judged each answer it asks by its question (one line or several, file names); this looks
 * at the rest, keys included: the employee's name, desk and note (several lines), the client's
 * fields, and answers the engine had no reason to read, such as a blank answer to a hidden question,
 * which would otherwise be kept in the stored application as sent. Those are held to the most
 * lenient rule (`lines`), so nothing the wizard sends is refused here.
 */
export function unsafeTextErrors(application: Application): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (value: unknown, path: readonly string[]): void => {
    const dotted = path.join('.');
    const inAnswers = path[0] === 'answers';
    const field = (inAnswers ? path.slice(1).join('.') : dotted).slice(0, 100);
    const kind: TextKind = inAnswers || MULTI_LINE_FIELDS.has(dotted) ? 'lines' : 'line';
    if (typeof value === 'string') {
      if (!validatePlainText(value, kind).ok) errors.push({ field, code: 'text.unsafe' });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Object.entries(value)) {
      if (!validatePlainText(key, 'line').ok) errors.push({ field: [...path, key].slice(inAnswers ? 1 : 0).join('.').slice(0, 100), code: 'text.unsafe' });
      else visit(item, [...path, key]);
    }
  };
  visit(application, []);
  return errors;
}
