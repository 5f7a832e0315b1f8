import type { ComponentChildren, Ref } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../../i18n';
import { textKeys, type PermitDefinition, type Question } from '../../wizard';
import { TwoLanguages, useAlongside } from './Alongside';
import { dutchFormatNoteKey } from './dutchFormatNote';
import { fieldIds } from './fieldIds';
import type { FieldProps } from './FieldProps';
import { StepHeadingDescription } from './StepHeadingDescription';

/** The question's label text with "(niet verplicht)" for optional questions: one convention everywhere. */
export function QuestionLabel({ permit, question, translator }: { permit: PermitDefinition; question: Question; translator: Translator }) {
  const alongside = useAlongside();
  const label = (language: Translator) => (
    <>
      {language.t(textKeys.label(permit, question))}
      {question.optional && <span class="hv-optional"> {language.t('field.optional')}</span>}
    </>
  );
  return <TwoLanguages translator={translator} own={label(translator)} dutch={alongside && label(alongside.translator)} />;
}

/** Wraps a label or legend in the page's `<h1>` when the question is the step's only one. */
export function MaybeHeading({ headingRef, children }: { headingRef: Ref<HTMLHeadingElement> | undefined; children: ComponentChildren }) {
  const describedBy = useContext(StepHeadingDescription);
  if (!headingRef) return <>{children}</>;
  return (
    <h1 class="utrecht-heading-1 hv-question-heading" tabIndex={-1} ref={headingRef} aria-describedby={describedBy}>
      {children}
    </h1>
  );
}

/** "Hoe vul ik dit in?": shown when the catalogue has a hint for the question. */
export function Hint({ id, text, translator, dutch }: { id: string; text: string | undefined; translator?: Translator; dutch?: string | undefined }) {
  if (!text) return null;
  return (
    <div class="utrecht-form-field-description hv-hint" id={id}>
      {translator ? <TwoLanguages translator={translator} own={text} dutch={dutch} /> : text}
    </div>
  );
}

/** The question's hint in Dutch, for side by side at the desk (`undefined` when that is off). */
export function useDutchHint(permit: PermitDefinition, question: Question): string | undefined {
  const alongside = useAlongside();
  return alongside && hintText(alongside.translator, permit, question);
}

/**
 * "Waarom vragen we dit?": the charter promises to say why we need each answer. A native
 * `<details>` is reachable and operable by keyboard and screen reader without any script.
 */
export function WhyWeAsk({ permit, question, field, translator }: { permit: PermitDefinition; question: Question; field: string; translator: Translator }) {
  const alongside = useAlongside();
  return (
    <details class="hv-why" id={fieldIds.why(field)}>
      <summary>
        <TwoLanguages translator={translator} own={translator.t('field.whyWeAsk')} dutch={alongside?.translator.t('field.whyWeAsk')} />
      </summary>
      <p class="utrecht-paragraph">
        <TwoLanguages translator={translator} own={translator.t(textKeys.why(permit, question))} dutch={alongside?.translator.t(textKeys.why(permit, question))} />
      </p>
    </details>
  );
}

/**
 * Guidance for the employee beside the question, only in staff mode. A note with a visible label
 * read before its text, so a screen-reader user hears whose text it is and never takes it for part
 * of the question (it is not tied to the field with `aria-describedby` for the same reason).
 */
export function StaffNote({ text, translator }: { text: string | undefined; translator: Translator }) {
  if (!text) return null;
  return (
    <div class="hv-staff-note" role="note">
      <strong class="hv-staff-note__label">{translator.t('staff.noteLabel')}</strong> {text}
    </div>
  );
}

/**
 * What a question shown as a fieldset says before its boxes or options: the legend (the page's
 * heading when the question is alone on its step), the hint, its tools, why we ask, the staff note
 * and the error. One home, so a radio group, an address and a repeating group read alike.
 */
export function FieldsetIntro({
  permit,
  question,
  name,
  translator,
  headingRef,
  staffNote,
  toolsFor,
  hint,
  error,
}: Pick<FieldProps, 'permit' | 'question' | 'name' | 'translator' | 'headingRef' | 'staffNote' | 'toolsFor'> & { hint: string | undefined; error: string | undefined }) {
  return (
    <>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <MaybeHeading headingRef={headingRef}>
          <QuestionLabel permit={permit} question={question} translator={translator} />
        </MaybeHeading>
      </legend>
      <Hint id={fieldIds.hint(name)} text={hint} translator={translator} dutch={useDutchHint(permit, question)} />
      {toolsFor?.(question, name)}
      <WhyWeAsk permit={permit} question={question} field={name} translator={translator} />
      <StaffNote text={staffNote} translator={translator} />
      <ErrorMessage id={fieldIds.error(name)} message={error} translator={translator} />
    </>
  );
}

/** The inline error, starting with a visually hidden "Fout:" so it is not read as plain text. */
export function ErrorMessage({ id, message, translator }: { id: string; message: string | undefined; translator: Translator }) {
  const dutch = useAlongside()?.errors.get(id);
  if (!message) return null;
  return (
    <p class="utrecht-form-field-error-message hv-error-message" id={id}>
      <span class="hv-visually-hidden">{translator.t('error.prefix')}</span>{' '}
      <TwoLanguages translator={translator} own={message} dutch={dutch} />
    </p>
  );
}

/**
 * "Hoe vul ik dit in?": the permit's hint for the question, then, for a box that takes a Dutch
 * format whatever the language (a postcode, a BSN), the note that says so (`dutchFormatNoteKey`).
 */
export function hintText(translator: Translator, permit: PermitDefinition, question: Question): string | undefined {
  const key = textKeys.hint(permit, question);
  const note = dutchFormatNoteKey(question);
  const parts = [translator.has(key) ? translator.t(key) : undefined, note && translator.t(note)].filter((part) => part);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
