import type { Ref } from 'preact';
import { fieldIds } from '../fields';
import { useTranslator } from './TranslatorContext';

export interface SummaryItem {
  readonly field: string;
  readonly message: string;
}

/**
 * Answers that need another look (`check`, the usual case), or a fault of the app or the
 * connection (`fault`): only then does the heading say that something went wrong, so a missing
 * answer never sounds as if the tablet broke.
 */
export type SummaryKind = 'check' | 'fault';

/**
 * The error summary at the top of a step, as the GOV.UK error summary pattern has it
 * (https://design-system.service.gov.uk/components/error-summary/): an element with
 * `role="alert"` around a heading and links to each field, so a screen reader reads it out when it
 * first appears; focus moves to the outer element after a failed "Volgende". The outer element
 * carries no name: a name without a role is not announced the same way by every screen reader
 * (ARIA 1.2 prohibits naming a generic element). Following a link brings the question's label into
 * view before focusing the field, so the person sees what is asked and not just a box.
 */
export function ErrorSummary({ items, summaryRef, kind = 'check' }: { items: readonly SummaryItem[]; summaryRef: Ref<HTMLDivElement>; kind?: SummaryKind }) {
  const translator = useTranslator();
  if (items.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error hv-error-summary" tabIndex={-1} ref={summaryRef}>
      <div role="alert">
        <h2 class="utrecht-heading-2 hv-error-summary__title">{translator.t(kind === 'fault' ? 'error.faultTitle' : 'error.summaryTitle')}</h2>
        <ul class="hv-error-summary__list">
          {items.map((item) => (
            <li key={item.field}>
              <a class="utrecht-link" href={`#${fieldIds.input(item.field)}`} onClick={(event) => focusField(event, item.field)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function focusField(event: MouseEvent, field: string): void {
  const input = document.getElementById(fieldIds.input(field)) ?? firstBoxCarrying(field) ?? document.querySelector<HTMLElement>(`input[id^="${fieldIds.input(field)}-"]`);
  if (!input) return;
  event.preventDefault();
  const label = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${input.id}"]`);
  (label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * A question answered in parts (an address, a period) or a repeating group with an empty entry:
 * the first box that carries the question's error (see `pointedError` in the fields).
 */
function firstBoxCarrying(field: string): HTMLElement | null {
  const carrier = document.querySelector<HTMLElement>(`[aria-invalid="true"][aria-describedby~="${fieldIds.error(field)}"]`);
  return carrier?.matches('input, textarea') ? carrier : (carrier?.querySelector<HTMLElement>('input') ?? null);
}
