import type { AnswerValue, FileQuestion } from './definition';
import type { FieldError } from './FieldError';

/** What an application says about a file: the rest of a typed file answer stays on the tablet. */
const SENT_FILE_FIELDS: ReadonlySet<string> = new Set(['name', 'type', 'size']);

/**
 * Fields of a file answer other than name, type and size. The intake service refuses them, as it
 * refuses unknown fields everywhere else (data minimisation, and nothing unchecked is stored with
 * the application); the wizard keeps its own `ref` in the draft and never sends it.
 */
export function strayFileFields(question: FileQuestion, raw: AnswerValue | undefined): FieldError[] {
  if (!Array.isArray(raw)) return [];
  return (raw as readonly unknown[]).flatMap((file) =>
    typeof file === 'object' && file !== null
      ? Object.keys(file)
          .filter((field) => !SENT_FILE_FIELDS.has(field))
          .map((field) => ({ field: `${question.id}.${field}`.slice(0, 100), code: 'answer.unknown' }))
      : [],
  );
}
