import { Fragment, type ComponentChildren } from 'preact';
import type { AddressQuestion, Answers, DateTimeRangeQuestion } from '../../wizard';
import { describedBy, fieldIds } from './fieldIds';
import type { FieldProps } from './FieldProps';
import { ErrorMessage, FieldsetIntro, Hint, hintText } from './FieldText';

/** One box of a question answered in parts (an address, a period). */
export interface TextPart {
  readonly part: string;
  /** Message key of the box's label. */
  readonly label: string;
  /** Message key of an example under the label, tied to the box with `aria-describedby`. */
  readonly hint?: string;
  readonly autocomplete: string;
  readonly width: string;
  readonly optional?: boolean;
  readonly inputMode?: 'numeric' | 'text';
  /** Characters. */
  readonly maxLength: number;
}

/** The boxes of a question answered in parts, and what a question shows around them. */
export interface PartsFieldOptions {
  readonly parts: readonly TextPart[];
  /** Shown before the first box (an address's lookup hint, addresses given earlier). */
  readonly before?: ComponentChildren;
  /** Shown right after one box (what the address lookup found, after the number). */
  readonly after?: { readonly part: string; readonly content: ComponentChildren };
  /** One more description of the whole group, by element id. */
  readonly describedById?: string;
}

/**
 * A question answered in several labelled boxes, in a fieldset whose legend is the question, so
 * each box is announced with it. Each part has its own label, its own example and its own error
 * (`questionId.part`), so the error summary can take the person to the one box that is wrong.
 */
export function PartsField({ permit, question, name, translator, register, errors, answers, headingRef, staffNote, toolsFor, pointedError, parts, before, after, describedById }: FieldProps<AddressQuestion | DateTimeRangeQuestion> & PartsFieldOptions) {
  const hint = hintText(translator, permit, question);
  const groupError = errors.get(name);
  // An error about the whole question (nothing filled in) is carried by each box that needs input,
  // so the summary's link and a screen reader land on a box that says what is missing.
  const wholeError = groupError ? fieldIds.error(name) : question.optional ? undefined : pointedError;
  const typed = typedParts(valueAt(answers, name));
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field${groupError ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(hint && fieldIds.hint(name), describedById, groupError && fieldIds.error(name))}
    >
      <FieldsetIntro permit={permit} question={question} name={name} translator={translator} headingRef={headingRef} staffNote={staffNote} toolsFor={toolsFor} hint={hint} error={groupError} />
      {before}
      {parts.map(({ part, label, hint: partHint, autocomplete, width, optional, inputMode, maxLength }) => {
        const field = `${name}.${part}`;
        const error = errors.get(field);
        const pointed = !error && !optional && !typed[part]?.trim() ? wholeError : undefined;
        const invalid = Boolean(error ?? pointed);
        return (
          <Fragment key={part}>
            <div class={`utrecht-form-field utrecht-form-field--text hv-field hv-field-part${invalid ? ' utrecht-form-field--invalid' : ''}`}>
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for={fieldIds.input(field)}>
                  {translator.t(label)}
                  {optional && <span class="hv-optional"> {translator.t('field.optional')}</span>}
                </label>
              </div>
              <Hint id={fieldIds.hint(field)} text={partHint && translator.t(partHint)} />
              <ErrorMessage id={fieldIds.error(field)} message={error} translator={translator} />
              <div class="utrecht-form-field__input">
                <input
                  class={`utrecht-textbox utrecht-textbox--html-input ${width}${invalid ? ' utrecht-textbox--invalid' : ''}`}
                  type="text"
                  // An answer runs in its own script's direction: a postcode or a time stays in order on a right-to-left page.
                  dir="auto"
                  id={fieldIds.input(field)}
                  autoComplete={autocomplete}
                  inputMode={inputMode}
                  maxLength={maxLength}
                  aria-required={optional || question.optional ? undefined : true}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={describedBy(partHint && fieldIds.hint(field), error && fieldIds.error(field), pointed)}
                  {...register(field)}
                />
              </div>
            </div>
            {after?.part === part && after.content}
          </Fragment>
        );
      })}
    </fieldset>
  );
}

/** The answer at a form path (`homeAddress`, or `pitchDays.1.pitchDay` inside an entry). */
function valueAt(answers: Answers, name: string): unknown {
  return name.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), answers);
}

/** The parts typed so far; anything else counts as nothing typed. */
function typedParts(value: unknown): Partial<Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
