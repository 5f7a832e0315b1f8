import type { DateTimeRangeQuestion } from '../../wizard';
import type { FieldProps } from '../shared/FieldProps';
import { PartsField, type TextPart } from '../shared/PartsField';

/**
 * Dates and times as text boxes with an example each, not `type="date"`/`"time"`: those differ per
 * browser and screen reader, and a text box keeps exactly what was typed (as for single dates).
 */
const parts: readonly TextPart[] = [
  { part: 'startDate', label: 'field.dateTimeRange.startDate', hint: 'field.dateTimeRange.dateHint', autocomplete: 'off', width: 'hv-width-short', maxLength: 12 },
  { part: 'startTime', label: 'field.dateTimeRange.startTime', hint: 'field.dateTimeRange.timeHint', autocomplete: 'off', width: 'hv-width-short', maxLength: 9 },
  { part: 'endDate', label: 'field.dateTimeRange.endDate', hint: 'field.dateTimeRange.dateHint', autocomplete: 'off', width: 'hv-width-short', maxLength: 12 },
  { part: 'endTime', label: 'field.dateTimeRange.endTime', hint: 'field.dateTimeRange.timeHint', autocomplete: 'off', width: 'hv-width-short', maxLength: 9 },
];

/** A period from a date and time to a date and time: four labelled boxes in one fieldset. */
export function DateTimeRangeField(props: FieldProps<DateTimeRangeQuestion>) {
  return <PartsField {...props} parts={parts} />;
}
