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
    // Version 1, as it was before a pitch could be asked for on some separate days.
    id: 'standplaatsvergunning',
    version: 1,
    // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
    contactChannelQuestion: 'contactChannel',
    decisionTerm: { weeks: 8, extensionWeeks: 8, silenceIsConsent: true },
    // An example figure (municipalities charge about €34–€212); each municipality sets its own.
    fees: [{ id: 'permit', amountCents: 6850, keptWhenRefused: true }],
    steps: [
      {
        id: 'applicant',
        questions: [
          { id: 'applicantKind', type: 'choice', options: ['business', 'person'] },
          { id: 'kvkNumber', type: 'text', format: 'kvk', inputMode: 'numeric', showIf: { question: 'applicantKind', equals: 'business' } },
          { id: 'bsn', type: 'text', format: 'bsn', inputMode: 'numeric', staffNote: true, showIf: { question: 'applicantKind', equals: 'person' } },
          { id: 'applicantName', type: 'text', maxLength: 100, autocomplete: 'name' },
        ],
      },
      { id: 'sales', questions: [{ id: 'whatSold', type: 'longText', maxLength: 1000 }] },
      {
        id: 'location',
        questions: [
          { id: 'pitchLocation', type: 'longText', maxLength: 1000 },
          { id: 'groundOwner', type: 'choice', options: ['municipality', 'someoneElse'] },
        ],
      },
      { id: 'frequency', questions: [{ id: 'frequency', type: 'choice', options: ['once', 'weekly'] }] },
      {
        // Three weeks ahead at least: the municipality needs that time to check the place.
        id: 'oncePeriod',
        showIf: { question: 'frequency', equals: 'once' },
        questions: [{ id: 'pitchPeriod', type: 'dateTimeRange', rules: { notInPast: true, minDaysAhead: 21, maxDaysAhead: 365 } }],
      },
      {
        id: 'weekly',
        showIf: { question: 'frequency', equals: 'weekly' },
        questions: [
          { id: 'weekdays', type: 'multiChoice', options: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
          { id: 'weeklyHours', type: 'text', maxLength: 100 },
          { id: 'firstDay', type: 'date', rules: { notInPast: true, minDaysAhead: 21, maxDaysAhead: 365 } },
        ],
      },
      {
        id: 'size',
        questions: [
          { id: 'pitchLength', type: 'number', min: 1, max: 20, integer: false },
          { id: 'pitchDepth', type: 'number', min: 1, max: 10, integer: false },
        ],
      },
      {
        id: 'utilities',
        questions: [
          { id: 'needsPower', type: 'yesNo' },
          { id: 'needsWater', type: 'yesNo' },
        ],
      },
      { id: 'documentsWhen', questions: [{ id: 'documentsWhen', type: 'choice', options: ['now', 'later'] }] },
      {
        id: 'documents',
        showIf: { question: 'documentsWhen', equals: 'now' },
        questions: [
          { id: 'stallPhotos', type: 'file', accept: ['jpeg', 'png', 'pdf'], maxFiles: 3 },
          { id: 'groundOwnerConsent', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'groundOwner', equals: 'someoneElse' } },
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
