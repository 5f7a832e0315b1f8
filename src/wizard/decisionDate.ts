import { addDays, addWeeks } from '../validation';
import type { DecisionTerm } from './definition';

/**
 * The last day the municipality has to decide, counted from the day the application was
 * received (Awb 4:13). When that day falls on a Saturday or Sunday the term runs to the next
 * Monday (Algemene termijnenwet art. 1). National holidays, which the same law also skips, are
 * not counted here: the date can be a day early around a holiday, never late.
 *
 * @param receivedOn ISO date (`YYYY-MM-DD`) of receipt, in the municipality's time zone.
 * @returns ISO date.
 */
export function expectedDecisionDate(term: DecisionTerm, receivedOn: string): string {
  const due = addWeeks(receivedOn, term.weeks);
  const weekday = new Date(`${due}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return addDays(due, 2);
  if (weekday === 0) return addDays(due, 1);
  return due;
}
