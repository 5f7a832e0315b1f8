import type { PermitDefinition } from '../../wizard';

/**
 * Earlier versions of the parking card that the intake service still accepts, so an application
 * filled in and queued on a tablet before an app update is not refused when it arrives later (an
 * outbox can hold one for days). Frozen data, copied from git history: never edit a version here,
 * and never import this file from the app (only `server/applications/intakePermits.ts` reads it,
 * so the app bundle does not carry old forms). Drop a version once no tablet can still hold it.
 */
export const previousVersions = [
  {
    // Version 1, as it was before commit 9e3376e added the copy of an ID and the passport photo.
    id: 'gehandicaptenparkeerkaart',
    version: 1,
    decisionTerm: { weeks: 8, silenceIsConsent: false },
    // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
    contactChannelQuestion: 'contactChannel',
    // Example figures (municipalities charge from nothing to about €120, sometimes with a fee for the medical assessment); each municipality sets its own.
    fees: [
      { id: 'card', amountCents: 4895, keptWhenRefused: false },
      {
        id: 'assessment',
        amountCents: 11000,
        keptWhenRefused: true,
        showIf: { any: [{ question: 'applicationKind', equals: 'first' }, { question: 'situationChanged', equals: true }] },
      },
    ],
    steps: [
      { id: 'cardKind', questions: [{ id: 'cardKind', type: 'choice', options: ['driver', 'passenger', 'both'], staffNote: true }] },
      { id: 'applicationKind', questions: [{ id: 'applicationKind', type: 'choice', options: ['first', 'renewal'] }] },
      {
        id: 'currentCard',
        showIf: { question: 'applicationKind', equals: 'renewal' },
        questions: [
          { id: 'currentCardNumber', type: 'text', maxLength: 20, staffNote: true },
          { id: 'situationChanged', type: 'yesNo' },
        ],
      },
      {
        id: 'personalDetails',
        questions: [
          { id: 'bsn', type: 'text', format: 'bsn', inputMode: 'numeric', staffNote: true },
          { id: 'givenNames', type: 'text', maxLength: 100, autocomplete: 'given-name' },
          { id: 'familyName', type: 'text', maxLength: 100, autocomplete: 'family-name' },
          { id: 'dateOfBirth', type: 'date', rules: { notInFuture: true }, autocomplete: 'bday' },
        ],
      },
      { id: 'homeAddress', questions: [{ id: 'homeAddress', type: 'address' }] },
      {
        id: 'contactDetails',
        questions: [
          { id: 'phone', type: 'phone', autocomplete: 'tel', allowInternational: true },
          { id: 'email', type: 'email', autocomplete: 'email', optional: true },
        ],
      },
      {
        id: 'ownCar',
        showIf: { question: 'cardKind', oneOf: ['driver', 'both'] },
        questions: [
          { id: 'drivesOwnCar', type: 'yesNo' },
          { id: 'carAdapted', type: 'yesNo', showIf: { question: 'drivesOwnCar', equals: true } },
        ],
      },
      {
        id: 'usualDriver',
        showIf: { question: 'cardKind', oneOf: ['passenger', 'both'] },
        questions: [{ id: 'usualDriver', type: 'choice', options: ['household', 'familyOrFriends', 'taxiOrTransport'] }],
      },
      {
        id: 'walking',
        questions: [
          { id: 'walkingDistance', type: 'choice', options: ['under50', 'from50to100', 'over100'], staffNote: true },
          { id: 'walkingAids', type: 'multiChoice', options: ['cane', 'crutches', 'walker', 'wheelchair', 'mobilityScooter'], optional: true },
        ],
      },
      { id: 'duration', questions: [{ id: 'longerThanSixMonths', type: 'yesNo' }] },
      { id: 'limitation', questions: [{ id: 'limitationDescription', type: 'longText', maxLength: 1000 }] },
      {
        id: 'medicalAssessment',
        // A renewal without changes can often be decided on the earlier assessment.
        showIf: {
          any: [
            { question: 'applicationKind', equals: 'first' },
            { question: 'situationChanged', equals: true },
          ],
        },
        questions: [
          { id: 'recentAssessment', type: 'yesNo', staffNote: true },
          { id: 'mayContactDoctor', type: 'yesNo' },
          { id: 'doctorName', type: 'text', maxLength: 100, showIf: { question: 'mayContactDoctor', equals: true } },
          { id: 'assessmentPhone', type: 'phone', prefillFrom: 'phone', allowInternational: true, autocomplete: 'tel' },
        ],
      },
      {
        // The Awb (as changed by the Wet modernisering elektronisch bestuurlijk verkeer) asks to record how
        // the person wants to hear from us; paper stays a right.
        id: 'contactPreference',
        questions: [
          { id: 'contactChannel', type: 'choice', options: ['post', 'email', 'phone'] },
          { id: 'contactEmail', type: 'email', prefillFrom: 'email', autocomplete: 'email', showIf: { question: 'contactChannel', equals: 'email' } },
        ],
      },
    ],
  },
] as const satisfies readonly PermitDefinition[];
