import type { PermitDefinition } from '../../wizard';
import { contactDetailsStep, contactPreferenceStep } from '../contactSteps';

/**
 * Gehandicaptenparkeerkaart (GPK): a personal card for people who cannot walk more than about
 * 100 metres for at least six months (Besluit administratieve bepalingen inzake het wegverkeer,
 * art. 49). No specific decision term exists, so the Awb 4:13 default of 8 weeks applies; most
 * of it goes to the independent medical assessment.
 */
export const gehandicaptenparkeerkaart = {
  id: 'gehandicaptenparkeerkaart',
  // 2: the copy of an ID and the passport photo, which the municipality needs for the card; drafts of version 1 open and ask for them.
  version: 2,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
  contactChannelQuestion: 'contactChannel',
  // Example figures (municipalities charge from nothing to about €120, sometimes with a fee for the medical assessment); each municipality sets its own.
  // The card is paid back when it is refused; the assessment has been done either way.
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
    contactDetailsStep,
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
      // Front and back of the ID as two photos, or one scan.
      id: 'identityDocument',
      questions: [{ id: 'identityDocument', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 2, maxBytes: 10 * 1024 * 1024, staffNote: true }],
    },
    {
      // Printed on the card; a photo of a paper passport photo will do.
      id: 'passportPhoto',
      questions: [{ id: 'passportPhoto', type: 'file', accept: ['jpeg', 'png'], maxFiles: 1, maxBytes: 5 * 1024 * 1024 }],
    },
    contactPreferenceStep,
  ],
} as const satisfies PermitDefinition;
