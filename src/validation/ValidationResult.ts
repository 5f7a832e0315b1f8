/**
 * The outcome of one validator.
 *
 * - `ok: true` carries `value`: the canonical form to store and send (the intake service validates it again and
 *   must get the same value back, so every validator accepts its own output unchanged).
 * - `ok: false` carries `code`: a short stable key such as `bsn.checksum`. The UI shows the message
 *   `validation.<code>` from the message catalogues and fills its `{name}` placeholders from `params`.
 *
 * Errors are values, not exceptions: a person typing something wrong is normal, not exceptional.
 *
 * @typeParam T - type of the canonical value; defaults to `string`.
 * @typeParam C - the codes a validator can emit. Each validator narrows this to its own codes; the default
 *   `string` lets the wizard combine these results with its own checks (such as "required").
 */
export type ValidationResult<T = string, C extends string = string> =
  | { ok: true; value: T }
  | { ok: false; code: C; params?: Record<string, string | number> };
