import type { AddressQuestion } from '../wizard';
import type { FieldProps } from './FieldProps';
import { PartsField, type TextPart } from './PartsField';

/**
 * Postcode and house number first: that is how Dutch people say an address, and it is what a
 * later address lookup needs. `autocomplete` lets the browser fill it in (WCAG 1.3.5).
 */
const parts: readonly TextPart[] = [
  { part: 'postcode', label: 'field.address.postcode', autocomplete: 'postal-code', width: 'hv-width-short', maxLength: 100 },
  { part: 'houseNumber', label: 'field.address.houseNumber', autocomplete: 'address-line2', width: 'hv-width-short', inputMode: 'numeric', maxLength: 100 },
  { part: 'houseLetter', label: 'field.address.houseLetter', autocomplete: 'off', width: 'hv-width-tiny', optional: true, maxLength: 100 },
  { part: 'addition', label: 'field.address.addition', autocomplete: 'off', width: 'hv-width-tiny', optional: true, maxLength: 100 },
  { part: 'street', label: 'field.address.street', autocomplete: 'address-line1', width: 'hv-width-full', maxLength: 100 },
  { part: 'city', label: 'field.address.city', autocomplete: 'address-level2', width: 'hv-width-full', maxLength: 100 },
];

/** An address as a group of labelled boxes; each part has its own label and its own error. */
export function AddressField(props: FieldProps<AddressQuestion>) {
  return <PartsField {...props} parts={parts} />;
}
