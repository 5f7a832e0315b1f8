import { fieldIds } from '../fields';
import { useTranslator } from './TranslatorContext';

interface PlainFieldProps {
  /** Id stem and form name; the error summary links to `fieldIds.input(name)`. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly type: 'text' | 'password';
  /** WCAG 1.3.5 and 3.3.8: `username`, `current-password`, `new-password` let password managers fill in. */
  readonly autoComplete: string;
  readonly inputMode?: 'text' | 'numeric';
  readonly maxLength: number;
  readonly width: 'hv-width-medium' | 'hv-width-full';
  /** What the box starts with (e.g. from a link); the person can change it. */
  readonly defaultValue?: string;
}

/**
 * One labelled text box outside the question engine (staff sign-in), with the same hint, error and
 * required conventions as a question. Uncontrolled: the form reads it on submit, and nothing typed
 * is cleared by an error. Paste is never blocked (WCAG 3.3.8).
 */
export function PlainField({ name, label, hint, error, type, autoComplete, inputMode = 'text', maxLength, width, defaultValue }: PlainFieldProps) {
  const translator = useTranslator();
  const hintId = hint ? fieldIds.hint(name) : undefined;
  const errorId = error ? fieldIds.error(name) : undefined;
  return (
    <div class={`utrecht-form-field utrecht-form-field--text hv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={fieldIds.input(name)}>
          {label}
        </label>
      </div>
      {hint && (
        <div class="utrecht-form-field-description hv-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p class="utrecht-form-field-error-message hv-error-message" id={errorId}>
          <span class="hv-visually-hidden">{translator.t('error.prefix')}</span> {error}
        </p>
      )}
      <div class="utrecht-form-field__input">
        <input
          id={fieldIds.input(name)}
          name={name}
          class={`utrecht-textbox utrecht-textbox--html-input ${width}${error ? ' utrecht-textbox--invalid' : ''}`}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          autoCapitalize="off"
          spellcheck={false}
          maxLength={maxLength}
          defaultValue={defaultValue}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        />
      </div>
    </div>
  );
}

/**
 * A staff PIN box: masked, a number keyboard on a tablet, and the `autoComplete` that tells a
 * password manager whether it is the current PIN or a new one (WCAG 3.3.8).
 */
export function PinField(props: Pick<PlainFieldProps, 'name' | 'label' | 'hint' | 'error'> & { readonly autoComplete: 'current-password' | 'new-password' }) {
  return <PlainField {...props} type="password" inputMode="numeric" maxLength={12} width="hv-width-medium" />;
}
