import { addDays, formatDateNl } from '../../validation';
import type { PermitExamples } from '../../wizard';

/**
 * A valid event date as a person types it (`dd-mm-jjjj`): `daysAhead` calendar days after
 * `today` (ISO `YYYY-MM-DD`). The definition asks for 14 to 365 days ahead, so the default of
 * 30 days passes on any day the tests run.
 */
function exampleEventDate(today: string, daysAhead = 30): string {
  return formatDateNl(addDays(today, daysAhead));
}

/**
 * Example answer sets for the small-event notification, as a person would type them. The event
 * date must lie far enough ahead of the day the check runs, so each example is made for a day.
 */
export const examples = {
  /** A neighbourhood party with music until 23:00; the contact on the day is someone else. */
  neighbourhoodParty: (today) => ({
    organiserName: 'Buurtvereniging De Linde',
    organiserPhone: '06 12345678',
    organiserEmail: 'bestuur@example.nl',
    eventName: 'Zomerfeest Lindelaan',
    eventDescription: 'Barbecue en spelletjes voor kinderen, van 14.00 tot 22.30 uur. Een dj draait muziek.',
    eventDate: exampleEventDate(today),
    eventLocation: 'Grasveld achter Lindelaan 10 tot 24, Utrecht',
    maxVisitors: '80',
    amplifiedMusic: 'yes',
    musicEndsBy: 'before23',
    contactDuringEventPhone: '06 87654321',
    contactChannel: 'email',
  }),
} satisfies PermitExamples;
