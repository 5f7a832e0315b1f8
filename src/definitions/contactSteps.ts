import type { Step } from '../wizard';

/**
 * Steps that several permits ask in the same way. Only the shape is shared: each permit keeps its
 * own texts under its own keys (`permit.<id>.q.phone.why` …), because why we ask differs per permit.
 */

/** Phone (also abroad) and an optional e-mail address, for questions about the application. */
export const contactDetailsStep = {
  id: 'contactDetails',
  questions: [
    { id: 'phone', type: 'phone', autocomplete: 'tel', allowInternational: true },
    { id: 'email', type: 'email', autocomplete: 'email', optional: true },
  ],
} as const satisfies Step;

/**
 * How the person wants to hear from us: the Awb (as changed by the Wet modernisering elektronisch
 * bestuurlijk verkeer) asks to record it, and paper stays a right. Goes with `contactDetailsStep`,
 * whose e-mail address it offers again.
 */
export const contactPreferenceStep = {
  id: 'contactPreference',
  questions: [
    { id: 'contactChannel', type: 'choice', options: ['post', 'email', 'phone'] },
    { id: 'contactEmail', type: 'email', prefillFrom: 'email', autocomplete: 'email', showIf: { question: 'contactChannel', equals: 'email' } },
  ],
} as const satisfies Step;
