import type { Ref } from 'preact';
import { fieldIds } from '../fields';
import { useTranslator } from './TranslatorContext';

export interface SummaryItem {
  readonly field: string;
  readonly message: string;
}

/**
 * The error summary at the top of a step: a heading, then links to each field. Focus moves here
 * after a failed "Volgende" and the inner `role="alert"` makes screen readers read it out.
 * Following a link brings the question's label into view before focusing the field, so the
 * person sees what is asked and not just a box (GOV.UK error summary pattern).
 */
export function ErrorSummary({ items, summaryRef }: { items: readonly SummaryItem[]; summaryRef: Ref<HTMLDivElement> }) {
  const translator = useTranslator();
  if (items.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error hv-error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="fout-titel">
      <h2 class="utrecht-heading-2 hv-error-summary__title" id="fout-titel">
        {translator.t('error.summaryTitle')}
      </h2>
      <div role="alert">
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
  // A question answered in parts (an address, a period) left empty as a whole: its first box.
  const input = document.getElementById(fieldIds.input(field)) ?? document.querySelector<HTMLElement>(`input[id^="${fieldIds.input(field)}-"]`);
  if (!input) return;
  event.preventDefault();
  const label = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${input.id}"]`);
  (label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
