import type { PermitDefinition } from '../../wizard';
import { contactDetailsStep, contactPreferenceStep } from '../contactSteps';

/**
 * Bewonersparkeervergunning: a residents' permit to park in the permit zone where the person
 * lives (parkeerverordening), with up to three licence plates of which one parks at a time. There is no paper permit: enforcement scans the
 * licence plate. The municipality checks the registration at the address (BRP) and the number of
 * permits per address itself; a vehicle longer than 6 m or higher than 2.4 m gets none.
 */
export const bewonersparkeervergunning = {
  id: 'bewonersparkeervergunning',
  version: 2,
  // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
  contactChannelQuestion: 'contactChannel',
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  // Example figures per year; a second permit on one address usually costs more. Each municipality sets its own.
  fees: [
    { id: 'firstPermit', amountCents: 11400, keptWhenRefused: false, showIf: { question: 'permitNumber', equals: 'first' } },
    { id: 'secondPermit', amountCents: 22800, keptWhenRefused: false, showIf: { question: 'permitNumber', equals: 'second' } },
  ],
  steps: [
    { id: 'homeAddress', questions: [{ id: 'homeAddress', type: 'address', staffNote: true }] },
    { id: 'permitNumber', questions: [{ id: 'permitNumber', type: 'choice', options: ['first', 'second'], staffNote: true }] },
    {
      // Up to three plates on one permit (one of the cars parks at a time): version 2; version 1 asked one plate.
      id: 'vehicles',
      questions: [
        {
          id: 'vehicles',
          type: 'group',
          maxEntries: 3,
          items: [
            { id: 'plateCountry', type: 'choice', options: ['netherlands', 'abroad'] },
            { id: 'kenteken', type: 'text', format: 'kenteken', showIf: { question: 'plateCountry', equals: 'netherlands' } },
            { id: 'foreignPlate', type: 'text', maxLength: 15, showIf: { question: 'plateCountry', equals: 'abroad' } },
            { id: 'vehicleHolder', type: 'choice', options: ['self', 'lease', 'employer'] },
          ],
        },
      ],
    },
    {
      id: 'vehicleSize',
      questions: [
        { id: 'vehicleLength', type: 'number', min: 1, max: 6, integer: false },
        { id: 'vehicleHeight', type: 'number', min: 1, max: 2.4, integer: false },
      ],
    },
    { id: 'startDate', questions: [{ id: 'startDate', type: 'date', rules: { notInPast: true, maxDaysAhead: 180 } }] },
    {
      id: 'personalDetails',
      questions: [
        { id: 'bsn', type: 'text', format: 'bsn', inputMode: 'numeric', staffNote: true },
        { id: 'givenNames', type: 'text', maxLength: 100, autocomplete: 'given-name' },
        { id: 'familyName', type: 'text', maxLength: 100, autocomplete: 'family-name' },
      ],
    },
    {
      // Only a foreign plate, a lease car or an employer's car needs a document; an own Dutch car needs none.
      id: 'documentsWhen',
      showIf: { any: [{ question: 'vehicles', someEntry: { question: 'plateCountry', equals: 'abroad' } }, { question: 'vehicles', someEntry: { question: 'vehicleHolder', oneOf: ['lease', 'employer'] } }] },
      questions: [{ id: 'documentsWhen', type: 'choice', options: ['now', 'later'] }],
    },
    {
      id: 'documents',
      showIf: { question: 'documentsWhen', equals: 'now' },
      questions: [
        // One file per document; several cars with foreign plates or several lease cars add more files.
        { id: 'registrationCertificate', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 6, showIf: { question: 'vehicles', someEntry: { question: 'plateCountry', equals: 'abroad' } } },
        { id: 'leaseStatement', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 3, showIf: { question: 'vehicles', someEntry: { question: 'vehicleHolder', equals: 'lease' } } },
        { id: 'employerStatement', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 3, showIf: { question: 'vehicles', someEntry: { question: 'vehicleHolder', equals: 'employer' } } },
      ],
    },
    contactDetailsStep,
    contactPreferenceStep,
  ],
} as const satisfies PermitDefinition;
