import type { PermitDefinition } from '../../wizard';

/**
 * Melding klein evenement: a notification, not a permit, for a small one-day event that stays
 * under the local thresholds (APV). The municipality may object within two weeks; if it does not,
 * the event may go ahead, so silence means consent. Thresholds here are example values; each
 * municipality sets its own.
 */
export const meldingKleinEvenement = {
  id: 'melding-klein-evenement',
  version: 1,
  decisionTerm: { weeks: 2, silenceIsConsent: true },
  steps: [
    {
      id: 'organiser',
      questions: [
        { id: 'organiserName', type: 'text', maxLength: 100, autocomplete: 'name' },
        { id: 'organiserPhone', type: 'phone', autocomplete: 'tel' },
        { id: 'organiserEmail', type: 'email', autocomplete: 'email' },
      ],
    },
    {
      id: 'event',
      questions: [
        { id: 'eventName', type: 'text', maxLength: 100 },
        { id: 'eventDescription', type: 'longText', maxLength: 1000 },
      ],
    },
    // Three weeks' notice: the municipality has two weeks to object, and the organiser then still
    // has a week to adjust plans before the day.
    { id: 'eventDate', questions: [{ id: 'eventDate', type: 'date', rules: { notInPast: true, minDaysAhead: 21, maxDaysAhead: 365 } }] },
    { id: 'location', questions: [{ id: 'eventLocation', type: 'longText', maxLength: 500 }] },
    { id: 'visitors', questions: [{ id: 'maxVisitors', type: 'number', min: 1, max: 200 }] },
    {
      id: 'music',
      questions: [
        { id: 'amplifiedMusic', type: 'yesNo' },
        { id: 'musicEndsBy', type: 'choice', options: ['before21', 'before23'], showIf: { question: 'amplifiedMusic', equals: true } },
      ],
    },
    {
      id: 'duringEvent',
      questions: [
        { id: 'contactDuringEventPhone', type: 'phone', prefillFrom: 'organiserPhone', autocomplete: 'tel' },
      ],
    },
  ],
} as const satisfies PermitDefinition;
