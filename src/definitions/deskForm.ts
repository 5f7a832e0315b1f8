import type { PermitDefinition } from '../wizard';
import { onBehalfStep } from './onBehalfForm';

/** The documents an identity can be checked with at the desk (Wet op de identificatieplicht, art. 1). */
export const IDENTITY_DOCUMENTS = ['passport', 'identityCard', 'drivingLicence', 'residenceDocument'] as const;

/**
 * What the employee records at the desk, in staff mode only: whose identity was checked with which
 * kind of document and that it was valid, and how the fees were paid. Never a document number or
 * a copy: the municipality has no need of them for the application, and the AVG (art. 5(1)(c),
 * data minimisation) then forbids keeping them; the screen says so. Who recorded it and when is
 * noted by the wizard itself. Like `onBehalfForm` it is the engine's form shape, no permit, with
 * its texts in `src/i18n/messages/desk.<lang>.json`; its answers are kept with the permit's. Its
 * screens show only its own steps (`deskSteps`).
 */
export const deskForm = {
  id: 'desk',
  version: 1,
  // Required by the form shape only.
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    // First "on whose behalf", as the person answered it (its own screen asks it): the
    // representative's identity is asked only when there is one.
    onBehalfStep,
    {
      id: 'identityCheck',
      questions: [
        { id: 'applicantIdentity', type: 'choice', options: [...IDENTITY_DOCUMENTS, 'notChecked'] },
        // The representative's own document, when someone applies for another person, is asked apart.
        { id: 'representativeIdentity', type: 'choice', options: [...IDENTITY_DOCUMENTS, 'notChecked'], showIf: { question: 'onBehalfOf', equals: 'someoneElse' } },
        { id: 'identityDocumentsValid', type: 'yesNo', showIf: { any: [{ question: 'applicantIdentity', oneOf: IDENTITY_DOCUMENTS }, { question: 'representativeIdentity', oneOf: IDENTITY_DOCUMENTS }] } },
      ],
    },
    {
      id: 'payment',
      questions: [
        { id: 'paymentMethod', type: 'choice', options: ['pin', 'invoice', 'notDue'] },
        // The terminal's receipt number finds the payment in the bank statement; it says nothing about the person.
        { id: 'pinReceiptNumber', type: 'text', maxLength: 40, optional: true, showIf: { question: 'paymentMethod', equals: 'pin' } },
      ],
    },
  ],
} as const satisfies PermitDefinition;

/** The desk's own steps, each a screen in staff mode between the permit's last step and the check page. */
export const deskSteps = deskForm.steps.slice(1);
