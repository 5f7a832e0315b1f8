import type { PermitDefinition } from '../wizard';

/**
 * On what basis someone applies for another person. Every one but `familyHelper` is a legal
 * ground to act for them: a parent or guardian of a minor (wettelijk vertegenwoordiger, BW 1:245),
 * a curator (BW 1:378), a bewindvoerder for money matters (BW 1:441), a mentor for care matters
 * (BW 1:453), or a written authorisation (schriftelijke machtiging, Awb 2:1 lid 2). A family member
 * who only helps has none: the application stays the person's own, and the helper is noted as a helper.
 */
export const REPRESENTATION_BASES = ['legalRepresentative', 'curator', 'administrator', 'mentor', 'writtenAuthorisation', 'familyHelper'] as const;

export type RepresentationBasis = (typeof REPRESENTATION_BASES)[number];

/** Whether the basis lets the representative act in the person's name (the case system's `indicatieMachtiging`). */
export function actsInTheirName(basis: RepresentationBasis): boolean {
  return basis !== 'familyHelper';
}

/**
 * "On whose behalf", asked before the first question of every permit, by the citizen alone and at
 * the desk alike. It is the engine's form shape (so the wizard and the intake service check it with
 * the same engine as a permit's answers), but no permit: it has no decision term of its own, and its
 * texts are the help desk's (`permit.on-behalf.…` in `src/i18n/messages/desk.<lang>.json`). Its
 * question ids are kept apart from every permit's (a unit test checks this), because the answers
 * are kept with the permit's answers in the draft, so they are saved, sealed and resumed alike.
 * The person the application is for stays the applicant: the permit's own questions ask their details.
 */
export const onBehalfForm = {
  id: 'on-behalf',
  version: 1,
  // Required by the form shape only; a permit's own term is the one that counts.
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [
    {
      id: 'onBehalf',
      questions: [
        { id: 'onBehalfOf', type: 'choice', options: ['self', 'someoneElse'] },
        { id: 'representationBasis', type: 'choice', options: REPRESENTATION_BASES, showIf: { question: 'onBehalfOf', equals: 'someoneElse' } },
        { id: 'representativeName', type: 'text', maxLength: 100, showIf: { question: 'onBehalfOf', equals: 'someoneElse' } },
        { id: 'representativePhone', type: 'phone', allowInternational: true, showIf: { question: 'onBehalfOf', equals: 'someoneElse' } },
        { id: 'representativeEmail', type: 'email', optional: true, showIf: { question: 'onBehalfOf', equals: 'someoneElse' } },
        {
          id: 'writtenAuthorisation',
          type: 'file',
          accept: ['pdf', 'jpeg', 'png'],
          maxFiles: 3,
          showIf: { all: [{ question: 'onBehalfOf', equals: 'someoneElse' }, { question: 'representationBasis', equals: 'writtenAuthorisation' }] },
        },
      ],
    },
  ],
} as const satisfies PermitDefinition;

/** The one step of the form, which the on-behalf screen shows. */
export const onBehalfStep = onBehalfForm.steps[0];
