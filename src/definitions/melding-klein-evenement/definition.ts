import type { PermitDefinition } from '../../wizard';

/**
 * Melding klein evenement: a notification, not a permit, for a small one-day event that stays
 * under the local thresholds (APV). The municipality may object within two weeks; if it does not,
 * the event may go ahead, so silence means consent. Thresholds here are example values; each
 * municipality sets its own.
 */
export const meldingKleinEvenement = {
  id: 'melding-klein-evenement',
  // Version 2: how the organiser wants to hear from us, and the address for a letter.
  version: 2,
  decisionTerm: { weeks: 2, silenceIsConsent: true },
  // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
  contactChannelQuestion: 'contactChannel',
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
    {
      // The Awb (as changed by the Wet modernisering elektronisch bestuurlijk verkeer) asks to record how
      // the person wants to hear from us; paper stays a right, so a letter needs a postal address. E-mail
      // address and phone number were asked already.
      id: 'contactPreference',
      questions: [
        { id: 'contactChannel', type: 'choice', options: ['post', 'email', 'phone'] },
        { id: 'postalAddress', type: 'address', showIf: { question: 'contactChannel', equals: 'post' } },
      ],
    },
  ],
} as const satisfies PermitDefinition;
