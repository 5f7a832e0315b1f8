import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useFieldArray } from 'react-hook-form';
import { blankEntry, isEntryFilled, isGroupEntry, minEntries, textKeys, todayIso, visibleEntryItems, type GroupEntry, type GroupItemQuestion, type GroupQuestion } from '../../wizard';
import { describedBy, fieldIds } from '../shared/fieldIds';
import type { FieldProps } from '../shared/FieldProps';
import { FieldsetIntro, hintText } from '../shared/FieldText';

/** Where focus goes after adding or removing an entry. */
type FocusTarget = { readonly kind: 'firstField' | 'entryTitle'; readonly index: number } | { readonly kind: 'add' };

/**
 * A repeating group ("add another" pattern): one fieldset per entry, titled "Kenteken 1",
 * "Kenteken 2"…, each asking the group's items, with a button to remove it (never below the entries
 * needed) and one to add another (never beyond the most allowed). Adding puts focus in the new
 * entry's first box; removing puts it on the title of the entry that took its place, or on "add"
 * when none is left, so keyboard and screen-reader users are never dropped at the top of the page
 * (WCAG 2.4.3); what happened is said in a polite live region (WCAG 4.1.3). An entry removed with
 * answers in it can be put back at its place with one button, until another is removed.
 */
export function GroupField(props: FieldProps<GroupQuestion> & { readonly ItemField: ComponentType<FieldProps<GroupItemQuestion>> }) {
  const { headingRef, staffNote, ItemField, ...shared } = props;
  const { permit, question, name, translator, control, answers, errors, toolsFor } = shared;
  const { fields, append, insert, remove } = useFieldArray({ control, name });
  const [status, setStatus] = useState('');
  // The last entry removed with something in it, to put back with one press: a slip loses nothing.
  const [removed, setRemoved] = useState<{ readonly index: number; readonly entry: GroupEntry }>();
  const [focusTarget, setFocusTarget] = useState<FocusTarget>();
  const t = translator.t;
  const ids = { add: `${fieldIds.input(name)}-add`, entryTitle: (index: number) => `${fieldIds.input(name)}-entry-${index + 1}` };
  const entryTitle = (index: number) => t(textKeys.groupEntry(permit, question), { number: index + 1 });
  const typed = answers[question.id];
  const entries = Array.isArray(typed) ? (typed as readonly unknown[]) : [];
  const today = todayIso();
  const hint = hintText(translator, permit, question);
  const error = errors.get(name);
  // Too few entries or none at all: the first empty entry's boxes carry the message (see `pointedError`).
  const emptyEntry = error ? entries.findIndex((entry) => !isGroupEntry(entry) || !isEntryFilled(entry)) : -1;

  useEffect(() => {
    if (!focusTarget) return;
    const target =
      focusTarget.kind === 'add'
        ? document.getElementById(ids.add)
        : focusTarget.kind === 'entryTitle'
          ? document.getElementById(ids.entryTitle(focusTarget.index))
          : document.querySelector<HTMLElement>(`:is(input, textarea)[id^="${fieldIds.input(`${name}.${focusTarget.index}`)}-"]`);
    target?.focus();
  }, [focusTarget]);

  const add = () => {
    append(blankEntry(question), { shouldFocus: false });
    setStatus(t('field.group.added', { entry: entryTitle(fields.length) }));
    setFocusTarget({ kind: 'firstField', index: fields.length });
  };
  const removeEntry = (index: number) => {
    const entry = entries[index];
    setRemoved(isGroupEntry(entry) && isEntryFilled(entry) ? { index, entry } : undefined);
    remove(index);
    setStatus(t('field.group.removed', { entry: entryTitle(index) }));
    const left = fields.length - 1;
    setFocusTarget(left === 0 ? { kind: 'add' } : { kind: 'entryTitle', index: Math.min(index, left - 1) });
  };
  const putBack = ({ index, entry }: { readonly index: number; readonly entry: GroupEntry }) => {
    const at = Math.min(index, fields.length);
    insert(at, entry, { shouldFocus: false });
    setRemoved(undefined);
    setStatus(t('field.group.putBack', { entry: entryTitle(at) }));
    setFocusTarget({ kind: 'firstField', index: at });
  };

  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field hv-group${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(hint && fieldIds.hint(name), error && fieldIds.error(name))}
    >
      <FieldsetIntro permit={permit} question={question} name={name} translator={translator} headingRef={headingRef} staffNote={staffNote} toolsFor={toolsFor} hint={hint} error={error} />
      {fields.map((field, index) => (
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-group__entry" key={field.id}>
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <h2 class="utrecht-heading-3 hv-group__entry-title" id={ids.entryTitle(index)} tabIndex={-1}>
              {entryTitle(index)}
            </h2>
          </legend>
          {visibleEntryItems(question, entries[index], today).map((item) => (
            <ItemField
              key={item.id}
              {...shared}
              question={item}
              name={`${name}.${index}.${item.id}`}
              {...(index === emptyEntry ? { pointedError: fieldIds.error(name) } : {})}
            />
          ))}
          {fields.length > minEntries(question) && (
            <button type="button" class="utrecht-button utrecht-button--secondary-action hv-button hv-group__remove" onClick={() => removeEntry(index)}>
              {t(textKeys.groupRemove(permit, question), { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {fields.length < question.maxEntries && (
        <button type="button" id={ids.add} class="utrecht-button utrecht-button--secondary-action hv-button hv-group__add" onClick={add}>
          {t(textKeys.groupAdd(permit, question))}
        </button>
      )}
      {removed && fields.length < question.maxEntries && (
        <button type="button" class="utrecht-button utrecht-button--secondary-action hv-button hv-group__put-back" onClick={() => putBack(removed)}>
          {t('field.group.putBackButton', { entry: entryTitle(removed.index) })}
        </button>
      )}
      <p class="hv-visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}
