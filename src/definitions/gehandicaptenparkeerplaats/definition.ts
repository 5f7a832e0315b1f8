import type { PermitDefinition } from '../../wizard';
import { contactDetailsStep, contactPreferenceStep } from '../contactSteps';

/**
 * Gehandicaptenparkeerplaats op kenteken: a parking space reserved for one car, near home or work,
 * for a holder of a disabled parking card (GPK). Granting it is a traffic decision (Wegenverkeerswet
 * art. 18 with the BABW); the municipality usually takes 8 weeks, extendable once by 8. The
 * conditions (card, registration at the address, no parking on own ground, high parking pressure)
 * are judged by the municipality; the questions gather what it needs for that.
 */
export const gehandicaptenparkeerplaats = {
  id: 'gehandicaptenparkeerplaats',
  version: 1,
  // Filled in from the consent screen's choice (see PermitDefinition.contactChannelQuestion).
  contactChannelQuestion: 'contactChannel',
  decisionTerm: { weeks: 8, extensionWeeks: 8, silenceIsConsent: false },
  // An example figure (municipalities charge about €160–€390); each municipality sets its own.
  fees: [{ id: 'space', amountCents: 24500, keptWhenRefused: true }],
  steps: [
    { id: 'placeKind', questions: [{ id: 'placeKind', type: 'choice', options: ['home', 'work'] }] },
    {
      id: 'card',
      questions: [
        { id: 'cardKind', type: 'choice', options: ['driver', 'passenger'], staffNote: true },
        // A passenger card gives a space only in exceptional cases: the municipality needs the reason.
        { id: 'passengerReason', type: 'longText', maxLength: 1000, showIf: { question: 'cardKind', equals: 'passenger' } },
        { id: 'cardNumber', type: 'text', maxLength: 20 },
        { id: 'cardValidUntil', type: 'date', rules: { notInPast: true } },
      ],
    },
    {
      id: 'personalDetails',
      questions: [
        { id: 'bsn', type: 'text', format: 'bsn', inputMode: 'numeric', staffNote: true },
        { id: 'givenNames', type: 'text', maxLength: 100, autocomplete: 'given-name' },
        { id: 'familyName', type: 'text', maxLength: 100, autocomplete: 'family-name' },
      ],
    },
    { id: 'homeAddress', questions: [{ id: 'homeAddress', type: 'address', staffNote: true }] },
    {
      id: 'work',
      showIf: { question: 'placeKind', equals: 'work' },
      questions: [
        { id: 'employerName', type: 'text', maxLength: 100, autocomplete: 'organization' },
        { id: 'workAddress', type: 'address' },
      ],
    },
    {
      id: 'vehicle',
      questions: [
        { id: 'kenteken', type: 'text', format: 'kenteken' },
        { id: 'vehicleHolder', type: 'choice', options: ['self', 'housemate', 'lease', 'company'] },
      ],
    },
    {
      id: 'ownParking',
      questions: [
        { id: 'hasOwnParking', type: 'yesNo' },
        { id: 'ownParkingUnusable', type: 'longText', maxLength: 1000, showIf: { question: 'hasOwnParking', equals: true } },
      ],
    },
    { id: 'location', questions: [{ id: 'preferredLocation', type: 'longText', maxLength: 1000 }] },
    // Documents can be handed in later at the desk or by post; the term starts once they are in.
    { id: 'documentsWhen', questions: [{ id: 'documentsWhen', type: 'choice', options: ['now', 'later'] }] },
    {
      id: 'documents',
      showIf: { question: 'documentsWhen', equals: 'now' },
      questions: [
        { id: 'cardCopy', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxFiles: 2 },
        { id: 'situationSketch', type: 'file', accept: ['pdf', 'jpeg', 'png'], optional: true },
        { id: 'employerStatement', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'placeKind', equals: 'work' } },
        { id: 'leaseStatement', type: 'file', accept: ['pdf', 'jpeg', 'png'], showIf: { question: 'vehicleHolder', oneOf: ['lease', 'company'] } },
      ],
    },
    contactDetailsStep,
    contactPreferenceStep,
  ],
} as const satisfies PermitDefinition;
