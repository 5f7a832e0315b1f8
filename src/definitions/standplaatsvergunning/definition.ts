import type { PermitDefinition } from '../../wizard';
import { contactDetailsStep, contactPreferenceStep } from '../contactSteps';

/** Three weeks ahead at least: the municipality needs that time to check the place; a year at most. */
const PITCH_DATE_RULES = { notInPast: true, minDaysAhead: 21, maxDaysAhead: 365 } as const;

/**
 * Standplaatsvergunning: a pitch for a stall or sales vehicle outside a market (APV art. 5:18).
 * It is a services permit under the Dienstenwet, so lex silencio positivo applies (Awb 4:20a):
 * when no decision comes within 8 weeks (extendable once by 8), the permit is granted. People
 * apply 3 to 8 weeks ahead. Ground rent is charged separately by the owner of the ground.
 */
export const standplaatsvergunning = {
  id: 'standplaatsvergunning',
  version: 2,
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
    // Some separate days (a few Saturdays, a fair): version 2; version 1 knew once or weekly only.
    { id: 'frequency', questions: [{ id: 'frequency', type: 'choice', options: ['once', 'someDays', 'weekly'] }] },
    {
      id: 'oncePeriod',
      showIf: { question: 'frequency', equals: 'once' },
      questions: [{ id: 'pitchPeriod', type: 'dateTimeRange', rules: PITCH_DATE_RULES }],
    },
    {
      id: 'someDays',
      showIf: { question: 'frequency', equals: 'someDays' },
      questions: [{ id: 'pitchDays', type: 'group', minEntries: 2, maxEntries: 12, items: [{ id: 'pitchDay', type: 'dateTimeRange', rules: PITCH_DATE_RULES }] }],
    },
    {
      id: 'weekly',
      showIf: { question: 'frequency', equals: 'weekly' },
      questions: [
        { id: 'weekdays', type: 'multiChoice', options: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
        { id: 'weeklyHours', type: 'text', maxLength: 100 },
        { id: 'firstDay', type: 'date', rules: PITCH_DATE_RULES },
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
    contactDetailsStep,
    contactPreferenceStep,
  ],
} as const satisfies PermitDefinition;
