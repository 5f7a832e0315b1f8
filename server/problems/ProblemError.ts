import type { FieldProblem } from '../contract/apiTypes';
import type { FieldError, PermitDefinition } from '../../src/wizard';
import { problemStatus, type ProblemType } from './problemTypes';

/**
 * A refusal on its way to the client as RFC 9457 problem details. Thrown by hooks and routes and
 * turned into `application/problem+json` by the one error handler, so every refusal looks the same.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly status: number;

  constructor(
    readonly type: ProblemType,
    readonly extras: {
      /** Problems per answer; their messages are made in the client's language when sent. */
      readonly fieldErrors?: readonly FieldError[];
      /** The form the field errors belong to, for question-specific messages. */
      readonly permit?: PermitDefinition;
      /** Already worded problems (e.g. about the application's structure). */
      readonly fieldProblems?: readonly FieldProblem[];
      /** Seconds, sent as `Retry-After` (RFC 9110 §10.2.3). */
      readonly retryAfterSeconds?: number;
      /** Values for `{name}` placeholders in the detail text. */
      readonly params?: Readonly<Record<string, string | number>>;
      /** The application a parked draft already became (`draft-already-sent`, `parked-draft-sent`). */
      readonly reference?: string;
    } = {},
  ) {
    super(type);
    this.status = problemStatus[type];
  }
}
