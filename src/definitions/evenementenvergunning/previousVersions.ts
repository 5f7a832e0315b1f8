import type { PermitDefinition } from '../../wizard';

/**
 * Earlier versions of this permit that the intake service still accepts, so an application filled
 * in and queued on a tablet before an app update is not refused when it arrives later (see README,
 * "Changing a permit"). Frozen data, copied from git history with the shared steps written out:
 * never edit a version here, and never import this file from the app (only
 * `server/applications/intakePermits.ts` reads it, so the app bundle does not carry old forms).
 */

/** More visitors at one time than a notification allows, as version 1 had it. */
const MAX_VISITORS_FOR_NOTIFICATION = 200;

export const previousVersions = [
  {
    // Version 1, as it was before commit 6a33e65 asked each day of a longer event.
    id: 'evenementenvergunning',
    version: 1,
    // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
    contactChannelQuestion: 'contactChannel',
    decisionTerm: { weeks: 8, extensionWeeks: 8, silenceIsConsent: false },
    // Example figures: a base fee, and more for a large event that needs a safety assessment.
    fees: [
      { id: 'permit', amountCents: 11500, keptWhenRefused: true },
      { id: 'largeEvent', amountCents: 45000, keptWhenRefused: true, showIf: { question: 'maxVisitors', atLeast: 1000 } },
    ],
    steps: [
      { id: 'visitors', questions: [{ id: 'maxVisitors', type: 'number', min: 1, max: 1000000 }] },
      {
        id: 'dayAndTime',
        questions: [
          { id: 'moreThanOneDay', type: 'yesNo' },
          { id: 'earlyOrLate', type: 'yesNo' },
        ],
      },
      {
        id: 'roadsAndStructures',
        questions: [
          { id: 'closesRoad', type: 'yesNo' },
          { id: 'largeStructures', type: 'yesNo' },
        ],
      },
      {
        id: 'route',
        questions: [],
        outcome: {
          id: 'route',
          results: [
            {
              value: 'permit',
              reasons: [
                { id: 'manyVisitors', when: { question: 'maxVisitors', atLeast: MAX_VISITORS_FOR_NOTIFICATION + 1 } },
                { id: 'moreThanOneDay', when: { question: 'moreThanOneDay', equals: true } },
                { id: 'earlyOrLate', when: { question: 'earlyOrLate', equals: true } },
                { id: 'closesRoad', when: { question: 'closesRoad', equals: true } },
                { id: 'largeStructures', when: { question: 'largeStructures', equals: true } },
              ],
            },
            { value: 'notification', handover: 'melding-klein-evenement' },
          ],
        },
      },
      {
        id: 'organiser',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'organiserKind', type: 'choice', options: ['person', 'organisation'] },
          { id: 'bsn', type: 'text', format: 'bsn', inputMode: 'numeric', staffNote: true, showIf: { question: 'organiserKind', equals: 'person' } },
          { id: 'kvkNumber', type: 'text', format: 'kvk', inputMode: 'numeric', showIf: { question: 'organiserKind', equals: 'organisation' } },
          { id: 'organiserName', type: 'text', maxLength: 100, autocomplete: 'name' },
          { id: 'organiserPhone', type: 'phone', autocomplete: 'tel', allowInternational: true },
          { id: 'organiserEmail', type: 'email', autocomplete: 'email' },
        ],
      },
      {
        id: 'contactDuringEvent',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'contactPersonName', type: 'text', maxLength: 100 },
          { id: 'contactDuringEventPhone', type: 'phone', prefillFrom: 'organiserPhone', allowInternational: true },
        ],
      },
      {
        id: 'event',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'eventName', type: 'text', maxLength: 100 },
          { id: 'eventDescription', type: 'longText', maxLength: 2000 },
        ],
      },
      {
        // Eight weeks ahead: the decision term; two years at most, as far as plans reach.
        id: 'eventPeriod',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'eventPeriod', type: 'dateTimeRange', rules: { notInPast: true, minDaysAhead: 56, maxDaysAhead: 730 } },
          { id: 'dailyTimes', type: 'longText', maxLength: 1000, showIf: { question: 'moreThanOneDay', equals: true } },
        ],
      },
      {
        id: 'buildUpAndBreakDown',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'buildUp', type: 'dateTimeRange', rules: { notInPast: true } },
          { id: 'breakDown', type: 'dateTimeRange', rules: { notInPast: true } },
        ],
      },
      {
        id: 'location',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'eventLocation', type: 'longText', maxLength: 1000 },
          { id: 'groundOwner', type: 'choice', options: ['municipality', 'someoneElse'] },
        ],
      },
      {
        id: 'music',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'amplifiedMusic', type: 'yesNo' },
          { id: 'musicTimes', type: 'text', maxLength: 200, showIf: { question: 'amplifiedMusic', equals: true } },
        ],
      },
      {
        id: 'foodAndDrink',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'alcohol', type: 'yesNo', staffNote: true },
          { id: 'cooking', type: 'multiChoice', options: ['foodStalls', 'openFire', 'gasBottles'], optional: true },
        ],
      },
      {
        id: 'structures',
        showIf: { all: [{ question: 'route', equals: 'permit' }, { question: 'largeStructures', equals: true }] },
        questions: [{ id: 'structuresDescription', type: 'longText', maxLength: 1000 }],
      },
      {
        id: 'traffic',
        showIf: { all: [{ question: 'route', equals: 'permit' }, { question: 'closesRoad', equals: true }] },
        questions: [
          { id: 'roadsToClose', type: 'longText', maxLength: 1000 },
          { id: 'trafficControllers', type: 'number', min: 0, max: 1000 },
        ],
      },
      {
        id: 'safety',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'firstAid', type: 'choice', options: ['firstAiders', 'professional'] },
          { id: 'security', type: 'yesNo' },
          { id: 'securityCompany', type: 'text', maxLength: 100, showIf: { question: 'security', equals: true } },
        ],
      },
      {
        // Documents can be handed in later; the term starts once the application is complete (Awb 4:5).
        id: 'documentsWhen',
        showIf: { question: 'route', equals: 'permit' },
        questions: [{ id: 'documentsWhen', type: 'choice', options: ['now', 'later'] }],
      },
      {
        id: 'documents',
        showIf: { question: 'documentsWhen', equals: 'now' },
        questions: [
          { id: 'situationSketch', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 3 },
          { id: 'floorPlans', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 5, showIf: { question: 'largeStructures', equals: true } },
          { id: 'safetyPlan', type: 'file', accept: ['pdf'], showIf: { question: 'maxVisitors', atLeast: 1000 } },
          { id: 'trafficPlan', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'closesRoad', equals: true } },
          { id: 'groundOwnerConsent', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'groundOwner', equals: 'someoneElse' } },
          { id: 'programme', type: 'file', accept: ['pdf', 'jpeg', 'png'], optional: true },
          { id: 'neighbourLetter', type: 'file', accept: ['pdf', 'jpeg', 'png'], optional: true },
        ],
      },
      {
        // The Awb (as changed by the Wet modernisering elektronisch bestuurlijk verkeer) asks to record how
        // the person wants to hear from us; paper stays a right.
        id: 'contactPreference',
        showIf: { question: 'route', equals: 'permit' },
        questions: [
          { id: 'contactChannel', type: 'choice', options: ['post', 'email', 'phone'] },
          { id: 'contactEmail', type: 'email', prefillFrom: 'organiserEmail', autocomplete: 'email', showIf: { question: 'contactChannel', equals: 'email' } },
        ],
      },
    ],
  },
] as const satisfies readonly PermitDefinition[];
