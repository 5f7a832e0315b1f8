import type { PermitDefinition } from '../../wizard';

/**
 * Earlier versions of this permit that the intake service still accepts, so an application filled
 * in and queued on a tablet before an app update is not refused when it arrives later (see README,
 * "Changing a permit"). Frozen data, copied from git history with the shared steps written out:
 * never edit a version here, and never import this file from the app (only
 * `server/applications/intakePermits.ts` reads it, so the app bundle does not carry old forms).
 */
export const previousVersions = [
  {
    // Version 1, as it was before commit 6a33e65 let one permit take up to three cars.
    id: 'bewonersparkeervergunning',
    version: 1,
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
        id: 'plate',
        questions: [
          { id: 'plateCountry', type: 'choice', options: ['netherlands', 'abroad'] },
          { id: 'kenteken', type: 'text', format: 'kenteken', showIf: { question: 'plateCountry', equals: 'netherlands' } },
          { id: 'foreignPlate', type: 'text', maxLength: 15, showIf: { question: 'plateCountry', equals: 'abroad' } },
        ],
      },
      { id: 'vehicleHolder', questions: [{ id: 'vehicleHolder', type: 'choice', options: ['self', 'lease', 'employer'] }] },
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
        showIf: { any: [{ question: 'plateCountry', equals: 'abroad' }, { question: 'vehicleHolder', oneOf: ['lease', 'employer'] }] },
        questions: [{ id: 'documentsWhen', type: 'choice', options: ['now', 'later'] }],
      },
      {
        id: 'documents',
        showIf: { question: 'documentsWhen', equals: 'now' },
        questions: [
          { id: 'registrationCertificate', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 2, showIf: { question: 'plateCountry', equals: 'abroad' } },
          { id: 'leaseStatement', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'vehicleHolder', equals: 'lease' } },
          { id: 'employerStatement', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'vehicleHolder', equals: 'employer' } },
        ],
      },
      {
        id: 'contactDetails',
        questions: [
          { id: 'phone', type: 'phone', autocomplete: 'tel', allowInternational: true },
          { id: 'email', type: 'email', autocomplete: 'email', optional: true },
        ],
      },
      {
        id: 'contactPreference',
        questions: [
          { id: 'contactChannel', type: 'choice', options: ['post', 'email', 'phone'] },
          { id: 'contactEmail', type: 'email', prefillFrom: 'email', autocomplete: 'email', showIf: { question: 'contactChannel', equals: 'email' } },
        ],
      },
    ],
  },
] as const satisfies readonly PermitDefinition[];
